"""Celery task of case intake. Register it with the worker by importing this module (it is
imported by ``quizzes.intake.services``, which queues it)."""

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
    from .services import post_import_process

    post_import = post_import_process(post_import_id=import_id)
    # Ids and counts only: Celery logs the return value.
    return {
        "id": post_import.pk,
        "status": post_import.status,
        "processed": post_import.processed,
        "total": post_import.total,
    }
