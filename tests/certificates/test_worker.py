"""A real Celery worker process, consuming from the real broker and writing to the real test
database, renders a certificate PDF end to end (PostgreSQL + Redis; CI runs it)."""

import hashlib
import os
import time
from pathlib import Path

import pytest
from celery import Celery
from django.db import connection

from certificates.models import Certificate
from tests.workers import celery_worker

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.broker,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def test_worker_renders_the_pdf_into_media_storage(certificate, settings, signing_key):
    # The test process renders eagerly at issuance; blank the result so only the worker can fill it.
    certificate.refresh_from_db()
    rendered_in_process = certificate.pdf_sha256
    assert rendered_in_process
    Certificate.objects.filter(pk=certificate.pk).update(pdf="", pdf_sha256="")
    broker = os.environ["CELERY_BROKER_URL"]
    env = {
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": broker,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "SITE_URL": settings.SITE_URL,
        "OB_SIGNING_KEY": signing_key,
    }
    with celery_worker(name="certificates", env=env) as (worker, queue):
        Celery(broker=broker, set_as_current=False).send_task(
            "certificates.render_pdf", args=[certificate.pk], queue=queue
        )
        deadline = time.monotonic() + 90
        rendered = None
        while time.monotonic() < deadline and worker.poll() is None:
            rendered = Certificate.objects.get(pk=certificate.pk)
            if rendered.pdf_sha256:
                break
            time.sleep(0.5)
        assert worker.poll() is None, worker.stdout.read()
        assert rendered is not None and rendered.pdf_sha256, "the worker did not render the PDF"
        path = Path(settings.MEDIA_ROOT) / rendered.pdf.name
        data = path.read_bytes()
        assert data.startswith(b"%PDF-")
        assert hashlib.sha256(data).hexdigest() == rendered.pdf_sha256
        # Rendering is deterministic: the worker's PDF is byte for byte the in-process one.
        assert rendered.pdf_sha256 == rendered_in_process
