"""Background work of the certificates app: tasks take ids, re-fetch and call one service."""

from celery import shared_task

from .models import Certificate
from .services import certificate_render_pdf


@shared_task(
    name="certificates.render_pdf",
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def certificate_render_pdf_task(certificate_id: int) -> str | None:
    """Render (or re-render) one certificate's PDF; idempotent, returns the SHA-256."""
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return None
    return certificate_render_pdf(certificate=certificate).pdf_sha256
