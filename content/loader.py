"""Curriculum loader: ``content/curriculum/`` source files → the Wagtail page tree.

The format is specified in ``content/curriculum/README.md``. The management command
``load_curriculum`` calls :func:`load_curriculum`, which in ONE transaction:

1. ensures the tree skeleton (the default Site's root is the HomePage; the CatalogPage is at
   ``/catalog/``),
2. calls every loader named in ``settings.CURRICULUM_LOADERS`` in order, each as
   ``loader(*, root: Path, courses: dict[str, CoursePage], log: Callable[[str], None])``.
   ``content.loader.load_courses`` (this module) comes first and fills ``courses`` (course slug →
   live CoursePage); later loaders (``quizzes.loader.load_quizzes``) read it. This keeps imports
   pointing down: content names the higher loaders only as dotted strings in settings.

``load_courses`` reads ``credit_types.yaml`` and every ``NN-*/course.yaml`` +
``NN-*/lessons/*.yaml``; it ignores ``cases/`` and ``quiz.yaml`` (the quiz engine's part).

The shared parts (YAML reader, content hash, loader version, ``CurriculumError``) live in
``core.curriculum``. Rules: every file is validated before anything is written and every problem
is reported as ``<path>: <what is wrong>`` (``CurriculumError``; the command turns it into a
``CommandError``); a page whose source is unchanged (same content hash) is not touched;
a changed source publishes a new revision of the same page; a page whose source disappeared is
unpublished, never deleted (completion records PROTECT it).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import markdown
import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Page, Site

from accounts.models import Profession
from core.curriculum import (
    CurriculumError,
    Log,
    at_line,
    content_hash,
    display_path,
    read_yaml,
)

from .blocks import CalloutKind, Platform
from .models import (
    CatalogPage,
    CourseCredit,
    CoursePage,
    CreditType,
    HomePage,
    LessonPage,
    Level,
)

DEFAULT_ROOT = Path(settings.BASE_DIR) / "content" / "curriculum"
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COURSE_DIR_RE = re.compile(r"^\d+-")
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d1a0e-3c51-4a55-9a7e-0c2b8c1d5e01")

# --- Markdown → sanitised rich text ------------------------------------------------------------

ALLOWED_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}


def markdown_to_html(text: str) -> str:
    """Markdown to the HTML subset our RichTextBlocks allow; anything else is stripped (nh3)."""
    html = markdown.markdown(text.strip(), extensions=["sane_lists"], output_format="html")
    # Headings deeper than ### become ### so the page outline stays h1 → h2 → h3.
    html = re.sub(r"<(/?)h[4-6]>", r"<\1h3>", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    ).strip()


# --- Parsed source -----------------------------------------------------------------------------


@dataclass
class LessonSource:
    path: Path
    slug: str
    title: str
    estimated_minutes: int
    body: list[dict]  # normalised source blocks: {"type", "value"}
    competencies: list[str] = field(default_factory=list)
    hash: str = ""


@dataclass
class CourseSource:
    path: Path
    slug: str
    title: str
    version: str
    summary: str
    estimated_minutes: int
    level: str
    audience: list[str]
    credit_type: str | None
    credit_amount: Decimal | None
    objectives: list[str]
    references: list[str]
    lessons: list[LessonSource] = field(default_factory=list)
    accreditation: dict = field(default_factory=dict)
    # Every credit type the course offers, in source order: [(slug, maximum)]. The first is
    # also ``credit_type``/``credit_amount`` (the primary credit).
    credits: list[tuple[str, Decimal]] = field(default_factory=list)
    # The module's review.yaml (dated review note), normalised; {} when the folder has none.
    review: dict = field(default_factory=dict)
    hash: str = ""


@dataclass
class CreditTypeSource:
    slug: str
    name: str
    unit: str
    designation_statement: str
    accreditation_statement: str
    provider_name: str | None
    awards_credit: bool = True
    eligible_professions: list[str] = field(default_factory=list)
    required_profile_fields: list[str] = field(default_factory=list)


# --- Validation helpers -----------------------------------------------------------------------


class _Checker:
    """Typed field access that raises CurriculumError naming the file and the field."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, message: str) -> CurriculumError:
        return CurriculumError(message, path=self.path)

    def mapping(self, data: Any, where: str) -> dict:
        if not isinstance(data, dict):
            raise self.fail(f"{where} must be a mapping, not {_type_name(data)}")
        return data

    def unknown_keys(self, data: dict, allowed: set[str], where: str) -> None:
        extra = sorted(set(data) - allowed)
        if extra:
            raise self.fail(f"{where}: unknown field(s) {', '.join(map(str, extra))}")

    def text(self, data: dict, key: str, where: str, *, required: bool = True) -> str:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(f"{where}: missing required field '{key}'")
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}: '{key}' must be text, not {_type_name(value)}")
        if required and not value.strip():
            raise self.fail(f"{where}: '{key}' must not be empty")
        return value.strip()

    def integer(
        self, data: dict, key: str, where: str, *, required: bool = True, minimum: int = 0
    ) -> int:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(f"{where}: missing required field '{key}'")
            return 0
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{where}: '{key}' must be a whole number, not {_type_name(value)}")
        if value < minimum:
            raise self.fail(f"{where}: '{key}' must be at least {minimum}")
        return value

    def text_list(self, data: dict, key: str, where: str, *, required: bool = True) -> list[str]:
        if key not in data or data[key] is None:
            if required:
                raise self.fail(f"{where}: missing required field '{key}'")
            return []
        value = data[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}: '{key}' must be a list of text items")
        if required and not value:
            raise self.fail(f"{where}: '{key}' must list at least one item")
        return [v.strip() for v in value]

    def choice(self, data: dict, key: str, where: str, choices: list[str]) -> str:
        value = self.text(data, key, where)
        if value not in choices:
            raise self.fail(f"{where}: '{key}' must be one of {', '.join(choices)}, not {value!r}")
        return value

    def slug(self, data: dict, where: str) -> str:
        value = self.text(data, "slug", where)
        if not SLUG_RE.match(value):
            raise self.fail(
                f"{where}: 'slug' {value!r} must be lowercase letters, digits and hyphens"
            )
        return value


def _type_name(value: Any) -> str:
    return {
        dict: "a mapping",
        list: "a list",
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        type(None): "empty",
    }.get(type(value), type(value).__name__)


# --- Parsing ----------------------------------------------------------------------------------

CREDIT_TYPE_FIELDS = {
    "slug",
    "name",
    "unit",
    "designation_statement",
    "accreditation_statement",
    "provider_name",
    "awards_credit",
    "eligible_professions",
    "required_profile_fields",
}
COURSE_FIELDS = {
    "slug",
    "title",
    "version",
    "summary",
    "estimated_minutes",
    "level",
    "audience",
    "credit",
    "objectives",
    "references",
    "accreditation",
}
ACCREDITATION_FIELDS = {
    "release_date",
    "expiry_date",
    "acpe_uan",
    "needs",
    "method_of_participation",
    "requirements",
    "commercial_support",
    "disclosures",
    "evaluation",
}
DISCLOSURE_FIELDS = {"name", "role", "credentials", "disclosure", "mitigation"}


def _parse_accreditation(check: _Checker, raw: Any) -> dict:
    """Activity metadata an accreditor requires, as CoursePage field values."""
    import datetime as dt

    if raw is None:
        return {}
    data = check.mapping(raw, "course: 'accreditation'")
    check.unknown_keys(data, ACCREDITATION_FIELDS, "course: accreditation")
    where = "course: accreditation"
    out: dict[str, Any] = {}
    for key in ("release_date", "expiry_date"):
        value = data.get(key)
        if value is not None and not isinstance(value, dt.date):
            raise check.fail(f"{where}: '{key}' must be a date (YYYY-MM-DD)")
        out[key] = value
    if out["release_date"] and out["expiry_date"] and out["expiry_date"] <= out["release_date"]:
        raise check.fail(f"{where}: 'expiry_date' must be after 'release_date'")
    for key, field_name in (
        ("needs", "needs_statement"),
        ("method_of_participation", "method_of_participation"),
        ("requirements", "technical_requirements"),
        ("commercial_support", "commercial_support"),
        ("acpe_uan", "acpe_uan"),
    ):
        out[field_name] = check.text(data, key, where, required=False)
    people = data.get("disclosures") or []
    if not isinstance(people, list):
        raise check.fail(f"{where}: 'disclosures' must be a list")
    out["disclosures"] = []
    for n, person in enumerate(people, start=1):
        pw = f"{where}: disclosure {n}"
        person = check.mapping(person, pw)
        check.unknown_keys(person, DISCLOSURE_FIELDS, pw)
        role = check.choice(person, "role", pw, ["faculty", "planner", "reviewer"])
        disclosure = check.text(person, "disclosure", pw)
        mitigation = check.text(person, "mitigation", pw, required=False)
        if not mitigation and not discloses_nothing(disclosure):
            raise check.fail(
                f"{pw}{at_line(check.path, 'accreditation', 'disclosures', n - 1)}: "
                "'mitigation' is required when a relevant financial relationship is disclosed "
                '(how the conflict was mitigated); write the disclosure as "None" or "No '
                'relevant financial relationships" when there is none'
            )
        out["disclosures"].append(
            {
                "name": check.text(person, "name", pw),
                "role": role,
                "credentials": check.text(person, "credentials", pw, required=False),
                "disclosure": disclosure,
                "mitigation": mitigation,
            }
        )
    out["evaluation"] = (
        _parse_evaluation(check, data["evaluation"]) if data.get("evaluation") is not None else {}
    )
    return out


# A disclosure that declares no relevant financial relationship: "None", "None of the planners
# ... has a relevant financial relationship", "No relevant financial relationships", "Nothing to
# disclose", "has no relevant financial relationships ...".
NOTHING_DISCLOSED_RE = re.compile(
    r"^\s*(none\b|no relevant\b|nothing to disclose\b|not applicable\b)"
    r"|\b(has|have|had) no (relevant )?financial relationships?\b",
    re.IGNORECASE,
)


def discloses_nothing(disclosure: str) -> bool:
    return bool(NOTHING_DISCLOSED_RE.search(disclosure))


EVALUATION_FIELDS = {"practice_change_prompt", "questions"}
EVALUATION_QUESTION_FIELDS = {"key", "text", "type", "choices"}
EVALUATION_QUESTION_TYPES = ["choice", "text"]


def _parse_evaluation(check: _Checker, raw: Any) -> dict:
    """``accreditation.evaluation``: the course's authored evaluation questions, added to the
    standard ones (did each objective get met, practice change, bias, comments)."""
    where = "course: accreditation: evaluation"
    data = check.mapping(raw, where)
    check.unknown_keys(data, EVALUATION_FIELDS, where)
    out: dict[str, Any] = {
        "practice_change_prompt": check.text(data, "practice_change_prompt", where, required=False),
        "questions": [],
    }
    raw_questions = data.get("questions") or []
    if not isinstance(raw_questions, list):
        raise check.fail(f"{where}: 'questions' must be a list")
    seen: set[str] = set()
    for n, item in enumerate(raw_questions, start=1):
        line = at_line(check.path, "accreditation", "evaluation", "questions", n - 1)
        qw = f"{where}: question {n}{line}"
        item = check.mapping(item, qw)
        check.unknown_keys(item, EVALUATION_QUESTION_FIELDS, qw)
        key = check.text(item, "key", qw)
        if not SLUG_RE.match(key.replace("_", "-")):
            raise check.fail(f"{qw}: 'key' {key!r} must be lowercase letters, digits and _ or -")
        if key in seen:
            raise check.fail(f"{qw}: 'key' {key!r} is used twice")
        seen.add(key)
        kind = check.choice(item, "type", qw, EVALUATION_QUESTION_TYPES)
        choices = check.text_list(item, "choices", qw, required=kind == "choice")
        if kind == "choice" and len(choices) < 2:
            raise check.fail(f"{qw}: 'choices' must list at least two answers")
        if kind == "text" and choices:
            raise check.fail(f"{qw}: a 'text' question takes no 'choices'")
        out["questions"].append(
            {"key": key, "text": check.text(item, "text", qw), "type": kind, "choices": choices}
        )
    return out


LESSON_FIELDS = {"slug", "title", "estimated_minutes", "competencies", "body"}


def parse_credit_types(path: Path) -> list[CreditTypeSource]:
    check = _Checker(path)
    data = read_yaml(path)
    if not isinstance(data, list):
        raise check.fail(f"must be a list of credit types, not {_type_name(data)}")
    result, seen = [], set()
    for i, item in enumerate(data, start=1):
        where = f"credit type {i}"
        item = check.mapping(item, where)
        check.unknown_keys(item, CREDIT_TYPE_FIELDS, where)
        slug = check.slug(item, where)
        if slug in seen:
            raise check.fail(f"duplicate credit type slug {slug!r}")
        seen.add(slug)
        awards_credit = item.get("awards_credit", True)
        if not isinstance(awards_credit, bool):
            raise check.fail(f"{where}: 'awards_credit' must be true or false")
        designation = check.text(item, "designation_statement", where)
        if "{amount}" not in designation:
            raise check.fail(f"{where}: 'designation_statement' must contain {{amount}}")
        result.append(
            CreditTypeSource(
                slug=slug,
                name=check.text(item, "name", where),
                unit=check.text(item, "unit", where),
                designation_statement=designation,
                accreditation_statement=check.text(
                    item, "accreditation_statement", where, required=False
                ),
                provider_name=check.text(item, "provider_name", where, required=False) or None,
                awards_credit=awards_credit,
                eligible_professions=check.text_list(
                    item, "eligible_professions", where, required=False
                ),
                required_profile_fields=check.text_list(
                    item, "required_profile_fields", where, required=False
                ),
            )
        )
    return result


def _parse_credits(check: _Checker, raw: Any, credit_slugs: set[str]) -> list[tuple[str, Decimal]]:
    """``credit:`` as one {type, amount} mapping or a list of them (joint accreditation: each
    credit type with its own maximum)."""
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    if isinstance(raw, list) and not raw:
        raise check.fail("course: 'credit' must list at least one {type, amount}")
    out: list[tuple[str, Decimal]] = []
    for n, item in enumerate(items, start=1):
        keys = ("credit", n - 1) if isinstance(raw, list) else ("credit",)
        where = (
            f"course: credit {n}{at_line(check.path, *keys)}"
            if isinstance(raw, list)
            else "course: credit"
        )
        item = check.mapping(item, where if isinstance(raw, list) else "course: 'credit'")
        check.unknown_keys(item, {"type", "amount"}, where)
        credit_type = check.text(item, "type", where)
        if credit_type not in credit_slugs:
            prefix = where if isinstance(raw, list) else "course"
            raise check.fail(
                f"{prefix}: unknown credit type {credit_type!r} (not in credit_types.yaml)"
            )
        if any(slug == credit_type for slug, _ in out):
            raise check.fail(f"{where}: credit type {credit_type!r} is listed twice")
        amount = item.get("amount")
        if isinstance(amount, bool) or not isinstance(amount, (int, float, str)):
            raise check.fail(f"{where}: 'amount' must be a number")
        try:
            credit_amount = Decimal(str(amount)).quantize(Decimal("0.01"))
        except InvalidOperation as exc:
            raise check.fail(f"{where}: 'amount' must be a number") from exc
        if credit_amount < 0 or credit_amount >= 1000:
            raise check.fail(f"{where}: 'amount' must be between 0 and 999.99")
        out.append((credit_type, credit_amount))
    return out


ACPE_SLUG = "acpe"
REVIEW_FIELDS = {"reviewed_on", "reviewed_by", "next_review_due", "statements"}
REVIEW_STATEMENT_FIELDS = {"statement", "where", "source", "checked_on", "status", "note"}
REVIEW_STATUSES = ["verified", "qualified", "corrected"]


def parse_review(path: Path) -> dict:
    """A module's ``review.yaml`` (dated review note of its legal and regulatory statements),
    normalised with ISO dates; {} when the folder has none."""
    import datetime as dt

    if not path.exists():
        return {}
    check = _Checker(path)
    data = check.mapping(read_yaml(path), "review.yaml")
    check.unknown_keys(data, REVIEW_FIELDS, "review")

    def date(item: dict, key: str, where: str, *keys: str | int) -> str:
        """``keys``: where ``item`` is in the file (its line is named when ``key`` is missing)."""
        value = item.get(key)
        if value is None:
            raise check.fail(f"{where}{at_line(path, *keys)}: missing required field '{key}'")
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise check.fail(
                f"{where}{at_line(path, *keys, key)}: '{key}' must be a date (YYYY-MM-DD)"
            )
        return value.isoformat()

    out: dict[str, Any] = {
        "reviewed_on": date(data, "reviewed_on", "review"),
        "reviewed_by": check.text(data, "reviewed_by", "review"),
        "next_review_due": date(data, "next_review_due", "review"),
        "statements": [],
    }
    if out["next_review_due"] <= out["reviewed_on"]:
        raise check.fail(
            f"review{at_line(path, 'next_review_due')}: 'next_review_due' must be after "
            "'reviewed_on'"
        )
    statements = data.get("statements")
    if not isinstance(statements, list) or not statements:
        raise check.fail(
            f"review{at_line(path, 'statements')}: 'statements' must list at least one statement"
        )
    module = path.parent
    for n, item in enumerate(statements, start=1):
        where = f"statement {n}{at_line(path, 'statements', n - 1)}"
        item = check.mapping(item, where)
        check.unknown_keys(item, REVIEW_STATEMENT_FIELDS, where)
        raw_place = item.get("where")
        if isinstance(raw_place, list) and all(isinstance(p, str) for p in raw_place):
            place = ", ".join(p.strip() for p in raw_place)
        else:
            place = check.text(item, "where", where)
        # Every file it names must exist: one file, or several in any wording (a list, or
        # "lessons/01-....yaml, cases/601-....yaml", "x.yaml (also y.yaml, z.yaml)", "#anchor").
        targets = re.findall(r"[\w./-]+\.ya?ml", place)
        missing = [
            t for t in targets if not (module / t).is_file() and not (module.parent / t).is_file()
        ]
        if not targets or missing:
            raise check.fail(
                f"{where}: 'where' {(missing or [place])[0]!r} is not a file of this module "
                "(e.g. lessons/02-....yaml) or of the curriculum (e.g. cases/601-....yaml)"
            )
        status = check.text(item, "status", where)
        if status not in REVIEW_STATUSES:
            raise check.fail(
                f"{where}: 'status' must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}"
            )
        note = check.text(item, "note", where, required=False)
        if status != "verified" and not note:
            raise check.fail(
                f"{where}: 'note' is required when 'status' is {status} (what was changed and why)"
            )
        checked = date(item, "checked_on", f"statement {n}", "statements", n - 1)
        out["statements"].append(
            {
                "statement": check.text(item, "statement", where),
                "where": place,
                "source": check.text(item, "source", where),
                "checked_on": checked,
                "status": status,
                "note": note,
            }
        )
    return out


def parse_course(folder: Path, credit_slugs: set[str]) -> CourseSource:
    path = folder / "course.yaml"
    if not path.exists():
        raise CurriculumError("missing course.yaml", path=folder)
    check = _Checker(path)
    data = check.mapping(read_yaml(path), "course.yaml")
    check.unknown_keys(data, COURSE_FIELDS, "course")
    where = "course"
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise check.fail(
            "course: 'version' must be quoted text such as \"1.0\""
            if version is not None
            else "course: missing required field 'version'"
        )
    audience = check.text_list(data, "audience", where)
    unknown = [a for a in audience if a not in Profession.values]
    if unknown:
        raise check.fail(
            f"course: unknown audience {', '.join(unknown)} "
            f"(allowed: {', '.join(Profession.values)})"
        )
    credits = _parse_credits(check, data.get("credit"), credit_slugs)
    credit_type, credit_amount = credits[0] if credits else (None, None)
    course = CourseSource(
        path=path,
        slug=check.slug(data, where),
        title=check.text(data, "title", where),
        version=version.strip(),
        summary=check.text(data, "summary", where),
        estimated_minutes=check.integer(data, "estimated_minutes", where, minimum=1),
        level=check.choice(data, "level", where, Level.values),
        audience=audience,
        credit_type=credit_type,
        credit_amount=credit_amount,
        objectives=check.text_list(data, "objectives", where),
        references=check.text_list(data, "references", where, required=False),
        accreditation=_parse_accreditation(check, data.get("accreditation")),
        credits=credits,
        review=parse_review(folder / "review.yaml"),
    )
    if any(slug == ACPE_SLUG for slug, _ in credits) and not course.accreditation.get("acpe_uan"):
        raise check.fail(
            "course: accreditation: 'acpe_uan' is required when the course offers ACPE credit "
            "(CPE Monitor reports every claim against the activity's UAN)"
        )
    if len(course.title) > 255:
        raise check.fail("course: 'title' must be at most 255 characters")
    if len(course.summary) > 600:
        raise check.fail("course: 'summary' must be at most 600 characters")
    course.hash = content_hash(
        {k: v for k, v in vars(course).items() if k not in {"path", "lessons", "hash"}}
    )
    lesson_dir = folder / "lessons"
    lesson_files = sorted(lesson_dir.glob("*.yaml")) if lesson_dir.is_dir() else []
    if not lesson_files:
        raise CurriculumError("has no lessons/*.yaml files", path=folder)
    seen: dict[str, Path] = {}
    for lesson_path in lesson_files:
        lesson = parse_lesson(lesson_path, course_slug=course.slug)
        if lesson.slug in seen:
            raise CurriculumError(
                f"duplicate lesson slug {lesson.slug!r} "
                f"(also in {display_path(seen[lesson.slug])})",
                path=lesson_path,
            )
        seen[lesson.slug] = lesson_path
        course.lessons.append(lesson)
    return course


def parse_lesson(path: Path, *, course_slug: str) -> LessonSource:
    check = _Checker(path)
    data = check.mapping(read_yaml(path), "lesson file")
    check.unknown_keys(data, LESSON_FIELDS, "lesson")
    slug = check.slug(data, "lesson")
    title = check.text(data, "title", "lesson")
    if len(title) > 255:
        raise check.fail("lesson: 'title' must be at most 255 characters")
    minutes = check.integer(data, "estimated_minutes", "lesson", minimum=1)
    body = data.get("body")
    if not isinstance(body, list) or not body:
        raise check.fail("lesson: 'body' must be a non-empty list of blocks")
    blocks = [parse_block(check, raw, n) for n, raw in enumerate(body, start=1)]
    competencies = check.text_list(data, "competencies", "lesson", required=False)
    lesson = LessonSource(
        path=path,
        slug=slug,
        title=title,
        estimated_minutes=minutes,
        body=blocks,
        competencies=competencies,
    )
    lesson.hash = content_hash(
        {"slug": slug, "title": title, "minutes": minutes, "body": blocks, "course": course_slug}
        | ({"competencies": competencies} if competencies else {})
    )
    return lesson


def _counts(check: _Checker, value: dict, where: str) -> dict:
    keys = ("likes", "comments", "shares")
    return {k: check.integer(value, k, where, required=False) for k in keys}


def parse_block(check: _Checker, raw: Any, n: int) -> dict:
    """Validate one source block and return it normalised to the StreamField block's value."""
    where = f"body block {n}"
    raw = check.mapping(raw, where)
    check.unknown_keys(raw, {"type", "value"}, where)
    kind = raw.get("type")
    if kind not in BLOCK_PARSERS:
        raise check.fail(
            f"{where}: unknown block type {kind!r} (allowed: {', '.join(BLOCK_PARSERS)})"
        )
    where = f"{where} ({kind})"
    if "value" not in raw or raw["value"] is None:
        raise check.fail(f"{where}: missing required field 'value'")
    return {"type": kind, "value": BLOCK_PARSERS[kind](check, raw["value"], where)}


def _block_text(check, value, where):
    if not isinstance(value, str) or not value.strip():
        raise check.fail(f"{where}: 'value' must be Markdown text")
    return markdown_to_html(value)


def _block_key_points(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"heading", "points"}, where)
    return {
        "heading": check.text(value, "heading", where, required=False) or "Key points",
        "points": check.text_list(value, "points", where),
    }


def _block_checklist(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"title", "source", "items"}, where)
    return {
        "title": check.text(value, "title", where),
        "source": check.text(value, "source", where, required=False),
        "items": check.text_list(value, "items", where),
    }


def _block_callout(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"kind", "title", "text"}, where)
    return {
        "kind": check.choice(value, "kind", where, CalloutKind.VALUES),
        "title": check.text(value, "title", where, required=False),
        "text": markdown_to_html(check.text(value, "text", where)),
    }


def _block_quote(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"text", "source"}, where)
    return {"text": check.text(value, "text", where), "source": check.text(value, "source", where)}


def _block_social_post(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(
        value,
        {"platform", "author_role", "text", "year", "likes", "comments", "shares"},
        where,
    )
    year = check.integer(value, "year", where, minimum=2000)
    if year > 2100:
        raise check.fail(f"{where}: 'year' must be a four-digit year")
    return {
        "platform": check.choice(value, "platform", where, Platform.VALUES),
        "author_role": check.text(value, "author_role", where),
        "text": check.text(value, "text", where),
        "year": year,
        **_counts(check, value, where),
    }


def _block_reflection(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"prompt"}, where)
    return {"prompt": check.text(value, "prompt", where)}


def _block_video(check, value, where):
    value = check.mapping(value, where)
    check.unknown_keys(value, {"url", "title", "transcript"}, where)
    url = check.text(value, "url", where)
    if not url.startswith("https://"):
        raise check.fail(f"{where}: 'url' must start with https://")
    return {
        "url": url,
        "title": check.text(value, "title", where),
        "transcript": check.text(value, "transcript", where),
    }


BLOCK_PARSERS: dict[str, Callable] = {
    "text": _block_text,
    "key_points": _block_key_points,
    "checklist": _block_checklist,
    "callout": _block_callout,
    "quote": _block_quote,
    "social_post": _block_social_post,
    "reflection": _block_reflection,
    "video": _block_video,
}


def parse_curriculum(root: Path) -> tuple[list[CreditTypeSource], list[CourseSource]]:
    """Parse and validate every source file; raise CurriculumError listing every problem found."""
    if not root.is_dir():
        raise CurriculumError("curriculum folder not found", path=root)
    errors: list[str] = []
    credit_types: list[CreditTypeSource] = []
    credit_path = root / "credit_types.yaml"
    if credit_path.exists():
        try:
            credit_types = parse_credit_types(credit_path)
        except CurriculumError as exc:
            errors.append(str(exc))
    credit_slugs = {c.slug for c in credit_types} | set(
        CreditType.objects.values_list("slug", flat=True)
    )
    courses: list[CourseSource] = []
    seen: dict[str, Path] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and COURSE_DIR_RE.match(p.name)):
        try:
            course = parse_course(folder, credit_slugs)
        except CurriculumError as exc:
            errors.append(str(exc))
            continue
        if course.slug in seen:
            errors.append(
                str(
                    CurriculumError(
                        f"duplicate course slug {course.slug!r} "
                        f"(also in {display_path(seen[course.slug])})",
                        path=course.path,
                    )
                )
            )
            continue
        seen[course.slug] = course.path
        courses.append(course)
    if errors:
        raise CurriculumError("\n".join(errors))
    return credit_types, courses


# --- Writing ----------------------------------------------------------------------------------


@dataclass
class LoadStats:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    unpublished: int = 0

    def __str__(self) -> str:
        return (
            f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.unpublished} unpublished"
        )


def _site_url_host_port() -> tuple[str, int]:
    url = urlsplit(settings.SITE_URL)
    return url.hostname or "localhost", url.port or (443 if url.scheme == "https" else 80)


def ensure_skeleton(log: Log) -> CatalogPage:
    """The default Site's root is the HomePage, and the CatalogPage lives at /catalog/."""
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if home is None:
        taken = set(root.get_children().values_list("slug", flat=True))
        slug = "home" if "home" not in taken else "ethos-home"
        home = root.add_child(instance=HomePage(title=settings.PLATFORM_NAME, slug=slug))
        log(f"Created home page {home.title!r}")
    hostname, port = _site_url_host_port()
    if site is None:
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True
        )
        log("Created the default site")
    elif (site.hostname, site.port) != (hostname, port):
        # SITE_URL is the one source of absolute links (emails, QR codes, credentials); the
        # Wagtail Site record follows it so page URLs built without a request agree.
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
        log(f"Pointed the default site at {settings.SITE_URL}")
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.save()
        log("Pointed the default site at the home page")
        # Wagtail's "Welcome to your new Wagtail site!" placeholder: remove it if it is unused.
        if (
            old_root.specific_class is Page
            and old_root.depth == 2
            and old_root.numchild == 0
            and not Site.objects.filter(root_page=old_root).exists()
        ):
            old_root.delete()
    catalog = CatalogPage.objects.child_of(home).first()
    if catalog is None:
        catalog = home.add_child(
            instance=CatalogPage(
                title="Course catalog",
                slug="catalog",
                intro="Accredited short courses on using social media well in healthcare.",
            )
        )
        log("Created the catalog page at /catalog/")
    elif catalog.slug != "catalog":
        raise CurriculumError(
            f"The catalog page has slug {catalog.slug!r}; rename it to 'catalog' so it is served "
            "at /catalog/"
        )
    elif not catalog.live:
        catalog.save_revision().publish()
    return catalog


def upsert_credit_types(sources: list[CreditTypeSource], log: Log) -> None:
    for src in sources:
        fields = {
            "name": src.name,
            "unit": src.unit,
            "designation_statement": src.designation_statement,
            "accreditation_statement": src.accreditation_statement,
            "awards_credit": src.awards_credit,
            "eligible_professions": src.eligible_professions,
            "required_profile_fields": src.required_profile_fields,
        }
        if src.provider_name:
            fields["provider_name"] = src.provider_name
        obj = CreditType.objects.filter(slug=src.slug).first()
        if obj is None:
            obj = CreditType(slug=src.slug, **fields)
            obj.full_clean()
            obj.save()
            log(f"Created credit type {src.slug}")
        elif any(getattr(obj, k) != v for k, v in fields.items()):
            for k, v in fields.items():
                setattr(obj, k, v)
            obj.full_clean()
            obj.save()
            log(f"Updated credit type {src.slug}")


def _block_id(course_slug: str, lesson_slug: str, kind: str, ordinal: int) -> str:
    # Stable ids, so a reflection note saved against a block survives republishing the lesson.
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{course_slug}/{lesson_slug}/{kind}/{ordinal}"))


def _stream_data(course_slug: str, lesson: LessonSource) -> list[dict]:
    ordinals: dict[str, int] = {}
    data = []
    for block in lesson.body:
        ordinals[block["type"]] = ordinals.get(block["type"], 0) + 1
        data.append(
            {
                "type": block["type"],
                "value": block["value"],
                "id": _block_id(course_slug, lesson.slug, block["type"], ordinals[block["type"]]),
            }
        )
    return data


def _save(page: Page, parent: Page, created: bool, path: Path) -> Page:
    """Validate (like the admin form would), then create or publish a new revision."""
    try:
        if created:
            parent.add_child(instance=page)
        else:
            page.full_clean()
        page.save_revision(clean=False).publish()
    except ValidationError as exc:
        raise CurriculumError("; ".join(exc.messages), path=path) from exc
    return page


def _sync(page, src_hash: str, fields: dict, parent: Page, path: Path, stats: LoadStats):
    if page is None:
        return None
    if page.source_hash == src_hash and page.live and not page.has_unpublished_changes:
        stats.unchanged += 1
        return page
    for k, v in fields.items():
        setattr(page, k, v)
    page.source_hash = src_hash
    _save(page, parent, False, path)
    stats.updated += 1
    return page


def _reorder(parent: Page, model, slugs: list[str]) -> None:
    """Move children so the loaded ones appear in source order (only when they are not)."""
    current = list(model.objects.child_of(parent).filter(slug__in=slugs).order_by("path"))
    if [p.slug for p in current] == slugs:
        return
    by_slug = {p.slug: p for p in current}
    for slug in slugs:
        page = model.objects.get(pk=by_slug[slug].pk)
        page.move(parent, pos="last-child")


def write_course(catalog: CatalogPage, src: CourseSource, stats: LoadStats) -> CoursePage:
    credit = CreditType.objects.get(slug=src.credit_type) if src.credit_type else None
    fields = {
        "title": src.title,
        "draft_title": src.title,
        "seo_title": "",
        "summary": src.summary,
        "objectives": [("objective", o) for o in src.objectives],
        "estimated_minutes": src.estimated_minutes,
        "audience": src.audience,
        "level": src.level,
        "credit_type": credit,
        "credit_amount": src.credit_amount,
        "version": src.version,
        "references": [("reference", r) for r in src.references],
        "review": src.review,
        **{
            k: v if k != "disclosures" else [("person", person) for person in v]
            for k, v in src.accreditation.items()
        },
    }
    types = {c.slug: c for c in CreditType.objects.filter(slug__in=[s for s, _ in src.credits])}
    fields["credits"] = [
        CourseCredit(credit_type=types[slug], amount=amount, sort_order=i)
        for i, (slug, amount) in enumerate(src.credits)
    ]
    existing = CoursePage.objects.child_of(catalog).filter(slug=src.slug).first()
    if existing is None:
        if catalog.get_children().filter(slug=src.slug).exists():
            raise CurriculumError(
                f"slug {src.slug!r} is already used by another page in the catalog", path=src.path
            )
        page = CoursePage(slug=src.slug, source_hash=src.hash, **fields)
        _save(page, catalog, True, src.path)
        stats.created += 1
    else:
        page = _sync(existing, src.hash, fields, catalog, src.path, stats)

    for lesson in src.lessons:
        lesson_fields = {
            "title": lesson.title,
            "draft_title": lesson.title,
            "estimated_minutes": lesson.estimated_minutes,
            "competencies": lesson.competencies,
            "body": _stream_data(src.slug, lesson),
        }
        existing_lesson = LessonPage.objects.child_of(page).filter(slug=lesson.slug).first()
        if existing_lesson is None:
            if page.get_children().filter(slug=lesson.slug).exists():
                raise CurriculumError(
                    f"slug {lesson.slug!r} is already used by another page in this course",
                    path=lesson.path,
                )
            new = LessonPage(slug=lesson.slug, source_hash=lesson.hash, **lesson_fields)
            _save(new, page, True, lesson.path)
            stats.created += 1
        else:
            _sync(existing_lesson, lesson.hash, lesson_fields, page, lesson.path, stats)

    slugs = [lesson.slug for lesson in src.lessons]
    _reorder(page, LessonPage, slugs)
    for stale in LessonPage.objects.child_of(page).live().exclude(slug__in=slugs):
        if stale.source_hash:
            stale.unpublish()
            stats.unpublished += 1
    return CoursePage.objects.get(pk=page.pk)


def load_courses(*, root: Path, courses: dict[str, CoursePage], log: Log) -> None:
    """The content part of the load: credit types, course pages and their lessons."""
    credit_types, sources = parse_curriculum(root)
    upsert_credit_types(credit_types, log)
    catalog = ensure_skeleton(log)
    stats = LoadStats()
    for src in sources:
        courses[src.slug] = write_course(catalog, src, stats)
    slugs = [s.slug for s in sources]
    if slugs:
        _reorder(catalog, CoursePage, slugs)
    for stale in CoursePage.objects.child_of(catalog).live().exclude(slug__in=slugs):
        if stale.source_hash:  # pages made in the admin have no source and are left alone
            stale.unpublish(set_expired=False)
            stats.unpublished += 1
    log(f"Courses and lessons: {stats}")


def _loaders() -> list[tuple[str, Callable]]:
    result = []
    for dotted in settings.CURRICULUM_LOADERS:
        module = dotted.rsplit(".", 1)[0]
        try:
            result.append((dotted, import_string(dotted)))
        except ModuleNotFoundError as exc:
            # A higher app whose loader module is not written yet must not stop the content
            # load; any other import problem (a typo in a real module) is a real error.
            if exc.name != module:
                raise CurriculumError(f"CURRICULUM_LOADERS: cannot import {dotted}: {exc}") from exc
            result.append((dotted, None))
        except ImportError as exc:
            raise CurriculumError(f"CURRICULUM_LOADERS: cannot import {dotted}: {exc}") from exc
    return result


def load_curriculum(*, root: Path | None = None, log: Log = lambda msg: None) -> dict:
    """Run every configured loader in one transaction: all of it is written, or none of it."""
    root = Path(root or DEFAULT_ROOT)
    courses: dict[str, CoursePage] = {}
    loaders = _loaders()
    with transaction.atomic():
        for dotted, loader in loaders:
            if loader is None:
                log(f"Skipped {dotted} (module not found)")
                continue
            loader(root=root, courses=courses, log=log)
    return courses
