"""Post case lifecycle: create (anonymize) → submit → approve (checklist, purge) → publish → retire.

Every status change goes through ``_transition``, the one place that knows which moves are
allowed, so no path skips review. Each change writes a ``PostCaseReview`` audit row.
``post_case_approve`` is the only way to approved: the review screen, the moderation page and
the curriculum loader all call it, and it checks the reviewer's permission, the whole Safe
Harbor checklist and a fresh anonymizer run over what learners will see.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.redaction import register_sensitive
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

# The 18 HIPAA Safe Harbor identifier categories (45 CFR 164.514(b)(2)(i)), each ticked by the
# reviewer, plus the "no actual knowledge" condition of (b)(2)(ii). Approval needs every one;
# each maps to the group of SAFE_HARBOR_CHECKLIST it belongs to.
SAFE_HARBOR_ITEMS: dict[str, tuple[str, str]] = {
    "names": ("Names", "names"),
    "geographic": ("Geographic subdivisions smaller than a state (street, city, county, "
                   "ZIP code, facility)", "geography"),
    "dates": ("All elements of dates except the year; ages over 89", "dates"),
    "telephone": ("Telephone numbers", "contact"),
    "fax": ("Fax numbers", "contact"),
    "email": ("Email addresses", "contact"),
    "ssn": ("Social Security numbers", "numbers"),
    "mrn": ("Medical record numbers", "numbers"),
    "health_plan": ("Health plan beneficiary numbers", "numbers"),
    "account": ("Account numbers", "numbers"),
    "license": ("Certificate and licence numbers", "numbers"),
    "vehicle": ("Vehicle identifiers and serial numbers, including licence plates", "numbers"),
    "device": ("Device identifiers and serial numbers", "numbers"),
    "url": ("Web URLs (and social media handles)", "contact"),
    "ip": ("IP addresses", "contact"),
    "biometric": ("Biometric identifiers, including finger and voice prints", "images"),
    "photos": ("Full-face photographs and comparable images (see the media description)",
               "images"),
    "other_unique": ("Any other unique identifying number, characteristic or code", "numbers"),
    "actual_knowledge": ("No actual knowledge that what remains (rare event, role, timing) "
                         "could identify someone", "quasi_identifiers"),
}  # fmt: skip
assert {g for _, g in SAFE_HARBOR_ITEMS.values()} == set(SAFE_HARBOR_CHECKLIST)

REVIEW_PERMISSION = "quizzes.review_postcase"

# What learners see of a case, re-checked by the anonymizer before approval.
PUBLISHED_TEXT_FIELDS: dict[str, str] = {
    "text": "the anonymized text",
    "media_description": "the media description",
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
    checklist: dict[str, Any] | None = None,
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


def is_case_reviewer(user) -> bool:
    """Holders of the review permission: the only people who see raw text or approve."""
    return bool(user is not None and user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def require_case_reviewer(user) -> None:
    if not is_case_reviewer(user):
        raise PermissionDenied("Only case reviewers can do this.")


def finding_key(field: str, finding: Mapping[str, Any]) -> str:
    """A stable name for one re-check finding: where it is and a digest of what it covers, so an
    acceptance given for one text never carries over to a different text."""
    digest = hashlib.sha256(str(finding.get("found", "")).encode()).hexdigest()[:10]
    return f"{field}:{finding['type']}:{finding['start']}:{finding['end']}:{digest}"


def post_case_recheck(case: PostCase) -> list[dict[str, Any]]:
    """What the anonymizer still finds in the texts learners will see (placeholders are
    skipped); each finding names its field and carries the ``key`` a reviewer accepts it by."""
    from quizzes.anonymize import anonymize

    out: list[dict[str, Any]] = []
    for field, label in PUBLISHED_TEXT_FIELDS.items():
        for f in anonymize(getattr(case, field) or "").findings:
            item = {"field": field, "where": label, "type": f.type, "start": f.start,
                    "end": f.end, "found": f.original, "recognizer": f.recognizer,
                    "reason": f.reason}  # fmt: skip
            item["key"] = finding_key(field, item)
            out.append(item)
    return out


def recheck_message(found: list[dict[str, Any]]) -> str:
    """The refusal naming each finding by type and position (never by its spelling)."""

    def where(f: dict[str, Any]) -> str:
        suffix = "" if f.get("field", "text") == "text" else f" in {f['where']}"
        return f"{f['type']} at {f['start']}–{f['end']}{suffix}"

    spans = ", ".join(where(f) for f in found)
    return (
        f"The anonymizer still finds {len(found)} identifier(s) in the anonymized text "
        f"({spans}); replace them, or accept each one with a reason, before approving."
    )


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

    register_sensitive(raw_text)
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


def checklist_missing(checklist: Iterable[str] | Mapping[str, bool] | None) -> list[str]:
    """Safe Harbor items not ticked, in checklist order. A mapping counts only ``True`` values."""
    if isinstance(checklist, Mapping):
        ticked = {key for key, value in checklist.items() if value is True}
    else:
        ticked = set(checklist or ())
    return [key for key in SAFE_HARBOR_ITEMS if key not in ticked]


@transaction.atomic
def post_case_approve(
    *,
    case: PostCase,
    reviewer,
    checklist: Iterable[str] | Mapping[str, bool],
    accepted: Mapping[str, str] | None = None,
) -> PostCase:
    """In review → approved: the only path to approved. Needs the review permission, every Safe
    Harbor item ticked, and nothing the anonymizer still finds in what learners will see unless
    the reviewer accepted that finding (by its ``key``) with a reason. Purges the raw text and
    the findings (counts by type stay); the audit row records the ticked items and each accepted
    finding with its reason."""
    require_case_reviewer(reviewer)
    ticked = (
        {key for key, value in checklist.items() if value is True}
        if isinstance(checklist, Mapping)
        else set(checklist or ())
    )
    unknown = sorted(ticked - set(SAFE_HARBOR_ITEMS))
    if unknown:
        raise ValidationError(f"Unknown checklist item(s): {', '.join(unknown)}.")
    missing = checklist_missing(ticked)
    if missing:
        raise ValidationError(
            "Tick every Safe Harbor item before approving. Not ticked: "
            + "; ".join(SAFE_HARBOR_ITEMS[key][0] for key in missing)
            + "."
        )
    _ensure_allowed(case=case, to=CaseStatus.APPROVED)
    # Re-read under the row lock: the text approved is the text stored, not a stale copy.
    case.refresh_from_db()
    if not case.text.strip():
        raise ValidationError({"text": "The anonymized text is empty."})
    reasons = {key: (reason or "").strip() for key, reason in (accepted or {}).items()}
    found = post_case_recheck(case)
    keys = {f["key"] for f in found}
    stale = sorted(key for key in reasons if key not in keys)
    if stale:
        raise ValidationError(
            f"{len(stale)} accepted finding(s) are no longer in the text; check the case again."
        )
    refused = [f for f in found if not reasons.get(f["key"])]
    if refused:
        raise ValidationError(recheck_message(refused))
    accepted_rows = [
        {"key": f["key"], "field": f["field"], "type": f["type"], "start": f["start"],
         "end": f["end"], "reason": reasons[f["key"]]}
        for f in found
    ]  # fmt: skip
    counts = dict(Counter(f.get("type") for f in case.findings or [])) or case.finding_counts
    case.raw_text = ""
    case.findings = []
    case.finding_counts = counts
    reason = "; ".join(
        f"Accepted {row['type']} at {row['start']}–{row['end']} in {row['field']}: {row['reason']}"
        for row in accepted_rows
    )
    return _transition(
        case=case,
        to=CaseStatus.APPROVED,
        actor=reviewer,
        checklist={
            "safe_harbor": dict.fromkeys(SAFE_HARBOR_ITEMS, True),
            "accepted_findings": accepted_rows,
        },
        reason=reason,
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

    register_sensitive(raw_text)
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
