"""Writes of case intake and review: import files of raw posts, and the reviewer's edits,
approval and rejection of a case in review.

Raw post text is never logged and never put in an error message: errors name the line and
field, and log lines carry ids and counts only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from quizzes.anonymize import anonymize
from quizzes.models import (
    CaseSource,
    CaseStatus,
    PostCase,
    PostCaseReview,
    PostImport,
    PostImportRow,
    PostImportStatus,
    ReviewAction,
)
from quizzes.services.cases import (
    SAFE_HARBOR_CHECKLIST,
    post_case_approve,
    post_case_create,
    post_case_publish,
    post_case_reject,
    post_case_submit_for_review,
)

from .parsing import RowError, max_import_bytes, parse_post_file
from .selectors import REVIEW_PERMISSION, apply_leftover_decisions, leftovers, text_digest

logger = logging.getLogger(__name__)

# The 18 HIPAA Safe Harbor identifier categories (45 CFR 164.514(b)(2)(i)), each ticked by the
# reviewer, plus the "no actual knowledge" condition of (b)(2)(ii). Each maps to the group of
# the case workflow's checklist that it confirms.
SAFE_HARBOR_18: dict[str, tuple[str, str]] = {
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
assert {g for _, g in SAFE_HARBOR_18.values()} == set(SAFE_HARBOR_CHECKLIST)

ProgressCallback = Callable[[PostImport], None]


def _require_reviewer(user) -> None:
    if user is None or not user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied("Only case reviewers can do this.")


# --- Import ---------------------------------------------------------------------------------


@sensitive_variables()
@transaction.atomic
def post_import_create(
    *, uploaded_file: UploadedFile, format: str | None = None, actor, queue: bool = True
) -> PostImport:
    """Validate the whole file (size, type, UTF-8, every row) and stage its rows; a bad file
    raises ValidationError naming each line and field, and nothing is written. The cases are
    created by ``post_import_run`` (queued on commit unless ``queue`` is False)."""
    from .tasks import post_import_run

    size = getattr(uploaded_file, "size", None)
    limit = max_import_bytes()
    if size is not None and size > limit:
        raise ValidationError([str(RowError(None, "file", f"is {size} bytes; the limit is "
                                                          f"{limit} bytes"))])  # fmt: skip
    file_name = os.path.basename(uploaded_file.name or "")
    uploaded_file.seek(0)
    data = uploaded_file.read(limit + 1)
    fmt, rows = parse_post_file(
        data=data,
        file_name=file_name,
        format=format,
        content_type=getattr(uploaded_file, "content_type", None),
    )
    post_import = PostImport(
        file_name=file_name[:255],
        format=fmt,
        uploaded_by=actor,
        status=PostImportStatus.PENDING,
        total=len(rows),
    )
    post_import.full_clean()
    post_import.save()
    PostImportRow.objects.bulk_create(
        PostImportRow(post_import=post_import, line=row.line, payload=row.values) for row in rows
    )
    logger.info("post import %s staged: %s rows", post_import.pk, len(rows))
    if queue:
        post_import_run.delay_on_commit(post_import.pk)
    return post_import


def _error_for(line: int, exc: Exception) -> dict[str, Any]:
    # ValidationError messages of the case services name fields, not content; anything else
    # is reported by its class only, since its text could quote the row.
    if isinstance(exc, ValidationError):
        if hasattr(exc, "error_dict"):
            field = next(iter(exc.error_dict))
            return {"line": line, "field": field, "message": " ".join(exc.message_dict[field])}
        return {"line": line, "field": "row", "message": " ".join(exc.messages)}
    return {"line": line, "field": "row", "message": f"could not be saved ({type(exc).__name__})"}


@sensitive_variables()
def _import_row(*, row_id: int, post_import: PostImport) -> bool:
    """Create and submit the case of one staged row, once; True if it was created now."""
    with transaction.atomic():
        # The row lock makes a retried or duplicated run wait, then see the case and skip.
        row = PostImportRow.objects.select_for_update().get(pk=row_id)
        if row.case_id is not None:
            return False
        values = row.payload
        case = post_case_create(
            raw_text=values["raw_text"],
            platform=values["platform"],
            author_role=values["author_role"],
            year=values["year"],
            media_description=values.get("media_description", ""),
            likes=values.get("likes", 0),
            comments=values.get("comments", 0),
            shares=values.get("shares", 0),
            source=CaseSource.IMPORT,
            external_id=values.get("external_id", ""),
            provenance_note=f"Imported from {post_import.file_name}, line {row.line}.",
            created_by=post_import.uploaded_by,
        )
        post_case_submit_for_review(case=case, actor=post_import.uploaded_by)
        row.case = case
        row.payload = {}
        row.save(update_fields=["case", "payload"])
        PostImport.objects.filter(pk=post_import.pk).update(
            processed=F("processed") + 1, created_count=F("created_count") + 1
        )
        return True


def post_import_process(
    *, post_import_id: int, on_progress: ProgressCallback | None = None
) -> PostImport:
    """Turn every staged row into a case in review, each in its own transaction so progress is
    visible and a crash keeps what is done; rerunning skips done rows and a done import."""
    with transaction.atomic():
        post_import = PostImport.objects.select_for_update().get(pk=post_import_id)
        if post_import.status == PostImportStatus.DONE:
            return post_import
        post_import.status = PostImportStatus.RUNNING
        post_import.errors = []
        post_import.finished_at = None
        post_import.save(update_fields=["status", "errors", "finished_at"])
    pending = list(
        PostImportRow.objects.filter(post_import=post_import, case__isnull=True)
        .order_by("line")
        .values_list("pk", "line")
    )
    for row_id, line in pending:
        try:
            _import_row(row_id=row_id, post_import=post_import)
        except Exception as exc:
            error = _error_for(line, exc)
            PostImport.objects.filter(pk=post_import.pk).update(
                status=PostImportStatus.FAILED, errors=[error], finished_at=timezone.now()
            )
            logger.warning(
                "post import %s failed at line %s (%s)", post_import.pk, line, type(exc).__name__
            )
            if isinstance(exc, ValidationError):
                post_import.refresh_from_db()
                return post_import
            raise
        if on_progress is not None:
            post_import.refresh_from_db(fields=["processed", "total", "created_count"])
            on_progress(post_import)
    with transaction.atomic():
        post_import = PostImport.objects.select_for_update().get(pk=post_import_id)
        post_import.processed = post_import.rows.filter(case__isnull=False).count()
        post_import.status = PostImportStatus.DONE
        post_import.finished_at = timezone.now()
        post_import.save(update_fields=["processed", "status", "finished_at"])
    logger.info(
        "post import %s done: %s of %s rows, %s cases created",
        post_import.pk,
        post_import.processed,
        post_import.total,
        post_import.created_count,
    )
    return post_import


# --- Review ---------------------------------------------------------------------------------


def _locked_in_review(case: PostCase) -> PostCase:
    locked = PostCase.objects.select_for_update().get(pk=case.pk)
    if locked.status != CaseStatus.IN_REVIEW:
        raise ValidationError(
            f"“{locked}” is {locked.get_status_display().lower()}, not in review; "
            "only a case in review can be edited here."
        )
    return locked


def recheck(text: str) -> list[dict[str, Any]]:
    """What the anonymizer still finds in an (edited) anonymized text; placeholders are skipped."""
    return [
        {"type": f.type, "start": f.start, "end": f.end, "found": f.original,
         "recognizer": f.recognizer, "reason": f.reason}
        for f in anonymize(text).findings
    ]  # fmt: skip


def recheck_message(found: list[dict[str, Any]]) -> str:
    spans = ", ".join(f"{f['type']} at {f['start']}–{f['end']}" for f in found)
    return (
        f"The anonymizer still finds {len(found)} identifier(s) in the anonymized text "
        f"({spans}); replace them before approving."
    )


@transaction.atomic
def post_case_review_edit(*, case: PostCase, text: str, reviewer) -> PostCase:
    """A reviewer edits the anonymized text of a case in review. The edit is kept even when
    the anonymizer flags it (so work is not lost), but approval is refused until it is clean."""
    _require_reviewer(reviewer)
    locked = _locked_in_review(case)
    text = (text or "").replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError({"text": "The anonymized text cannot be empty."})
    locked.text = text
    locked.full_clean()
    locked.save(update_fields=["text", "updated_at"])
    case.text = locked.text
    return locked


@transaction.atomic
def post_case_review_leftovers(
    *, case: PostCase, decisions: dict[int, str], digest: str, reviewer
) -> PostCase:
    """Apply the reviewer's decisions on leftovers (keep, or replace with a placeholder) to the
    anonymized text they were computed from; a text changed meanwhile is refused."""
    _require_reviewer(reviewer)
    locked = _locked_in_review(case)
    if digest != text_digest(locked.text):
        raise ValidationError(
            "The anonymized text changed since this page was loaded; check the leftovers again."
        )
    items = leftovers(locked.text)
    bad = sorted(i for i in decisions if i < 0 or i >= len(items))
    if bad:
        raise ValidationError(f"Unknown leftover(s): {', '.join(str(i + 1) for i in bad)}.")
    new_text = apply_leftover_decisions(locked.text, items, decisions)
    if new_text != locked.text:
        locked.text = new_text
        locked.full_clean()
        locked.save(update_fields=["text", "updated_at"])
    case.text = locked.text
    return locked


def checklist_unticked(ticked: Iterable[str]) -> list[str]:
    """Safe Harbor items not ticked, in order."""
    ticked = set(ticked)
    return [key for key in SAFE_HARBOR_18 if key not in ticked]


@transaction.atomic
def post_case_review_approve(*, case: PostCase, reviewer, ticked: Iterable[str]) -> PostCase:
    """Approve a case in review only with all 18 Safe Harbor categories (and the actual-knowledge
    condition) ticked and nothing left for the anonymizer to find; approval purges the raw text
    and findings (counts by type stay) and records the reviewer and the ticked list."""
    _require_reviewer(reviewer)
    ticked = set(ticked)
    unknown = sorted(ticked - set(SAFE_HARBOR_18))
    if unknown:
        raise ValidationError(f"Unknown checklist item(s): {', '.join(unknown)}.")
    missing = checklist_unticked(ticked)
    if missing:
        raise ValidationError(
            "Tick every Safe Harbor item before approving. Not ticked: "
            + "; ".join(SAFE_HARBOR_18[key][0] for key in missing)
            + "."
        )
    locked = _locked_in_review(case)
    found = recheck(locked.text)
    if found:
        raise ValidationError(recheck_message(found))
    groups = dict.fromkeys(SAFE_HARBOR_CHECKLIST, True)
    approved = post_case_approve(case=locked, reviewer=reviewer, checklist=groups)
    # The workflow records its seven groups; keep the 18 items the reviewer actually ticked.
    audit = PostCaseReview.objects.filter(case=approved, action=ReviewAction.APPROVED).latest(
        "created_at", "id"
    )
    audit.checklist = {**groups, "safe_harbor": dict.fromkeys(SAFE_HARBOR_18, True)}
    audit.save(update_fields=["checklist"])
    case.refresh_from_db()
    logger.info("post case %s approved by user %s", approved.pk, reviewer.pk)
    return approved


@transaction.atomic
def post_case_review_reject(*, case: PostCase, reviewer, reason: str) -> PostCase:
    """Send a case in review back to draft; the reason is required and recorded."""
    _require_reviewer(reviewer)
    return post_case_reject(case=case, reviewer=reviewer, reason=reason)


@transaction.atomic
def post_case_review_publish(*, case: PostCase, reviewer) -> PostCase:
    """Publish an approved case (the workflow refuses drafts and cases in review)."""
    _require_reviewer(reviewer)
    return post_case_publish(case=case, actor=reviewer)
