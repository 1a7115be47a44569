"""What one quiz start and one submit cost through the API (README: Performance, "Quiz and
verification pass"): a fixed number of queries whatever the number of questions, none of them
reading the quiz's questions, choices, cases or pools once this process holds its bank
(quizzes.bank), and a bank that follows every change to them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from quizzes import bank
from quizzes.api import AttemptOutSerializer, attempt_out, served_payload
from quizzes.models import (
    Attempt,
    CaseStatus,
    Choice,
    QuestionType,
    QuizQuestion,
    Response,
    ResponseChoice,
)
from quizzes.selectors import attempt_result, served_questions
from quizzes.services.attempts import attempt_start, attempt_submit
from tests.factories import EnrollmentFactory, make_course
from tests.quizzes.conftest import add_question, correct_answers, make_case, make_quiz
from tests.quizzes.test_pools import make_pool_quiz

pytestmark = pytest.mark.django_db

BANK_TABLES = (
    "quizzes_question",
    "quizzes_choice",
    "quizzes_postcase",
    "quizzes_quizquestion",
    "quizzes_quizpool",
)


def api_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def start(client, quiz, *, expect: int = 201) -> dict:
    """Start an attempt (201), or resume the learner's open one (``expect=200``)."""
    response = client.post(reverse("api-quiz-attempts", kwargs={"quiz_id": quiz.pk}))
    assert response.status_code == expect, response.content
    return response.json()


def right_answers(attempt_id: int) -> list[dict]:
    attempt = Attempt.objects.get(pk=attempt_id)
    return correct_answers(served_questions(served=attempt.served))


def submit(client, attempt_id: int, answers: list[dict]) -> dict:
    url = reverse("api-attempt-submit", kwargs={"attempt_id": attempt_id})
    response = client.post(url, {"answers": answers}, format="json")
    assert response.status_code == 200, response.content
    return response.json()


def reads_bank(queries) -> list[str]:
    return [q["sql"] for q in queries if any(f'"{t}"' in q["sql"] for t in BANK_TABLES)]


def one_round(quiz, learner) -> tuple[list, list]:
    """A warm start + submit (the bank already held): the queries of each."""
    client = api_for(learner)
    warm = start(client, quiz)
    submit(client, warm["id"], right_answers(warm["id"]))
    with CaptureQueriesContext(connection) as started:
        body = start(client, quiz)
    answers = right_answers(body["id"])
    with CaptureQueriesContext(connection) as submitted:
        result = submit(client, body["id"], answers)
    assert result["passed"] is True and result["score"] == 100.0
    return started.captured_queries, submitted.captured_queries


@pytest.mark.parametrize("size", [3, 12])
def test_final_quiz_start_and_submit_cost_a_fixed_number_of_queries(size, learner):
    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=size, course=course)
    started, submitted = one_round(quiz, learner)
    # Inside the test's transaction every atomic block is a savepoint pair. Start: the latest
    # attempt (with its round's figures: the allowance, and its enrollment), the insert (in a
    # savepoint only because the test holds a transaction); the quiz and its course are held.
    # Submit: the attempt locked (with "has it responses?"), two inserts, the score, the
    # enrollment locked (no savepoint of its own), its completion and, as this learner completes
    # the course here, the completion check (course, lessons, ticks); no LTI gradebook lookup
    # for a quiz without a column. Before the first quiz pass: 15 and 23; before the second: 9
    # and 15; before the third (the enrollment read with the latest attempt): 5 and 11.
    assert len(started) <= 4, [q["sql"][:80] for q in started]
    assert len(submitted) <= 11, [q["sql"][:80] for q in submitted]
    assert reads_bank(started) == [] and reads_bank(submitted) == []
    # The result is built from the rows just written: no response is read back.
    read_back = [
        q["sql"]
        for q in submitted
        if q["sql"].startswith("SELECT") and '"quizzes_responsechoice"' in q["sql"]
    ]
    assert read_back == []


def test_query_counts_do_not_grow_with_the_number_of_questions(learner, other_learner):
    counts = []
    for size, who in ((3, learner), (12, other_learner)):
        course = make_course(lessons=1)
        EnrollmentFactory(user=who, course=course)
        started, submitted = one_round(make_quiz(n=size, course=course), who)
        counts.append((len(started), len(submitted)))
    assert counts[0] == counts[1]


def test_pool_quiz_start_and_submit_read_no_bank_rows_when_held(
    learner, django_assert_max_num_queries
):
    quiz = make_pool_quiz(pools={"a": (8, 3), "b": (5, 2)})
    client = api_for(learner)
    first = start(client, quiz)  # builds the bank
    submit(client, first["id"], right_answers(first["id"]))
    with django_assert_max_num_queries(4) as started:
        body = start(client, quiz)
    answers = right_answers(body["id"])
    with django_assert_max_num_queries(6) as submitted:
        submit(client, body["id"], answers)
    assert reads_bank(started.captured_queries) == []
    assert reads_bank(submitted.captured_queries) == []
    # The draw still avoids the previous attempt's questions.
    first_ids = {q["id"] for q in first["questions"]}
    assert first_ids.isdisjoint({q["id"] for q in body["questions"]})


# --- The held bank follows every change ----------------------------------------------------


def test_a_question_added_to_the_quiz_is_served_next(learner):
    quiz = make_quiz(n=2)
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], right_answers(first["id"]))
    added = add_question(make_case(), QuestionType.SINGLE, n=9)
    QuizQuestion.objects.create(quiz=quiz, question=added, sort_order=9)
    assert added.pk in [q["id"] for q in start(client, quiz)["questions"]]


def test_a_changed_key_scores_the_next_submit(learner):
    quiz = make_quiz(n=1, types=[QuestionType.SINGLE])
    client = api_for(learner)
    first = start(client, quiz)
    answers = right_answers(first["id"])
    assert submit(client, first["id"], answers)["score"] == 100.0
    # The author moves the key to another option: the old right answer now earns nothing.
    chosen = Choice.objects.get(pk=answers[0]["choices"][0])
    chosen.is_correct = False
    chosen.save()
    other = Choice.objects.filter(question=chosen.question).exclude(pk=chosen.pk).first()
    other.is_correct = True
    other.save()
    second = start(client, quiz)
    assert submit(client, second["id"], answers)["score"] == 0.0


def test_an_unpublished_case_is_no_longer_served(learner):
    kept_case, pulled_case = make_case(), make_case()
    quiz = make_quiz(n=1, case=kept_case)
    pulled = add_question(pulled_case, QuestionType.SINGLE, n=5)
    QuizQuestion.objects.create(quiz=quiz, question=pulled, sort_order=5)
    client = api_for(learner)
    first = start(client, quiz)
    assert pulled.pk in [q["id"] for q in first["questions"]]
    submit(client, first["id"], right_answers(first["id"]))
    pulled_case.status = CaseStatus.RETIRED
    pulled_case.save(update_fields=["status"])
    assert pulled.pk not in [q["id"] for q in start(client, quiz)["questions"]]


def test_a_bulk_write_with_a_bump_is_seen_and_without_one_is_not(learner, settings):
    quiz = make_quiz(n=2)
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], right_answers(first["id"]))
    QuizQuestion.objects.filter(quiz=quiz).update(sort_order=0)  # order unchanged: a no-op
    added = add_question(make_case(), QuestionType.SINGLE, n=7)
    # Bulk-created rows send no signal; a question save did bump, so this shows anyway. The
    # rule for code that only bulk-writes: call bank.bump() (the curriculum loader does).
    QuizQuestion.objects.bulk_create([QuizQuestion(quiz=quiz, question=added, sort_order=7)])
    bank.bump()
    assert added.pk in [q["id"] for q in start(client, quiz)["questions"]]


def test_without_a_shared_cache_the_bank_is_read_per_attempt(learner, settings):
    settings.SHARED_CONTENT_CACHE = False
    quiz = make_quiz(n=2)
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], right_answers(first["id"]))
    with CaptureQueriesContext(connection) as started:
        start(client, quiz)
    assert reads_bank(started.captured_queries)


def test_every_bulk_write_of_a_bank_model_bumps_the_bank():
    """Bulk writes send no signal: a module that bulk-writes a quiz, question, choice, case,
    pool or draw rule must call ``bank.bump()`` (quizzes.bank)."""
    from tests.bulkwrites import unbumped_bulk_writes

    watched = {model.__name__ for model in bank.BANK_MODELS}
    missing, checked = unbumped_bulk_writes(watched, {"bump"})
    assert "loader.py" in checked
    assert missing == []


# --- Same answers as before ----------------------------------------------------------------


def test_start_body_is_what_the_serializer_would_give(learner):
    quiz = make_quiz(n=4)
    started = attempt_start(user=learner, quiz=quiz)
    body = {
        "id": started.attempt.pk,
        "quiz": quiz.pk,
        "number": started.attempt.number,
        "resumed": started.resumed,
        "started_at": started.attempt.started_at,
        "pass_mark": started.attempt.pass_mark,
        "attempts_allowed": quiz.attempts_allowed,
        "feedback_timing": quiz.feedback_timing,
        "review_policy": quiz.review_policy,
        "questions": [served_payload(sq) for sq in started.questions],
    }
    assert attempt_out(dict(body)) == AttemptOutSerializer(body).data
    assert list(attempt_out(dict(body))) == list(AttemptOutSerializer(body).data)


def test_first_result_equals_the_result_read_back(learner):
    """The submit's result is built from the rows it just wrote; a repeat submit reads them
    back from the database: both answers are the same."""
    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=4, course=course, review_policy="always")
    client = api_for(learner)
    body = start(client, quiz)
    answers = right_answers(body["id"])
    answers[0] = {"question": answers[0]["question"], "choices": []}  # one wrong: partial
    first = submit(client, body["id"], answers)
    again = submit(client, body["id"], [])
    assert first == again
    assert first["feedback"] and first["passed"] is True


def test_service_result_reuses_the_scored_rows(learner, django_assert_max_num_queries):
    quiz = make_quiz(n=4, review_policy="always")
    started = attempt_start(user=learner, quiz=quiz)
    attempt = attempt_submit(
        attempt=started.attempt, user=learner, answers=correct_answers(started.questions)
    )
    with django_assert_max_num_queries(0):
        result = attempt_result(attempt=attempt)
    assert len(result.questions) == 4 and all(q.is_correct for q in result.questions)
    stored = Response.objects.filter(attempt=attempt).count()
    assert stored == 4 and ResponseChoice.objects.filter(response__attempt=attempt).exists()


# --- The held quiz row and the one-query allowance (quiz optimisation pass) -------------------

QUIZ_ROW_TABLES = ('"quizzes_quiz"', '"wagtailcore_page"', '"content_coursepage"')


def reads_quiz_row(queries) -> list[str]:
    return [q["sql"] for q in queries if any(t in q["sql"] for t in QUIZ_ROW_TABLES)]


def test_start_and_submit_read_no_quiz_or_course_row_once_held(learner):
    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=3, course=course)
    started, submitted = one_round(quiz, learner)
    assert reads_quiz_row(started) == []
    # The submit's page reads are the completion check's (this learner has not completed the
    # course: its lessons and their ticks), never the quiz's own row.
    assert [sql for sql in submitted if '"quizzes_quiz"' in sql["sql"]] == []


def start_response(client, quiz):
    return client.post(reverse("api-quiz-attempts", kwargs={"quiz_id": quiz.pk}))


def test_a_changed_quiz_is_seen_on_the_next_start_and_submit(learner):
    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=1, course=course, types=[QuestionType.SINGLE], pass_mark=70)
    client = api_for(learner)
    first = start(client, quiz)  # held from here on
    assert first["pass_mark"] == 70 and first["attempts_allowed"] == quiz.attempts_allowed
    submit(client, first["id"], right_answers(first["id"]))
    # Saved (as the admin saves it): the next start serves the new settings.
    quiz.pass_mark, quiz.attempts_allowed = 90, 7
    quiz.save()
    second = start(client, quiz)
    assert (second["pass_mark"], second["attempts_allowed"]) == (90, 7)
    # A bulk update sends no signal; its code bumps the content generation (as load_bench does).
    from core import pagecache

    type(quiz).objects.filter(pk=quiz.pk).update(attempts_allowed=2)
    pagecache.bump_content()
    submit(client, second["id"], right_answers(second["id"]))
    # Two attempts used of the 2 now allowed (no cool-off): the next start is refused.
    refused = start_response(client, quiz)
    assert refused.status_code == 400, refused.content
    assert "You have used all 2 attempts" in refused.content.decode()


def test_a_course_unpublished_after_the_quiz_was_held_answers_404(learner):
    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=1, course=course)
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], right_answers(first["id"]))
    course.unpublish()
    assert start_response(client, quiz).status_code == 404


def test_a_deleted_quiz_answers_404_on_the_next_start(learner):
    quiz = make_quiz(n=1)
    client = api_for(learner)
    first = start(client, quiz)
    Attempt.objects.filter(pk=first["id"]).delete()
    quiz_id = quiz.pk
    quiz.delete()
    gone = client.post(reverse("api-quiz-attempts", kwargs={"quiz_id": quiz_id}))
    assert gone.status_code == 404


def test_the_allowance_from_the_latest_attempt_equals_the_allowance_query(learner):
    """Rounds, a cool-off that has passed and one that has not, and a new enrollment cycle:
    ``attempt_allowance_after`` (no query when the latest attempt is in the cycle) answers as
    ``attempt_allowance`` (its query) at every step."""
    from datetime import timedelta

    from django.utils import timezone

    from quizzes.selectors import attempt_allowance, attempt_allowance_after, attempt_latest

    course = make_course(lessons=1)
    enrollment = EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=1, course=course, attempts_allowed=2, cooloff_hours=24)

    def both(now=None):
        cycle = type(enrollment).objects.get(pk=enrollment.pk).cycle
        latest = attempt_latest(user=learner, quiz=quiz)
        after = attempt_allowance_after(
            latest=latest, user=learner, quiz=quiz, cycle=cycle, now=now
        )
        query = attempt_allowance(user=learner, quiz=quiz, cycle=cycle, now=now)
        shape = ("round", "used", "available_at", "final", "can_start", "remaining")
        assert [getattr(after, f) for f in shape] == [getattr(query, f) for f in shape]
        return after

    def take():
        started = attempt_start(user=learner, quiz=quiz)
        attempt_submit(attempt=started.attempt, user=learner, answers=[])

    assert both().round == 1 and both().used == 0
    take()
    assert both().used == 1
    take()
    cooling = both()
    assert cooling.available_at is not None and not cooling.can_start
    later = timezone.now() + timedelta(hours=25)
    assert both(now=later).round == 2 and both(now=later).can_start
    # The cool-off passed: round 2 opens.
    Attempt.objects.filter(user=learner, quiz=quiz).update(
        submitted_at=timezone.now() - timedelta(hours=25)
    )
    take()
    assert both().round == 2 and both().used == 1
    # A new enrollment cycle (recertification): no attempt of it yet.
    type(enrollment).objects.filter(pk=enrollment.pk).update(cycle=2)
    assert both().round == 1 and both().used == 0
    take()
    assert both().round == 1 and both().used == 1
    # Every attempt of the open one's cycle (a latest attempt in another cycle than asked:
    # the query answers).
    latest = attempt_latest(user=learner, quiz=quiz)
    assert latest.cycle == 2
    assert attempt_allowance_after(latest=latest, user=learner, quiz=quiz, cycle=1).used == 1
    # An unlimited quiz counts nothing: the latest attempt's round, and every start allowed.
    quiz.attempts_allowed = 0
    quiz.save()
    latest = attempt_latest(user=learner, quiz=quiz)
    assert not hasattr(latest, "round_used")
    unlimited = attempt_allowance_after(latest=latest, user=learner, quiz=quiz, cycle=2)
    query = attempt_allowance(user=learner, quiz=quiz, cycle=2)
    assert (unlimited.round, unlimited.can_start, unlimited.remaining, unlimited.refusal) == (
        query.round,
        query.can_start,
        query.remaining,
        query.refusal,
    )
    assert unlimited.used is None and query.used == 1


def test_submit_of_another_users_attempt_answers_404_and_a_repeat_the_first_result(
    learner, other_learner
):
    quiz = make_quiz(n=2)
    client = api_for(learner)
    body = start(client, quiz)
    url = reverse("api-attempt-submit", kwargs={"attempt_id": body["id"]})
    theirs = api_for(other_learner).post(url, {"answers": []}, format="json")
    assert theirs.status_code == 404
    bad = client.post(url, {"answers": "nope"}, format="json")
    assert bad.status_code == 400
    assert Attempt.objects.get(pk=body["id"]).submitted_at is None
    first = submit(client, body["id"], right_answers(body["id"]))
    # A repeat returns the first result, whatever is sent (even a body that is not valid).
    again = client.post(url, {"answers": "nope"}, format="json")
    assert again.status_code == 200 and again.json() == first


BODIES = [
    {"answers": []},
    {"answers": [{"question": 12, "choices": [45, 46]}, {"question": 13, "tokens": [0, 4]}]},
    {"answers": [{"question": 14, "order": [52, 50, 51], "extra": "ignored"}]},
    {"answers": [{"question": 15}, {"question": 16, "choices": []}]},
    {"answers": [{"question": "12", "choices": ["45", 46.0]}]},  # converted by the serializer
    {"answers": [{"question": 12, "tokens": [-1]}]},
    {"answers": [{"question": True}]},
    {"answers": [{"question": None}]},
    {"answers": [{"choices": [1]}]},
    {"answers": [{"question": 12, "choices": "45"}]},
    {"answers": [{"question": 12, "order": [1, "x"]}]},
    {"answers": [[12]]},
    {"answers": "nope"},
    {"answers": {"question": 12}},
    {},
    [],
]


@pytest.mark.parametrize("body", BODIES)
def test_submitted_answers_are_what_the_serializer_gives(body):
    """The plain-JSON shortcut of the submit body answers exactly as the serializer does: the
    same answers, or the same 400 error."""
    from rest_framework.exceptions import ValidationError

    from quizzes.api import SubmitInSerializer, submitted_answers

    serializer = SubmitInSerializer(data=body)
    if serializer.is_valid():
        expected = [dict(a) for a in serializer.validated_data["answers"]]
        assert submitted_answers(body) == expected
        assert [list(a) for a in submitted_answers(body)] == [list(a) for a in expected]
    else:
        with pytest.raises(ValidationError) as refused:
            submitted_answers(body)
        assert refused.value.detail == serializer.errors


def test_a_start_takes_the_enrollment_from_the_latest_attempt(learner):
    """The latest attempt is read with its enrollment, which is the learner's enrollment in the
    course: a start after a submit reads no enrollment of its own. One whose enrollment is gone
    (unenrolled: the attempt keeps none) reads it again and is refused."""
    course = make_course(lessons=1)
    enrollment = EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=3, course=course)
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], [])
    with CaptureQueriesContext(connection) as started:
        second = start(client, quiz)
    assert not [q for q in started.captured_queries if '"courses_enrollment"' in q["sql"][:60]]
    assert Attempt.objects.get(pk=second["id"]).enrollment_id == enrollment.pk
    submit(client, second["id"], [])
    Attempt.objects.filter(user=learner).update(enrollment=None)
    enrollment.delete()
    refused = client.post(reverse("api-quiz-attempts", kwargs={"quiz_id": quiz.pk}))
    assert refused.status_code == 400, refused.content


def test_a_pass_after_the_certified_completion_reads_and_changes_nothing_more(learner):
    """A learner who completed the course (certified) and passes again: the attempt's locking
    read also says the enrollment's cycle is complete and certified, so no enrollment or
    completion is read or written; the first pass's time and the one completion stay."""
    from courses.models import Completion
    from courses.services import lesson_complete

    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=3, course=course)
    lesson_complete(user=learner, lesson=course.lessons().first())
    client = api_for(learner)
    first = start(client, quiz)
    assert submit(client, first["id"], right_answers(first["id"]))["passed"] is True
    completion = Completion.objects.get(user=learner, course=course)
    enrollment = completion.enrollment
    enrollment.refresh_from_db()
    passed_at = enrollment.quiz_passed_at
    if completion.certified_at is None:  # the certificate's issuance is another app's
        Completion.objects.filter(pk=completion.pk).update(certified_at=timezone.now())
    body = start(client, quiz)
    with CaptureQueriesContext(connection) as submitted:
        assert submit(client, body["id"], right_answers(body["id"]))["passed"] is True
    sqls = [q["sql"] for q in submitted.captured_queries]
    assert not [s for s in sqls if s.startswith('SELECT "courses_completion".')]
    assert not [s for s in sqls if s.startswith('SELECT "courses_enrollment".')]
    assert not [s for s in sqls if s.startswith('UPDATE "courses_enrollment"')]
    enrollment.refresh_from_db()
    assert enrollment.quiz_passed_at == passed_at
    assert Completion.objects.filter(user=learner, course=course).count() == 1


def test_a_pass_after_an_uncertified_completion_asks_for_the_certificate_again(
    learner, django_capture_on_commit_callbacks
):
    """Completed, but the certificate never came: a pass again still takes the lock and
    announces the completion again (as before), whatever the attempt's read said."""
    from courses.models import Completion
    from courses.services import lesson_complete
    from courses.signals import enrollment_completed

    course = make_course(lessons=1)
    EnrollmentFactory(user=learner, course=course)
    quiz = make_quiz(n=3, course=course)
    lesson_complete(user=learner, lesson=course.lessons().first())
    client = api_for(learner)
    first = start(client, quiz)
    submit(client, first["id"], right_answers(first["id"]))
    completion = Completion.objects.get(user=learner, course=course)
    Completion.objects.filter(pk=completion.pk).update(certified_at=None)
    announced = []

    def receiver(sender, completion, **kwargs):
        announced.append(completion.pk)

    enrollment_completed.connect(receiver, dispatch_uid="test.announced")
    try:
        body = start(client, quiz)
        with django_capture_on_commit_callbacks(execute=True):
            submit(client, body["id"], right_answers(body["id"]))
    finally:
        enrollment_completed.disconnect(dispatch_uid="test.announced")
    assert completion.pk in announced
    assert Completion.objects.filter(user=learner, course=course).count() == 1
