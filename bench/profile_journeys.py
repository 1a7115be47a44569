"""In-process CPU of the load benchmark's journeys (first and repeat visits), with an optional
cProfile listing of the first visits.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ethos_load \\
    CACHE_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/profile_journeys.py [--learners 28] [--profile] [--top 50]

Uses the load benchmark's settings (bench/settings.py: production, DEBUG off) on a database
``bench/load_bench.py`` prepared. The cache named by ``CACHE_URL`` is emptied first (never point
it at a cache in use). Two warm-up learners walk every journey page (as the HTTP benchmark does),
then ``--learners`` generated learners each open every catalog, course and lesson page once in
their own shuffled order (first visits), then again (repeat visits), through Django's test client
(full middleware stack, no HTTP server). Prints the CPU milliseconds per page (``process_time``)
by page kind, queries and Redis round trips per page and the bare view's CPU for comparison.
``--profile`` lists the first visits' profile, ``--profile repeat`` the repeat visits'. Not run
in CI.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=28)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--profile",
        nargs="?",
        const="first",
        choices=["first", "repeat"],
        help="cProfile the first (default) or the repeat visits",
    )
    parser.add_argument(
        "--repeats", type=int, default=1, help="walk the repeat visits this many times"
    )
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--callers", help="also print the callers of functions matching this")
    parser.add_argument("--sort", default="cumulative", choices=["cumulative", "tottime"])
    args = parser.parse_args()
    from bench.inprocess import setup

    setup()
    import redis.connection
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from bench.endpoints import journey_learner_ids, journey_paths, targets

    # Redis commands sent (each one round trip; the page cache never pipelines), counted where
    # each is written to its connection (core.cache's MGET skips redis-py's command layer).
    sent: list[str] = []
    send = redis.connection.AbstractConnection.send_command

    def counted(self, *a, **k):
        sent.append(str(a[0]))
        return send(self, *a, **k)

    redis.connection.AbstractConnection.send_command = counted
    cache.clear()
    paths = journey_paths()
    t = targets(quiz_learners=8)
    exclude = [t.learner_id, *t.quiz_learner_ids]
    ids = journey_learner_ids(args.learners + 2, exclude=exclude)
    warm, measured = ids[:2], ids[2:]

    def client_for(user_id: int) -> Client:
        client = Client()
        client.force_login(User.objects.get(pk=user_id))
        return client

    def kind(path: str) -> str:
        depth = path.rstrip("/").count("/")
        return {1: "catalog", 2: "course"}.get(depth, "lesson")

    for user_id in warm:
        client = client_for(user_id)
        for path in paths:
            assert client.get(path).status_code == 200, path
    anonymous = Client()
    for _ in range(50):
        anonymous.get("/bench/bare/")
    bare = []
    for _ in range(500):
        t0 = time.process_time()
        anonymous.get("/bench/bare/")
        bare.append((time.process_time() - t0) * 1000)
    bare_calls = None
    if args.profile:
        counter = cProfile.Profile()
        counter.runcall(lambda: [anonymous.get("/bench/bare/") for _ in range(100)])
        bare_calls = pstats.Stats(counter).total_calls / 100

    rng = random.Random(args.seed)
    clients = [(client_for(user_id), rng.sample(paths, len(paths))) for user_id in measured]
    # CPU time, not wall time: the machine is shared, and waiting on PostgreSQL or Redis is not
    # this process's cost. Profiled first visits are slower: time them in a run without it.
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    results: dict[str, dict[str, list[float]]] = {}
    queries: dict[str, dict[str, int]] = {}
    trips: dict[str, dict[str, int]] = {}
    # The bare view again after every repeat visit: the machine's speed drifts (shared cores), so
    # the repeat visits are compared with bare requests interleaved with them.
    interleaved: list[float] = []
    for visit in ("first", "repeat"):
        per_kind: dict[str, list[float]] = {"catalog": [], "course": [], "lesson": []}
        n_queries: dict[str, int] = {"catalog": 0, "course": 0, "lesson": 0}
        n_trips: dict[str, int] = {"catalog": 0, "course": 0, "lesson": 0}
        profiled = profiler is not None and visit == args.profile
        walks = clients * (args.repeats if visit == "repeat" else 1)
        for client, order in walks:
            for path in order:
                if visit == "repeat":
                    t0 = time.process_time()
                    anonymous.get("/bench/bare/")
                    interleaved.append((time.process_time() - t0) * 1000)
                sent.clear()
                with CaptureQueriesContext(connection) as ctx:
                    if profiled:
                        profiler.enable()
                    t0 = time.process_time()
                    response = client.get(path)
                    elapsed = time.process_time() - t0
                    if profiled:
                        profiler.disable()
                assert response.status_code == 200, (path, response.status_code)
                per_kind[kind(path)].append(elapsed * 1000)
                n_queries[kind(path)] += len(ctx.captured_queries)
                n_trips[kind(path)] += len(sent)
        results[visit], queries[visit], trips[visit] = per_kind, n_queries, n_trips

    bare_ms = statistics.fmean(bare)
    print(f"bare view: {bare_ms:.2f} ms CPU (mean of 500)")
    print(
        f"{'visit':<8} {'pages':<8} {'n':>5} {'mean ms':>8} {'median':>8} {'queries':>8} "
        f"{'Redis':>6}"
    )
    for visit, per_kind in results.items():
        everything = [x for values in per_kind.values() for x in values]
        for name, values in [*per_kind.items(), ("all", everything)]:
            n_q = sum(queries[visit].values()) if name == "all" else queries[visit][name]
            n_t = sum(trips[visit].values()) if name == "all" else trips[visit][name]
            print(
                f"{visit:<8} {name:<8} {len(values):>5} {statistics.fmean(values):>8.2f} "
                f"{statistics.median(values):>8.2f} {n_q / len(values):>8.2f} "
                f"{n_t / len(values):>6.2f}"
            )
        print(
            f"{visit:<8} CPU ratio bare / page: {bare_ms / statistics.fmean(everything):.3f}",
            flush=True,
        )
    repeat_ms = statistics.fmean(x for values in results["repeat"].values() for x in values)
    bare_ms = statistics.fmean(interleaved)
    print(
        f"repeat visits with the bare view interleaved: bare {bare_ms:.3f} ms, repeat "
        f"{repeat_ms:.3f} ms, CPU ratio bare / page: {bare_ms / repeat_ms:.3f}"
    )
    if profiler is not None:
        stats = pstats.Stats(profiler).sort_stats(args.sort)
        n_profiled = sum(len(values) for values in results[args.profile].values())
        # A steady figure on a shared machine: Python function calls per page (CPU time is not).
        print(
            f"{args.profile} visits: {stats.total_calls / n_profiled:.0f} function calls a page "
            f"(bare view: {bare_calls:.0f})"
        )
        stats.print_stats(args.top)
        if args.callers:
            stats.print_callers(args.callers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
