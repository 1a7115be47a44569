"""Concurrent submits of one attempt on PostgreSQL: exactly one scores, both see its result."""

import threading

import pytest
from django.db import connection

from quizzes.models import Attempt, Response
from quizzes.services.attempts import attempt_start, attempt_submit
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


def test_concurrent_submits_score_once():
    user = UserFactory()
    quiz = make_quiz(n=4)
    started = attempt_start(user=user, quiz=quiz)
    answers = correct_answers(started.questions)
    attempt_id = started.attempt.pk

    def submit():
        attempt = Attempt.objects.get(pk=attempt_id)
        return attempt_submit(attempt=attempt, user=user, answers=answers).submitted_at

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


def test_concurrent_submits_of_the_api_service_score_once():
    """The API's submit (attempt_submit_own: one locked read, the held quiz row, no separate
    read of responses) under the same race."""
    from quizzes.services.attempts import attempt_submit_own

    user = UserFactory()
    quiz = make_quiz(n=4)
    started = attempt_start(user=user, quiz=quiz)
    answers = correct_answers(started.questions)
    attempt_id = started.attempt.pk

    def submit():
        return attempt_submit_own(
            user=user, attempt_id=attempt_id, answers=lambda: answers
        ).submitted_at

    results, errors = _run_concurrently(submit, 6)
    assert errors == []
    assert len(set(results)) == 1
    assert Response.objects.filter(attempt_id=attempt_id).count() == 4
    assert Attempt.objects.get(pk=attempt_id).score == 100
