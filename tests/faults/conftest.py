"""Shared set-up of the fault tests: the real services' addresses for worker processes."""

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from django.db import connection

from certificates.signing import generate_private_pem

_PEM = generate_private_pem().decode("ascii")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def throwaway_redis_server(tmp_path: Path, *flags: str) -> Iterator[tuple[subprocess.Popen, int]]:
    """A redis-server of our own on a free port (never the shared one), started with ``flags``
    and answering before this yields (process, port); nothing on disk but under ``tmp_path``.
    Skips without the binary, fails in CI."""
    from tests.conftest import IN_CI

    binary = shutil.which("redis-server")
    if binary is None:
        if IN_CI:
            pytest.fail("CI=true but redis-server is not installed", pytrace=False)
        pytest.skip("needs the redis-server binary")
    port = free_port()
    own = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    # the last value of a flag wins: ours (port, no persistence) over the caller's
    server = subprocess.Popen(
        [binary, *flags, *own, "--dir", str(tmp_path)], stdout=subprocess.DEVNULL
    )
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    try:
        yield server, port
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=10)


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
