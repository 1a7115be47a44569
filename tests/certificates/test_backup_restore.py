"""Backups: scripts/backup.sh dumps the real PostgreSQL database; scripts/restore_drill.sh
restores it into a fresh database and every certificate's verification answers the same. A
change made after the dump makes the drill fail, so it can."""

import os
import subprocess
from pathlib import Path

import pytest
from django.db import connection

from certificates.models import Certificate
from certificates.services import certificate_revoke
from tests.factories import UserFactory

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


def _env(settings) -> dict[str, str]:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    url = f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    return {**os.environ, "DATABASE_URL": url, "SITE_URL": settings.SITE_URL}


def test_backup_then_restore_drill_answers_the_same(ama_course, complete, settings, tmp_path):
    certificates = [complete(UserFactory(), ama_course).certificate for _ in range(3)]
    env = _env(settings)
    dump = subprocess.run(
        [str(ROOT / "scripts/backup.sh"), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(dump).stat().st_size > 0

    drill = subprocess.run(
        [str(ROOT / "scripts/restore_drill.sh"), dump, f"{connection.settings_dict['NAME']}_drill"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert drill.returncode == 0, drill.stderr
    assert drill.stdout.strip().splitlines()[-1] == (
        f"restore drill passed: {len(certificates)} certificate(s) verify identically in "
        f"{connection.settings_dict['NAME']}_drill"
    )

    # Revoked after the dump: the restored database answers differently, and the drill says so.
    admin = UserFactory(is_superuser=True)
    certificate_revoke(certificate=certificates[0], actor=admin, reason="Issued in error.")
    drill = subprocess.run(
        [str(ROOT / "scripts/restore_drill.sh"), dump, f"{connection.settings_dict['NAME']}_drill"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert drill.returncode == 1
    assert "restore drill FAILED" in drill.stderr
    assert Certificate.objects.filter(revoked_at__isnull=False).count() == 1
