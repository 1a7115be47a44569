"""SIGKILL a real Celery worker in the middle of certificate issuance, of a reminder run and of a
roster import; start a new one on the same queue; nothing is lost, nothing is doubled.

Real PostgreSQL, real Redis broker, real worker processes, and a real SMTP server (aiosmtpd)
that counts what it accepted. Each test prints its figure line (``FAULT ...``)."""

import datetime as dt
import os
import signal
import time
from collections import Counter

import pytest
from celery import Celery
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificates_sweep
from compliance.models import OutboxEmail, RosterImport
from compliance.outbox import SEND_LEASE, outbox_expire_leases
from courses.models import Completion
from courses.services import enrollment_create, lesson_complete
from institutions.models import Membership
from tests.compliance.helpers import assign, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory
from tests.faults.conftest import database_url, free_port
from tests.faults.injection import refuse_inserts, report
from tests.workers import celery_worker

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.broker,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

# A message taken by the killed worker returns to the queue this soon (default: an hour).
VISIBILITY = "4"


def worker_env(settings, signing_key, **extra) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": os.environ["CELERY_BROKER_URL"],
        "CELERY_VISIBILITY_TIMEOUT": VISIBILITY,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "SITE_URL": settings.SITE_URL,
        "OB_SIGNING_KEY": signing_key,
        "SCHEDULER_IN_PROCESS": "false",
        **extra,
    }


def wait_for(condition, *, timeout: float, worker=None, every: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        if worker is not None and worker.poll() is not None:
            raise AssertionError(f"the worker died on its own: {worker.stdout.read()}")
        time.sleep(every)
    return condition()


def sigkill(worker) -> None:
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)


def test_sigkill_during_issuance_every_completion_ends_with_exactly_one_certificate(
    settings, signing_key
):
    n = 30
    course = make_course(lessons=1)
    lesson = course.lessons().get()
    learners = [UserFactory() for _ in range(n)]
    # The completions commit; their in-process issuance is refused, so the worker has it all.
    with refuse_inserts("certificates_certificate"):
        for person in learners:
            enrollment_create(user=person, course=course)
            lesson_complete(user=person, lesson=lesson)
    assert (Completion.objects.count(), Certificate.objects.count()) == (n, 0)

    broker = os.environ["CELERY_BROKER_URL"]
    env = worker_env(settings, signing_key)
    client = Celery(broker=broker, set_as_current=False)
    with celery_worker(name="kill-issue", env=env) as (worker, queue):
        for completion_id in Completion.objects.values_list("pk", flat=True):
            client.send_task("certificates.issue", args=[completion_id], queue=queue)
        assert wait_for(lambda: Certificate.objects.count() >= 5, timeout=120, worker=worker)
        sigkill(worker)
    at_kill = Certificate.objects.count()
    assert at_kill < n, "the worker finished before it could be killed"

    with celery_worker(name="kill-issue", env=env, queue=queue) as (worker, _):
        wait_for(
            lambda: (
                Certificate.objects.count() == n
                and not Certificate.objects.filter(pdf_requested_at__isnull=False).exists()
            ),
            timeout=90,
            worker=worker,
            every=0.5,
        )
    # Whatever a redelivery did not cover, the sweep does (as the schedule would, minutes on).
    swept = certificates_sweep(now=timezone.now() + dt.timedelta(minutes=10))
    per_completion = Counter(Certificate.objects.values_list("completion_id", flat=True))
    completions = list(Completion.objects.values_list("pk", flat=True))
    lost = sum(1 for pk in completions if per_completion[pk] == 0)
    duplicated = sum(c - 1 for c in per_completion.values() if c > 1)
    print(f"issuance: {at_kill} certificates at the kill, sweep repaired {swept.as_dict()}")
    report("worker-sigkill-issuance", faults=1, checked=n, lost=lost, duplicated=duplicated)
    assert (lost, duplicated) == (0, 0)
    assert not Completion.objects.filter(certified_at__isnull=True).exists()
    assert not Certificate.objects.filter(pdf_sha256="").exists()


def test_sigkill_during_a_reminder_run_sends_no_reminder_twice(settings, signing_key):
    n = 10
    today = timezone.localdate()
    inst = InstitutionFactory()
    ward = DepartmentFactory(institution=inst, name="Ward 4")
    req = requirement(inst, make_course(title="Privacy online"))
    for i in range(n):
        member = MembershipFactory(
            institution=inst, department=ward, user=UserFactory(email=f"nurse{i}@example.org")
        )
        assign(req, member, assigned_on=today - dt.timedelta(days=40), due_on=today)
    port = free_port()
    broker = os.environ["CELERY_BROKER_URL"]
    env = worker_env(settings, signing_key, EMAIL_URL=f"smtp://127.0.0.1:{port}")
    client = Celery(broker=broker, set_as_current=False)
    from tests.faults.smtp import smtp_sink

    # The server records each message, then takes 0.6 s to say "250 OK": the kill lands in
    # that window, where the sender cannot know the message was accepted.
    with smtp_sink(port=port, reply_delay=0.6) as sink:
        with celery_worker(name="kill-remind", env=env) as (worker, queue):
            client.send_task(
                "institutions.compliance_daily_for_institution",
                args=[inst.pk, today.isoformat()],
                queue=queue,
            )
            assert wait_for(lambda: sink.count() >= 4, timeout=180, worker=worker, every=0.01)
            sigkill(worker)
        at_kill = sink.count()
        assert at_kill < n
        with celery_worker(name="kill-remind", env=env, queue=queue) as (worker, _):
            # The redelivered message (and a second scheduled run) finish the day's digests.
            client.send_task(
                "institutions.compliance_daily_for_institution",
                args=[inst.pk, today.isoformat()],
                queue=queue,
            )
            wait_for(
                lambda: (
                    not OutboxEmail.objects.filter(status="pending").exists()
                    and sink.count() >= n - 1
                ),
                timeout=120,
                worker=worker,
                every=0.5,
            )
            time.sleep(2)  # let a second delivery, if there were one, arrive
        # The lease of the digest in flight at the kill runs out: unconfirmed, never resent.
        expired = outbox_expire_leases(now=timezone.now() + SEND_LEASE + dt.timedelta(seconds=1))
        accepted = list(sink.accepted)

    statuses = Counter(OutboxEmail.objects.values_list("status", flat=True))
    recipients = Counter(address for m in accepted for address in m["to"])
    duplicated = sum(c - 1 for c in recipients.values() if c > 1) + sum(
        c - 1 for c in sink.duplicates().values()
    )
    lost = statuses["pending"] + statuses["failed"] + statuses["sending"]
    print(f"reminders: {at_kill} accepted at the kill, {dict(statuses)}, {expired} expired")
    report("worker-sigkill-reminders", faults=1, checked=n, lost=lost, duplicated=duplicated)
    assert duplicated == 0
    assert lost == 0
    assert statuses["sent"] + statuses["unconfirmed"] == n
    # Every digest the server accepted is one of ours, under its recorded Message-ID.
    assert {m["message_id"] for m in accepted} <= set(
        OutboxEmail.objects.values_list("message_id", flat=True)
    )


def test_sigkill_during_a_roster_import_ends_succeeded_with_nothing_half_written(
    settings, signing_key
):
    n = 3000
    inst = InstitutionFactory()
    admin = MembershipFactory(institution=inst, role="admin").user
    lines = ["email,name,department,employee_id"] + [
        f"staff{i}@example.org,Staff Member {i},Ward {i % 7},R{i:05d}" for i in range(n)
    ]
    roster = RosterImport.objects.create(
        institution=inst,
        uploaded_by=admin,
        filename="staff.csv",
        content="\n".join(lines) + "\n",
        auto_create_departments=True,
        total_rows=n,
    )
    broker = os.environ["CELERY_BROKER_URL"]
    env = worker_env(settings, signing_key, EMAIL_URL="dummymail://")
    client = Celery(broker=broker, set_as_current=False)
    before = Membership.objects.filter(institution=inst).count()

    def status() -> str:
        return RosterImport.objects.values_list("status", flat=True).get(pk=roster.pk)

    with celery_worker(name="kill-roster", env=env) as (worker, queue):
        client.send_task("institutions.roster_import_run", args=[roster.pk], queue=queue)
        assert wait_for(lambda: status() in ("validating", "applying"), timeout=120, worker=worker)
        time.sleep(0.5)
        sigkill(worker)
    state_at_kill = status()
    members_at_kill = Membership.objects.filter(institution=inst).count()
    # Killed mid-run: not finished, and not one row applied (all rows or none).
    assert state_at_kill in ("validating", "applying"), RosterImport.objects.get(
        pk=roster.pk
    ).errors[:3]
    assert members_at_kill == before

    with celery_worker(name="kill-roster", env=env, queue=queue) as (worker, _):
        assert wait_for(
            lambda: status() in ("succeeded", "failed"), timeout=180, worker=worker, every=0.5
        )
    roster.refresh_from_db()
    members = Membership.objects.filter(institution=inst).count() - before
    emails = Counter(
        Membership.objects.filter(institution=inst).values_list("user__email", flat=True)
    )
    duplicated = sum(c - 1 for c in emails.values() if c > 1)
    report(
        "worker-sigkill-roster-import",
        faults=1,
        checked=n,
        lost=n - members,
        duplicated=duplicated,
    )
    assert roster.status == "succeeded", roster.errors
    assert members == n
    assert duplicated == 0
    assert roster.summary["people_invited"] == n  # every row was a new person
