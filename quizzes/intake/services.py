"""Writes of case intake and review: import files of raw posts, and the reviewer's edits,
approval and rejection of a case in review.

Raw post text is never logged and never put in an error message: errors name the line and
field, and log lines carry ids and counts only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from quizzes.models import (
    CaseSource,
    CaseStatus,
    PostCase,
    PostImport,
    PostImportRow,
    PostImportStatus,
)
from quizzes.services.cases import (
    SAFE_HARBOR_ITEMS,
    post_case_create,
    post_case_publish,
    post_case_reject,
    post_case_submit_for_review,
    require_case_reviewer,
)

from .parsing import RowError, max_import_bytes, parse_post_file
from .selectors import apply_leftover_decisions, leftovers, text_digest

logger = logging.getLogger(__name__)

# The checklist lives with the one approval service; the intake forms show it.
SAFE_HARBOR_18 = SAFE_HARBOR_ITEMS

ProgressCallback = Callable[[PostImport], None]


_require_reviewer = require_case_reviewer


# --- Import ---------------------------------------------------------------------------------


@sensitive_variables()
@transaction.atomic
def post_import_create(
    *, uploaded_file: UploadedFile, format: str | None = None, actor, queue: bool = True
) -> PostImport:
    """Validate the whole file (size, type, UTF-8, every row) and stage its rows; a bad file
    raises ValidationError naming each line and field, and nothing is written. The cases are
    created by ``post_import_run`` (queued on commit unless ``queue`` is False)."""
    from quizzes.tasks import post_import_run

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


@transaction.atomic
def post_case_review_edit(*, case: PostCase, text: str, reviewer) -> PostCase:
    """A reviewer edits the anonymized text of a case in review. The edit is kept even when
    the anonymizer flags it (so work is not lost); ``post_case_approve`` refuses it until each
    finding is replaced or accepted with a reason."""
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
