"""Celery tasks of the quiz engine (found by ``autodiscover_tasks``, like every app's
``tasks.py``): case intake's import run, queued by ``quizzes.intake.services``."""

from __future__ import annotations

from celery import shared_task
from django.db import OperationalError


@shared_task(
    name="quizzes.intake.post_import_run",
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    max_retries=3,
    acks_late=True,
)
def post_import_run(import_id: int) -> dict[str, int | str]:
    """Create the cases of one import; idempotent (done rows and a done import are skipped)."""
    from .intake.services import post_import_process

    post_import = post_import_process(post_import_id=import_id)
    # Ids and counts only: Celery logs the return value.
    return {
        "id": post_import.pk,
        "status": post_import.status,
        "processed": post_import.processed,
        "total": post_import.total,
    }
