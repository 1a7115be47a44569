"""What every attempt at one quiz draws from: the fixed questions in order, or the pools and their
members, with each question's case and choices (the key included: it never leaves the server).
Each worker process holds it once built, so starting and submitting an attempt read no question,
choice, case, pool or membership row.

Held under the **bank generation** (in the shared cache, read once per use) and the quiz's
``updated_at``. The generation is a random stamp, replaced (at once and again after commit, as
the page cache's) on every save or delete of a quiz, its questions, pools and draw rules, a bank
question, its choices, or a case (its status decides what may be served): ``connect_receivers``.
Bulk writes send no signal, so the code doing them calls ``bump()`` (the curriculum loader). A
stamp evicted from the cache is replaced by a new one, so an old bank can never match again.

On only with ``SHARED_CONTENT_CACHE`` (a cache every worker shares, so each sees every bump);
otherwise the rows are read per request, as before. Random-draw quizzes draw from the whole bank
and are always read per request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

from core.bounded import BoundedDict
from core.pagecache import CONTENT_KEY, content_generation
from core.primed import get_many, read_ahead
from core.stamps import current_stamp, replace_stamp

from .models import (
    Choice,
    PostCase,
    Question,
    Quiz,
    QuizDrawRule,
    QuizPool,
    QuizQuestion,
    SelectionMode,
    bank_filter,
)

GENERATION_KEY = "quizzes:bank:gen"


@dataclass
class QuizBank:
    """The rows a fixed or pool quiz's attempts are drawn from and scored against."""

    fixed: list[int] = field(default_factory=list)  # fixed quizzes: question ids in order
    pools: list[tuple[str, int]] = field(default_factory=list)  # pool quizzes: (name, draw)
    members: dict[str, list[int]] = field(default_factory=dict)  # pool name -> question ids
    questions: dict[int, Question] = field(default_factory=dict)  # with case and choices


def enabled() -> bool:
    return bool(getattr(settings, "SHARED_CONTENT_CACHE", False))


def bump() -> None:
    """Every kept bank is stale from now on (a quiz, question, choice or case has changed)."""
    replace_stamp(GENERATION_KEY)


# Every row a bank is built from (a case's status decides whether its questions may be served).
BANK_MODELS = (Quiz, QuizQuestion, QuizPool, QuizDrawRule, Question, Choice, PostCase)


def _bump_on_change(sender, **kwargs) -> None:
    bump()


def connect_receivers() -> None:
    """``sender=``-scoped receivers (quizzes.receivers, at app start)."""
    from django.db.models.signals import post_delete, post_save

    for model in BANK_MODELS:
        uid = f"quizzes.bank.{model.__name__}"
        post_save.connect(_bump_on_change, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(_bump_on_change, sender=model, dispatch_uid=f"{uid}.delete")


def _build(quiz: Quiz) -> QuizBank:
    """From the database: fixed quizzes in two queries, pool quizzes in four."""
    from .selectors import questions_by_id

    if quiz.selection == SelectionMode.FIXED:
        rows = (
            QuizQuestion.objects.filter(quiz=quiz)
            .filter(bank_filter("question__"))
            .select_related("question__post_case")
            .prefetch_related("question__choices")
            .order_by("sort_order", "pk")
        )
        questions = [row.question for row in rows]
        return QuizBank(fixed=[q.pk for q in questions], questions={q.pk: q for q in questions})
    pools = list(QuizPool.objects.filter(quiz=quiz).order_by("sort_order", "pk"))
    members: dict[str, list[int]] = {}
    for pk, pool in (
        QuizQuestion.objects.filter(quiz=quiz, pool__in=[p.name for p in pools])
        .filter(bank_filter("question__"))
        .order_by("sort_order", "pk")
        .values_list("question_id", "pool")
    ):
        members.setdefault(pool, []).append(pk)
    ids = [pk for pks in members.values() for pk in pks]
    return QuizBank(
        pools=[(p.name, p.draw) for p in pools],
        members=members,
        questions=questions_by_id(ids) if ids else {},
    )


# This process's banks: {quiz id: ((generation, quiz version), bank)}. Only the generation is
# read from the shared cache per request; a bank is built once per process and generation, and
# never unpickled (a pool quiz's bank is ~100 model instances: unpickling them cost more than the
# queries it saves). The objects are shared by every request of the process: read them only.
_BANKS: BoundedDict[int, tuple[tuple[str, str], QuizBank]] = BoundedDict(500)


def generation() -> str | None:
    """The current bank generation (started if missing); None only without a working cache."""
    return current_stamp(GENERATION_KEY)


def quiz_bank(quiz: Quiz) -> QuizBank:
    """The bank of a fixed or pool quiz: one small cache read (the generation) when this
    process already holds it under that generation and the quiz's ``updated_at``, else built
    from the database and held."""
    if quiz.selection == SelectionMode.RANDOM:
        raise ValueError("Random-draw quizzes draw from the whole bank.")
    if not enabled():
        return _build(quiz)
    stamp = generation()
    if stamp is None:
        return _build(quiz)
    version = (stamp, quiz.updated_at.isoformat() if quiz.updated_at else "")
    held = _BANKS.get(quiz.pk)
    if held is not None and held[0] == version:
        return held[1]
    bank = _build(quiz)
    _BANKS.put(quiz.pk, (version, bank))
    return bank


# --- The quiz row itself ----------------------------------------------------------------------
# This process's quizzes with their course page and credit type: {quiz id: (stamps, quiz)}.


_QUIZZES: BoundedDict[int, tuple[tuple[str, str], Quiz | None]] = BoundedDict(500)


def _read_quiz(quiz_id: int) -> Quiz | None:
    return Quiz.objects.select_related("course__credit_type").filter(pk=quiz_id).first()


def quiz_held(quiz_id: int) -> Quiz | None:
    """The quiz with its course page and credit type (``selectors.quiz_get``'s row), or None,
    held by this process under the bank generation (any quiz save or delete replaces it) and the
    page cache's content generation (any page save, publication or move, a credit type, and
    bulk updates of quizzes, which bump it): one cache read, which also hands the bank
    generation to ``quiz_bank`` in this request. Shared by every request of the process: read
    it only. Without a shared cache, read per call."""
    if not enabled():
        return _read_quiz(quiz_id)
    found = get_many([GENERATION_KEY, CONTENT_KEY])
    read_ahead(found, [GENERATION_KEY])
    stamps = (
        found.get(GENERATION_KEY) or generation(),
        found.get(CONTENT_KEY) or content_generation(),
    )
    if stamps[0] is None:  # no working cache
        return _read_quiz(quiz_id)
    held = _QUIZZES.get(quiz_id)
    if held is not None and held[0] == stamps:
        return held[1]
    quiz = _read_quiz(quiz_id)
    _QUIZZES.put(quiz_id, (stamps, quiz))
    return quiz
