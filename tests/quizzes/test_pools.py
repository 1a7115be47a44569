"""Question pools and the per-attempt draw, the feedback policy of credit-bearing quizzes, and
attempt rounds with a cool-off (issue: credit worth its name)."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.formatting import display_datetime
from quizzes.models import (
    Attempt,
    FeedbackTiming,
    QuestionType,
    Quiz,
    QuizPool,
    QuizQuestion,
    ReviewPolicy,
    SelectionMode,
)
from quizzes.selectors import attempt_result
from quizzes.services.attempts import AttemptError, attempt_start, attempt_submit, build_served
from tests.factories import CreditTypeFactory, EnrollmentFactory, make_course, make_lesson
from tests.quizzes.conftest import add_question, correct_answers, make_case

pytestmark = pytest.mark.django_db


def make_pool_quiz(*, pools: dict[str, tuple[int, int]], course=None, **fields) -> Quiz:
    """A pool quiz: ``pools`` maps a name to (questions in the pool, questions drawn)."""
    values = {
        "title": "Pool quiz",
        "pass_mark": 80,
        "shuffle": True,
        "selection": SelectionMode.POOLS,
        "course": course,
    }
    values.update(fields)
    quiz = Quiz.objects.create(**values)
    case = make_case()
    order = 0
    for p, (name, (size, draw)) in enumerate(pools.items()):
        QuizPool.objects.create(quiz=quiz, name=name, draw=draw, sort_order=p)
        for _ in range(size):
            q = add_question(case, QuestionType.SINGLE, n=order)
            QuizQuestion.objects.create(quiz=quiz, question=q, pool=name, sort_order=order)
            order += 1
    return quiz


def pool_of(quiz: Quiz) -> dict[int, str]:
    return dict(QuizQuestion.objects.filter(quiz=quiz).values_list("question_id", "pool"))


@pytest.fixture
def client_for(api_client):
    def _login(user):
        api_client.force_authenticate(user)
        return api_client

    return _login


def credit_course(**fields):
    credit = CreditTypeFactory(slug="ama-pra-1", name="AMA PRA Category 1 Credit™")
    return make_course(credit_type=credit, credit_amount=1, **fields)


# --- Draw -------------------------------------------------------------------------------------


def test_each_pool_gives_its_draw_and_the_next_attempt_avoids_the_last(learner):
    quiz = make_pool_quiz(pools={"privacy": (8, 4), "misinformation": (6, 3)})
    pools = pool_of(quiz)
    first = attempt_start(user=learner, quiz=quiz)
    ids1 = [sq.id for sq in first.questions]
    assert sorted(pools[q] for q in ids1) == ["misinformation"] * 3 + ["privacy"] * 4
    attempt_submit(attempt=first.attempt, user=learner, answers=[])
    second = attempt_start(user=learner, quiz=quiz)
    ids2 = [sq.id for sq in second.questions]
    assert len(ids2) == 7 and not set(ids1) & set(ids2)
    attempt_submit(attempt=second.attempt, user=learner, answers=[])
    # The third attempt avoids the second (it may reuse the first).
    third = attempt_start(user=learner, quiz=quiz)
    assert not {sq.id for sq in third.questions} & set(ids2)


def test_a_small_pool_repeats_only_what_it_must(learner):
    quiz = make_pool_quiz(pools={"small": (5, 3)})
    first = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=first.attempt, user=learner, answers=[])
    second = attempt_start(user=learner, quiz=quiz)
    ids1 = {sq.id for sq in first.questions}
    ids2 = {sq.id for sq in second.questions}
    # Two questions were not seen; the third is one of the last attempt's, as few as possible.
    assert len(ids2) == 3 and len(ids1 & ids2) == 1
    assert set(pool_of(quiz)) - ids1 <= ids2


def test_draw_is_reproducible_from_the_seed_and_the_previous_attempt(learner):
    quiz = make_pool_quiz(pools={"a": (10, 4), "b": (6, 2)})
    first = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=first.attempt, user=learner, answers=[])
    second = attempt_start(user=learner, quiz=quiz).attempt
    avoid = frozenset(first.attempt.served_question_ids)
    served, _ = build_served(quiz=quiz, seed=second.seed, avoid=avoid)
    assert served == second.served
    # Stored and served agree: resuming shows exactly the stored questions and option order.
    resumed = attempt_start(user=learner, quiz=quiz)
    assert (
        resumed.resumed
        and [{"question": sq.id, "choices": [c.pk for c in sq.choices]} for sq in resumed.questions]
        == second.served
    )


def test_option_order_is_shuffled_per_attempt():
    quiz = make_pool_quiz(pools={"a": (1, 1)})
    orders = {tuple(build_served(quiz=quiz, seed=seed)[0][0]["choices"]) for seed in range(12)}
    assert len(orders) > 1


def test_pool_smaller_than_its_draw_is_refused_with_its_name(learner):
    quiz = make_pool_quiz(pools={"privacy": (2, 2)})
    QuizPool.objects.filter(quiz=quiz).update(draw=3)
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == [
        "The pool “privacy” has 2 published question(s), but this quiz draws 3 from it."
    ]


def test_spot_pool_draws_a_different_post_case_where_it_has_several(learner):
    quiz = Quiz.objects.create(
        title="Spot", pass_mark=80, selection=SelectionMode.POOLS, shuffle=True
    )
    QuizPool.objects.create(quiz=quiz, name="spot", draw=1)
    cases = [make_case(author_role=f"Nurse {i}") for i in range(2)]
    for i, case in enumerate(cases):
        q = add_question(case, QuestionType.SPOT, n=i)
        QuizQuestion.objects.create(quiz=quiz, question=q, pool="spot", sort_order=i)
    first = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=first.attempt, user=learner, answers=[])
    second = attempt_start(user=learner, quiz=quiz)
    assert first.questions[0].case.pk != second.questions[0].case.pk


@pytest.mark.parametrize("endpoint", ["start", "submit"])
def test_query_counts_do_not_grow_with_pool_size(learner, other_learner, endpoint):
    def measure(user, size):
        quiz = make_pool_quiz(pools={"a": (size, 4), "b": (size, 3)}, title=f"Q{size}")
        previous = attempt_start(user=user, quiz=quiz)
        attempt_submit(attempt=previous.attempt, user=user, answers=[])
        if endpoint == "start":
            with CaptureQueriesContext(connection) as ctx:
                attempt_start(user=user, quiz=quiz)
            return len(ctx.captured_queries)
        started = attempt_start(user=user, quiz=quiz)
        answers = correct_answers(started.questions)
        attempt = Attempt.objects.get(pk=started.attempt.pk)
        with CaptureQueriesContext(connection) as ctx:
            attempt_submit(attempt=attempt, user=user, answers=answers)
        return len(ctx.captured_queries)

    small = measure(learner, 8)
    large = measure(other_learner, 60)
    assert small == large
    assert large <= 14


# --- Feedback policy --------------------------------------------------------------------------


def test_credit_bearing_quiz_cannot_show_the_key_after_a_failed_attempt():
    course = credit_course()
    quiz = Quiz(title="Final", course=course, review_policy=ReviewPolicy.ALWAYS)
    with pytest.raises(ValidationError) as exc:
        quiz.full_clean()
    assert exc.value.message_dict["review_policy"] == [
        "This quiz's course designates credit: a failed attempt must not show the answer key. "
        "Choose the “after passing” feedback policy."
    ]
    quiz = Quiz(
        title="Final",
        course=course,
        review_policy=ReviewPolicy.AFTER_PASS,
        feedback_timing=FeedbackTiming.EACH,
    )
    with pytest.raises(ValidationError) as exc:
        quiz.full_clean()
    assert list(exc.value.message_dict) == ["feedback_timing"]
    # Even a row saved around the form holds the key back.
    Quiz.objects.filter(pk=make_pool_quiz(pools={"a": (2, 1)}, course=course).pk).update(
        review_policy=ReviewPolicy.ALWAYS
    )
    assert Quiz.objects.get(course=course).withholds_key


def test_completion_only_course_may_show_everything():
    completion = CreditTypeFactory(slug="completion", awards_credit=False)
    course = make_course(credit_type=completion, credit_amount=1)
    quiz = Quiz(title="Final", course=course, review_policy=ReviewPolicy.ALWAYS)
    quiz.full_clean()
    assert not quiz.withholds_key


def _pool_quiz_with_lessons(**fields):
    course = credit_course(lessons=0)
    make_lesson(
        course=course, title="Privacy lesson", slug="privacy", competencies=["confidentiality"]
    )
    make_lesson(course=course, title="Other lesson", slug="other", competencies=["advocacy"])
    quiz = make_pool_quiz(
        pools={"a": (6, 3)},
        course=course,
        review_policy=ReviewPolicy.AFTER_PASS,
        attempts_allowed=3,
        **fields,
    )
    return course, quiz


def test_failed_attempt_shows_score_weak_areas_and_lessons_but_no_key(client_for, learner):
    course, quiz = _pool_quiz_with_lessons()
    EnrollmentFactory(user=learner, course=course)
    client = client_for(learner)
    started = client.post(reverse("api-quiz-attempts", args=[quiz.pk])).json()
    assert started["review_policy"] == "after_pass"
    first = started["questions"][0]
    answer = {"question": first["id"], "choices": [first["choices"][0]["id"]]}
    response = client.post(
        reverse("api-attempt-submit", args=[started["id"]]), {"answers": [answer]}, format="json"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["passed"] is False and body["review_available"] is False
    assert body["feedback"] == []
    # Weak competencies: the questions' own and that of any wrong option chosen.
    assert {r["competency"] for r in body["revisit"]} <= {"confidentiality", "boundaries"}
    assert "confidentiality" in {r["competency"] for r in body["revisit"]}
    assert [lesson["title"] for lesson in body["lessons"]] == ["Privacy lesson"]
    assert body["lessons"][0]["url"].endswith("/privacy/")
    text = response.content.decode()
    assert "SECRET" not in text and '"correct"' not in text and "key_tokens" not in text
    # The HTML result page holds it back too, and links the lesson.
    client.logout()
    html = _html_client(learner).get(reverse("quizzes:result", args=[started["id"]]))
    page = html.content.decode()
    assert html.status_code == 200
    assert "SECRET" not in page and "Question by question" not in page
    assert "Privacy lesson" in page and "2 attempts left in this round" in page


def _html_client(user):
    from django.test import Client

    c = Client()
    c.force_login(user)
    return c


def test_full_review_after_passing(learner):
    course, quiz = _pool_quiz_with_lessons()
    EnrollmentFactory(user=learner, course=course)
    started = attempt_start(user=learner, quiz=quiz)
    attempt = attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    result = attempt_result(attempt=attempt)
    assert attempt.passed and result.review and len(result.questions) == 3
    assert result.lessons == []


def test_full_review_after_the_last_allowed_attempt_of_the_round(learner):
    course, quiz = _pool_quiz_with_lessons()
    EnrollmentFactory(user=learner, course=course)
    attempts = []
    for _ in range(3):
        started = attempt_start(user=learner, quiz=quiz)
        attempts.append(attempt_submit(attempt=started.attempt, user=learner, answers=[]))
    assert [attempt_result(attempt=a).review for a in attempts] == [True, True, True]
    page = _html_client(learner).get(reverse("quizzes:result", args=[attempts[-1].pk]))
    assert "SECRET-EXPLANATION" in page.content.decode()


# --- Attempt limits and the cool-off ----------------------------------------------------------


def _use_round(user, quiz, n=3):
    out = []
    for _ in range(n):
        started = attempt_start(user=user, quiz=quiz)
        out.append(attempt_submit(attempt=started.attempt, user=user, answers=[]))
    return out


def test_a_new_round_opens_after_the_cooloff(learner):
    course, quiz = _pool_quiz_with_lessons()
    EnrollmentFactory(user=learner, course=course)
    done = _use_round(learner, quiz)
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    opens = done[-1].submitted_at + timedelta(hours=24)
    assert exc.value.messages == [
        "You have used all 3 attempts allowed for this quiz. A new round of attempts opens "
        f"after a 24-hour cool-off, on {display_datetime(opens)} (UTC)."
    ]
    assert Attempt.objects.filter(user=learner).count() == 3
    # 24 hours later a new round of three opens.
    Attempt.objects.filter(user=learner).update(
        submitted_at=done[-1].submitted_at - timedelta(hours=24, seconds=1)
    )
    fourth = attempt_start(user=learner, quiz=quiz).attempt
    assert (fourth.number, fourth.round) == (4, 2)
    # A failed attempt in the new round holds the key back again.
    fourth = attempt_submit(attempt=fourth, user=learner, answers=[])
    assert not attempt_result(attempt=fourth).review


def test_no_cooloff_makes_the_limit_final(learner):
    course, quiz = _pool_quiz_with_lessons(cooloff_hours=0)
    EnrollmentFactory(user=learner, course=course)
    _use_round(learner, quiz)
    Attempt.objects.filter(user=learner).update(
        submitted_at=Attempt.objects.first().submitted_at - timedelta(days=400)
    )
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == ["You have used all 3 attempts allowed for this quiz."]


def test_attempts_past_the_limit_are_refused_by_api_and_html(client_for, learner):
    course, quiz = _pool_quiz_with_lessons()
    EnrollmentFactory(user=learner, course=course)
    _use_round(learner, quiz)
    response = client_for(learner).post(reverse("api-quiz-attempts", args=[quiz.pk]))
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith(
        "You have used all 3 attempts allowed for this quiz. A new round of attempts opens"
    )
    html = _html_client(learner)
    page = html.get(reverse("quizzes:quiz", args=[quiz.pk])).content.decode()
    assert "A new round of attempts opens after a 24-hour cool-off" in page
    assert "Start a new attempt" not in page
    followed = html.post(reverse("quizzes:quiz", args=[quiz.pk]), follow=True)
    assert "You have used all 3 attempts allowed for this quiz." in followed.content.decode()
    assert Attempt.objects.filter(user=learner).count() == 3


def test_time_spent_is_recorded(learner):
    quiz = make_pool_quiz(pools={"a": (2, 1)})
    started = attempt_start(user=learner, quiz=quiz)
    Attempt.objects.filter(pk=started.attempt.pk).update(
        started_at=started.attempt.started_at - timedelta(minutes=7)
    )
    attempt = attempt_submit(
        attempt=Attempt.objects.get(pk=started.attempt.pk), user=learner, answers=[]
    )
    assert 420 <= attempt.seconds_spent <= 430
