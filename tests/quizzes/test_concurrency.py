"""Concurrent submits of one attempt on PostgreSQL: exactly one scores, both see its result."""

import threading

import pytest
from django.db import connection

from quizzes.models import Attempt, Response
from quizzes.services.attempts import attempt_start, attempt_submit, attempt_submit_own
from tests.factories import UserFactory
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _run_concurrently(target, n):
    barrier = threading.Barrier(n)
    results, errors = [], []

    def worker():
        try:
            barrier.wait()
            results.append(target())
        except Exception as exc:  # collected and asserted below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


def _submit_with_service(*, user, attempt_id, answers):
    attempt = Attempt.objects.get(pk=attempt_id)
    return attempt_submit(attempt=attempt, user=user, answers=answers)


def _submit_own(*, user, attempt_id, answers):
    """The API's submit (attempt_submit_own: one locked read, the held quiz row, no separate
    read of responses)."""
    return attempt_submit_own(user=user, attempt_id=attempt_id, answers=lambda: answers)


@pytest.mark.parametrize("submit_with", [_submit_with_service, _submit_own], ids=["service", "api"])
def test_concurrent_submits_score_once(submit_with):
    user = UserFactory()
    quiz = make_quiz(n=4)
    started = attempt_start(user=user, quiz=quiz)
    answers = correct_answers(started.questions)
    attempt_id = started.attempt.pk

    def submit():
        return submit_with(user=user, attempt_id=attempt_id, answers=answers).submitted_at

    results, errors = _run_concurrently(submit, 6)
    assert errors == []
    assert len(set(results)) == 1  # every caller got the first result
    assert Response.objects.filter(attempt_id=attempt_id).count() == 4
    assert Attempt.objects.get(pk=attempt_id).score == 100


def test_concurrent_starts_open_one_attempt():
    user = UserFactory()
    quiz = make_quiz(n=2)
    results, errors = _run_concurrently(lambda: attempt_start(user=user, quiz=quiz).attempt.pk, 6)
    assert errors == []
    assert len(set(results)) == 1
    assert Attempt.objects.filter(user=user, quiz=quiz).count() == 1
