"""Shared set-up of the fault tests: the real services' addresses for worker processes."""

import socket

import pytest
from django.db import connection

from certificates.signing import generate_private_pem

_PEM = generate_private_pem().decode("ascii")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def signing_key(settings, tmp_path):
    settings.OB_SIGNING_KEY = _PEM
    settings.OB_SIGNING_KEY_FILE = ""
    settings.SITE_URL = "https://ethos.example"
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return _PEM
