"""Compliance benchmark on PostgreSQL: 20,000 members × 8 requirements.

    .venv/bin/python bench/compliance_bench.py [--members 20000] [--database ethos_bench]
    .venv/bin/python bench/compliance_bench.py --institutions 5 --members 1000 \
        --database ethos_bench_m                                  # size M: 5 × 1,000 members

Creates (once) the database on the local server, migrates it, generates the institution(s)
(each with the members, 8 requirements, members × 8 assignments and certificates for about half
of them), then times through the real API, ``--repeat`` times each: the summary, the first page
of the member list (plain, by each status filter, by a department, by a requirement, sorted;
``--no-lists``: only plain, overdue and sorted), the compliance page (HTML, plain and filtered)
and the full CSV export (unless ``--no-export``) streamed to its end: total time, time to the
first row, the process's peak RSS while it streams (Linux: VmHWM after clear_refs) and, on one
more run, the peak Python memory (tracemalloc).
With several institutions the summary is also timed on every institution and its p50/p95 over
all runs printed. Before timing, the precomputed statuses of the bulk-created rows are written
as the scheduled job would (``assignment_statuses_refresh_due``).
"""

import argparse
import datetime as dt
import math
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django(database: str, jit: bool) -> None:
    import psycopg

    server = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
    # PostgreSQL's JIT compiles the status expression for ~2 s per query on this plan, more than
    # the query itself; reporting databases should run with jit=off (measured both ways).
    options = "" if jit else "?options=-c%20jit%3Doff"
    os.environ["DATABASE_URL"] = f"{server}/{database}{options}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.base")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["CELERY_BROKER_URL"] = ""  # tasks eager; the bench creates rows in bulk itself
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def catalog():
    from wagtail.models import Page

    from content.models import CatalogPage, HomePage

    cat = CatalogPage.objects.first()
    if cat:
        return cat
    home = HomePage.objects.first() or Page.get_first_root_node().add_child(
        instance=HomePage(title="Bench home", slug="bench-home")
    )
    return home.add_child(instance=CatalogPage(title="Catalog", slug="catalog"))


def slug_of(n: int) -> str:
    return "bench" if n == 0 else f"bench-{n + 1}"


def email_of(n: int, i: int) -> str:
    return f"bench{i}@bench.example" if n == 0 else f"bench{i}.{n + 1}@bench.example"


def generate(members: int, institutions: int = 1) -> None:
    for n in range(institutions):
        generate_one(members, n)


def generate_one(members: int, n: int) -> None:
    from django.db import transaction
    from django.utils import timezone

    from accounts.models import User
    from certificates.models import Certificate
    from compliance.models import Assignment, Requirement
    from content.models import CoursePage
    from courses.models import Completion, Enrollment
    from institutions.models import Department, Institution, Membership

    inst_slug = slug_of(n)
    if Institution.objects.filter(slug=inst_slug).exists():
        print(f"bench data for {inst_slug} present; reusing it")
        return
    rng = random.Random(42 + n)
    t0 = time.perf_counter()
    cat = catalog()
    courses = []
    for i in range(8):
        slug = f"bench-course-{i}"
        course = CoursePage.objects.filter(slug=slug).first() or cat.add_child(
            instance=CoursePage(
                title=f"Bench course {i}",
                slug=slug,
                summary="Bench.",
                objectives=[("objective", "Bench.")],
                estimated_minutes=30,
                audience=["nurse"],
            )
        )
        courses.append(course)
    with transaction.atomic():
        inst = Institution.objects.create(name=f"Bench Hospital {n + 1}", slug=inst_slug)
        depts = Department.objects.bulk_create(
            [Department(institution=inst, name=f"Department {i:02d}") for i in range(25)]
        )
        users = [
            User(email=email_of(n, i), display_name=f"Member {i}", profession="nurse")
            for i in range(members)
        ]
        for u in users:
            u.set_unusable_password()
        User.objects.bulk_create(users, batch_size=2000)
        users = list(User.objects.filter(email__in=[u.email for u in users]).order_by("id"))
        admin = users[0]
        Membership.objects.bulk_create(
            [
                Membership(
                    user=u,
                    institution=inst,
                    department=depts[i % len(depts)],
                    role="admin" if i == 0 else "learner",
                    employee_id=f"B{i:06d}",
                    job_title="Nurse",
                )
                for i, u in enumerate(users)
            ],
            batch_size=2000,
        )
        reqs = Requirement.objects.bulk_create(
            [
                Requirement(
                    institution=inst,
                    course=c,
                    due_days=30,
                    recurrence_months=12 if i % 2 == 0 else None,
                    grace_days=7 if i % 3 == 0 else 0,
                )
                for i, c in enumerate(courses)
            ]
        )
        today = timezone.localdate()
        now = timezone.now()
        mids = list(Membership.objects.filter(institution=inst).values_list("id", "user_id"))
        assignments, enrollments, certified = [], [], []
        for mid, uid in mids:
            for req in reqs:
                assigned = today - dt.timedelta(days=rng.randint(0, 150))
                assignments.append(
                    Assignment(
                        requirement=req,
                        membership_id=mid,
                        assigned_on=assigned,
                        due_on=assigned + dt.timedelta(days=30),
                    )
                )
                roll = rng.random()
                if roll < 0.65:
                    enrollments.append(
                        Enrollment(
                            user_id=uid,
                            course=req.course,
                            source="requirement",
                            institution=inst,
                            quiz_passed_at=now if roll < 0.55 else None,
                        )
                    )
                    if roll < 0.5:
                        certified.append((uid, req, now - dt.timedelta(days=rng.randint(1, 420))))
        Assignment.objects.bulk_create(assignments, batch_size=5000)
        Enrollment.objects.bulk_create(enrollments, batch_size=5000)
        enr = {
            (e.user_id, e.course_id): e.id
            for e in Enrollment.objects.filter(institution=inst).only("id", "user_id", "course_id")
        }
        completions = [
            Completion(
                enrollment_id=enr[(uid, req.course_id)],
                user_id=uid,
                course_id=req.course_id,
                cycle=1,
                completed_at=when,
                certified_at=when,  # each gets its certificate below
                institution=inst,
                course_title=req.course.title,
                course_version="1.0",
            )
            for uid, req, when in certified
        ]
        Completion.objects.bulk_create(completions, batch_size=5000)
        comp = {
            (c.user_id, c.course_id): c.id
            for c in Completion.objects.filter(institution=inst).only("id", "user_id", "course_id")
        }
        Certificate.objects.bulk_create(
            [
                Certificate(
                    completion_id=comp[(uid, req.course_id)],
                    user_id=uid,
                    course_id=req.course_id,
                    institution=inst,
                    code=f"BENCH{uid:010d}{req.course_id:06d}",
                    learner_name="Member",
                    course_title=req.course.title,
                    course_version="1.0",
                    completed_at=when,
                    provider_name="Ethos",
                    issued_at=when,
                    expires_at=when + dt.timedelta(days=365) if req.recurrence_months else None,
                )
                for uid, req, when in certified
            ],
            batch_size=5000,
        )
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    print(
        f"generated {members} members, {len(assignments)} assignments, {len(certified)} "
        f"certificates in {time.perf_counter() - t0:.1f}s (admin {admin.email})"
    )


def refresh_statuses() -> None:
    """The scheduled job's work: status rows for the assignments written in bulk above (and any
    whose time has come), then fresh planner statistics."""
    from django.db import connection

    from compliance.services import assignment_statuses_refresh_due
    from compliance.status import AssignmentStatus

    t0 = time.perf_counter()
    n = assignment_statuses_refresh_due()
    if n:
        with connection.cursor() as cur:
            cur.execute(f"ANALYZE {AssignmentStatus._meta.db_table}")
    print(f"refreshed {n} precomputed statuses in {time.perf_counter() - t0:.1f}s")


def pct(runs: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(runs)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm-up (connection, caches), not counted
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return runs


def _peak_rss_reset() -> bool:
    """Reset the kernel's peak-RSS mark of this process (Linux: clear_refs 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (VmHWM; since the last reset)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STATUSES = (
    "not_started",
    "in_progress",
    "completed",
    "due_soon",
    "overdue",
    "expired",
    "exempt",
    "expiring_soon",
)


def measure(repeat: int, institutions: int, export_csv: bool = True, lists: bool = True) -> None:
    from django.db import connection, reset_queries
    from django.test import Client
    from rest_framework.test import APIClient

    from accounts.models import User
    from compliance.models import Requirement
    from institutions.models import Department

    def client_for(n: int) -> APIClient:
        client = APIClient()
        client.force_authenticate(User.objects.get(email=email_of(n, 0)))
        return client

    client = client_for(0)
    html = Client()
    html.force_login(User.objects.get(email=email_of(0, 0)))
    base = f"/api/v1/institutions/{slug_of(0)}/compliance/"
    page_url = f"/institutions/{slug_of(0)}/compliance/"
    department = Department.objects.filter(institution__slug=slug_of(0)).order_by("name").first()
    requirement = Requirement.objects.filter(institution__slug=slug_of(0)).order_by("id").first()

    def get(url, client=client, **params):
        r = client.get(url, params)
        assert r.status_code == 200, (url, r.status_code)
        return r

    cases = [
        ("summary", client, base, {}),
        ("members page 1", client, f"{base}members/", {}),
    ]
    if lists:
        cases += [
            ("members page 100", client, f"{base}members/", {"page": 100}),
            *[
                (f"members ?status={s} p1", client, f"{base}members/", {"status": s})
                for s in STATUSES
            ],
            ("members ?department= p1", client, f"{base}members/", {"department": department.pk}),
            (
                "members ?department=&status=overdue",
                client,
                f"{base}members/",
                {"department": department.pk, "status": "overdue"},
            ),
            (
                "members ?requirement= p1",
                client,
                f"{base}members/",
                {"requirement": requirement.pk},
            ),
            ("members ?ordering=name p1", client, f"{base}members/", {"ordering": "name"}),
            ("members ?ordering=status p1", client, f"{base}members/", {"ordering": "status"}),
            ("page (HTML) ", html, page_url, {}),
            ("page (HTML) ?status=overdue", html, page_url, {"status": "overdue"}),
            ("page (HTML) ?department=", html, page_url, {"department": department.pk}),
        ]
    else:
        cases += [
            ("members ?status=overdue p1", client, f"{base}members/", {"status": "overdue"}),
            ("members ?ordering=name p1", client, f"{base}members/", {"ordering": "name"}),
            ("members ?ordering=status p1", client, f"{base}members/", {"ordering": "status"}),
        ]
    results = {}
    for label, c, url, params in cases:
        runs = timed(lambda c=c, url=url, params=params: get(url, client=c, **params), repeat)
        connection.force_debug_cursor = True
        reset_queries()
        get(url, client=c, **params)
        queries = len(connection.queries)
        connection.force_debug_cursor = False
        results[label] = (runs, queries)

    if institutions > 1:
        runs = []
        for n in range(institutions):
            c = client_for(n)
            url = f"/api/v1/institutions/{slug_of(n)}/compliance/"
            runs += timed(lambda c=c, url=url: get(url, client=c), repeat)
        results[f"summary, all {institutions} institutions"] = (runs, None)

    def export():
        """Streams the whole CSV; returns (lines, bytes, seconds to the first row)."""
        t = time.perf_counter()
        r = get(f"{base}export.csv")
        n = size = 0
        first = None
        for chunk in r.streaming_content:
            n += chunk.count(b"\n")
            size += len(chunk)
            if first is None and n > 1:
                first = time.perf_counter() - t
        return n, size, first

    export_runs, first_rows = [], []
    lines = size = 0
    rss_base = rss_peak = 0.0
    for _ in range(max(1, repeat // 2) if export_csv else 0):
        reset = _peak_rss_reset()
        rss_base = _peak_rss_mb()
        t = time.perf_counter()
        lines, size, first = export()
        export_runs.append(time.perf_counter() - t)
        first_rows.append(first or 0.0)
        if reset:
            rss_peak = max(rss_peak, _peak_rss_mb())
    # Memory separately: tracemalloc slows Python down several times.
    peak = 0
    if export_csv:
        tracemalloc.start()
        export()
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    with connection.cursor() as cur:
        cur.execute("SHOW jit")
        jit = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM institutions_assignment")
        rows = cur.fetchone()[0]
    print(
        f"\nPostgreSQL jit = {jit}; {rows} assignments in the database; {repeat} runs each; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(f"{'endpoint':40} {'median s':>9} {'p95 s':>8} {'best s':>8} {'queries':>8}")
    for label, (runs, q) in results.items():
        print(
            f"{label:40} {statistics.median(runs):9.3f} {pct(runs, 0.95):8.3f} "
            f"{min(runs):8.3f} {'' if q is None else q:>8}"
        )
    if export_runs:
        print(
            f"{'export.csv (full)':40} {statistics.median(export_runs):9.3f} "
            f"{max(export_runs):8.3f} {min(export_runs):8.3f} {'':>8}  {lines - 1} rows, "
            f"{size / 1e6:.1f} MB, peak Python memory {peak / 1e6:.1f} MB"
        )
        print(
            f"{'export.csv first row':40} {statistics.median(first_rows):9.3f} "
            f"{max(first_rows):8.3f} {min(first_rows):8.3f} {'':>8}  peak RSS during export "
            f"{rss_peak:.0f} MB (process at {rss_base:.0f} MB before it)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000, help="per institution")
    parser.add_argument("--database", default="ethos_bench")
    parser.add_argument("--institutions", type=int, default=1, help="members each")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per endpoint")
    parser.add_argument("--jit", action="store_true", help="leave PostgreSQL's JIT on")
    parser.add_argument("--no-export", action="store_true", help="skip the CSV export timing")
    parser.add_argument(
        "--no-lists",
        action="store_true",
        help="only the summary and the first pages (not every status and department filter)",
    )
    args = parser.parse_args()
    setup_django(args.database, args.jit)
    generate(args.members, args.institutions)
    refresh_statuses()  # the rows are bulk-created above, as the scheduled job would find them
    measure(args.repeat, args.institutions, export_csv=not args.no_export, lists=not args.no_lists)


if __name__ == "__main__":
    main()
