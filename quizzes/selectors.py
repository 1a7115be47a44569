"""Reads of the quiz engine. Everything a learner sees before submitting is built from
``served_questions`` (no correctness); ``attempt_result`` is the only reader of correctness
for learners and refuses an open attempt."""

from __future__ import annotations

import math
import pickle
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    Avg,
    Count,
    Exists,
    F,
    FloatField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Cast
from django.http import Http404
from django.utils import timezone

from core import pagecache
from core.formatting import display_datetime

from .models import (
    Attempt,
    Choice,
    Competency,
    FeedbackTiming,
    Question,
    QuestionType,
    Quiz,
    QuizQuestion,
    Response,
    SelectionMode,
)
from .tokens import Token, tokenize


@dataclass
class ServedQuestion:
    """A question as served in one attempt: its options in the served order, never their
    correctness (templates and serializers of open attempts read only these fields)."""

    number: int
    question: Question
    choices: list[Choice]
    tokens: list[Token] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.question.pk

    @property
    def type(self) -> str:
        return self.question.type

    @property
    def case(self):
        return self.question.post_case


def _served(served: list[dict], questions: dict[int, Question]) -> list[ServedQuestion]:
    out = []
    for number, item in enumerate(served, start=1):
        question = questions[item["question"]]
        by_id = {c.pk: c for c in question.choices.all()}
        choices = [by_id[c] for c in item.get("choices", []) if c in by_id]
        tokens = (
            tokenize(question.post_case.text)
            if question.type == QuestionType.SPOT and question.post_case
            else []
        )
        out.append(ServedQuestion(number=number, question=question, choices=choices, tokens=tokens))
    return out


def questions_by_id(ids: list[int]) -> dict[int, Question]:
    """Questions with their case and choices in two queries, whatever their number."""
    qs = Question.objects.filter(pk__in=ids).select_related("post_case").prefetch_related("choices")
    return {q.pk: q for q in qs}


def served_questions(
    *, served: list[dict], questions: dict[int, Question] | None = None, quiz: Quiz | None = None
):
    """The served list of an attempt as ServedQuestion objects, in the served order. With
    ``quiz`` (a fixed or pool quiz) and a shared cache, the bank this process holds
    (quizzes.bank) supplies the questions; only those no longer in it (removed from the quiz, or
    their case unpublished, since the attempt was served) are read."""
    from . import bank

    if questions is None:
        ids = [item["question"] for item in served]
        questions = {}
        if quiz is not None and quiz.selection != SelectionMode.RANDOM and bank.enabled():
            kept = bank.quiz_bank(quiz).questions
            questions = {pk: kept[pk] for pk in ids if pk in kept}
        missing = [pk for pk in ids if pk not in questions]
        if missing:
            questions |= questions_by_id(missing)
    return _served(served, questions)


def attempt_served(*, attempt: Attempt) -> list[ServedQuestion]:
    """What this attempt showed the learner, rebuilt from its stored ``served`` list (or the
    list ``attempt_submit`` already built for this instance: no second read of the bank)."""
    built = getattr(attempt, "_served_questions", None)
    if built is not None:
        return built
    return served_questions(served=attempt.served, quiz=attempt.quiz)


def attempt_get_for_user(*, user, attempt_id: int, for_update: bool = False) -> Attempt:
    """The user's own attempt; another user's attempt and a missing one both raise Http404."""
    if not getattr(user, "is_authenticated", False):
        raise Http404("No such attempt.")
    from . import bank

    if not for_update:
        qs = Attempt.objects.select_related("quiz", "quiz__course__credit_type")
        attempt = qs.filter(pk=attempt_id, user=user).first()
        if attempt is None:
            raise Http404("No such attempt.")
        return attempt
    # The submit's one read of the attempt: locked, with its enrollment (and whether its cycle
    # is completed and certified: then a pass has nothing to record, courses.services.
    # enrollment_record_quiz_pass) and whether it has responses already (answers checked one by
    # one); its quiz and course as attempt_submit's own lock reads them, from the row this
    # process holds when it may (quizzes.bank).
    from courses.selectors import enrollment_certified

    held = bank.enabled()
    qs = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("enrollment", *(() if held else ("quiz", "quiz__course__credit_type")))
        .annotate(
            has_responses=Exists(Response.objects.filter(attempt=OuterRef("pk"))),
            enrollment_certified=enrollment_certified("enrollment"),
        )
    )
    attempt = next(iter(qs.filter(pk=attempt_id, user=user).order_by()[:1]), None)
    if attempt is None:
        raise Http404("No such attempt.")
    if attempt.enrollment is not None:
        attempt.enrollment.certified = attempt.enrollment_certified
    if held:
        attempt.quiz = bank.quiz_held(attempt.quiz_id)
    return attempt


def quiz_get(*, quiz_id: int) -> Quiz:
    """A quiz by id with its course, or Http404."""
    quiz = Quiz.objects.select_related("course__credit_type").filter(pk=quiz_id).first()
    if quiz is None:
        raise Http404("No such quiz.")
    return quiz


def quiz_for_course(*, course) -> Quiz | None:
    """The course's final quiz, or None."""
    return Quiz.objects.filter(course=course).first()


def attempts_for_user(*, user, quiz: Quiz | None = None) -> QuerySet[Attempt]:
    """The user's attempts, newest first, with their quiz and course."""
    if not getattr(user, "is_authenticated", False):
        return Attempt.objects.none()
    qs = Attempt.objects.filter(user=user).select_related("quiz", "quiz__course__credit_type")
    if quiz is not None:
        qs = qs.filter(quiz=quiz)
    return qs.order_by("-started_at", "-pk")


def quiz_preview_questions(*, quiz: Quiz) -> list[Question]:
    """Authors' preview: the fixed questions in order (pool quizzes: every pool member; random
    quizzes: a sample of the bank per draw rule), with their choices and correctness."""
    if quiz.selection in (SelectionMode.FIXED, SelectionMode.POOLS):
        if quiz.pk is None:
            return []
        rows = (
            QuizQuestion.objects.filter(quiz=quiz)
            .select_related("question__post_case")
            .prefetch_related("question__choices")
            .order_by("sort_order", "pk")
        )
        return [row.question for row in rows]
    out: list[Question] = []
    for rule in quiz.draw_rules.all():
        out.extend(
            Question.objects.in_bank()
            .filter(competency=rule.competency)
            .select_related("post_case")
            .prefetch_related("choices")[: rule.count]
        )
    return out


# --- Attempt limits, rounds and cool-off ------------------------------------------------------


def limit_message(quiz: Quiz) -> str:
    n = quiz.attempts_allowed
    return f"You have used all {n} attempt{'s' if n != 1 else ''} allowed for this quiz."


@dataclass
class AttemptAllowance:
    """Where a learner stands against a quiz's attempt limit in one enrollment cycle."""

    quiz: Quiz
    round: int  # the round a new attempt would count against
    # Attempts already made in that round; None when not counted (an unlimited quiz, from
    # ``attempt_allowance_after``: nothing depends on it then).
    used: int | None
    available_at: datetime | None = None  # cooling off: when the next round opens
    final: bool = False  # the limit is final (no cool-off configured)

    @property
    def can_start(self) -> bool:
        return not self.final and self.available_at is None

    @property
    def remaining(self) -> int | None:
        """Attempts left in this round (None: unlimited)."""
        if not self.quiz.attempts_allowed:
            return None
        return 0 if not self.can_start else self.quiz.attempts_allowed - self.used

    @property
    def refusal(self) -> str:
        if self.can_start:
            return ""
        message = limit_message(self.quiz)
        if self.available_at is not None:
            message += (
                f" A new round of attempts opens after a {self.quiz.cooloff_hours}-hour "
                f"cool-off, on {display_datetime(self.available_at)} "
                f"({timezone.get_current_timezone_name()})."
            )
        return message


def attempt_allowance(*, user, quiz: Quiz, cycle: int, now=None) -> AttemptAllowance:
    """Attempts come in rounds of ``attempts_allowed`` per enrollment cycle; once a round is used
    up, the next opens ``cooloff_hours`` after its last submission (never, with no cool-off).
    One query."""
    latest = (
        Attempt.objects.filter(user=user, quiz=quiz, cycle=cycle)
        .values("round")
        .order_by("-round")
        .annotate(n=Count("pk"), last_at=Max("submitted_at"))
        .first()
    )
    if latest is None:
        return _allowance(quiz=quiz, current=1, used=0, last_at=None, now=now)
    return _allowance(
        quiz=quiz, current=latest["round"], used=latest["n"], last_at=latest["last_at"], now=now
    )


def _allowance(
    *, quiz: Quiz, current: int, used: int, last_at: datetime | None, now=None
) -> AttemptAllowance:
    """The rule, from the cycle's latest round: its number, attempts and last submission."""
    allowed = quiz.attempts_allowed
    if not allowed or used < allowed:
        return AttemptAllowance(quiz=quiz, round=current, used=used)
    if not quiz.cooloff_hours:
        return AttemptAllowance(quiz=quiz, round=current, used=used, final=True)
    opens = last_at + timedelta(hours=quiz.cooloff_hours)
    if (now or timezone.now()) >= opens:
        return AttemptAllowance(quiz=quiz, round=current + 1, used=0)
    return AttemptAllowance(quiz=quiz, round=current, used=used, available_at=opens)


def attempt_latest(*, user, quiz: Quiz) -> Attempt | None:
    """The user's latest attempt at the quiz (the open one, if any), annotated for a limited
    quiz with its round's attempts and last submission (``round_used``, ``round_last_at``), for
    ``attempt_allowance_after`` (an unlimited quiz counts nothing: a learner may have made
    thousands of attempts), and with its enrollment (the learner's enrollment in the quiz's
    course, unless it was deleted since: ``attempt_enrollment``). One query."""
    latest = (
        Attempt.objects.filter(user=user, quiz=quiz)
        .select_related("enrollment")
        .order_by("-number")
    )
    if not quiz.attempts_allowed:
        return latest.first()
    same_round = (
        Attempt.objects.filter(
            user=OuterRef("user_id"),
            quiz=OuterRef("quiz_id"),
            cycle=OuterRef("cycle"),
            round=OuterRef("round"),
        )
        .order_by()
        .values("round")
    )
    return latest.annotate(
        round_used=Subquery(same_round.annotate(n=Count("pk")).values("n")),
        round_last_at=Subquery(same_round.annotate(at=Max("submitted_at")).values("at")),
    ).first()


NOT_READ = object()  # attempt_enrollment: the enrollment was not read with the latest attempt


def attempt_enrollment(*, latest: Attempt | None, user, quiz: Quiz):
    """The user's enrollment in the quiz's course as ``attempt_latest`` read it with the latest
    attempt (enrollments are unique per user and course), or ``NOT_READ`` when it did not (no
    attempt yet, its enrollment deleted, or the quiz moved to another course): then read it."""
    enrollment = latest.enrollment if latest is not None and latest.enrollment_id else None
    if (
        enrollment is None
        or enrollment.user_id != user.pk
        or enrollment.course_id != quiz.course_id
    ):
        return NOT_READ
    return enrollment


def attempt_allowance_after(
    *, latest: Attempt | None, user, quiz: Quiz, cycle: int, now=None
) -> AttemptAllowance:
    """``attempt_allowance`` for ``cycle`` given ``attempt_latest``'s answer, without a query
    when the latest attempt is in that cycle (or there is none): rounds only grow with the
    attempt number within a cycle (a new attempt takes the cycle's latest round or the next),
    so the latest attempt's round is the cycle's latest round. Otherwise the query."""
    if latest is None:
        return _allowance(quiz=quiz, current=1, used=0, last_at=None, now=now)
    if latest.cycle == cycle and not quiz.attempts_allowed:
        return AttemptAllowance(quiz=quiz, round=latest.round, used=None)  # nothing to count
    if latest.cycle != cycle or not hasattr(latest, "round_used"):
        return attempt_allowance(user=user, quiz=quiz, cycle=cycle, now=now)
    return _allowance(
        quiz=quiz,
        current=latest.round,
        used=latest.round_used,
        last_at=latest.round_last_at,
        now=now,
    )


def attempt_shows_key(*, attempt: Attempt) -> bool:
    """The full review (key, explanations, spans) of a submitted attempt: always for a quiz that
    shows everything; otherwise only once the learner passed (in this cycle) or used the last
    allowed attempt of the attempt's round. One query at most."""
    quiz = attempt.quiz
    if not attempt.is_submitted:
        return False
    if not quiz.withholds_key or attempt.passed:
        return True
    tally = Attempt.objects.filter(
        user_id=attempt.user_id, quiz=quiz, cycle=attempt.cycle, submitted_at__isnull=False
    ).aggregate(
        passed=Count("pk", filter=Q(passed=True)),
        in_round=Count("pk", filter=Q(round=attempt.round)),
    )
    if tally["passed"]:
        return True
    return bool(quiz.attempts_allowed) and tally["in_round"] >= quiz.attempts_allowed


def revisit_lessons(*, quiz: Quiz, competencies: list[str]) -> list:
    """The live lessons of the quiz's course that teach any of ``competencies`` (every lesson
    when none is tagged with them), in course order. One query."""
    if quiz.course_id is None or not competencies:
        return []
    from content.models import LessonPage

    lessons = list(LessonPage.objects.child_of(quiz.course).live().order_by("path"))
    wanted = set(competencies)
    matching = [lesson for lesson in lessons if wanted & set(lesson.competencies or [])]
    return matching or lessons


# --- Results (submitted attempts only) --------------------------------------------------------


@dataclass
class ChoiceFeedback:
    choice: Choice
    chosen: bool
    given_position: int | None = None  # ordering: where the learner put it (1-based)
    correct_position: int | None = None


@dataclass
class TokenMark:
    token: Token
    selected: bool
    in_key: bool


@dataclass
class QuestionFeedback:
    served: ServedQuestion
    points: Decimal
    max_points: int
    credit: Decimal
    is_correct: bool
    answered: bool
    choices: list[ChoiceFeedback]
    tokens: list[TokenMark]
    key_spans: list[Choice]
    revisit: list[str]

    @property
    def question(self) -> Question:
        return self.served.question

    @property
    def partial(self) -> bool:
        return 0 < self.credit < 1


@dataclass
class AttemptResult:
    attempt: Attempt
    # Empty unless ``review``: a withheld review carries no per-question data at all.
    questions: list[QuestionFeedback]
    revisit: list[tuple[str, str]]  # (competency, label), in the competency list's order
    review: bool = True  # the full review (key, explanations, spans) may be shown
    lessons: list = field(default_factory=list)  # lessons to revisit (failed attempts)


def correct_order(question: Question) -> list[Choice]:
    """Ordering steps in their correct order (the author's order)."""
    return sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))


def _feedback_for(served: ServedQuestion, response: Response | None) -> QuestionFeedback:
    question = served.question
    picked = {s.choice_id: s for s in response.selections.all()} if response else {}
    revisit: set[str] = set()
    choices: list[ChoiceFeedback] = []
    tokens: list[TokenMark] = []
    key_spans: list[Choice] = []
    if question.type == QuestionType.ORDER:
        right = correct_order(question)
        positions = {c.pk: i for i, c in enumerate(right, start=1)}
        given = sorted(
            right, key=lambda c: picked[c.pk].position if c.pk in picked else len(right) + 1
        )
        for choice in given:
            sel = picked.get(choice.pk)
            gpos = sel.position + 1 if sel and sel.position is not None else None
            choices.append(
                ChoiceFeedback(choice, bool(sel), gpos, correct_position=positions[choice.pk])
            )
            if gpos != positions[choice.pk]:
                revisit.add(choice.competency)
    elif question.type == QuestionType.SPOT:
        key_spans = sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))
        key = {i for span in key_spans for i in span.tokens}
        selected = set(response.tokens) if response else set()
        tokens = [TokenMark(t, t.index in selected, t.index in key) for t in served.tokens]
        for span in key_spans:
            if not set(span.tokens) & selected:
                revisit.add(span.competency)
    else:
        for choice in served.choices:
            chosen = choice.pk in picked
            choices.append(ChoiceFeedback(choice, chosen))
            if chosen != choice.is_correct:
                revisit.add(choice.competency)
    credit = response.credit if response else Decimal(0)
    if credit < 1:
        revisit.add(question.competency)
    return QuestionFeedback(
        served=served,
        points=response.points if response else Decimal(0),
        max_points=question.points,
        credit=credit,
        is_correct=bool(response and response.is_correct),
        answered=bool(picked) or bool(response and response.tokens),
        choices=choices,
        tokens=tokens,
        key_spans=key_spans,
        revisit=[c for c in Competency.values if c in revisit],
    )


def _responses(attempt: Attempt) -> dict[int, Response]:
    scored = getattr(attempt, "_scored_responses", None)
    if scored is not None:  # written by attempt_submit on this instance, selections included
        return scored
    return {
        r.question_id: r for r in attempt.responses.prefetch_related("selections").order_by("pk")
    }


def attempt_result(*, attempt: Attempt) -> AttemptResult:
    """The result of a submitted attempt (raises for an open one): score, the competencies to
    revisit and, for a failed attempt, the lessons teaching them; per-question feedback (the
    key) only when ``attempt_shows_key`` allows it. Otherwise ``questions`` is empty, so no
    page or payload built from it can leak the key."""
    if not attempt.is_submitted:
        raise ValueError("An open attempt has no result yet.")
    served = attempt_served(attempt=attempt)
    responses = _responses(attempt)
    questions = [_feedback_for(sq, responses.get(sq.id)) for sq in served]
    wanted = {c for q in questions for c in q.revisit}
    labels = dict(Competency.choices)
    revisit = [(c, labels[c]) for c in Competency.values if c in wanted]
    review = attempt_shows_key(attempt=attempt)
    lessons = (
        []
        if attempt.passed
        else revisit_lessons(quiz=attempt.quiz, competencies=[c for c, _ in revisit])
    )
    return AttemptResult(
        attempt=attempt,
        questions=questions if review else [],
        revisit=revisit,
        review=review,
        lessons=lessons,
    )


def attempt_checked_feedback(*, attempt: Attempt) -> dict[int, QuestionFeedback]:
    """Feedback for the questions already checked in an open attempt of a quiz with feedback
    after each question (those answers are final); nothing for any other question."""
    if attempt.quiz.feedback_timing != FeedbackTiming.EACH or attempt.quiz.withholds_key:
        return {}
    responses = _responses(attempt)
    if not responses:
        return {}
    served = [sq for sq in attempt_served(attempt=attempt) if sq.id in responses]
    return {sq.id: _feedback_for(sq, responses[sq.id]) for sq in served}


# --- Item statistics (authors) ----------------------------------------------------------------


@dataclass
class OptionStat:
    choice: Choice
    times: int
    share: float | None
    in_place: int | None = None  # ordering steps: times put in the correct position


FLAG_FACILITY_HIGH = 95
FLAG_FACILITY_LOW = 20


@dataclass
class ItemStat:
    question: Question
    responses: int
    facility: float | None  # mean share of the points earned, in %
    fully_correct: float | None  # share of responses with full credit, in %
    sd: float | None
    discrimination: float | None  # Pearson r of item score vs rest-of-test score, in %
    options: list[OptionStat]
    pool: str = ""  # pool quizzes: the pool the question is drawn from

    @property
    def flags(self) -> list[str]:
        """Why an author should review the item (thresholds as in Moodle's quiz statistics)."""
        out = []
        if self.facility is not None and self.facility > FLAG_FACILITY_HIGH:
            out.append(f"Too easy: facility above {FLAG_FACILITY_HIGH}%")
        if self.facility is not None and self.facility < FLAG_FACILITY_LOW:
            out.append(f"Too hard: facility below {FLAG_FACILITY_LOW}%")
        if self.discrimination is not None and self.discrimination < 0:
            out.append("Negative discrimination: check the key")
        return out


@dataclass
class QuizStatistics:
    quiz: Quiz
    attempts: int
    mean_score: float | None
    sd_score: float | None
    items: list[ItemStat]


def _sample_sd(n: int, s: float | None, ss: float | None, scale: float = 1) -> float | None:
    """Sample standard deviation from the count, sum and sum of squares (SQL aggregates)."""
    if n < 2 or s is None or ss is None:
        return None
    var = (ss - s * s / n) / (n - 1)
    return round(scale * math.sqrt(max(var, 0.0)), 1)


def _pearson(n: int, sx: float, sy: float, sxx: float, syy: float, sxy: float) -> float | None:
    num = n * sxy - sx * sy
    den = (n * sxx - sx * sx) * (n * syy - sy * sy)
    if n < 2 or den <= 0:
        return None
    return num / math.sqrt(den)


def quiz_item_statistics(*, quiz: Quiz) -> QuizStatistics:
    """Moodle-style item analysis over submitted attempts, per question whichever attempts drew
    it (pool quizzes), in a fixed number of aggregate queries whatever the number of attempts or
    the size of the pools; items to review are flagged."""
    submitted = Q(attempt__quiz=quiz, attempt__submitted_at__isnull=False)
    totals = Attempt.objects.filter(quiz=quiz, submitted_at__isnull=False).aggregate(
        n=Count("pk"),
        mean=Avg(Cast("score", FloatField())),
        s=Sum(Cast("score", FloatField())),
        ss=Sum(Cast("score", FloatField()) * Cast("score", FloatField())),
    )
    x = Cast("points", FloatField())
    y = Cast(F("attempt__points_earned") - F("points"), FloatField())
    rows = (
        Response.objects.filter(submitted)
        .values("question")
        .order_by()
        .annotate(
            n=Count("pk"),
            full=Count("pk", filter=Q(is_correct=True)),
            mean_credit=Avg(Cast("credit", FloatField())),
            sc=Sum(Cast("credit", FloatField())),
            scc=Sum(Cast("credit", FloatField()) * Cast("credit", FloatField())),
            sx=Sum(x),
            sy=Sum(y),
            sxx=Sum(x * x),
            syy=Sum(y * y),
            sxy=Sum(x * y),
        )
    )
    by_question = {row["question"]: row for row in rows}
    pools = dict(
        QuizQuestion.objects.filter(quiz=quiz)
        .order_by("sort_order", "pk")
        .values_list("question_id", "pool")
    )
    fixed_ids = list(pools)
    ids = fixed_ids + sorted(set(by_question) - set(fixed_ids))
    questions = Question.objects.filter(pk__in=ids).select_related("post_case").in_bulk()
    picked = Q(
        selections__response__attempt__quiz=quiz,
        selections__response__attempt__submitted_at__isnull=False,
    )
    choices = (
        Choice.objects.filter(question_id__in=ids)
        .annotate(
            times=Count("selections", filter=picked),
            in_place=Count("selections", filter=picked & Q(selections__in_place=True)),
        )
        .order_by("question_id", "sort_order", "pk")
    )
    options: dict[int, list[OptionStat]] = {}
    for choice in choices:
        n = by_question.get(choice.question_id, {}).get("n", 0)
        is_order = questions[choice.question_id].type == QuestionType.ORDER
        options.setdefault(choice.question_id, []).append(
            OptionStat(
                choice=choice,
                times=choice.times,
                share=round(100 * choice.times / n, 1) if n else None,
                in_place=choice.in_place if is_order else None,
            )
        )
    items = []
    for qid in ids:
        if qid not in questions:
            continue
        row = by_question.get(qid)
        n = row["n"] if row else 0
        r = _pearson(n, row["sx"], row["sy"], row["sxx"], row["syy"], row["sxy"]) if row else None
        items.append(
            ItemStat(
                question=questions[qid],
                responses=n,
                facility=round(100 * row["mean_credit"], 1) if n else None,
                fully_correct=round(100 * row["full"] / n, 1) if n else None,
                sd=_sample_sd(n, row["sc"], row["scc"], scale=100) if row else None,
                discrimination=round(100 * r, 1) if r is not None else None,
                options=options.get(qid, []),
                pool=pools.get(qid, ""),
            )
        )
    return QuizStatistics(
        quiz=quiz,
        attempts=totals["n"],
        mean_score=round(totals["mean"], 1) if totals["mean"] is not None else None,
        sd_score=_sample_sd(totals["n"], totals["s"], totals["ss"]),
        items=items,
    )


# --- Learner hooks ----------------------------------------------------------------------------

_SUMMARY = {
    "n": Count("pk"),
    "passed": Count("pk", filter=Q(passed=True)),
    "best": Max("score"),
    "open": Count("pk", filter=Q(submitted_at__isnull=True)),
}
# The learner's attempts summarised per quiz, kept per person under their generation (an
# attempt's save bumps it) and read ahead in the page cache's lookup batch, as courses keeps
# their enrollments and ticks (courses.selectors.learner_courses_state): every course and lesson
# page shows the final quiz's status, so a first visit reads no attempt row.
LEARNER_QUIZZES = "learner-quizzes"


def _state_enabled() -> bool:
    return bool(settings.SHARED_CONTENT_CACHE)


def learner_quizzes_state(*, user) -> dict[int, dict] | None:
    """{quiz_id: {"n", "passed", "best", "open"}} of the signed-in user's attempts, kept per
    person (None when not kept: the caller reads one quiz's attempts)."""
    if not _state_enabled() or not getattr(user, "is_authenticated", False):
        return None

    def build() -> bytes:
        rows = Attempt.objects.filter(user=user).values("quiz_id").order_by().annotate(**_SUMMARY)
        return pickle.dumps({row.pop("quiz_id"): row for row in rows}, 5)

    return pickle.loads(pagecache.for_user(user.pk, LEARNER_QUIZZES, build))  # noqa: S301


def _learner_quizzes_read_ahead(request, user_id: int) -> list[str]:
    if not user_id or not _state_enabled():
        return []
    return [pagecache.value_key(user_id, LEARNER_QUIZZES)]


pagecache.read_ahead_with(_learner_quizzes_read_ahead)


def final_quiz_learner_context(*, course, user, quiz_id: int | object | None = ...) -> dict:
    """``final_quiz_url`` and ``final_quiz_status`` for the course and lesson pages.

    ``quiz_id`` is the course's final quiz id when the caller already read it (None: no quiz)."""
    if course is None:
        return {}
    if quiz_id is ...:
        quiz_id = Quiz.objects.filter(course_id=course.pk).values_list("pk", flat=True).first()
    if quiz_id is None:
        return {}
    from django.urls import reverse

    out = {"final_quiz_url": reverse("quizzes:quiz", kwargs={"quiz_id": quiz_id})}
    if getattr(user, "is_authenticated", False):
        summaries = learner_quizzes_state(user=user)
        if summaries is not None:
            summary = summaries.get(quiz_id) or {"n": 0, "passed": 0, "best": None, "open": 0}
        else:
            summary = Attempt.objects.filter(user=user, quiz_id=quiz_id).aggregate(**_SUMMARY)
        if summary["passed"]:
            out["final_quiz_status"] = f"passed, best score {float(summary['best']):.0f}%"
        elif summary["open"]:
            out["final_quiz_status"] = "attempt in progress"
        elif summary["n"]:
            out["final_quiz_status"] = f"not passed yet, best score {float(summary['best']):.0f}%"
    return out


def final_quiz_links_for_enrollments(*, enrollments) -> dict[int, list[dict]]:
    """A "final quiz" link per enrollment whose course has one (one query for all)."""
    from django.urls import reverse

    enrollments = list(enrollments)
    quizzes = dict(
        Quiz.objects.filter(course_id__in={e.course_id for e in enrollments}).values_list(
            "course_id", "pk"
        )
    )
    out: dict[int, list[dict]] = {}
    for e in enrollments:
        if e.course_id in quizzes:
            label = "Final quiz: passed" if e.quiz_passed_at else "Take the final quiz"
            out[e.pk] = [
                {"label": label, "url": reverse("quizzes:quiz", args=[quizzes[e.course_id]])}
            ]
    return out


def attempts_summary_for_user(*, user) -> list[dict]:
    """One row per quiz the user attempted: attempts, best score, passed (one query)."""
    if not getattr(user, "is_authenticated", False):
        return []
    rows = (
        Attempt.objects.filter(user=user)
        .values("quiz_id", "quiz__title")
        .order_by("quiz__title")
        .annotate(
            attempts=Count("pk"),
            best=Max("score"),
            passed=Count("pk", filter=Q(passed=True)),
            last=Max("pk"),
        )
    )
    return [
        {
            "quiz_id": r["quiz_id"],
            "title": r["quiz__title"],
            "attempts": r["attempts"],
            "best": r["best"],
            "passed": bool(r["passed"]),
            "last_attempt_id": r["last"],
        }
        for r in rows
    ]
