"""Post case lifecycle: create (anonymize) → submit → approve (checklist, purge) → publish → retire.

Every status change goes through ``_transition``, the one place that knows which moves are
allowed, so no path skips review. Each change writes a ``PostCaseReview`` audit row.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from quizzes.models import (
    CaseSource,
    CaseStatus,
    Platform,
    PostCase,
    PostCaseReview,
    ReviewAction,
)

# The HIPAA Safe Harbor identifier groups a reviewer confirms are gone (45 CFR 164.514(b)(2)),
# plus the quasi-identifier check that no pattern matcher can do.
SAFE_HARBOR_CHECKLIST: dict[str, str] = {
    "names": "Names of patients, relatives, colleagues and other people (including in hashtags "
    "and handles)",
    "geography": "Places smaller than a state: streets, towns, hospitals, facilities, ZIP codes",
    "dates": "All parts of dates except the year, and ages over 89",
    "contact": "Phone and fax numbers, email addresses, URLs, IP addresses, social handles",
    "numbers": "Record, account, plan, licence, vehicle, device and other identifying numbers",
    "images": "Faces, tattoos and other images described in the media description",
    "quasi_identifiers": "No remaining combination of details (rare event, role, timing) that "
    "would let someone who knows the setting recognise a person",
}

# (from, to) -> action. Anything else is refused.
TRANSITIONS: dict[tuple[str, str], str] = {
    (CaseStatus.DRAFT, CaseStatus.IN_REVIEW): ReviewAction.SUBMITTED,
    (CaseStatus.IN_REVIEW, CaseStatus.APPROVED): ReviewAction.APPROVED,
    (CaseStatus.IN_REVIEW, CaseStatus.DRAFT): ReviewAction.REJECTED,
    (CaseStatus.APPROVED, CaseStatus.PUBLISHED): ReviewAction.PUBLISHED,
    (CaseStatus.DRAFT, CaseStatus.RETIRED): ReviewAction.RETIRED,
    (CaseStatus.IN_REVIEW, CaseStatus.RETIRED): ReviewAction.RETIRED,
    (CaseStatus.APPROVED, CaseStatus.RETIRED): ReviewAction.RETIRED,
    (CaseStatus.PUBLISHED, CaseStatus.RETIRED): ReviewAction.RETIRED,
    # A revision takes a case back to draft with a new raw text; it must pass review again.
    (CaseStatus.APPROVED, CaseStatus.DRAFT): ReviewAction.REVISED,
    (CaseStatus.PUBLISHED, CaseStatus.DRAFT): ReviewAction.REVISED,
}

CURRICULUM_PROVENANCE = (
    "Composite case written for teaching; passed through the Ethos anonymizer and review workflow."
)


class PostCaseTransitionError(ValidationError):
    """A status change that the workflow does not allow."""


def _label(status: str) -> str:
    return CaseStatus(status).label.lower()


def _ensure_allowed(*, case: PostCase, to: str) -> tuple[str, str]:
    """Lock the row and check the move; return (current status, action)."""
    locked = PostCase.objects.select_for_update().get(pk=case.pk)
    current = locked.status
    action = TRANSITIONS.get((current, to))
    if action is None:
        raise PostCaseTransitionError(
            f"Cannot move post case “{locked}” from {_label(current)} to {_label(to)}."
        )
    return current, action


def _transition(
    *,
    case: PostCase,
    to: str,
    actor,
    checklist: dict[str, bool] | None = None,
    reason: str = "",
    extra_fields: tuple[str, ...] = (),
) -> PostCase:
    """Move ``case`` to ``to`` if the workflow allows it, and record who did it."""
    # The row lock makes two reviewers acting on the same state queue up; the second then
    # sees the new status and is refused.
    current, action = _ensure_allowed(case=case, to=to)
    case.status = to
    case.status_changed_at = timezone.now()
    case.full_clean()
    case.save(update_fields=["status", "status_changed_at", "updated_at", *extra_fields])
    PostCaseReview.objects.create(
        case=case,
        actor=actor,
        action=action,
        from_status=current,
        to_status=to,
        checklist=checklist or {},
        reason=reason,
        created_at=case.status_changed_at,
    )
    return case


def _finding_dict(finding: Any) -> dict[str, Any]:
    keys = ("type", "start", "end", "recognizer", "score", "reason", "placeholder")
    data = finding.to_dict() if hasattr(finding, "to_dict") else dict(finding)
    # The original spelling is re-derivable from raw_text[start:end] while raw text exists, and
    # must not outlive the purge, so it is never stored separately.
    return {k: data.get(k) for k in keys}


@transaction.atomic
def post_case_create(
    *,
    raw_text: str,
    platform: str,
    author_role: str,
    year: int,
    media_description: str = "",
    likes: int = 0,
    comments: int = 0,
    shares: int = 0,
    competencies: list[str] | None = None,
    provenance_note: str = "",
    source: str = CaseSource.ADMIN,
    external_id: str = "",
    slug: str = "",
    version: int = 1,
    created_by=None,
) -> PostCase:
    """Create a draft case from a raw post; the anonymizer writes ``text`` and ``findings``."""
    from quizzes.anonymize import anonymize

    if not (raw_text or "").strip():
        raise ValidationError({"raw_text": "The post text is empty."})
    if platform not in Platform.values:
        raise ValidationError({"platform": f"Unknown platform {platform!r}."})
    result = anonymize(raw_text)
    findings = [_finding_dict(f) for f in result.findings]
    case = PostCase(
        slug=slug,
        version=version,
        platform=platform,
        author_role=author_role,
        raw_text=raw_text,
        text=result.text,
        findings=findings,
        finding_counts=dict(Counter(f["type"] for f in findings)),
        media_description=media_description,
        likes=likes,
        comments=comments,
        shares=shares,
        year=year,
        competencies=list(competencies or []),
        provenance_note=provenance_note,
        source=source,
        external_id=external_id,
        status=CaseStatus.DRAFT,
        created_by=created_by,
    )
    case.full_clean()
    case.save()
    PostCaseReview.objects.create(
        case=case, actor=created_by, action=ReviewAction.CREATED, to_status=CaseStatus.DRAFT
    )
    return case


@transaction.atomic
def post_case_submit_for_review(*, case: PostCase, actor=None) -> PostCase:
    """Draft → in review."""
    return _transition(case=case, to=CaseStatus.IN_REVIEW, actor=actor)


def checklist_missing(checklist: dict[str, bool] | None) -> list[str]:
    """Checklist keys not ticked (missing or false), in checklist order."""
    checklist = checklist or {}
    return [key for key in SAFE_HARBOR_CHECKLIST if checklist.get(key) is not True]


@transaction.atomic
def post_case_approve(*, case: PostCase, reviewer, checklist: dict[str, bool]) -> PostCase:
    """In review → approved, only with every Safe Harbor item ticked; purges the raw text and
    the findings (keeping only counts by type)."""
    if reviewer is None:
        raise ValidationError("Approving a case needs a reviewer.")
    unknown = sorted(set(checklist or {}) - set(SAFE_HARBOR_CHECKLIST))
    if unknown:
        raise ValidationError(f"Unknown checklist item(s): {', '.join(unknown)}.")
    missing = checklist_missing(checklist)
    if missing:
        raise ValidationError(
            "Tick every Safe Harbor checklist item before approving; not ticked: "
            + ", ".join(missing)
            + "."
        )
    if not case.text.strip():
        raise ValidationError({"text": "The anonymized text is empty."})
    _ensure_allowed(case=case, to=CaseStatus.APPROVED)
    counts = dict(Counter(f.get("type") for f in case.findings or [])) or case.finding_counts
    case.raw_text = ""
    case.findings = []
    case.finding_counts = counts
    return _transition(
        case=case,
        to=CaseStatus.APPROVED,
        actor=reviewer,
        checklist={key: True for key in SAFE_HARBOR_CHECKLIST},
        extra_fields=("raw_text", "findings", "finding_counts"),
    )


@transaction.atomic
def post_case_reject(*, case: PostCase, reviewer, reason: str) -> PostCase:
    """In review → back to draft, with the reviewer's reason recorded."""
    if case.status != CaseStatus.IN_REVIEW:
        raise PostCaseTransitionError(
            f"Cannot reject post case “{case}”: it is {_label(case.status)}, not in review."
        )
    if not (reason or "").strip():
        raise ValidationError({"reason": "Give a reason for sending the case back."})
    return _transition(case=case, to=CaseStatus.DRAFT, actor=reviewer, reason=reason.strip())


@transaction.atomic
def post_case_publish(*, case: PostCase, actor) -> PostCase:
    """Approved → published (learners see only published cases)."""
    return _transition(case=case, to=CaseStatus.PUBLISHED, actor=actor)


@transaction.atomic
def post_case_retire(*, case: PostCase, actor, reason: str = "") -> PostCase:
    """Any status but retired → retired. Retired cases leave the bank; past attempts keep them."""
    return _transition(case=case, to=CaseStatus.RETIRED, actor=actor, reason=reason)


EDITABLE_FIELDS = (
    "text",
    "author_role",
    "platform",
    "media_description",
    "likes",
    "comments",
    "shares",
    "year",
    "competencies",
    "provenance_note",
)


@transaction.atomic
def post_case_update(*, case: PostCase, actor=None, **fields: Any) -> PostCase:
    """Edit a draft case. Anything past draft is frozen: reject it back to draft first, or
    retire it and create a new one, so a change never reaches learners without review."""
    locked = PostCase.objects.select_for_update().get(pk=case.pk)
    if locked.status != CaseStatus.DRAFT:
        raise PostCaseTransitionError(
            f"Only draft cases can be edited; “{locked}” is {_label(locked.status)}."
        )
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(f"These fields cannot be edited: {', '.join(unknown)}.")
    for name, value in fields.items():
        setattr(case, name, value)
    case.full_clean()
    case.save()
    return case


@transaction.atomic
def post_case_revise(*, case: PostCase, raw_text: str, actor, **fields: Any) -> PostCase:
    """Approved or published → draft with a new raw text, re-anonymized: the revision goes
    through review again before learners see it. Only for cases no attempt has answered
    (callers check; otherwise create a new version and retire this one)."""
    if case.status not in (CaseStatus.APPROVED, CaseStatus.PUBLISHED):
        raise PostCaseTransitionError(
            f"Cannot revise post case “{case}”: it is {_label(case.status)}; edit a draft directly."
        )
    unknown = sorted(set(fields) - set(EDITABLE_FIELDS) - {"text"})
    if unknown:
        raise ValidationError(f"These fields cannot be edited: {', '.join(unknown)}.")
    from quizzes.anonymize import anonymize

    _ensure_allowed(case=case, to=CaseStatus.DRAFT)
    result = anonymize(raw_text)
    findings = [_finding_dict(f) for f in result.findings]
    for name, value in fields.items():
        setattr(case, name, value)
    case.raw_text = raw_text
    case.text = result.text
    case.findings = findings
    case.finding_counts = dict(Counter(f["type"] for f in findings))
    return _transition(
        case=case,
        to=CaseStatus.DRAFT,
        actor=actor,
        reason="Revised source text.",
        extra_fields=("raw_text", "text", "findings", "finding_counts", *fields),
    )
