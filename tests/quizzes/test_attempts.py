from decimal import Decimal
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import (
    Attempt,
    CaseStatus,
    QuestionType,
    QuizDrawRule,
    QuizQuestion,
    Response,
    ResponseChoice,
    SelectionMode,
)
from quizzes.selectors import attempt_served
from quizzes.services.attempts import (
    AttemptError,
    attempt_answer_question,
    attempt_start,
    attempt_submit,
    build_served,
)
from tests.factories import EnrollmentFactory, make_course
from tests.quizzes.conftest import add_question, correct_answers, make_case, make_quiz

pytestmark = pytest.mark.django_db


def test_start_serves_questions_and_resumes_the_open_attempt(learner):
    quiz = make_quiz(n=4)
    first = attempt_start(user=learner, quiz=quiz)
    assert not first.resumed and first.attempt.number == 1
    assert [sq.type for sq in first.questions] == ["single", "multiple", "spot", "order"]
    spot = first.questions[2]
    assert spot.choices == []
    assert len(spot.tokens) == len(spot.case.text.split())
    order = first.questions[3]
    right = [c.pk for c in order.question.choices.order_by("sort_order")]
    assert sorted(c.pk for c in order.choices) == sorted(right)
    assert [c.pk for c in order.choices] != right  # never served in the correct order
    again = attempt_start(user=learner, quiz=quiz)
    assert again.resumed and again.attempt.pk == first.attempt.pk
    assert [sq.id for sq in again.questions] == [sq.id for sq in first.questions]
    assert [[c.pk for c in sq.choices] for sq in again.questions] == [
        [c.pk for c in sq.choices] for sq in first.questions
    ]


def test_full_marks_and_pass(learner):
    quiz = make_quiz(n=4)
    started = attempt_start(user=learner, quiz=quiz)
    attempt = attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    assert attempt.score == Decimal("100.00") and attempt.passed is True
    assert attempt.points_earned == attempt.points_possible == Decimal(4)
    assert Response.objects.filter(attempt=attempt, is_correct=True).count() == 4


def test_partial_credit_is_weighted_by_points(learner):
    case = make_case()
    quiz = make_quiz(n=0, case=case, pass_mark=60)
    multi = add_question(case, QuestionType.MULTIPLE, points=3, n=1)
    single = add_question(case, QuestionType.SINGLE, points=1, n=2)
    for i, q in enumerate([multi, single]):
        QuizQuestion.objects.create(quiz=quiz, question=q, sort_order=i)
    started = attempt_start(user=learner, quiz=quiz)
    right1 = multi.choices.filter(is_correct=True).first()
    attempt = attempt_submit(
        attempt=started.attempt,
        user=learner,
        answers=[{"question": multi.pk, "choices": [right1.pk]}],  # 1 of 2 right; single blank
    )
    assert Response.objects.get(question=multi).points == Decimal("1.50")
    assert Response.objects.get(question=single).points == 0  # unanswered scores 0
    assert attempt.points_earned == Decimal("1.50") and attempt.score == Decimal("37.50")
    assert attempt.passed is False


def test_second_submit_returns_the_first_result(learner):
    quiz = make_quiz(n=4)
    started = attempt_start(user=learner, quiz=quiz)
    first = attempt_submit(attempt=started.attempt, user=learner, answers=[])
    assert first.score == 0
    again = attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    assert again.score == 0 and again.submitted_at == first.submitted_at
    assert Response.objects.filter(attempt=first).count() == 4


BAD_ANSWERS = [
    (
        lambda s, other: [{"question": other.pk, "choices": []}],
        "Question {other} was not served in this attempt.",
    ),
    (
        lambda s, other: [{"question": s[0].id, "choices": [other_choice(other)]}],
        "Choice {oc} was not served for question {q0}.",
    ),
    (
        lambda s, other: [{"question": s[0].id, "choices": [c.pk for c in s[0].choices[:2]]}],
        "Question {q0} takes one choice.",
    ),
    (
        lambda s, other: [{"question": s[2].id, "tokens": [999]}],
        "Question {q2}: token 999 is not in the post (0 to {last}).",
    ),
    (
        lambda s, other: [{"question": s[3].id, "order": [s[3].choices[0].pk]}],
        "Question {q3}: put every step in the order exactly once.",
    ),
    (
        lambda s, other: [{"question": s[0].id}, {"question": s[0].id}],
        "Question {q0} is answered more than once.",
    ),
    (
        lambda s, other: [{"question": s[2].id, "choices": [1]}],
        "Question {q2} takes “tokens”.",
    ),
]


@pytest.mark.parametrize(("make_answer", "message"), BAD_ANSWERS)
def test_answers_outside_what_was_served_are_refused(learner, make_answer, message):
    quiz = make_quiz(n=4)
    other_quiz_question = add_question(make_case(), QuestionType.SINGLE, n=9)
    started = attempt_start(user=learner, quiz=quiz)
    s = started.questions
    with pytest.raises(AttemptError) as exc:
        attempt_submit(
            attempt=started.attempt, user=learner, answers=make_answer(s, other_quiz_question)
        )
    expected = message.format(
        other=other_quiz_question.pk, oc=other_choice(other_quiz_question), q0=s[0].id,
        q2=s[2].id, q3=s[3].id, last=len(s[2].tokens) - 1,
    )  # fmt: skip
    assert exc.value.messages == [expected]
    started.attempt.refresh_from_db()
    assert started.attempt.submitted_at is None and not Response.objects.exists()


def other_choice(question):
    return question.choices.first().pk


def test_someone_elses_attempt_is_refused(learner, other_learner):
    quiz = make_quiz(n=2)
    started = attempt_start(user=learner, quiz=quiz)
    with pytest.raises(AttemptError) as exc:
        attempt_submit(attempt=started.attempt, user=other_learner, answers=[])
    assert exc.value.messages == ["This is not your attempt."]


def test_attempt_limit(learner):
    quiz = make_quiz(n=2, attempts_allowed=2, cooloff_hours=0)
    for _ in range(2):
        started = attempt_start(user=learner, quiz=quiz)
        attempt_submit(attempt=started.attempt, user=learner, answers=[])
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == ["You have used all 2 attempts allowed for this quiz."]
    assert Attempt.objects.filter(user=learner).count() == 2


def test_submitting_after_the_limit_was_lowered_is_refused(learner):
    quiz = make_quiz(n=2, attempts_allowed=0, cooloff_hours=0)
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=learner, answers=[])
    second = attempt_start(user=learner, quiz=quiz)
    quiz.attempts_allowed = 1
    quiz.save()
    with pytest.raises(AttemptError) as exc:
        attempt_submit(attempt=second.attempt, user=learner, answers=[])
    assert exc.value.messages == ["You have used all 1 attempt allowed for this quiz."]


def test_final_quiz_needs_enrollment_and_pass_is_recorded(learner):
    course = make_course(lessons=1)
    quiz = make_quiz(n=4, course=course)
    with pytest.raises(ValidationError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == ["Enroll in the course before taking its final quiz."]
    enrollment = EnrollmentFactory(user=learner, course=course)
    started = attempt_start(user=learner, quiz=quiz)
    assert started.attempt.enrollment == enrollment
    with mock.patch("courses.services.enrollment_record_quiz_pass") as record:
        attempt = attempt_submit(
            attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
        )
    record.assert_called_once_with(enrollment=enrollment, passed_at=attempt.submitted_at)


def test_final_quiz_pass_reaches_the_enrollment(learner):
    course = make_course(lessons=1)
    quiz = make_quiz(n=2, course=course)
    enrollment = EnrollmentFactory(user=learner, course=course)
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    enrollment.refresh_from_db()
    assert enrollment.quiz_passed_at is not None


def test_failed_final_quiz_does_not_record_a_pass(learner):
    course = make_course(lessons=1)
    quiz = make_quiz(n=2, course=course)
    enrollment = EnrollmentFactory(user=learner, course=course)
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=started.attempt, user=learner, answers=[])
    enrollment.refresh_from_db()
    assert enrollment.quiz_passed_at is None


def test_unpublished_cases_are_not_served(learner):
    quiz = make_quiz(n=2)
    hidden_case = make_case(status=CaseStatus.RETIRED)
    hidden = add_question(hidden_case, QuestionType.SINGLE, n=7)
    QuizQuestion.objects.create(quiz=quiz, question=hidden, sort_order=9)
    started = attempt_start(user=learner, quiz=quiz)
    assert hidden.pk not in [sq.id for sq in started.questions]


def test_random_draw_is_reproducible_from_the_stored_served_list(learner):
    case = make_case()
    for i in range(6):
        add_question(case, QuestionType.SINGLE, competency="confidentiality", n=i)
    for i in range(6, 10):
        add_question(case, QuestionType.SINGLE, competency="consent", n=i)
    quiz = make_quiz(n=0, selection=SelectionMode.RANDOM, shuffle=True)
    QuizDrawRule.objects.create(quiz=quiz, competency="confidentiality", count=3)
    QuizDrawRule.objects.create(quiz=quiz, competency="consent", count=2)
    started = attempt_start(user=learner, quiz=quiz)
    served = started.attempt.served
    assert len(served) == 5
    competencies = sorted(sq.question.competency for sq in started.questions)
    assert competencies == ["confidentiality"] * 3 + ["consent"] * 2
    # Same seed, same bank: same draw and option order.
    assert build_served(quiz=quiz, seed=started.attempt.seed)[0] == served
    # The stored list is the truth: later bank changes do not change the attempt.
    add_question(case, QuestionType.SINGLE, competency="consent", n=99)
    resumed = attempt_start(user=learner, quiz=quiz)
    assert resumed.attempt.served == served
    assert [sq.id for sq in attempt_served(attempt=resumed.attempt)] == [
        i["question"] for i in served
    ]
    result = attempt_submit(
        attempt=resumed.attempt, user=learner, answers=correct_answers(resumed.questions)
    )
    assert result.score == 100


def test_draw_larger_than_the_bank_is_refused(learner):
    make_case()
    quiz = make_quiz(n=0, selection=SelectionMode.RANDOM)
    QuizDrawRule.objects.create(quiz=quiz, competency="legal", count=2)
    with pytest.raises(AttemptError) as exc:
        attempt_start(user=learner, quiz=quiz)
    assert exc.value.messages == [
        "The question bank has 0 published question(s) for Legal & regulatory, but this quiz "
        "draws 2."
    ]


def test_feedback_after_each_question_fixes_that_answer(learner):
    quiz = make_quiz(n=2, feedback_timing="each")
    started = attempt_start(user=learner, quiz=quiz)
    s = started.questions
    wrong = next(c for c in s[0].choices if not c.is_correct)
    response = attempt_answer_question(
        attempt=started.attempt, user=learner, answer={"question": s[0].id, "choices": [wrong.pk]}
    )
    assert response.points == 0
    # Checking again or submitting a different answer does not change it.
    attempt_answer_question(attempt=started.attempt, user=learner, answer=correct_answers(s)[0])
    attempt = attempt_submit(attempt=started.attempt, user=learner, answers=correct_answers(s))
    assert attempt.points_earned == 1 and Response.objects.filter(attempt=attempt).count() == 2


def test_selections_are_recorded_for_statistics(learner):
    quiz = make_quiz(n=4)
    started = attempt_start(user=learner, quiz=quiz)
    attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    order_sel = ResponseChoice.objects.filter(response__question__type="order")
    assert order_sel.count() == 4 and all(s.in_place for s in order_sel)
    spot_sel = ResponseChoice.objects.filter(response__question__type="spot")
    assert spot_sel.count() == 2  # both key spans were hit


def _count(fn) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fn()
    return len(ctx.captured_queries)


def _measure(n: int, random_draw: bool) -> tuple[int, int, int]:
    from tests.factories import UserFactory

    user = UserFactory()
    if random_draw:
        case = make_case()
        for i in range(n):
            add_question(case, ["single", "multiple", "spot", "order"][i % 4], n=i)
        quiz = make_quiz(n=0, selection=SelectionMode.RANDOM)
        QuizDrawRule.objects.create(quiz=quiz, competency="confidentiality", count=n)
    else:
        quiz = make_quiz(n=n)
    holder = {}
    start = _count(lambda: holder.update(s=attempt_start(user=user, quiz=quiz)))
    resume = _count(lambda: attempt_start(user=user, quiz=quiz))
    answers = correct_answers(holder["s"].questions)
    submit = _count(lambda: attempt_submit(attempt=holder["s"].attempt, user=user, answers=answers))
    Attempt.objects.filter(quiz=quiz).delete()
    return start, resume, submit


@pytest.mark.parametrize("random_draw", [False, True])
def test_query_count_is_the_same_for_5_and_50_questions(random_draw):
    # Warm what this process holds for every quiz (which quizzes have an LTI gradebook column:
    # lti.selectors.graded_quiz_ids), so both sizes are counted alike.
    _measure(1, random_draw)
    five, fifty = _measure(5, random_draw), _measure(50, random_draw)
    assert five == fifty, (five, fifty)
