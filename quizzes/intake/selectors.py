"""Reads of case intake and review: the review queue, a case as a reviewer sees it (raw text
with each finding marked, anonymized text with placeholders and leftovers marked), imports."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import regex
from django.core.exceptions import ValidationError
from django.db.models import Count, QuerySet
from django.http import Http404

from quizzes.models import CaseStatus, PostCase, PostImport
from quizzes.services.cases import REVIEW_PERMISSION, is_case_reviewer

__all__ = ["REVIEW_PERMISSION"]
IMPORT_PERMISSION = "quizzes.add_postcase"

# Same shape as the anonymizer's placeholders ("[PATIENT_1]", "[DATE_1950]", "90 or older").
PLACEHOLDER_RX = regex.compile(r"\[[A-Z]+(?:_[A-Z]+)*(?:_\d+)?\]|\b90 or older\b")
MASK = "\u2591"

LEFTOVER_PATTERNS: list[tuple[str, str, regex.Pattern]] = [
    ("url", "looks like a web address",
     regex.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                   r"\.(?:com|org|net|edu|gov|io|co|us|uk|ca|au|info|health|ly|me)\b(?:/\S*)?")),
    ("handle", "an @ mention", regex.compile(r"(?<![\w@])@\w+")),
    ("hashtag", "a hashtag (names hide in hashtags)", regex.compile(r"(?<![\w#])#\w+")),
    ("number", "a number",
     regex.compile(r"(?<![\w])[\p{L}\d]*\d[\p{L}\d]*(?:[.,:/-][\p{L}\d]+)*")),
    ("capitalised", "a capitalised word not at the start of a sentence",
     regex.compile(r"(?<![\w'’-])\p{Lu}[\p{L}\p{M}'’-]*")),
]  # fmt: skip
NOT_NAMES = {"I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d",
             "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof"}  # fmt: skip
SENTENCE_END = regex.compile(r"(?:^|[.!?…:;\n])[\s\"'“‘(\[]*$")
ABBREVIATION_END = regex.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|Sr|Jr|Rev|Capt|Sgt)\.\s*$")

# Placeholder labels a reviewer may choose for a leftover.
REPLACEMENTS: dict[str, str] = {
    "PERSON": "a person",
    "PATIENT": "a patient",
    "CITY": "a place",
    "FACILITY": "a facility",
    "DATE": "a date",
    "ID": "an identifying number",
    "HANDLE": "a handle",
    "URL": "a web address",
    "HASHTAG": "a hashtag",
}
KIND_SUGGESTION = {"url": "URL", "handle": "HANDLE", "hashtag": "HASHTAG", "number": "ID",
                   "capitalised": "PERSON"}  # fmt: skip
KEEP = "keep"


# One rule: who may see raw text and approve is decided by the case workflow.
is_reviewer = is_case_reviewer


def can_import(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(IMPORT_PERMISSION))


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Leftover:
    index: int
    kind: str
    why: str
    start: int
    end: int
    value: str
    suggestion: str

    @property
    def number(self) -> int:
        return self.index + 1


def _masked(text: str) -> str:
    return PLACEHOLDER_RX.sub(lambda m: MASK * len(m.group()), text)


def leftovers(text: str) -> list[Leftover]:
    """What the anonymizer left in the anonymized text that a reviewer should decide on:
    web-address-like words, @ mentions, hashtags, numbers, and capitalised words not at the start
    of a sentence (placeholders are ignored)."""
    masked = _masked(text)
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, int, str, str]] = []
    for kind, why, rx in LEFTOVER_PATTERNS:
        for m in rx.finditer(masked):
            start, end = m.span()
            value = m.group().rstrip(".,;:!?)")
            end = start + len(value)
            if not value or any(s < end and start < e for s, e in taken):
                continue
            if kind == "capitalised" and (
                value in NOT_NAMES
                or (
                    SENTENCE_END.search(masked[:start]) is not None
                    and ABBREVIATION_END.search(masked[:start]) is None
                )
            ):
                continue
            taken.append((start, end))
            found.append((start, end, kind, why))
    found.sort()
    return [
        Leftover(i, kind, why, s, e, text[s:e], KIND_SUGGESTION[kind])
        for i, (s, e, kind, why) in enumerate(found)
    ]


def _next_numbers(text: str) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for m in regex.finditer(r"\[([A-Z]+(?:_[A-Z]+)*)_(\d+)\]", text):
        numbers[m.group(1)] = max(numbers.get(m.group(1), 0), int(m.group(2)))
    return numbers


def apply_leftover_decisions(text: str, items: list[Leftover], decisions: dict[int, str]) -> str:
    """``text`` with each leftover decided "replace with LABEL" swapped for a numbered
    placeholder; the same spelling with the same label gets the same placeholder."""
    bad = sorted({d for d in decisions.values() if d != KEEP and d not in REPLACEMENTS})
    if bad:
        raise ValidationError(f"Unknown decision(s): {', '.join(bad)}.")
    numbers = _next_numbers(text)
    assigned: dict[tuple[str, str], str] = {}
    replacements: list[tuple[int, int, str]] = []
    for item in items:
        label = decisions.get(item.index, KEEP)
        if label == KEEP:
            continue
        key = (label, item.value.casefold())
        if key not in assigned:
            numbers[label] = numbers.get(label, 0) + 1
            assigned[key] = f"[{label}_{numbers[label]}]"
        replacements.append((item.start, item.end, assigned[key]))
    for start, end, placeholder in sorted(replacements, reverse=True):
        text = text[:start] + placeholder + text[end:]
    return text


def _segments(text: str, spans: list[tuple[int, int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Split ``text`` into plain and marked segments; earlier spans win overlaps."""
    chosen: list[tuple[int, int, dict[str, Any]]] = []
    for start, end, info in spans:
        if 0 <= start < end <= len(text) and not any(s < end and start < e for s, e, _ in chosen):
            chosen.append((start, end, info))
    chosen.sort(key=lambda t: t[0])
    out: list[dict[str, Any]] = []
    pos = 0
    for start, end, info in chosen:
        if start > pos:
            out.append({"text": text[pos:start], "mark": None})
        out.append({"text": text[start:end], "mark": info})
        pos = end
    if pos < len(text):
        out.append({"text": text[pos:], "mark": None})
    return out


def raw_segments(case: PostCase) -> list[dict[str, Any]]:
    """The raw text with each anonymizer finding marked, with its type, recognizer and why."""
    spans = [
        (f.get("start") or 0, f.get("end") or 0, {"kind": "finding", **f})
        for f in sorted(case.findings or [], key=lambda f: f.get("start") or 0)
    ]
    return _segments(case.raw_text, spans)


def anonymized_segments(
    case: PostCase, *, flagged: list[dict[str, Any]], items: list[Leftover]
) -> list[dict[str, Any]]:
    """The anonymized text with placeholders (and the findings behind them), re-check flags and
    leftovers marked."""
    why: dict[str, list[str]] = {}
    for f in case.findings or []:
        note = f"{f.get('type')}: {f.get('reason')}"
        if note not in why.setdefault(f.get("placeholder") or "", []):
            why[f.get("placeholder") or ""].append(note)
    spans: list[tuple[int, int, dict[str, Any]]] = [
        (f["start"], f["end"], {"kind": "flag", **f}) for f in flagged
    ]
    spans += [
        (m.start(), m.end(), {"kind": "placeholder", "why": "; ".join(why.get(m.group(), []))})
        for m in PLACEHOLDER_RX.finditer(case.text)
    ]
    spans += [(i.start, i.end, {"kind": "leftover", "item": i}) for i in items]
    return _segments(case.text, spans)


def review_case_get(*, user, pk: int) -> PostCase:
    """A case as its reviewer sees it; anyone who is not a reviewer gets the same 404 as for a
    missing case."""
    if not is_reviewer(user):
        raise Http404("No such post case.")
    try:
        return PostCase.objects.select_related("created_by").get(pk=pk)
    except PostCase.DoesNotExist:
        raise Http404("No such post case.") from None


def review_queue() -> QuerySet[PostCase]:
    """Cases waiting for a reviewer, oldest first."""
    return (
        PostCase.objects.with_status(CaseStatus.IN_REVIEW)
        .select_related("created_by", "import_row__post_import")
        .order_by("status_changed_at", "pk")
    )


def approved_awaiting_publication() -> QuerySet[PostCase]:
    """Approved cases nobody has published yet, oldest approval first."""
    return (
        PostCase.objects.with_status(CaseStatus.APPROVED)
        .select_related("created_by")
        .order_by("status_changed_at", "pk")
    )


def case_status_counts() -> dict[str, int]:
    """Number of cases by status, every status present (0 when none)."""
    counts = dict(
        PostCase.objects.order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in CaseStatus.values}


def post_import_history(*, user, limit: int = 50) -> QuerySet[PostImport]:
    """Recent imports: reviewers see all, importers their own."""
    qs = PostImport.objects.select_related("uploaded_by")
    if not is_reviewer(user):
        qs = qs.filter(uploaded_by=user)
    return qs[:limit]


def post_import_get(*, user, pk: int) -> PostImport:
    """An import for its uploader or a reviewer; anyone else gets 404, as for a missing one."""
    if not (is_reviewer(user) or can_import(user)):
        raise Http404("No such import.")
    try:
        post_import = PostImport.objects.select_related("uploaded_by").get(pk=pk)
    except PostImport.DoesNotExist:
        raise Http404("No such import.") from None
    if not is_reviewer(user) and post_import.uploaded_by_id != user.pk:
        raise Http404("No such import.")
    return post_import


def post_import_status(post_import: PostImport) -> dict[str, Any]:
    """The progress of an import as the status endpoint returns it."""
    return {
        "id": post_import.pk,
        "file_name": post_import.file_name,
        "status": post_import.status,
        "status_label": post_import.get_status_display(),
        "total": post_import.total,
        "processed": post_import.processed,
        "created": post_import.created_count,
        "percent": post_import.percent,
        "finished": post_import.is_finished,
        "errors": post_import.errors,
    }
