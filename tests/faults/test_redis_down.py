"""Redis (the shared cache: kept pages, throttles, cached user rows) goes down while learners
complete lessons and read pages: every request still succeeds, nothing is lost, and /health/
names the cache as the service that is down. The test starts its own throwaway redis-server on
a free port and kills it (never the shared one)."""

import pytest
from rest_framework.test import APIClient

from certificates.models import Certificate
from courses.models import Completion, LessonProgress
from quizzes.models import Attempt
from quizzes.selectors import attempt_served
from tests.factories import UserFactory, make_course
from tests.faults.conftest import throwaway_redis_server
from tests.faults.injection import report
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


@pytest.fixture
def throwaway_redis(tmp_path):
    with throwaway_redis_server(tmp_path) as (server, port):
        yield server, f"redis://127.0.0.1:{port}/0"


def test_redis_down_while_learners_work_no_500_nothing_lost(
    throwaway_redis, settings, tmp_path, django_capture_on_commit_callbacks
):
    server, url = throwaway_redis
    settings.CACHES = {"default": {"BACKEND": "core.cache.RedisCache", "LOCATION": url}}
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PAGE_CACHE = True
    learners = [UserFactory() for _ in range(4)]
    course = make_course(lessons=4)
    quiz = make_quiz(n=4, course=course)  # completion needs the final quiz passed
    lessons = list(course.lessons())
    clients = []
    for person in learners:
        client = APIClient()
        client.force_login(person)
        assert client.post(f"/api/v1/courses/{course.pk}/enroll/").status_code == 201  # new
        clients.append(client)
    # (what, status) of every request; each kind has one right answer, Redis up or down.
    statuses: list[tuple[str, int]] = []
    expected_status = {"complete": 200, "lesson": 200, "enrollments": 200, "start": 201}
    expected_status |= {"submit": 200, "verify": 200}

    def work(lesson_slice) -> None:
        for client in clients:
            for lesson in lesson_slice:
                with django_capture_on_commit_callbacks(execute=True):
                    statuses.append(
                        (
                            "complete",
                            client.post(f"/api/v1/lessons/{lesson.pk}/complete/").status_code,
                        )
                    )
                statuses.append(("lesson", client.get(lesson.url).status_code))
            statuses.append(("enrollments", client.get("/api/v1/enrollments/").status_code))

    work(lessons[:2])  # Redis up: pages are kept
    health = APIClient().get("/health/")
    assert health.json()["cache"] == {"status": "ok", "backend": "redis"}

    server.kill()  # the fault
    server.wait(timeout=10)
    work(lessons[2:])
    for client in clients:  # quizzes started and submitted while Redis is down
        started = client.post(f"/api/v1/quizzes/{quiz.pk}/attempts/")
        statuses.append(("start", started.status_code))
        attempt = Attempt.objects.get(pk=started.json()["id"])
        answers = correct_answers(attempt_served(attempt=attempt))
        with django_capture_on_commit_callbacks(execute=True):
            submitted = client.post(
                f"/api/v1/attempts/{attempt.pk}/submit/", {"answers": answers}, format="json"
            )
        statuses.append(("submit", submitted.status_code))
        assert submitted.json()["passed"] is True
    for certificate in Certificate.objects.all():
        statuses.append(("verify", APIClient().get(f"/verify/{certificate.code}/").status_code))

    health = APIClient().get("/health/")
    assert health.status_code == 503
    assert health.json()["cache"] == {
        "status": "error",
        "backend": "redis",
        "error": "ConnectionError",
    }
    assert health.json()["database"]["status"] == "ok"

    errors = [s for _, s in statuses if s >= 500]
    expected = len(learners) * len(lessons)
    saved = LessonProgress.objects.count()
    report(
        "redis-down",
        faults=1,
        checked=len(statuses),
        lost=expected - saved,
        duplicated=saved - len(set(LessonProgress.objects.values_list("enrollment", "lesson"))),
    )
    print(f"redis-down: {len(statuses)} requests, {len(errors)} answered 5xx")
    assert errors == []
    assert [(what, s) for what, s in statuses if s != expected_status[what]] == []
    assert saved == expected
    assert Attempt.objects.filter(passed=True).count() == len(learners)
    assert Completion.objects.count() == len(learners)
    assert Certificate.objects.count() == len(learners)
