"""A real Celery worker retries a score the LMS did not take (503) until the gradebook has it
(PostgreSQL + Redis; CI runs it)."""

import os
import time

import pytest
from celery import Celery
from django.db import connection

from accounts.models import User
from lti.models import ScorePublish, ScoreStatus
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.lti.conftest import Browser
from tests.lti.platform import LEARNER, LaunchSpec
from tests.lti.test_services import graded_quiz  # noqa: F401 - fixture
from tests.quizzes.conftest import correct_answers
from tests.workers import celery_worker

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.broker,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def test_worker_retries_until_the_gradebook_takes_the_score(
    platform,
    graded_quiz,  # noqa: F811
    live_server,
):
    quiz, item, lineitem_url = graded_quiz
    learner = Browser(live_server.url)
    spec = LaunchSpec(
        user_id="lms-learner-w",
        roles=[LEARNER],
        email="wren@northside.example",
        custom=item["custom"],
        lineitem=lineitem_url,
    )
    assert learner.launch(platform, spec).status_code == 302
    user = User.objects.get(email="wren@northside.example")
    platform.fail_scores = 100  # the LMS is down when the learner submits
    started = attempt_start(user=user, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=user, answers=correct_answers(started.questions))
    publish = ScorePublish.objects.get()
    # In the test process tasks are eager: one try, the error kept.
    assert (publish.status, publish.tries) == (ScoreStatus.FAILED, 1)

    platform.fail_scores = 1  # still down for the worker's first try, then back
    broker = os.environ["CELERY_BROKER_URL"]
    env = {"DATABASE_URL": _database_url(), "CELERY_BROKER_URL": broker}
    with celery_worker(name="lti", env=env) as (worker, queue):
        Celery(broker=broker, set_as_current=False).send_task(
            "lti.publish_score", args=[publish.pk], queue=queue
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and worker.poll() is None:
            publish.refresh_from_db()
            if publish.status == ScoreStatus.SENT:
                break
            time.sleep(0.5)
        assert worker.poll() is None, worker.stdout.read()
    assert (publish.status, publish.tries, publish.last_error) == (ScoreStatus.SENT, 3, "")
    (score,) = platform.gradebook.scores[lineitem_url]
    assert (score["userId"], score["scoreGiven"], score["activityProgress"]) == (
        "lms-learner-w",
        100.0,
        "Completed",
    )
