"""Attempts: start (or resume), check one answer (feedback after each question), submit.

Scoring happens here only. The served list stored on the attempt is the contract: an answer may
name only questions and choices that were served, and a random draw is never repeated (resuming
rebuilds the same questions from ``Attempt.served``).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from core.formatting import display_date
from quizzes import scoring
from quizzes.bank import QuizBank, quiz_bank
from quizzes.models import (
    Attempt,
    FeedbackTiming,
    Question,
    QuestionType,
    Quiz,
    Response,
    ResponseChoice,
    SelectionMode,
    bank_filter,
)
from quizzes.selectors import (
    NOT_READ,
    ServedQuestion,
    attempt_allowance_after,
    attempt_enrollment,
    attempt_get_for_user,
    attempt_latest,
    correct_order,
    limit_message,
    questions_by_id,
    served_questions,
)

ENROLL_FIRST = "Enroll in the course before taking its final quiz."


class AttemptError(ValidationError):
    """A request the attempt rules refuse (limit reached, not enrolled, bad answer...)."""


# --- Start ------------------------------------------------------------------------------------


def _draw_pools(*, bank: QuizBank, rng: random.Random, avoid: frozenset[int]) -> list[int]:
    """``draw`` questions from each pool, preferring those not in ``avoid`` (the learner's
    previous attempt) and falling back to them only when the pool has too few others."""
    chosen: list[int] = []
    for name, draw in bank.pools:
        available = bank.members.get(name, [])
        if len(available) < draw:
            raise AttemptError(
                f"The pool “{name}” has {len(available)} published question(s), but this "
                f"quiz draws {draw} from it."
            )
        fresh = [pk for pk in available if pk not in avoid]
        if len(fresh) >= draw:
            chosen.extend(rng.sample(fresh, draw))
        else:
            seen = [pk for pk in available if pk in avoid]
            chosen.extend(fresh + rng.sample(seen, draw - len(fresh)))
    return chosen


def _draw(*, quiz: Quiz, rng: random.Random, avoid: frozenset[int] = frozenset()) -> list[Question]:
    """The questions of a new attempt: the fixed list (published cases only), a draw from each
    question pool, or a random draw per competency rule. A fixed number of queries whatever
    the number of questions or the size of the pools (none for a fixed or pool quiz whose bank
    is kept: quizzes.bank)."""
    if quiz.selection == SelectionMode.POOLS:
        bank = quiz_bank(quiz)
        chosen = _draw_pools(bank=bank, rng=rng, avoid=avoid)
        questions = [bank.questions[pk] for pk in chosen]
        if quiz.shuffle:
            rng.shuffle(questions)
        return questions
    if quiz.selection == SelectionMode.FIXED:
        bank = quiz_bank(quiz)
        questions = [bank.questions[pk] for pk in bank.fixed]
        if quiz.shuffle:
            rng.shuffle(questions)
        return questions
    rules = list(quiz.draw_rules.order_by("sort_order", "pk"))
    pool: dict[str, list[int]] = {}
    for pk, competency in (
        Question.objects.filter(bank_filter(), competency__in=[r.competency for r in rules])
        .order_by("pk")
        .values_list("pk", "competency")
    ):
        pool.setdefault(competency, []).append(pk)
    chosen: list[int] = []
    for rule in rules:
        available = pool.get(rule.competency, [])
        if len(available) < rule.count:
            raise AttemptError(
                f"The question bank has {len(available)} published question(s) for "
                f"{rule.get_competency_display()}, but this quiz draws {rule.count}."
            )
        chosen.extend(rng.sample(available, rule.count))
    by_id = questions_by_id(chosen)
    questions = [by_id[pk] for pk in chosen]
    if quiz.shuffle:
        rng.shuffle(questions)
    return questions


def _served_choices(*, question: Question, shuffle: bool, rng: random.Random) -> list[int]:
    if question.type == QuestionType.SPOT:
        return []  # the key spans are never served
    if question.type == QuestionType.ORDER:
        right = [c.pk for c in correct_order(question)]
        ids = right[:]
        rng.shuffle(ids)
        if len(ids) > 1 and ids == right:
            # Served in the correct order would give the answer away.
            ids = ids[1:] + ids[:1]
        return ids
    ids = [c.pk for c in sorted(question.choices.all(), key=lambda c: (c.sort_order or 0, c.pk))]
    if shuffle:
        rng.shuffle(ids)
    return ids


def build_served(
    *, quiz: Quiz, seed: int, avoid: frozenset[int] = frozenset()
) -> tuple[list[dict], dict[int, Question]]:
    """The served list for ``seed``: same seed, same bank and same previous attempt (``avoid``:
    its question ids) give the same list."""
    rng = random.Random(seed)
    questions = _draw(quiz=quiz, rng=rng, avoid=avoid)
    served = [
        {"question": q.pk, "choices": _served_choices(question=q, shuffle=quiz.shuffle, rng=rng)}
        for q in questions
    ]
    return served, {q.pk: q for q in questions}


@dataclass
class StartedAttempt:
    attempt: Attempt
    questions: list[ServedQuestion]
    resumed: bool


def _final_quiz_enrollment(*, user, quiz: Quiz, latest: Attempt | None = None):
    from courses.selectors import enrollment_get

    if quiz.course_id is None:
        return None
    enrollment = attempt_enrollment(latest=latest, user=user, quiz=quiz)
    if enrollment is NOT_READ:
        enrollment = enrollment_get(user=user, course=quiz.course)
    if enrollment is None:
        raise AttemptError(ENROLL_FIRST)
    return enrollment


def attempt_start(*, user, quiz: Quiz) -> StartedAttempt:
    """Resume the open attempt, or open a new one within the attempt limit (a new round of
    attempts once the cool-off after the last round has passed). A course's final quiz needs
    an enrollment in that course (it is available as soon as you enrol). Pool quizzes draw
    around the questions of the learner's previous attempt.

    One write, the attempt's insert, so no transaction of its own: the reads before it are
    the same under READ COMMITTED either way, and the database's constraints decide a race (a
    concurrent start loses on quizzes_attempt_one_open or the number and resumes the winner's
    attempt). Inside a caller's transaction the insert runs in a savepoint, so losing the race
    leaves that transaction usable."""
    # The latest attempt is the open one, if any (a new attempt opens only when none is open,
    # and quizzes_attempt_one_open holds it): one query answers "resume?" and "what did the
    # previous attempt serve?". Should an older attempt still be open, the insert below loses on
    # that constraint and resumes it, as a concurrent start would.
    latest = attempt_latest(user=user, quiz=quiz)
    if latest is not None and latest.submitted_at is None:
        return StartedAttempt(latest, served_questions(served=latest.served, quiz=quiz), True)
    enrollment = _final_quiz_enrollment(user=user, quiz=quiz, latest=latest)
    if quiz.course_id and quiz.course.is_expired:
        raise AttemptError(
            f"This activity expired on {display_date(quiz.course.expiry_date)} and can no "
            "longer be taken for credit."
        )
    cycle = enrollment.cycle if enrollment is not None else 1
    allowance = attempt_allowance_after(latest=latest, user=user, quiz=quiz, cycle=cycle)
    if not allowance.can_start:
        raise AttemptError(allowance.refusal)
    last_number, last_served = (latest.number, latest.served) if latest is not None else (0, [])
    avoid = frozenset(item["question"] for item in last_served)
    seed = secrets.randbits(62)
    served, questions = build_served(quiz=quiz, seed=seed, avoid=avoid)
    if not served:
        raise AttemptError("This quiz has no published questions yet.")
    attempt = Attempt(
        user=user,
        quiz=quiz,
        enrollment=enrollment,
        number=last_number + 1,
        cycle=cycle,
        round=allowance.round,
        seed=seed,
        served=served,
        pass_mark=quiz.pass_mark,
    )
    # Constraints are the database's job here: a concurrent start of the same quiz loses on
    # quizzes_attempt_one_open (or the number) and resumes the winner's attempt instead.
    # The user, quiz and enrollment are the rows just read (their foreign keys hold them too):
    # no existence query for each.
    attempt.full_clean(exclude=["user", "quiz", "enrollment"], validate_constraints=False)
    try:
        if transaction.get_connection().in_atomic_block:
            with transaction.atomic():
                attempt.save()
        else:
            attempt.save()  # autocommit: one statement, nothing else to roll back
    except IntegrityError:
        winner = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()
        if winner is None:
            raise
        return StartedAttempt(winner, served_questions(served=winner.served, quiz=quiz), True)
    return StartedAttempt(attempt, served_questions(served=served, questions=questions), False)


# --- Answers and scoring ----------------------------------------------------------------------


@dataclass
class ParsedAnswer:
    served: ServedQuestion
    choices: list[int]
    tokens: list[int]
    order: list[int]


def _int_list(value: Any, *, what: str, qid: Any) -> list[int]:
    if value is None:
        return []
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise AttemptError(f"Question {qid}: “{what}” must be a list of integers.")
    return list(value)


def parse_answers(*, served: list[ServedQuestion], answers: Any) -> dict[int, ParsedAnswer]:
    """Check every answer against what was served; refuse anything else with a clear error."""
    if answers is None:
        answers = []
    if not isinstance(answers, list):
        raise AttemptError("“answers” must be a list.")
    by_id = {sq.id: sq for sq in served}
    out: dict[int, ParsedAnswer] = {}
    for raw in answers:
        if not isinstance(raw, dict) or "question" not in raw:
            raise AttemptError("Each answer needs a “question” id.")
        qid = raw["question"]
        sq = by_id.get(qid) if isinstance(qid, int) and not isinstance(qid, bool) else None
        if sq is None:
            raise AttemptError(f"Question {qid} was not served in this attempt.")
        if qid in out:
            raise AttemptError(f"Question {qid} is answered more than once.")
        choices = _int_list(raw.get("choices"), what="choices", qid=qid)
        tokens = _int_list(raw.get("tokens"), what="tokens", qid=qid)
        order = _int_list(raw.get("order"), what="order", qid=qid)
        served_ids = [c.pk for c in sq.choices]
        qtype = sq.type
        if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            if tokens or order:
                raise AttemptError(f"Question {qid} takes “choices”.")
            bad = [c for c in choices if c not in served_ids]
            if bad:
                raise AttemptError(f"Choice {bad[0]} was not served for question {qid}.")
            if len(set(choices)) != len(choices):
                raise AttemptError(f"Question {qid}: a choice is given more than once.")
            if qtype == QuestionType.SINGLE and len(choices) > 1:
                raise AttemptError(f"Question {qid} takes one choice.")
        elif qtype == QuestionType.SPOT:
            if choices or order:
                raise AttemptError(f"Question {qid} takes “tokens”.")
            bad = [t for t in tokens if not 0 <= t < len(sq.tokens)]
            if bad:
                raise AttemptError(
                    f"Question {qid}: token {bad[0]} is not in the post "
                    f"(0 to {len(sq.tokens) - 1})."
                )
            tokens = sorted(set(tokens))
        else:  # ordering
            if choices or tokens:
                raise AttemptError(f"Question {qid} takes “order”.")
            if order and sorted(order) != sorted(served_ids):
                bad = [c for c in order if c not in served_ids]
                if bad:
                    raise AttemptError(f"Step {bad[0]} was not served for question {qid}.")
                raise AttemptError(f"Question {qid}: put every step in the order exactly once.")
        out[qid] = ParsedAnswer(sq, choices, tokens, order)
    return out


def _credit(question: Question, answer: ParsedAnswer | None) -> Fraction:
    if answer is None:
        return scoring.ZERO
    all_choices = list(question.choices.all())
    if question.type == QuestionType.SINGLE:
        correct = {c.pk for c in all_choices if c.is_correct}
        return scoring.score_single(correct=correct, chosen=answer.choices)
    if question.type == QuestionType.MULTIPLE:
        correct = {c.pk for c in all_choices if c.is_correct}
        return scoring.score_multiple(correct=correct, chosen=answer.choices)
    if question.type == QuestionType.SPOT:
        key = {i for c in all_choices for i in c.tokens}
        return scoring.score_spot(key=key, selected=answer.tokens)
    if not answer.order:
        return scoring.ZERO
    right = [c.pk for c in correct_order(question)]
    return scoring.score_order(correct=right, given=answer.order)


def _to_decimal(value: Fraction, places: str) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal(places), rounding=ROUND_HALF_UP
    )


def _score(
    attempt: Attempt, sq: ServedQuestion, answer: ParsedAnswer | None, now
) -> tuple[Response, list[ResponseChoice]]:
    question = sq.question
    credit = _credit(question, answer)
    response = Response(
        attempt=attempt,
        question=question,
        tokens=answer.tokens if answer else [],
        credit=_to_decimal(credit, "0.0001"),
        points=_to_decimal(credit * question.points, "0.01"),
        is_correct=credit == 1,
        answered_at=now,
    )
    selections: list[ResponseChoice] = []
    if answer is not None:
        if question.type == QuestionType.ORDER:
            right = [c.pk for c in correct_order(question)]
            for pos, cid in enumerate(answer.order):
                selections.append(
                    ResponseChoice(choice_id=cid, position=pos, in_place=right[pos] == cid)
                )
        elif question.type == QuestionType.SPOT:
            chosen = set(answer.tokens)
            for span in question.choices.all():
                if chosen & set(span.tokens):
                    selections.append(ResponseChoice(choice_id=span.pk))
        else:
            selections = [ResponseChoice(choice_id=cid) for cid in answer.choices]
    return response, selections


def _save_scored(pairs: list[tuple[Response, list[ResponseChoice]]]) -> None:
    """Two inserts whatever the number of questions. The unique (attempt, question) constraint
    is the backstop: a second scorer of the same attempt fails here and rolls back."""
    responses = Response.objects.bulk_create([r for r, _ in pairs])
    rows = []
    for response, (_, selections) in zip(responses, pairs, strict=True):
        for sel in selections:
            sel.response = response
            rows.append(sel)
    if rows:
        ResponseChoice.objects.bulk_create(rows)


def _lock(attempt: Attempt) -> Attempt:
    return (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "quiz__course__credit_type", "enrollment")
        .get(pk=attempt.pk)
    )


@transaction.atomic
def attempt_answer_question(*, attempt: Attempt, user, answer: dict) -> Response:
    """Quizzes with feedback after each question: fix and score one answer now (it cannot be
    changed later), so its feedback may be shown before the attempt is submitted."""
    attempt = _lock(attempt)
    if attempt.user_id != user.pk:
        raise AttemptError("This is not your attempt.")
    if attempt.quiz.feedback_timing != FeedbackTiming.EACH or attempt.quiz.withholds_key:
        raise AttemptError("This quiz gives feedback at the end; submit the whole attempt.")
    if attempt.is_submitted:
        raise AttemptError("This attempt has already been submitted.")
    served = served_questions(served=attempt.served, quiz=attempt.quiz)
    parsed = parse_answers(served=served, answers=[answer])
    ((qid, parsed_answer),) = parsed.items()
    existing = Response.objects.filter(attempt=attempt, question_id=qid).first()
    if existing is not None:
        return existing  # checked before: the first answer stands
    pair = _score(attempt, parsed_answer.served, parsed_answer, timezone.now())
    _save_scored([pair])
    return pair[0]


def _keep_scored(attempt: Attempt, pairs: list[tuple[Response, list[ResponseChoice]]]) -> None:
    """Hand the responses just written, with their selections, to the result
    (``selectors.attempt_result``) so it reads none of them back."""
    scored = {}
    for response, selections in pairs:
        chosen = response.selections.all()  # the related queryset, filled in place (no query)
        chosen._result_cache = selections
        chosen._prefetch_done = True
        response._prefetched_objects_cache = {"selections": chosen}
        scored[response.question_id] = response
    attempt._scored_responses = scored


def attempt_submit(*, attempt: Attempt, user, answers: Any, locked: bool = False) -> Attempt:
    """Score the attempt once. A repeat returns the first result; another user's attempt, an
    answer to anything not served, or an attempt past the quiz's limit is refused. The row lock
    makes a concurrent submit wait and then return the first result. ``locked``: the caller
    already read ``attempt`` ``FOR UPDATE`` in the transaction it is running, with its quiz,
    course and enrollment (``selectors.attempt_get_for_user(for_update=True)``), and rolls all
    of it back on an error (no savepoint of its own)."""
    if locked:
        if not transaction.get_connection().in_atomic_block:
            raise RuntimeError("attempt_submit(locked=True) runs inside the locking transaction.")
        return _submit_locked(attempt=attempt, user=user, answers=answers)
    with transaction.atomic():
        return _submit_locked(attempt=_lock(attempt), user=user, answers=answers)


def attempt_submit_own(*, user, attempt_id: int, answers: Callable[[], Any]) -> Attempt:
    """Submit the user's own attempt, scored once: another user's attempt and a missing one
    raise Http404. The attempt row is read once, locked, so a concurrent submit of it waits and
    then gets the first result; a repeat returns the first result whatever was sent this time
    (``answers()`` is called only for an open attempt: the caller validates the request body
    there, and its error rolls everything back)."""
    with transaction.atomic():
        attempt = attempt_get_for_user(user=user, attempt_id=attempt_id, for_update=True)
        if attempt.is_submitted:
            return attempt
        return _submit_locked(attempt=attempt, user=user, answers=answers())


def _submit_locked(*, attempt: Attempt, user, answers: Any) -> Attempt:
    if attempt.user_id != user.pk:
        raise AttemptError("This is not your attempt.")
    if attempt.is_submitted:
        return attempt
    quiz = attempt.quiz
    if quiz.attempts_allowed:
        # The limit may have been lowered while this attempt was open.
        done = Attempt.objects.filter(
            user=user,
            quiz=quiz,
            cycle=attempt.cycle,
            round=attempt.round,
            submitted_at__isnull=False,
        ).count()
        if done >= quiz.attempts_allowed:
            raise AttemptError(limit_message(quiz))
    served = served_questions(served=attempt.served, quiz=quiz)
    attempt._served_questions = served  # the result page reads it (selectors.attempt_served)
    parsed = parse_answers(served=served, answers=answers)
    # Answers already checked one by one (feedback after each question) stand as scored.
    # (``has_responses``: the locking read already asked, selectors.attempt_get_for_user.)
    already = (
        dict(Response.objects.filter(attempt=attempt).values_list("question_id", "points"))
        if getattr(attempt, "has_responses", True)
        else {}
    )
    now = timezone.now()
    pairs = [_score(attempt, sq, parsed.get(sq.id), now) for sq in served if sq.id not in already]
    _save_scored(pairs)
    if not already:
        _keep_scored(attempt, pairs)
    earned = sum((r.points for r, _ in pairs), Decimal(0)) + sum(already.values(), Decimal(0))
    possible = Decimal(sum(sq.question.points for sq in served))
    score = (earned * 100 / possible).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    attempt.points_earned = earned
    attempt.points_possible = possible
    attempt.score = score
    attempt.passed = score >= attempt.pass_mark
    attempt.submitted_at = now
    attempt.seconds_spent = max(0, int((now - attempt.started_at).total_seconds()))
    attempt.draft = {}
    attempt.save(
        update_fields=[
            "seconds_spent",
            "points_earned",
            "points_possible",
            "score",
            "passed",
            "submitted_at",
            "draft",
        ]
    )
    if attempt.passed and quiz.course_id and attempt.enrollment_id:
        from courses.services import enrollment_record_quiz_pass

        enrollment_record_quiz_pass(enrollment=attempt.enrollment, passed_at=now)
    return attempt


@transaction.atomic
def attempt_save_draft(*, attempt: Attempt, user, draft: dict) -> Attempt:
    """Keep unsubmitted answers of an open attempt (pages that show one question at a time)."""
    attempt = _lock(attempt)
    if attempt.user_id != user.pk or attempt.is_submitted:
        return attempt
    attempt.draft = draft
    attempt.save(update_fields=["draft"])
    return attempt
