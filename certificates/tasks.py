"""Background work of the certificates app: tasks take ids, re-fetch and call one service.

Every task here is safe to run twice and to be killed at any point: the broker redelivers an
unacknowledged message (``acks_late`` + ``reject_on_worker_lost``), the once-only rules live in
the database (one certificate per completion), and the sweep redoes what a lost message left
undone.
"""

from celery import shared_task
from django.db import DatabaseError

from courses.models import Completion

from .models import Certificate
from .services import certificate_issue, certificate_render_pdf, certificates_sweep

# Transient trouble (database restarting, storage unreachable): retry, backing off to 10 minutes.
_RETRY = {
    "autoretry_for": (DatabaseError, OSError),
    "retry_backoff": 5,
    "retry_backoff_max": 600,
    "max_retries": 8,
}


@shared_task(name="certificates.issue", **_RETRY)
def certificate_issue_task(completion_id: int) -> int | None:
    """Issue the certificate of one completion (once, whoever calls); returns its id."""
    completion = Completion.objects.filter(pk=completion_id).first()
    if completion is None:
        return None
    return certificate_issue(completion=completion).pk


@shared_task(name="certificates.render_pdf", **_RETRY)
def certificate_render_pdf_task(certificate_id: int) -> str | None:
    """Render (or re-render) one certificate's PDF; idempotent, returns the SHA-256."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return None
    return certificate_render_pdf(certificate=certificate).pdf_sha256


@shared_task(name="certificates.sweep")
def certificates_sweep_task() -> dict[str, int]:
    """Repair issuance and PDF renders that their own tasks never finished; returns the counts."""
    return certificates_sweep().as_dict()


@shared_task(name="certificates.expiry_notices")
def certificates_expiry_notices_task() -> int:
    """Tell owners of certificates expiring within 30 days (once each); returns how many."""
    from .notices import certificates_expiry_notices

    return certificates_expiry_notices()
