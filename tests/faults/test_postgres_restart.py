"""PostgreSQL restarts while a real Celery worker imports a roster: the import ends in a clear
state (``succeeded``, every row applied once), never stuck half-way.

Never the machine's shared PostgreSQL: the test initialises a throwaway cluster in a temporary
directory (as the ``postgres`` user when run as root), migrates it, and restarts that one."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from celery import Celery

from tests.conftest import IN_CI
from tests.faults.conftest import free_port
from tests.faults.injection import report
from tests.workers import ROOT, celery_worker

pytestmark = [pytest.mark.broker, pytest.mark.slow]

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture
def throwaway_postgres():
    if not (PG_BIN / "initdb").exists():
        if IN_CI:
            pytest.fail(f"CI=true but {PG_BIN}/initdb is missing", pytrace=False)
        pytest.skip(f"needs PostgreSQL server binaries in {PG_BIN}")
    base = Path(tempfile.mkdtemp(prefix="ethos-pg-"))
    base.chmod(0o777)
    data = base / "data"
    port = free_port()
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]),
        check=True,
        capture_output=True,
    )
    ctl = [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w"]
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"

    def pg_ctl(*action: str) -> None:
        subprocess.run(_as_postgres([*ctl, *action]), check=True, capture_output=True)

    pg_ctl("-o", options, "start")
    try:
        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{port}/postgres", autocommit=True
        ) as conn:
            conn.execute("CREATE DATABASE ethos")
        yield f"postgres://postgres@127.0.0.1:{port}/ethos", pg_ctl, options
    finally:
        subprocess.run(_as_postgres([*ctl, "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _manage(url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "lms.settings.base"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


SETUP = """
from compliance.models import RosterImport
from institutions.models import Institution
inst = Institution.objects.create(name="Lakeside", slug="lakeside")
rows = ["email,name,department"] + [f"p{i}@example.org,Person {i},Ward {i % 5}" for i in range(N)]
ri = RosterImport.objects.create(institution=inst, filename="staff.csv",
    content="\\n".join(rows) + "\\n", auto_create_departments=True, total_rows=N)
print(ri.pk)
"""


def test_postgres_restart_during_a_roster_import_ends_in_a_clear_state(
    throwaway_postgres, tmp_path
):
    url, pg_ctl, options = throwaway_postgres
    n = 3000
    _manage(url, "migrate", "--noinput")
    roster_id = int(_manage(url, "shell", "-c", SETUP.replace("N", str(n))).split()[-1])
    dsn = url.replace("postgres://", "postgresql://")

    def status() -> str | None:
        try:
            with psycopg.connect(dsn, connect_timeout=2) as conn:
                row = conn.execute(
                    "SELECT status FROM institutions_rosterimport WHERE id = %s", [roster_id]
                ).fetchone()
                return row[0]
        except psycopg.OperationalError:
            return None  # the database is restarting

    env = {
        "DATABASE_URL": url,
        "CELERY_BROKER_URL": os.environ["CELERY_BROKER_URL"],
        "MEDIA_ROOT": str(tmp_path),
        "EMAIL_URL": "dummymail://",
        "SCHEDULER_IN_PROCESS": "false",
    }
    with celery_worker(name="pg-restart", env=env) as (worker, queue):
        Celery(broker=os.environ["CELERY_BROKER_URL"], set_as_current=False).send_task(
            "institutions.roster_import_run", args=[roster_id], queue=queue
        )
        deadline = time.monotonic() + 120
        while status() not in ("validating", "applying") and time.monotonic() < deadline:
            time.sleep(0.05)
        state_at_fault = status()
        assert state_at_fault in ("validating", "applying")
        time.sleep(0.3)
        pg_ctl("-m", "fast", "-o", options, "restart")  # the fault
        deadline = time.monotonic() + 240
        while status() not in ("succeeded", "failed") and time.monotonic() < deadline:
            assert worker.poll() is None, worker.stdout.read()
            time.sleep(0.5)
        final = status()
    with psycopg.connect(dsn) as conn:
        members = conn.execute("SELECT count(*) FROM institutions_membership").fetchone()[0]
        users = conn.execute("SELECT count(*), count(DISTINCT email) FROM accounts_user").fetchone()
    report(
        "postgres-restart-roster-import",
        faults=1,
        checked=n,
        lost=n - members,
        duplicated=users[0] - users[1],
    )
    print(f"postgres-restart: import was {state_at_fault} at the restart, ended {final}")
    # A clear end either way, never half-written: a restart while the rows are applied is
    # retried to the end; one that breaks the import's own bookkeeping ends it "failed" with
    # nothing written and its names and emails purged (the admin uploads again).
    assert final in ("succeeded", "failed")
    if final == "succeeded":
        assert members == n
        assert users[0] == users[1] == n
    else:
        assert members == 0 and users[0] == 0
        with psycopg.connect(dsn) as conn:
            kept = conn.execute(
                "SELECT content FROM institutions_rosterimport WHERE id = %s", [roster_id]
            ).fetchone()[0]
        assert kept == ""
