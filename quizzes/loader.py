"""Curriculum loader step for the quiz engine: ``cases/*.yaml`` and each course's ``quiz.yaml``.

Called by ``manage.py load_curriculum`` (see ``settings.CURRICULUM_LOADERS``) inside the one
transaction of the whole load, after the course pages exist. Format: content/curriculum/README.md.

Rules
- Every file is read and validated before anything is written; a problem stops the load with
  ``<path>: <what is wrong>`` (``core.curriculum.CurriculumError``), and the caller's
  transaction leaves nothing behind.
- Each case's ``raw_text`` takes the same road as a real post: ``post_case_create`` (anonymizer)
  → submit → approve (by the system "curriculum" reviewer, Safe Harbor checklist all ticked,
  raw text purged) → publish. Learners only ever see the anonymized text.
- Spot keys are phrases of the ANONYMIZED text, mapped to token indexes with
  ``quizzes.tokens``; a phrase that is not there stops the load.
- Idempotent, keyed by case slug and by quiz course: a source whose hash is unchanged is not
  touched. An edited case is revised in place (back through review, same question ids) only
  if no attempt references its questions; otherwise a new version of the case is created and
  published, and the old version is retired (past attempts keep the questions they were shown).
  A curriculum case whose file was removed is retired.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError

from core.curriculum import CurriculumError, Log, at_line, content_hash, display_path, read_yaml

from . import bank
from .models import (
    Attempt,
    CaseSource,
    CaseStatus,
    Choice,
    Competency,
    FeedbackTiming,
    Platform,
    PostCase,
    Question,
    QuestionType,
    Quiz,
    QuizDrawRule,
    QuizLayout,
    QuizPool,
    QuizQuestion,
    Response,
    ReviewPolicy,
    SelectionMode,
)
from .services.cases import (
    CURRICULUM_PROVENANCE,
    SAFE_HARBOR_ITEMS,
    post_case_approve,
    post_case_create,
    post_case_publish,
    post_case_recheck,
    post_case_retire,
    post_case_revise,
    post_case_submit_for_review,
)
from .tokens import phrase_token_indexes

CURRICULUM_REVIEWER_EMAIL = "curriculum-reviewer@ethos.invalid"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class _Source:
    def __init__(self, path: Path):
        self.path = path

    def error(self, message: str) -> CurriculumError:
        return CurriculumError(message, path=self.path)


# --- Parsing and validation --------------------------------------------------------------------


@dataclass
class ChoiceSource:
    text: str
    correct: bool
    feedback: str
    competency: str


@dataclass
class QuestionSource:
    type: str
    stem: str
    explanation: str
    points: int
    choices: list[ChoiceSource] = field(default_factory=list)  # steps for ordering, in order
    key: list[str] = field(default_factory=list)
    objective: int | None = None  # 1-based index into the owning course's objectives


@dataclass
class CaseSource_:
    path: Path
    slug: str
    platform: str
    author_role: str
    year: int
    competencies: list[str]
    media_description: str
    likes: int
    comments: int
    shares: int
    raw_text: str
    questions: list[QuestionSource]
    hash: str
    # What the case's author keeps although the anonymizer flags it when the case is approved:
    # {"type", "found", "reason"} each (see post_case_approve).
    accepted_findings: list[dict[str, str]] = field(default_factory=list)


def _str(src: _Source, data: dict, key: str, *, where: str = "", required: bool = True) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise src.error(f"{where}“{key}” must be non-empty text")
    return value.strip()


def _int(src: _Source, value: Any, what: str, *, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise src.error(f"{what} must be a whole number of at least {minimum}")
    return value


def _competency(src: _Source, value: Any, where: str) -> str:
    if value not in Competency.values:
        raise src.error(
            f"{where}unknown competency {value!r} (one of {', '.join(Competency.values)})"
        )
    return value


def _parse_choice(src: _Source, raw: Any, where: str, *, step: bool) -> ChoiceSource:
    if not isinstance(raw, dict):
        raise src.error(f"{where}each {'step' if step else 'choice'} must be a mapping")
    correct = raw.get("correct", False)
    if not step and not isinstance(correct, bool):
        raise src.error(f"{where}“correct” must be true or false")
    return ChoiceSource(
        text=_str(src, raw, "text", where=where),
        correct=True if step else correct,
        feedback=_str(src, raw, "feedback", where=where),
        competency=_competency(src, raw.get("competency"), where),
    )


def _parse_question(src: _Source, raw: Any, n: int) -> QuestionSource:
    where = f"question {n}: "
    if not isinstance(raw, dict):
        raise src.error(f"{where}must be a mapping")
    qtype = raw.get("type")
    if qtype not in QuestionType.values:
        raise src.error(f"{where}unknown type {qtype!r} (one of {', '.join(QuestionType.values)})")
    question = QuestionSource(
        type=qtype,
        stem=_str(src, raw, "stem", where=where),
        explanation=_str(src, raw, "explanation", where=where, required=False),
        points=_int(src, raw.get("points", 1), f"{where}“points”", minimum=1),
    )
    if raw.get("objective") is not None:
        objective = raw["objective"]
        if isinstance(objective, bool) or not isinstance(objective, int) or objective < 1:
            raise src.error(
                f"question {n}{at_line(src.path, 'questions', n - 1, 'objective')}: "
                f"'objective' must be a whole number of at least 1 (the position of the course "
                f"objective it assesses), not {objective!r}"
            )
        question.objective = objective
    if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        raw_choices = raw.get("choices")
        if not isinstance(raw_choices, list) or len(raw_choices) < 2:
            raise src.error(f"{where}needs at least two “choices”")
        question.choices = [
            _parse_choice(src, c, f"{where}choice {i}: ", step=False)
            for i, c in enumerate(raw_choices, start=1)
        ]
        right = sum(c.correct for c in question.choices)
        if qtype == QuestionType.SINGLE and right != 1:
            raise src.error(f"{where}a single-choice question needs exactly one correct choice")
        if qtype == QuestionType.MULTIPLE and right < 1:
            raise src.error(f"{where}a multiple-select question needs at least one correct choice")
    elif qtype == QuestionType.ORDER:
        steps = raw.get("steps")
        if not isinstance(steps, list) or len(steps) < 2:
            raise src.error(f"{where}needs at least two “steps”")
        question.choices = [
            _parse_choice(src, c, f"{where}step {i}: ", step=True)
            for i, c in enumerate(steps, start=1)
        ]
    else:
        key = raw.get("key")
        if (
            not isinstance(key, list)
            or not key
            or not all(isinstance(k, str) and k.strip() for k in key)
        ):
            raise src.error(f"{where}“key” must be a list of phrases")
        question.key = [k.strip() for k in key]
    return question


def parse_case(path: Path) -> CaseSource_:
    src = _Source(path)
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise src.error("must be a mapping")
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        raise src.error("“slug” must be lower-case words joined by hyphens")
    platform = data.get("platform")
    if platform not in Platform.values:
        raise src.error(f"unknown platform {platform!r} (one of {', '.join(Platform.values)})")
    competencies = data.get("competencies") or []
    if not isinstance(competencies, list):
        raise src.error("“competencies” must be a list")
    competencies = [_competency(src, c, "") for c in competencies]
    engagement = data.get("engagement") or {}
    if not isinstance(engagement, dict):
        raise src.error("“engagement” must be a mapping of likes, comments, shares")
    year = _int(src, data.get("year"), "“year”", minimum=2000)
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        raise src.error("needs at least one question")
    raw_text = data.get("raw_text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise src.error("“raw_text” must be non-empty text")
    accepted = data.get("accepted_findings") or []
    if not isinstance(accepted, list) or not all(
        isinstance(a, dict)
        and set(a) == {"type", "found", "reason"}
        and all(isinstance(v, str) and v.strip() for v in a.values())
        for a in accepted
    ):
        raise src.error("“accepted_findings” must be a list of {type, found, reason}, all text")
    return CaseSource_(
        path=path,
        slug=slug,
        platform=platform,
        author_role=_str(src, data, "author_role"),
        year=year,
        competencies=competencies,
        media_description=_str(src, data, "media_description", required=False),
        likes=_int(src, engagement.get("likes", 0), "“engagement.likes”"),
        comments=_int(src, engagement.get("comments", 0), "“engagement.comments”"),
        shares=_int(src, engagement.get("shares", 0), "“engagement.shares”"),
        raw_text=raw_text.strip(),
        questions=[_parse_question(src, q, n) for n, q in enumerate(questions, start=1)],
        hash=content_hash(data),
        accepted_findings=accepted,
    )


@dataclass
class PoolSource:
    name: str
    draw: int
    cases: list[str]
    types: list[str]


@dataclass
class QuizSource:
    path: Path
    course_slug: str
    title: str
    pass_mark: int
    attempts_allowed: int | None  # None: the default for the course (3 when it bears credit)
    shuffle: bool
    feedback_timing: str
    layout: str
    cases: list[str]
    draw: list[tuple[str, int]]
    data: dict
    pools: list[PoolSource] = field(default_factory=list)
    review_policy: str | None = None  # None: after_pass when the course bears credit
    cooloff_hours: int = 24
    questions_per_page: int = 1


# Defaults of a quiz whose course designates credit (DESIGN.md: a failed attempt never reveals
# the key of a credit-bearing quiz).
CREDIT_ATTEMPTS_ALLOWED = 3


def _parse_pools(src: _Source, raw: Any) -> list[PoolSource]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise src.error("“pools” must be a list of {name, draw, cases, types}")
    pools: list[PoolSource] = []
    for n, item in enumerate(raw, start=1):
        where = f"pool {n}: "
        if not isinstance(item, dict):
            raise src.error(f"{where}must be a mapping of name, draw, cases and types")
        unknown = sorted(set(item) - {"name", "draw", "cases", "types"})
        if unknown:
            raise src.error(f"{where}unknown key(s): {', '.join(unknown)}")
        name = _str(src, item, "name", where=where)
        if len(name) > 100:
            raise src.error(f"{where}“name” must be at most 100 characters")
        if any(p.name == name for p in pools):
            raise src.error(f"{where}pool name “{name}” is used twice")
        cases = item.get("cases")
        if not isinstance(cases, list) or not cases or not all(isinstance(c, str) for c in cases):
            raise src.error(f"{where}“cases” must be a list of case slugs")
        if len(set(cases)) != len(cases):
            raise src.error(f"{where}a case is listed twice")
        types = item.get("types", list(QuestionType.values))
        if (
            not isinstance(types, list)
            or not types
            or any(t not in QuestionType.values for t in types)
        ):
            raise src.error(
                f"{where}“types” must be a list of question types "
                f"({', '.join(QuestionType.values)})"
            )
        pools.append(
            PoolSource(
                name=name,
                draw=_int(src, item.get("draw"), f"{where}“draw”", minimum=1),
                cases=cases,
                types=types,
            )
        )
    return pools


def parse_quiz(path: Path) -> QuizSource:
    src = _Source(path)
    course_file = path.parent / "course.yaml"
    course_data = read_yaml(course_file) if course_file.exists() else None
    if not isinstance(course_data, dict) or not isinstance(course_data.get("slug"), str):
        raise src.error("no course.yaml with a “slug” next to this quiz")
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise src.error("must be a mapping")
    pass_mark = _int(src, data.get("pass_mark", 80), "“pass_mark”")
    if pass_mark > 100:
        raise src.error("“pass_mark” is a percentage (0 to 100)")
    shuffle = data.get("shuffle", True)
    if not isinstance(shuffle, bool):
        raise src.error("“shuffle” must be true or false")
    timing = data.get("feedback_timing", FeedbackTiming.END)
    if timing not in FeedbackTiming.values:
        raise src.error(f"“feedback_timing” must be one of {', '.join(FeedbackTiming.values)}")
    layout = data.get("layout", QuizLayout.ALL)
    if layout not in QuizLayout.values:
        raise src.error(f"“layout” must be one of {', '.join(QuizLayout.values)}")
    cases = []
    for n, item in enumerate(data.get("questions") or [], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("case"), str):
            raise src.error(f"questions entry {n} must be {{case: <case slug>}}")
        cases.append(item["case"])
    if len(set(cases)) != len(cases):
        dupes = sorted(s for s, k in Counter(cases).items() if k > 1)
        raise src.error(f"case listed twice: {', '.join(dupes)}")
    draw = []
    for n, item in enumerate(data.get("draw") or [], start=1):
        if not isinstance(item, dict):
            raise src.error(f"draw entry {n} must be {{competency: ..., count: N}}")
        draw.append(
            (
                _competency(src, item.get("competency"), f"draw entry {n}: "),
                _int(src, item.get("count"), f"draw entry {n}: “count”", minimum=1),
            )
        )
    pools = _parse_pools(src, data.get("pools"))
    if sum(bool(x) for x in (cases, draw, pools)) > 1:
        raise src.error(
            "give one of fixed “questions”, a random “draw” or question “pools”, not several"
        )
    if not cases and not draw and not pools:
        raise src.error("needs fixed “questions”, a random “draw” or question “pools”")
    policy = data.get("review_policy")
    if policy is not None and policy not in ReviewPolicy.values:
        raise src.error(f"“review_policy” must be one of {', '.join(ReviewPolicy.values)}")
    attempts = data.get("attempts_allowed")
    cooloff = _int(src, data.get("cooloff_hours", 24), "“cooloff_hours”")
    if cooloff > 24 * 90:
        raise src.error("“cooloff_hours” must be at most 2160 (90 days)")
    return QuizSource(
        path=path,
        course_slug=course_data["slug"],
        title=_str(src, data, "title"),
        pass_mark=pass_mark,
        attempts_allowed=(None if attempts is None else _int(src, attempts, "“attempts_allowed”")),
        shuffle=shuffle,
        feedback_timing=timing,
        layout=layout,
        cases=cases,
        draw=draw,
        data=data,
        pools=pools,
        review_policy=policy,
        cooloff_hours=cooloff,
        questions_per_page=_int(
            src, data.get("questions_per_page", 1), "“questions_per_page”", minimum=1
        ),
    )


# --- Writing -----------------------------------------------------------------------------------


def curriculum_reviewer():
    """The system account recorded as reviewer of curriculum cases. It holds the review
    permission (``post_case_approve`` checks it; Django grants nothing to inactive accounts, so
    it is active) but cannot log in: unusable password, no reset (Django mails only usable
    passwords), an address at the reserved .invalid domain no identity provider asserts."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    User = get_user_model()
    user = User.objects.filter(email=CURRICULUM_REVIEWER_EMAIL).first()
    if user is None:
        user = User(email=CURRICULUM_REVIEWER_EMAIL, display_name="Curriculum reviewer (system)")
        user.set_unusable_password()
        user.save()
    elif not user.is_active or user.has_usable_password():
        user.is_active = True
        user.set_unusable_password()
        user.save(update_fields=["is_active", "password"])
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="quizzes", codename="review_postcase")
    )
    return user


def _question_competency(q: QuestionSource, case: CaseSource_) -> str:
    """The question's main competency: the most common among its options (ties go to the
    case's first competency); spot questions are about confidentiality."""
    if q.type == QuestionType.SPOT:
        return (
            Competency.CONFIDENTIALITY
            if Competency.CONFIDENTIALITY in case.competencies or not case.competencies
            else case.competencies[0]
        )
    counts = Counter(c.competency for c in q.choices)
    best = max(counts.values())
    tied = [c for c, k in counts.items() if k == best]
    for preferred in case.competencies:
        if preferred in tied:
            return preferred
    return tied[0]


def _spot_spans(src: CaseSource_, text: str, q: QuestionSource, n: int) -> list[list[int]]:
    spans = []
    for phrase in q.key:
        indexes = phrase_token_indexes(text, phrase)
        if indexes is None:
            raise CurriculumError(
                f"question {n}: key phrase '{phrase}' not found in the anonymized text",
                path=src.path,
            )
        spans.append(indexes)
    return spans


def _write_questions(case: PostCase, src: CaseSource_, existing: list[Question]) -> None:
    """Questions of ``case`` from the source; ``existing`` (no attempts reference them) are
    updated in place by position so quizzes that point at them keep working."""
    for n, q in enumerate(src.questions, start=1):
        spans = _spot_spans(src, case.text, q, n) if q.type == QuestionType.SPOT else []
        question = existing[n - 1] if n <= len(existing) else Question(post_case=case)
        question.sort_order = n
        question.type = q.type
        question.stem = q.stem
        question.explanation = q.explanation
        question.points = q.points
        question.competency = _question_competency(q, src)
        question.objective = q.objective
        question.full_clean()
        question.save()
        Choice.objects.filter(question=question).delete()
        if q.type == QuestionType.SPOT:
            rows = [
                Choice(
                    question=question,
                    sort_order=i,
                    text=phrase,
                    is_correct=True,
                    feedback="",
                    competency=question.competency,
                    tokens=span,
                )
                for i, (phrase, span) in enumerate(zip(q.key, spans, strict=True))
            ]
        else:
            rows = [
                Choice(
                    question=question,
                    sort_order=i,
                    text=c.text,
                    is_correct=c.correct,
                    feedback=c.feedback,
                    competency=c.competency,
                )
                for i, c in enumerate(q.choices)
            ]
        Choice.objects.bulk_create(rows)
        bank.bump()  # bulk writes send no signal (quizzes.bank)
    for stale in existing[len(src.questions) :]:
        QuizQuestion.objects.filter(question=stale).delete()
        stale.delete()


def _referenced_by_attempts(case: PostCase) -> bool:
    ids = set(case.questions.values_list("pk", flat=True))
    if not ids:
        return False
    if Response.objects.filter(question_id__in=ids).exists():
        return True
    # Open attempts have no responses yet but were served these questions.
    for served in Attempt.objects.filter(submitted_at__isnull=True).values_list(
        "served", flat=True
    ):
        if any(item.get("question") in ids for item in served):
            return True
    return False


def _case_fields(src: CaseSource_) -> dict[str, Any]:
    return {
        "platform": src.platform,
        "author_role": src.author_role,
        "year": src.year,
        "media_description": src.media_description,
        "likes": src.likes,
        "comments": src.comments,
        "shares": src.shares,
        "competencies": src.competencies,
        "provenance_note": CURRICULUM_PROVENANCE,
    }


def _accepted(case: PostCase, src: CaseSource_) -> dict[str, str]:
    """The source's accepted findings as ``post_case_approve`` takes them (key -> reason)."""
    wanted = {(a["type"], a["found"]): a["reason"].strip() for a in src.accepted_findings}
    return {
        f["key"]: wanted[(f["type"], f["found"])]
        for f in post_case_recheck(case)
        if (f["type"], f["found"]) in wanted
    }


def _review_and_publish(case: PostCase, reviewer, src: CaseSource_) -> PostCase:
    post_case_submit_for_review(case=case, actor=reviewer)
    # The one approval service: the system reviewer holds the review permission, and a
    # curriculum case whose anonymized text still shows an identifier fails the load.
    post_case_approve(
        case=case,
        reviewer=reviewer,
        checklist=list(SAFE_HARBOR_ITEMS),
        accepted=_accepted(case, src),
    )
    return post_case_publish(case=case, actor=reviewer)


def _load_case(src: CaseSource_, reviewer, log: Log) -> tuple[PostCase, str]:
    latest = PostCase.objects.filter(slug=src.slug).order_by("-version").first()
    if latest is not None and latest.source_hash == src.hash:
        return latest, "unchanged"
    if (
        latest is not None
        and latest.status in (CaseStatus.APPROVED, CaseStatus.PUBLISHED)
        and not _referenced_by_attempts(latest)
    ):
        # Revised in place: back to draft with the new raw text, then review again.
        existing = list(latest.questions.order_by("sort_order", "pk"))
        post_case_revise(case=latest, raw_text=src.raw_text, actor=reviewer, **_case_fields(src))
        _write_questions(latest, src, existing)
        latest.source_hash = src.hash
        latest.save(update_fields=["source_hash"])
        _review_and_publish(latest, reviewer, src)
        return latest, "updated"
    case = _create_version(src, reviewer, latest)
    return case, "created" if latest is None else f"new version {case.version}"


def _create_version(src: CaseSource_, reviewer, previous: PostCase | None) -> PostCase:
    version = previous.version + 1 if previous is not None else 1
    case = post_case_create(
        raw_text=src.raw_text,
        source=CaseSource.CURRICULUM,
        slug=src.slug,
        version=version,
        created_by=reviewer,
        **_case_fields(src),
    )
    _write_questions(case, src, [])
    case.source_hash = src.hash
    case.save(update_fields=["source_hash"])
    _review_and_publish(case, reviewer, src)
    if previous is not None and previous.status != CaseStatus.RETIRED:
        post_case_retire(
            case=previous,
            actor=reviewer,
            reason=f"Replaced by version {case.version} from the curriculum.",
        )
    return case


def _pool_members(src: QuizSource, cases: dict[str, PostCase]) -> list[tuple[int, str]]:
    """(question id, pool name) of every pool, in pool and case order; a question in two pools
    or a pool smaller than its draw stops the load."""
    out: list[tuple[int, str]] = []
    seen: dict[int, str] = {}
    for pool in src.pools:
        members: list[int] = []
        for slug in pool.cases:
            ids = list(
                cases[slug]
                .questions.filter(type__in=pool.types)
                .order_by("sort_order", "pk")
                .values_list("pk", flat=True)
            )
            if not ids:
                raise CurriculumError(
                    f"pool “{pool.name}”: case “{slug}” has no question "
                    f"of type {', '.join(pool.types)}",
                    path=src.path,
                )
            members.extend(ids)
        for pk in members:
            if pk in seen:
                raise CurriculumError(
                    f"a question is in both pools “{seen[pk]}” and “{pool.name}”",
                    path=src.path,
                )
            seen[pk] = pool.name
        if len(members) < pool.draw:
            raise CurriculumError(
                f"pool “{pool.name}” has {len(members)} question(s) but draws {pool.draw}",
                path=src.path,
            )
        out.extend((pk, pool.name) for pk in members)
    return out


def _load_quiz(src: QuizSource, course, cases: dict[str, PostCase], log: Log) -> str:
    members: list[tuple[int, str]] = []
    for slug in src.cases:
        members.extend(
            (pk, "")
            for pk in cases[slug]
            .questions.order_by("sort_order", "pk")
            .values_list("pk", flat=True)
        )
    members.extend(_pool_members(src, cases))
    bears_credit = course.bears_credit
    digest = content_hash({"source": src.data, "questions": members, "credit": bears_credit})
    quiz = Quiz.objects.filter(course=course).first()
    if quiz is not None and quiz.source_hash == digest:
        return "unchanged"
    state = "updated" if quiz is not None else "created"
    quiz = quiz or Quiz(course=course)
    quiz.title = src.title
    quiz.pass_mark = src.pass_mark
    quiz.attempts_allowed = (
        src.attempts_allowed
        if src.attempts_allowed is not None
        else (CREDIT_ATTEMPTS_ALLOWED if bears_credit else 0)
    )
    quiz.review_policy = src.review_policy or (
        ReviewPolicy.AFTER_PASS if bears_credit else ReviewPolicy.ALWAYS
    )
    quiz.cooloff_hours = src.cooloff_hours
    quiz.questions_per_page = src.questions_per_page
    quiz.shuffle = src.shuffle
    quiz.feedback_timing = src.feedback_timing
    quiz.layout = src.layout
    quiz.selection = (
        SelectionMode.POOLS
        if src.pools
        else SelectionMode.RANDOM
        if src.draw
        else SelectionMode.FIXED
    )
    quiz.source_hash = digest
    try:
        quiz.full_clean()
    except ValidationError as exc:
        raise CurriculumError("; ".join(exc.messages), path=src.path) from exc
    quiz.save()
    # Attempts store the questions they served, not these rows, so replacing them is safe.
    QuizQuestion.objects.filter(quiz=quiz).delete()
    QuizQuestion.objects.bulk_create(
        [
            QuizQuestion(quiz=quiz, question_id=pk, pool=pool, sort_order=i)
            for i, (pk, pool) in enumerate(members)
        ]
    )
    QuizPool.objects.filter(quiz=quiz).delete()
    QuizPool.objects.bulk_create(
        [
            QuizPool(quiz=quiz, name=p.name, draw=p.draw, sort_order=i)
            for i, p in enumerate(src.pools)
        ]
    )
    QuizDrawRule.objects.filter(quiz=quiz).delete()
    QuizDrawRule.objects.bulk_create(
        [
            QuizDrawRule(quiz=quiz, competency=c, count=k, sort_order=i)
            for i, (c, k) in enumerate(src.draw)
        ]
    )
    bank.bump()  # bulk writes send no signal (quizzes.bank)
    return state


def _check_lesson_competencies(courses: dict[str, Any]) -> None:
    """Lessons name the competencies they teach (the quiz result links weak ones to them)."""
    from content.models import LessonPage

    for course_slug, course in courses.items():
        for lesson in LessonPage.objects.child_of(course).only("slug", "competencies"):
            bad = [c for c in lesson.competencies or [] if c not in Competency.values]
            if bad:
                raise CurriculumError(
                    f"{course_slug}/lessons: lesson “{lesson.slug}” has unknown competency "
                    f"{bad[0]!r} (one of {', '.join(Competency.values)})"
                )


def _check_objectives(
    quiz_sources: list[QuizSource], cases: dict[str, CaseSource_], courses: dict[str, Any]
) -> None:
    """Each question's ``objective`` is a position in the objectives of the course whose quiz
    serves its case."""
    for qs in quiz_sources:
        course = courses[qs.course_slug]
        count = len(course.objectives)
        for slug in qs.cases + [c for pool in qs.pools for c in pool.cases]:
            case = cases[slug]
            for n, q in enumerate(case.questions, start=1):
                if q.objective is not None and q.objective > count:
                    raise CurriculumError(
                        f"question {n}"
                        f"{at_line(case.path, 'questions', n - 1, 'objective')}: 'objective' "
                        f"{q.objective} is out of range: course “{qs.course_slug}” has {count} "
                        f"objective(s)",
                        path=case.path,
                    )


def load_quizzes(*, root: Path, courses: dict[str, Any], log: Log) -> None:
    """Load every case and every course quiz under ``root`` (all validated before writing)."""
    root = Path(root)
    case_sources = [parse_case(p) for p in sorted((root / "cases").glob("*.yaml"))]
    by_slug: dict[str, CaseSource_] = {}
    for src in case_sources:
        if src.slug in by_slug:
            raise CurriculumError(
                f"slug “{src.slug}” is also used by {display_path(by_slug[src.slug].path)}",
                path=src.path,
            )
        by_slug[src.slug] = src
    quiz_sources = [parse_quiz(p) for p in sorted(root.glob("*/quiz.yaml"))]
    _check_lesson_competencies(courses)
    for qs in quiz_sources:
        if qs.course_slug not in courses:
            raise CurriculumError(f"no course “{qs.course_slug}” was loaded", path=qs.path)
        pooled = [c for pool in qs.pools for c in pool.cases]
        missing = [s for s in qs.cases + pooled if s not in by_slug]
        if missing:
            raise CurriculumError(f"unknown case(s): {', '.join(missing)}", path=qs.path)
    _check_objectives(quiz_sources, by_slug, courses)
    # Spot keys of new and edited cases are checked against the anonymized text before
    # anything is written.
    from .anonymize import anonymize

    loaded_hashes = dict(
        PostCase.objects.filter(slug__in=list(by_slug))
        .order_by("slug", "version")
        .values_list("slug", "source_hash")
    )  # the latest version wins
    for src in case_sources:
        if loaded_hashes.get(src.slug) == src.hash:
            continue
        text = anonymize(src.raw_text).text
        for n, q in enumerate(src.questions, start=1):
            if q.type == QuestionType.SPOT:
                _spot_spans(src, text, q, n)

    reviewer = curriculum_reviewer()
    loaded: dict[str, PostCase] = {}
    tally: Counter[str] = Counter()
    for src in case_sources:
        case, state = _load_case(src, reviewer, log)
        loaded[src.slug] = case
        tally[state.split()[0] if state.startswith("new") else state] += 1
        if state != "unchanged":
            log(f"  case {src.slug}: {state}")
    for gone in (
        PostCase.objects.filter(source=CaseSource.CURRICULUM)
        .exclude(slug__in=list(by_slug))
        .exclude(status=CaseStatus.RETIRED)
    ):
        post_case_retire(case=gone, actor=reviewer, reason="Its curriculum file was removed.")
        log(f"  case {gone.slug}: retired (file removed)")
    quiz_tally: Counter[str] = Counter()
    for qs in quiz_sources:
        state = _load_quiz(qs, courses[qs.course_slug], loaded, log)
        quiz_tally[state] += 1
        if state != "unchanged":
            log(f"  quiz for {qs.course_slug}: {state}")
    log(
        f"Cases: {len(case_sources)} ({', '.join(f'{k} {v}' for k, v in sorted(tally.items()))});"
        f" quizzes: {len(quiz_sources)}"
        f" ({', '.join(f'{k} {v}' for k, v in sorted(quiz_tally.items()))})."
    )
