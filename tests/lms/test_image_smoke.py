"""The production image, built the way the README's Deployment section says, serves its pages.

Without a Docker daemon this reproduces the image step by step (tests/lms/image.py): a clean
``git clone`` of HEAD, .dockerignore applied to it (``COPY . /app``), the Dockerfile's runtime
ENV and its ``collectstatic`` RUN step into a fresh STATIC_ROOT, the environment of .env.example
exactly as documented plus generated secrets, docker-compose.yml's ``migrate`` job against a new
PostgreSQL database, then its ``web`` command (gunicorn, production settings, DEBUG off), its
healthcheck, and the pages a visitor opens, with the documented Host. Where a Docker daemon runs,
.ci/run also builds the real image.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.conftest import redis_test_url
from tests.lms.image import (
    DockerIgnore,
    copy_build_context,
    dockerfile_stages,
    dotenv_values,
    interpolate,
)

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


# --- fast checks of the build definitions (no services) ----------------------------------------
def test_dockerignore_keeps_secrets_history_and_dev_files_out_of_the_image():
    ignore = DockerIgnore.parse((ROOT / ".dockerignore").read_text())
    for path in [
        ".git/config",
        ".venv/bin/python",
        ".env",
        ".env.production",
        "var/dev-signing-key.pem",
        "db.sqlite3",
        "media/certificates/x.pdf",
        "staticfiles/staticfiles.json",
        "quizzes/__pycache__/models.cpython-311.pyc",
        "tests/conftest.py",
        "bench/loadgen.py",
        ".ci/run",
        "docker-compose.yml",
    ]:
        assert ignore.excludes(path), path
    for path in [
        ".env.example",
        "manage.py",
        "requirements.txt",
        "lms/settings/production.py",
        "static/css/ethos.css",
        "templates/base.html",
        "docker/healthcheck.py",
        "content/curriculum",
    ]:
        assert not ignore.excludes(path), path


def test_dockerignore_semantics():
    ignore = DockerIgnore.parse("# c\n/build\n**/*.log\ndocs/*.md\n!docs/keep.md\nx?z\n")
    assert ignore.excludes("build/a/b.txt")
    assert not ignore.excludes("src/build/a.txt")  # patterns are anchored at the context root
    assert ignore.excludes("a/b/c.log") and ignore.excludes("c.log")
    assert ignore.excludes("docs/a.md") and not ignore.excludes("docs/keep.md")
    assert not ignore.excludes("docs/sub/a.md")  # * stays inside one folder
    assert ignore.excludes("xyz") and not ignore.excludes("x/z")


def test_image_installs_runtime_requirements_only_and_collects_static_under_production():
    stages = dockerfile_stages((ROOT / "Dockerfile").read_text())
    build, runtime = stages["build"], stages["runtime"]
    assert [r for r in build.runs if "pip install" in r] == [
        "/opt/venv/bin/pip install --require-hashes --no-deps -r /tmp/requirements.txt"
    ]
    assert runtime.env["DJANGO_SETTINGS_MODULE"] == "lms.settings.production"
    assert runtime.env["DJANGO_READ_DOT_ENV_FILE"] == "false"
    assert [r for r in runtime.runs if "collectstatic" in r] == [
        "DJANGO_SECRET_KEY=collectstatic-build-step-only ALLOWED_HOSTS=localhost "
        "python manage.py collectstatic --noinput -v0"
    ]
    # Runs as an unprivileged user.
    assert runtime.instructions[-3:-1] == [("USER", "ethos"), ("EXPOSE", "8000")]


def test_compose_runs_migrations_once_before_every_app_process():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["migrate"]["restart"] == "no"
    assert "migrate --noinput" in " ".join(services["migrate"]["command"])
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }, name
        assert "migrate" not in " ".join(services[name]["command"]), name
        assert "healthcheck" in services[name], name
    assert services["web"]["healthcheck"]["test"] == ["CMD", "python", "docker/healthcheck.py"]


def test_compose_redis_evicts_expiring_cache_entries_and_never_the_celery_queue(tmp_path):
    """The compose Redis runs with a memory cap: filled past it with cache entries (all of them
    expire), it drops cache entries and keeps the broker's queue (a list without expiry)."""
    import redis

    from tests.faults.conftest import throwaway_redis_server

    command = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["redis"][
        "command"
    ]
    assert command[0] == "redis-server"
    defaults = [interpolate(part, {}) for part in command]
    assert defaults[defaults.index("--maxmemory") + 1] == "512mb"
    flags = [interpolate(part, {"REDIS_MAXMEMORY": "2mb"}) for part in command[1:]]
    with throwaway_redis_server(tmp_path, *flags) as (_, port):
        client = redis.Redis(host="127.0.0.1", port=port)
        assert client.config_get("maxmemory") == {"maxmemory": str(2 * 1024 * 1024)}
        assert client.config_get("maxmemory-policy") == {"maxmemory-policy": "volatile-lru"}
        client.rpush("celery", *[f"task-{i}".encode() for i in range(200)])
        for i in range(400):  # ~8 MB of kept pages against a 2 MB cap
            client.set(f":1:pagecache:page:{i}", b"x" * 20_000, ex=300)
        assert client.llen("celery") == 200
        assert client.dbsize() < 401
        assert client.info("stats")["evicted_keys"] > 0


# --- the smoke test -----------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _signing_key_one_line() -> str:
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem.decode().replace("\n", "\\n")


def _run(command: list[str] | str, *, cwd: Path, env: dict[str, str], timeout: int) -> str:
    result = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        shell=isinstance(command, str),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{command!r} failed:\n{result.stdout[-3000:]}{result.stderr[-5000:]}"
    )
    return result.stdout + result.stderr


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_requirements(text: str) -> set[str]:
    """Distribution names pinned in a compiled requirements file."""
    return {
        _canonical(m.group(1))
        for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==", text, re.M)
    }


# Loaded by every Python process of the smoke test (PYTHONPATH): when the process exits, the
# top-level names of every module it imported (by any path: import statements, import_module,
# importlib.resources) go to a file of its own (gunicorn's forked workers write theirs).
IMPORT_LOGGER = """
import atexit, os, sys
def _log_imports():
    path = os.path.join(os.environ["ETHOS_IMPORT_LOG_DIR"], f"{os.getpid()}.log")
    with open(path, "w") as log:
        log.write("\\n".join(sorted({name.partition(".")[0] for name in list(sys.modules)})))
atexit.register(_log_imports)
"""


# Dev-only distributions that a runtime library imports when present and does without otherwise
# (the image lacks them): distribution -> who tries it.
OPTIONAL_IMPORTS = {
    "greenlet": "celery.utils.threads (falls back to _thread.get_ident)",
}


def imported_modules(log_dir: Path) -> set[str]:
    return {line for log in log_dir.glob("*.log") for line in log.read_text().split()}


def imported_distributions(modules: set[str]) -> set[str]:
    """The installed distributions that provide these top-level modules."""
    owners = importlib.metadata.packages_distributions()
    return {_canonical(dist) for module in modules for dist in owners.get(module, [])}


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def smoke_database() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, as the compose db service starts."""
    import psycopg

    server = os.environ["DATABASE_URL"]
    name = f"ethos_image_smoke_{os.getpid()}"
    admin = _with_database(server, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield _with_database(server, name)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _get(url: str, host: str) -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"Host": host, "X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return (
                response.status,
                response.headers.get("Content-Type", ""),
                response.read().decode(),
            )
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode(errors="replace")


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.slow
def test_image_built_from_a_clean_clone_serves_its_pages(tmp_path, smoke_database):
    # 1. A clean clone of what is committed (no staticfiles/, .env or dev keys from this checkout).
    clone, app = tmp_path / "clone", tmp_path / "app"
    _run(
        ["git", "clone", "--quiet", str(ROOT), str(clone)],
        cwd=tmp_path,
        env=dict(os.environ),
        timeout=120,
    )
    # 2. COPY . /app with .dockerignore.
    kept = copy_build_context(clone, app)
    assert "static/css/ethos.css" in kept and "docker/healthcheck.py" in kept
    for gone in (".git", ".venv", ".env", "var", "tests", "bench", "staticfiles"):
        assert not (app / gone).exists(), gone

    stages = dockerfile_stages((clone / "Dockerfile").read_text())
    runtime = stages["runtime"]
    image_env = {k: v for k, v in runtime.env.items() if k != "PATH"}
    # The container's environment starts empty but for PATH (the image's virtualenv first).
    base_env = {
        "PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
    }

    # 3. The runtime stage's RUN steps that build the app: collectstatic into a fresh STATIC_ROOT.
    collect = [r for r in runtime.runs if "collectstatic" in r]
    assert len(collect) == 1
    _run(collect[0], cwd=app, env={**base_env, **image_env}, timeout=600)
    manifest = app / "staticfiles" / "staticfiles.json"
    assert manifest.exists(), "collectstatic wrote no manifest: the pages would answer 500"

    # 4. The environment: .env.example exactly as documented, its secrets generated, then the
    # compose app environment with the db and redis services pointing at the test servers.
    documented = dotenv_values((clone / ".env.example").read_text())
    secrets = {
        "DJANGO_SECRET_KEY": os.urandom(32).hex(),
        "OB_SIGNING_KEY": _signing_key_one_line(),
        "POSTGRES_PASSWORD": os.urandom(8).hex(),
    }
    assert set(secrets) <= set(documented)
    dotenv = {**documented, **secrets}
    compose = yaml.safe_load((clone / "docker-compose.yml").read_text())
    redis = urlsplit(redis_test_url())
    media = tmp_path / "media"
    media.mkdir()

    def service_env(service: dict) -> dict[str, str]:
        env = {**base_env, **image_env, **dotenv}
        for key, value in service["environment"].items():
            env[key] = interpolate(str(value), dotenv)
        # The compose network's service names, resolved to this machine's test servers.
        env["DATABASE_URL"] = smoke_database
        env["CELERY_BROKER_URL"] = env["CELERY_BROKER_URL"].replace(
            "redis://redis:6379", f"redis://{redis.netloc}"
        )
        env["CACHE_URL"] = f"redis://{redis.netloc}{redis.path}"
        env["MEDIA_ROOT"] = str(media)
        return env

    # 5. The one-off migrate job (migrations, then the curriculum).
    # The migrate job and the web server log their imports, to check below that the image's
    # runtime requirements alone cover them.
    logger_dir, import_logs = tmp_path / "import-logger", tmp_path / "imports"
    logger_dir.mkdir()
    import_logs.mkdir()
    (logger_dir / "sitecustomize.py").write_text(IMPORT_LOGGER)
    logging_env = {"PYTHONPATH": str(logger_dir), "ETHOS_IMPORT_LOG_DIR": str(import_logs)}
    migrate = compose["services"]["migrate"]
    _run(migrate["command"], cwd=app, env={**service_env(migrate), **logging_env}, timeout=900)

    # 6. The web service: its command, bound to a free local port, with one worker.
    web = compose["services"]["web"]
    port = _free_port()
    command = list(web["command"])
    command[command.index("--bind") + 1] = f"127.0.0.1:{port}"
    web_env = {**service_env(web), "WEB_CONCURRENCY": "1", **logging_env}
    # The log goes to a file: a pipe nobody reads would fill up and stall the server.
    web_log = tmp_path / "web.log"
    log_file = web_log.open("w")
    server = subprocess.Popen(
        command, cwd=app, env=web_env, stdout=log_file, stderr=subprocess.STDOUT, text=True
    )
    try:
        # 7. The compose healthcheck passes with the documented .env (Host: ethos.example.org).
        healthcheck = web["healthcheck"]["test"][1:]
        health_url = f"http://127.0.0.1:{port}/health/"
        deadline = time.monotonic() + 180
        while True:
            check = subprocess.run(
                [*healthcheck, health_url],
                cwd=app,
                env=service_env(web),
                capture_output=True,
                text=True,
                check=False,
            )
            if check.returncode == 0:
                break
            assert server.poll() is None, f"gunicorn exited:\n{web_log.read_text()[-5000:]}"
            assert time.monotonic() < deadline, (
                f"healthcheck never passed: {check.stderr}\n{web_log.read_text()[-3000:]}"
            )
            time.sleep(1)

        # 8. The pages, as a visitor's browser reaches them through the TLS-terminating proxy.
        host = documented["ALLOWED_HOSTS"].split(",")[0]
        assert host == "ethos.example.org"
        base = f"http://127.0.0.1:{port}"
        status, _, body = _get(f"{base}/health/", host)
        assert status == 200, body
        assert '"database": {"status": "ok", "vendor": "postgresql"}' in body
        stylesheet = None
        for path in ("/verify/", "/catalog/", "/accounts/login/"):
            status, content_type, body = _get(base + path, host)
            assert status == 200, f"{path} answered {status}:\n{body[:2000]}"
            assert content_type.startswith("text/html"), path
            assert re.search(r"<title>[^<]*Ethos[^<]*</title>", body), path
            found = re.search(r'href="(/static/css/ethos\.[0-9a-f]{12}\.css)"', body)
            assert found, f"{path} does not link the hashed stylesheet"
            stylesheet = found.group(1)
        status, content_type, css = _get(base + stylesheet, host)
        assert status == 200 and content_type.startswith("text/css")
        assert css == (app / "staticfiles" / stylesheet.removeprefix("/static/")).read_text()
        # A host the settings do not allow is refused, not served.
        status, _, _ = _get(f"{base}/health/", "localhost:8000")
        assert status == 400
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log_file.close()
    output = web_log.read_text()
    # What the migrate job and the web server imported is all installed by requirements.txt
    # (the image installs nothing else): no dev-only package, no package missing from the lock.
    runtime = runtime_requirements((clone / "requirements.txt").read_text())
    # migrate, load_curriculum, the gunicorn master and its worker.
    assert len(list(import_logs.glob("*.log"))) == 4
    imported = imported_distributions(imported_modules(import_logs))
    assert {"django", "wagtail", "gunicorn", "psycopg", "names", "spacy"} <= imported
    assert imported - runtime - set(OPTIONAL_IMPORTS) == set()
    # No request failed inside the app (the refused Host above is logged as a warning, not a 500).
    assert "Internal Server Error" not in output, output[-5000:]
    assert " 500 " not in output, output[-5000:]
    shutil.rmtree(clone, ignore_errors=True)


def test_import_logger_names_the_distributions_a_process_used(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(IMPORT_LOGGER)
    logs = tmp_path / "logs"
    logs.mkdir()
    code = "import json, importlib, importlib.resources; importlib.import_module('yaml'); "
    code += "importlib.resources.files('names')"
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "ETHOS_IMPORT_LOG_DIR": str(logs)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    modules = imported_modules(logs)
    assert {"json", "yaml", "names"} <= modules
    assert {"pyyaml", "names"} <= imported_distributions(modules)
    assert "django" not in imported_distributions(modules)
    assert runtime_requirements(
        "django==5.2.19 \\\n    --hash=sha256:ab\npsycopg[binary]==3.3.9\n"
    ) == {
        "django",
        "psycopg",
    }
