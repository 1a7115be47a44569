"""HTTP load benchmark: gunicorn + PostgreSQL, driven by wrk from a separate process on loopback.

    .venv/bin/python bench/load_bench.py [--database ethos_load] [--size M] [--duration 15]

1. Prepares the database (created if missing): migrate, load_curriculum, generate_load --size M
   (each only when needed), collectstatic (production settings use the static manifest).
2. Starts ``gunicorn lms.wsgi -w 3`` (as deployed; ``--workers``) on 127.0.0.1 with
   bench/settings.py: production settings (DEBUG off), a secret generated for the run,
   ALLOWED_HOSTS=127.0.0.1, SECURE_SSL_REDIRECT=false, BENCH_BARE_VIEW=true (adds /bench/bare/),
   CACHE_URL from --cache (Redis by default, emptied first), the verification throttle lifted
   (VERIFY_RATE_LIMIT) so it measures the page rather than the 429.
3. For each endpoint: a short warm-up, then wrk at the same concurrency (8 connections) for
   ``--duration`` seconds: the bare view, the catalog and a lesson (signed-in learner, session
   cookie), quiz start + submit (8 learners, one token each, bench/wrk/quiz.lua), the
   verification page (anonymous) and the compliance summary API (institution admin, token).
4. Prints req/s, the ratio to the bare view's req/s and p50/p95/p99 latency, and writes the
   figures as JSON under artifacts/bench/.

Needs wrk (Debian package ``wrk``). Takes about (1 + endpoints) × (duration + 3) seconds once
the data exists; generating size M takes under a minute.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
ARTIFACTS = ROOT / "artifacts" / "bench"
LUA = ARTIFACTS / "wrk"  # generated scripts (they hold tokens): never committed

DONE_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, '
    .. '"non2xx": %d, "socket_errors": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), e.status, e.connect + e.read + e.write + e.timeout))
end
"""


def run(cmd: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, text=True, **kw)


def manage(env: dict, *args: str, capture: bool = False) -> str:
    out = run([PY, "manage.py", *args], env, capture_output=capture)
    return out.stdout if capture else ""


def ensure_database(server: str, name: str) -> None:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def django_eval(env: dict, code: str) -> str:
    """Run ``code`` in a Django shell on the bench database; returns the last output line."""
    out = manage(env, "shell", "-c", code, capture=True)
    return out.strip().splitlines()[-1]


def prepare(env: dict, size: str) -> None:
    manage(env, "migrate", "--noinput", "-v0")
    courses = django_eval(
        env, "from content.models import CoursePage; print(CoursePage.objects.live().count())"
    )
    if int(courses) == 0:
        manage(env, "load_curriculum", "-v0")
    have = django_eval(
        env,
        "from institutions.models import Institution as I; "
        f"print(I.objects.filter(slug__startswith='load-{size.lower()}-').count(), "
        "I.objects.filter(slug__startswith='load-').count())",
    ).split()
    if have[0] == "0":
        args = ["generate_load", "--size", size] + (["--reset"] if have[1] != "0" else [])
        manage(env, *args)
    manage(env, "collectstatic", "--noinput", "-v0")


CREDENTIALS = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from importlib import import_module
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
from accounts.models import User
from accounts.services import api_token_create
from bench.endpoints import targets
t = targets(quiz_learners=8)
learner = User.objects.get(pk=t.learner_id)
s = SessionStore()
s[SESSION_KEY] = str(learner.pk)
s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
s[HASH_SESSION_KEY] = learner.get_session_auth_hash()
s.create()
tokens = [api_token_create(user=User.objects.get(pk=u))[1] for u in t.quiz_learner_ids]
admin = api_token_create(user=User.objects.get(pk=t.admin_id))[1]
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.crypto import get_random_string
csrf = get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)
print(json.dumps({"targets": json.loads(t.to_json()), "session": s.session_key,
                  "cookie": settings.SESSION_COOKIE_NAME, "tokens": tokens, "admin": admin,
                  "csrf_cookie": settings.CSRF_COOKIE_NAME, "csrf": csrf}))
"""


def write_lua(creds: dict) -> dict[str, Path]:
    LUA.mkdir(parents=True, exist_ok=True)
    t = creds["targets"]
    # A signed-in browser holds its session and CSRF cookies (the login form set both).
    cookie = f"{creds['cookie']}={creds['session']}; {creds['csrf_cookie']}={creds['csrf']}"
    scripts = {
        "plain": "",
        "session": f'wrk.headers["Cookie"] = "{cookie}"\n',
        "admin": f'wrk.headers["Authorization"] = "Token {creds["admin"]}"\n',
    }
    paths = {}
    for name, body in scripts.items():
        path = LUA / f"{name}.lua"
        path.write_text(body + DONE_LUA)
        paths[name] = path
    tokens = ", ".join(f'"{k}"' for k in creds["tokens"])

    # {question id, "answer JSON"} pairs: the script sends those its started attempt served.
    def lua_string(value: dict) -> str:
        return json.dumps(value).replace("\\", "\\\\").replace('"', '\\"')

    answers = ", ".join(f'{{{a["question"]}, "{lua_string(a)}"}}' for a in t["answers"])
    quiz = (ROOT / "bench" / "wrk" / "quiz.lua.in").read_text()
    quiz = quiz.replace("@TOKENS@", tokens).replace("@QUIZ@", str(t["quiz_id"]))
    quiz = quiz.replace("@ANSWERS@", answers)
    paths["quiz"] = LUA / "quiz.lua"
    paths["quiz"].write_text(quiz + DONE_LUA)
    return paths


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer {url} within {timeout:.0f} s")


def wrk(url: str, script: Path, *, duration: int, connections: int, threads: int) -> dict:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        url,
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    match = re.search(r"^RESULT (\{.*\})$", out, re.M)
    if not match:
        raise SystemExit(f"wrk printed no result for {url}:\n{out}")
    r = json.loads(match.group(1))
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    return r


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1]
    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "memory": mem.split()[1],
        "python": platform.python_version(),
        "postgres": subprocess.run(
            ["psql", "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Ethos HTTP load benchmark (gunicorn + wrk).")
    parser.add_argument("--database", default="ethos_load")
    parser.add_argument("--size", default="M", choices=["S", "M", "L"])
    parser.add_argument("--duration", type=int, default=15, help="seconds per endpoint")
    parser.add_argument("--connections", type=int, default=8)
    # As deployed (Dockerfile, docker-compose.yml: gunicorn --workers 3).
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--cache",
        default="redis://127.0.0.1:6379/14",
        help="CACHE_URL of the server (production uses Redis; emptied before the run). "
        "'locmemcache://' measures per-process caches (no page cache, database sessions).",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")

    server = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    ensure_database(server, args.database)
    env = {
        **os.environ,
        "DATABASE_URL": f"{server}/{args.database}",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "BENCH_BARE_VIEW": "true",
        "VERIFY_RATE_LIMIT": "100000000/minute",
        "CELERY_BROKER_URL": "",
        "CACHE_URL": args.cache,
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    print(f"Preparing {args.database} (size {args.size}) …", flush=True)
    prepare(env, args.size)
    # Every run starts cold: nothing kept from an earlier run or another database.
    django_eval(env, "from django.core.cache import cache; cache.clear(); print('ok')")
    creds = json.loads(django_eval(env, CREDENTIALS))
    scripts = write_lua(creds)
    t = creds["targets"]
    base = f"http://127.0.0.1:{args.port}"
    endpoints = [
        ("bare view", "/bench/bare/", "plain"),
        ("catalog (learner)", t["catalog_path"], "session"),
        ("lesson page (learner)", t["lesson_path"], "session"),
        ("quiz start + submit (API)", "/", "quiz"),
        ("verification page", t["verify_path"], "plain"),
        ("compliance summary (API)", t["compliance_path"], "admin"),
    ]

    gunicorn = subprocess.Popen(
        [
            GUNICORN,
            "lms.wsgi",
            "-w",
            str(args.workers),
            "-b",
            f"127.0.0.1:{args.port}",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    results = []
    try:
        wait_for(f"{base}/bench/bare/")
        for name, path, script in endpoints:
            threads = args.connections if script == "quiz" else 2
            wrk(
                base + path,
                scripts[script],
                duration=2,
                connections=args.connections,
                threads=threads,
            )  # warm-up
            r = wrk(
                base + path,
                scripts[script],
                duration=args.duration,
                connections=args.connections,
                threads=threads,
            )
            r.update(endpoint=name, path=path)
            results.append(r)
            print(f"  {name}: {r['rps']:.0f} req/s", flush=True)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)

    bare = results[0]["rps"]
    print()
    print("| endpoint | req/s | × bare | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        errors = r["non2xx"] + r["socket_errors"]
        print(
            f"| {r['endpoint']} | {r['rps']:.0f} | {r['rps'] / bare:.2f} "
            f"| {r['p50_us'] / 1000:.1f} | {r['p95_us'] / 1000:.1f} | {r['p99_us'] / 1000:.1f} "
            f"| {errors} |"
        )
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "machine": machine(),
        "settings": {
            "size": args.size,
            "duration_s": args.duration,
            "connections": args.connections,
            "gunicorn_workers": args.workers,
            "cache": args.cache,
        },
        "results": results,
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / f"load-{args.size}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"\nMachine: {report['machine']}\nFigures written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
