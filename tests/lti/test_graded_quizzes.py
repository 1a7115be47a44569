"""Each process holds which quizzes have an LTI gradebook column (lti.selectors.graded_quiz_ids),
so a submit of a quiz outside any LMS asks the database nothing about gradebooks. A column added
or removed is seen by the next submit."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lti_tool.models import (
    LtiContext,
    LtiDeployment,
    LtiLineItem,
    LtiMembership,
    LtiRegistration,
    LtiUser,
)

from lti.models import QuizLineItem, ScorePublish
from lti.selectors import graded_quiz_ids
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import UserFactory
from tests.quizzes.conftest import correct_answers, make_quiz

pytestmark = pytest.mark.django_db


def take(user, quiz):
    started = attempt_start(user=user, quiz=quiz)
    with CaptureQueriesContext(connection) as ctx:
        attempt = attempt_submit(
            attempt=started.attempt, user=user, answers=correct_answers(started.questions)
        )
    return attempt, [q["sql"] for q in ctx.captured_queries]


def asks_gradebook(queries) -> bool:
    return any('"lti_tool_ltimembership"' in sql or '"lti_quizlineitem"' in sql for sql in queries)


def column_for(user, quiz, n: int = 1) -> QuizLineItem:
    registration = LtiRegistration.objects.create(
        name=f"LMS {n}",
        issuer=f"https://lms{n}.example",
        client_id="ethos",
        auth_url=f"https://lms{n}.example/auth",
        token_url=f"https://lms{n}.example/token",
        keyset_url=f"https://lms{n}.example/jwks",
    )
    deployment = LtiDeployment.objects.create(
        registration=registration, deployment_id="d1", is_active=True
    )
    context = LtiContext.objects.create(deployment=deployment, id_on_platform="course-1")
    lti_user = LtiUser.objects.create(registration=registration, sub="learner-1", auth_user=user)
    LtiMembership.objects.create(user=lti_user, context=context, is_learner=True)
    lineitem = LtiLineItem.objects.create(
        context=context, url=f"https://lms{n}.example/lineitems/1", maximum_score=100, label="Q"
    )
    return QuizLineItem.objects.create(lineitem=lineitem, quiz=quiz)


def test_a_quiz_without_a_column_asks_nothing_and_a_new_column_gets_the_next_score():
    user, quiz = UserFactory(), make_quiz(n=2)
    take(user, quiz)  # holds the answer
    attempt, queries = take(user, quiz)
    assert not asks_gradebook(queries)
    assert quiz.pk not in graded_quiz_ids()
    assert ScorePublish.objects.count() == 0

    column = column_for(user, quiz)
    assert quiz.pk in graded_quiz_ids()
    attempt, queries = take(user, quiz)
    assert asks_gradebook(queries)
    assert list(ScorePublish.objects.values_list("attempt_id", "lineitem_id")) == [
        (attempt.pk, column.lineitem_id)
    ]

    # The platform's column removed (the line item deleted, its QuizLineItem with it): the next
    # submit sends nothing and asks nothing again.
    column.lineitem.delete()
    assert quiz.pk not in graded_quiz_ids()
    attempt, queries = take(user, quiz)
    assert not asks_gradebook(queries)
    assert not ScorePublish.objects.filter(attempt=attempt).exists()


def test_a_column_moved_to_another_quiz_follows_it():
    user, first, second = UserFactory(), make_quiz(n=1), make_quiz(n=1)
    column = column_for(user, first)
    assert graded_quiz_ids() == {first.pk}
    column.quiz = second
    column.save()
    assert graded_quiz_ids() == {second.pk}
    attempt, _ = take(user, second)
    assert ScorePublish.objects.filter(attempt=attempt).count() == 1
