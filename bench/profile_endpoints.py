"""In-process CPU per request of the benchmarked endpoints, with an optional cProfile listing.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ethos_load \\
        .venv/bin/python bench/profile_endpoints.py [-n 200] [--profile lesson] [--top 40]

Uses the load benchmark's settings (bench/settings.py: production, DEBUG off) and targets
(bench/endpoints.py) on a database that already holds the curriculum and ``generate_load`` data
(bench/load_bench.py prepares one). Each endpoint is requested ``-n`` times through Django's test
client (full middleware stack, no HTTP server); the first requests warm caches and are not timed.
Prints milliseconds per request (median and mean) and queries per request. ``--profile NAME``
runs NAME under cProfile and prints the ``--top`` functions by cumulative time. Not run in CI.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["bare", "catalog", "lesson", "quiz start", "quiz submit", "verify", "compliance summary"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="timed requests per endpoint")
    parser.add_argument("--only", nargs="+", choices=NAMES, default=NAMES)
    parser.add_argument("--profile", choices=NAMES, help="cProfile this endpoint")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    parser.add_argument("--sql", action="store_true", help="print the queries of one request")
    args = parser.parse_args()
    from bench.inprocess import setup

    setup(VERIFY_RATE_LIMIT="100000000/minute")
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient

    from accounts.models import User
    from bench.endpoints import served_answers, targets

    t = targets(quiz_learners=1)
    browser = Client()
    browser.force_login(User.objects.get(pk=t.learner_id))
    from accounts.services import api_token_create

    api = APIClient()  # an API token, as the load benchmark's quiz loop sends
    token = api_token_create(user=User.objects.get(pk=t.quiz_learner_ids[0]))[1]
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    admin_api = APIClient()
    admin_api.force_authenticate(User.objects.get(pk=t.admin_id))
    anonymous = Client()
    state: dict = {}

    def quiz_start():
        response = api.post(f"/api/v1/quizzes/{t.quiz_id}/attempts/")
        state["attempt"] = response.json()["id"]
        state["answers"] = served_answers(t.answers, response.json())
        return response

    def quiz_submit():
        if "attempt" not in state:
            quiz_start()
        url = f"/api/v1/attempts/{state.pop('attempt')}/submit/"
        return api.post(url, {"answers": state.pop("answers")}, format="json")

    calls = {
        "bare": lambda: anonymous.get("/bench/bare/"),
        "catalog": lambda: browser.get(t.catalog_path),
        "lesson": lambda: browser.get(t.lesson_path),
        "quiz start": quiz_start,
        "quiz submit": quiz_submit,
        "verify": lambda: anonymous.get(t.verify_path),
        "compliance summary": lambda: admin_api.get(t.compliance_path),
    }

    def before(name: str) -> None:
        """Untimed: the bench alternates start and submit, so a timed start opens a new attempt
        (the open one is submitted first) and a timed submit scores a fresh one."""
        if name == "quiz submit":
            quiz_start()
        elif name == "quiz start" and "attempt" in state:
            quiz_submit()

    def one(name: str) -> tuple[float, int]:
        before(name)
        with CaptureQueriesContext(connection) as ctx:
            t0, c0 = time.perf_counter(), time.process_time()
            response = calls[name]()
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert response.status_code < 400, (name, response.status_code, response.content[:300])
        return elapsed, cpu, len(ctx.captured_queries)

    # Wall time includes waiting for PostgreSQL and Redis (other processes); CPU time is this
    # process's own work, the steadier figure on a shared machine.
    print(f"{'endpoint':<20} {'median ms':>10} {'mean ms':>8} {'CPU ms':>7} {'queries':>8}")
    for name in args.only:
        for _ in range(5):
            one(name)
        times, cpus, queries = [], [], 0
        for _ in range(args.n):
            elapsed, cpu, queries = one(name)
            times.append(elapsed * 1000)
            cpus.append(cpu * 1000)
        print(
            f"{name:<20} {statistics.median(times):>10.2f} {statistics.fmean(times):>8.2f} "
            f"{statistics.median(cpus):>7.2f} {queries:>8}",
            flush=True,
        )
        if args.sql:
            before(name)
            with CaptureQueriesContext(connection) as ctx:
                calls[name]()
            for query in ctx.captured_queries:
                print(f"    {query['sql'][:400]}")
    if args.profile:
        profiler = cProfile.Profile(time.process_time)  # CPU time: steadier when shared
        for _ in range(args.n):
            before(args.profile)
            profiler.enable()
            calls[args.profile]()
            profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
