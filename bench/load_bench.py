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
   Then the journeys (``--learners``, default 48, each with their own session): every learner
   opens every catalog, course and lesson page once, in their own shuffled order, 8 at a time
   (the *first visit*: nothing of theirs kept yet); then the same journeys again (the *repeat
   visit*). Before them, two other learners walk every page once (warm-up: the shared caches
   and every worker warm, as on a running site; nothing of the measured learners kept). A
   journey runs until every request has been answered (then wrk is stopped;
   bench/wrk/journey.lua.in), so its req/s is requests / wall time; the bare view is measured
   again after them and the journeys are compared with the mean of both.
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
import random
import re
import secrets
import shutil
import signal
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
# The loop starts and submits attempts as fast as it can: the benchmark database's quiz allows
# any number (a limited one answers 400 once a round is used up, and measures nothing).
from quizzes.models import Quiz
from core import pagecache
Quiz.objects.filter(pk=t.quiz_id).update(attempts_allowed=0)
pagecache.bump_content()  # a bulk update sends no signal
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
from bench.endpoints import journey_learner_ids, journey_paths
def session_for(user):
    s = SessionStore()
    s[SESSION_KEY] = str(user.pk)
    s[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    s[HASH_SESSION_KEY] = user.get_session_auth_hash()
    s.create()
    return s.session_key
walkers = [session_for(u) for u in User.objects.filter(
    pk__in=journey_learner_ids(LEARNERS + 2, exclude=[t.learner_id, *t.quiz_learner_ids]))
    .order_by("pk")]
print(json.dumps({"targets": json.loads(t.to_json()), "session": s.session_key,
                  "cookie": settings.SESSION_COOKIE_NAME, "tokens": tokens, "admin": admin,
                  "csrf_cookie": settings.CSRF_COOKIE_NAME, "csrf": csrf,
                  "journey_sessions": walkers, "journey_paths": journey_paths()}))
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


def journey_plans(
    sessions: list[str], pages: int, *, connections: int, seed: int
) -> list[list[tuple[int, int]]]:
    """One request list per connection: each learner (1-based session index) opens every page
    (1-based path index) once, in their own shuffled order; a connection serves every
    ``connections``-th learner, taking their requests in turn."""
    rng = random.Random(seed)
    plans: list[list[tuple[int, int]]] = [[] for _ in range(connections)]
    orders = []
    for learner in range(1, len(sessions) + 1):
        order = list(range(1, pages + 1))
        rng.shuffle(order)
        orders.append((learner, order))
    for c in range(connections):
        mine = [o for i, o in enumerate(orders) if i % connections == c]
        for step in range(pages):
            plans[c].extend((learner, order[step]) for learner, order in mine)
    return plans


def write_journey_lua(
    creds: dict, sessions: list[str], plans: list[list[tuple[int, int]]], name: str
) -> Path:
    cookies = ", ".join(
        f'"{creds["cookie"]}={key}; {creds["csrf_cookie"]}={secrets.token_hex(16)}"'
        for key in sessions
    )
    pages = ", ".join(f'"{path}"' for path in creds["journey_paths"])
    plan_lua = ", ".join("{" + ", ".join(f"{{{s},{p}}}" for s, p in plan) + "}" for plan in plans)
    markers = ARTIFACTS / "journey-done"
    text = (ROOT / "bench" / "wrk" / "journey.lua.in").read_text()
    text = text.replace("@COOKIES@", cookies).replace("@PATHS@", pages)
    text = text.replace("@PLANS@", plan_lua).replace("@MARKERS@", str(markers))
    path = LUA / f"{name}.lua"
    path.write_text(text + DONE_LUA)
    return path


def journey(url: str, script: Path, *, connections: int, requests: int) -> dict:
    """Runs a journey script to its end: ``requests`` journey requests; each connection leaves a
    marker after its last answer, and wrk is interrupted once every one has. req/s is the
    journey's requests over the time to the last marker; latencies are wrk's (they include the
    few bare-view requests of connections that finished first)."""
    markers = ARTIFACTS / "journey-done"
    shutil.rmtree(markers, ignore_errors=True)
    markers.mkdir(parents=True)
    cmd = ["wrk", f"-t{connections}", f"-c{connections}", "-d600s", "--timeout", "10s"]
    start = time.time()
    proc = subprocess.Popen(
        [*cmd, "-s", str(script), url], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    while proc.poll() is None and len(list(markers.iterdir())) < connections:
        time.sleep(0.01)
    finished = max((m.stat().st_mtime for m in markers.iterdir()), default=time.time())
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    out = proc.communicate(timeout=60)[0]
    match = re.search(r"^RESULT (\{.*\})$", out, re.M)
    if not match:
        raise SystemExit(f"wrk printed no result for the journey:\n{out}")
    r = json.loads(match.group(1))
    r["wrk_requests"], r["requests"] = r["requests"], requests
    r["duration_us"] = int((finished - start) * 1e6)
    r["rps"] = requests / (finished - start)
    return r


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
        "--learners", type=int, default=48, help="signed-in learners walking the journeys"
    )
    parser.add_argument("--seed", type=int, default=42, help="shuffles the journeys' orders")
    parser.add_argument(
        "--only-journeys", action="store_true", help="the bare view and the journeys only"
    )
    parser.add_argument(
        "--endpoints",
        nargs="+",
        choices=["catalog", "lesson", "quiz", "verify", "compliance"],
        help="only these endpoints (with the bare view before and after them), no journeys",
    )
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
    creds = json.loads(django_eval(env, f"LEARNERS = {args.learners}\n" + CREDENTIALS))
    scripts = write_lua(creds)
    walkers, learners = creds["journey_sessions"][:2], creds["journey_sessions"][2:]
    if len(learners) < args.learners:
        raise SystemExit(f"Only {len(learners)} learners for the journeys: generate a larger size.")
    pages = len(creds["journey_paths"])
    warm_up = write_journey_lua(
        creds,
        walkers,
        journey_plans(walkers, pages, connections=len(walkers), seed=args.seed),
        "journey-warm-up",
    )
    plans = journey_plans(learners, pages, connections=args.connections, seed=args.seed)
    walk = write_journey_lua(creds, learners, plans, "journey")
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
    if args.only_journeys:
        endpoints = endpoints[:1]
    elif args.endpoints:
        short = ["bare", "catalog", "lesson", "quiz", "verify", "compliance"]
        endpoints = [
            e for e, s in zip(endpoints, short, strict=True) if s in {"bare", *args.endpoints}
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
        if not args.endpoints:
            journey(base + "/", warm_up, connections=len(walkers), requests=len(walkers) * pages)
        for name in () if args.endpoints else ("first visit", "repeat visit"):
            r = journey(
                base + "/", walk, connections=args.connections, requests=len(learners) * pages
            )
            r.update(endpoint=f"journey: {name} ({args.learners} learners × {pages} pages)")
            r["path"] = "catalog, courses, lessons"
            results.append(r)
            print(f"  {r['endpoint']}: {r['rps']:.0f} req/s", flush=True)
        # The bare view again: on a shared machine the load drifts, so the journeys are compared
        # with the mean of the bare view before and after them.
        r = wrk(
            base + "/bench/bare/",
            scripts["plain"],
            duration=args.duration,
            connections=args.connections,
            threads=2,
        )
        after = "the endpoints" if args.endpoints else "the journeys"
        r.update(endpoint=f"bare view (after {after})", path="/bench/bare/")
        results.append(r)
        print(f"  {r['endpoint']}: {r['rps']:.0f} req/s", flush=True)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)

    bare = results[0]["rps"]
    bare_around = (bare + results[-1]["rps"]) / 2
    if args.endpoints:
        # Without the journeys the bare view is measured right before and after the endpoints:
        # compare them with the mean of both (the load drifts on a shared machine).
        bare = bare_around
    print()
    print("| endpoint | req/s | × bare | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        errors = r["non2xx"] + r["socket_errors"]
        r["ratio"] = r["rps"] / (bare_around if r["endpoint"].startswith("journey") else bare)
        print(
            f"| {r['endpoint']} | {r['rps']:.0f} | {r['ratio']:.2f} "
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
            "page_cache": os.environ.get("PAGE_CACHE", "default"),
            "journey_learners": args.learners,
            "journey_pages": pages,
            "seed": args.seed,
            "endpoints": args.endpoints or "all",
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
