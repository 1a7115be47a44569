"""Queries per request of the benchmarked endpoints at size S and at size M: none may grow with
the data.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ethos_load \\
        .venv/bin/python bench/query_counts.py [--sizes S M]

For each size it runs ``generate_load --size X --reset`` on the database (the curriculum must be
loaded), then requests each endpoint twice in-process with Django's test client (the second,
warm request is counted) under ``CaptureQueriesContext``. Prints a table and exits 1 if any
count differs between sizes. tests/bench/test_query_counts.py runs ``measure()`` in CI at two
small sizes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ENDPOINTS = [
    "catalog",
    "lesson",
    "catalog (kept)",
    "lesson (kept)",
    "quiz start",
    "quiz submit",
    "verify",
    "compliance summary",
]


def measure() -> dict[str, int]:
    """Queries of one warm request to each endpoint, as the learner or admin it is meant for."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings
    from rest_framework.test import APIClient

    from accounts.models import User
    from bench.endpoints import served_answers, targets

    t = targets(quiz_learners=2)
    learner = User.objects.get(pk=t.learner_id)
    admin = User.objects.get(pk=t.admin_id)
    browser = Client()
    browser.force_login(learner)
    api = APIClient()
    api.force_authenticate(User.objects.get(pk=t.quiz_learner_ids[0]))
    admin_api = APIClient()
    admin_api.force_authenticate(admin)
    anonymous = Client()

    def count(call) -> int:
        call()  # warm: caches, first-time lookups
        with CaptureQueriesContext(connection) as ctx:
            response = call()
        assert response.status_code < 400, (response.status_code, response.content[:300])
        return len(ctx.captured_queries)

    # Rendered (the page cache off: what a first visit or a visit after a change costs), then
    # served from the page cache (on: what a repeat visit costs).
    with override_settings(PAGE_CACHE=False):
        counts = {
            "catalog": count(lambda: browser.get(t.catalog_path)),
            "lesson": count(lambda: browser.get(t.lesson_path)),
        }
    with override_settings(PAGE_CACHE=True):
        counts["catalog (kept)"] = count(lambda: browser.get(t.catalog_path))
        counts["lesson (kept)"] = count(lambda: browser.get(t.lesson_path))
    counts |= {
        "verify": count(lambda: anonymous.get(t.verify_path)),
        "compliance summary": count(lambda: admin_api.get(t.compliance_path)),
    }
    start_url = f"/api/v1/quizzes/{t.quiz_id}/attempts/"
    api.post(start_url)  # warm
    with CaptureQueriesContext(connection) as ctx:
        started = api.post(start_url)  # resumes the open attempt: same work at every size
    counts["quiz start"] = len(ctx.captured_queries)
    attempt = started.json()["id"]
    answers = served_answers(t.answers, started.json())
    with CaptureQueriesContext(connection) as ctx:
        submitted = api.post(
            f"/api/v1/attempts/{attempt}/submit/", {"answers": answers}, format="json"
        )
    assert submitted.status_code == 200, submitted.content[:300]
    counts["quiz submit"] = len(ctx.captured_queries)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["S", "M"])
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.base")
    os.environ.setdefault("BENCH", "true")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("VERIFY_RATE_LIMIT", "1000000/minute")
    os.environ["CELERY_BROKER_URL"] = ""
    os.environ["DJANGO_DEBUG"] = "false"
    import django

    django.setup()
    from django.core.management import call_command

    results: dict[str, dict[str, int]] = {}
    for size in args.sizes:
        call_command("generate_load", size=size, reset=True, verbosity=1)
        results[size] = measure()
    width = max(map(len, ENDPOINTS))
    print(f"{'endpoint':<{width}}  " + "  ".join(f"{s:>4}" for s in args.sizes) + "  grows?")
    grows = False
    for name in ENDPOINTS:
        values = [results[s][name] for s in args.sizes]
        bad = len(set(values)) > 1
        grows |= bad
        print(
            f"{name:<{width}}  "
            + "  ".join(f"{v:>4}" for v in values)
            + f"  {'YES' if bad else 'no'}"
        )
    return 1 if grows else 0


if __name__ == "__main__":
    sys.exit(main())
