import datetime as dt
from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db.models import Count
from django.utils import timezone

from compliance.models import OutboxEmail, Reminder
from compliance.outbox import SEND_LEASE, outbox_expire_leases
from compliance.reminders import reminders_send_daily
from compliance.services import compliance_daily_run
from institutions.models import Role
from tests.compliance.helpers import assign, at, certify, make_course, requirement
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 6, 15)


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def ward():
    inst = InstitutionFactory()
    icu = DepartmentFactory(institution=inst, name="ICU")
    manager = MembershipFactory(
        institution=inst,
        department=icu,
        role=Role.MANAGER,
        user=UserFactory(email="boss@example.org"),
    )
    course = make_course(title="Privacy online")
    req = requirement(inst, course)
    people = {}
    for name, due in [("a30", 30), ("b7", 7), ("c0", 0), ("d14", -14), ("e3", -3), ("f31", 31)]:
        m = MembershipFactory(
            institution=inst, department=icu, user=UserFactory(email=f"{name}@example.org")
        )
        assign(req, m, assigned_on=days(-60), due_on=days(due))
        people[name] = m
    return inst, icu, manager, course, req, people


def sent_to():
    return sorted(address for m in mail.outbox for address in m.to)


def test_daily_run_sends_the_right_reminders_once(ward):
    inst, _icu, _manager, _course, _req, _people = ward
    assert reminders_send_daily(institution=inst, today=TODAY) == 5
    assert sent_to() == [
        "a30@example.org",
        "b7@example.org",
        "boss@example.org",
        "c0@example.org",
        "d14@example.org",
    ]
    kinds = dict(
        Reminder.objects.values_list("membership__user__email", "kind").exclude(kind="escalation")
    )
    assert kinds == {
        "a30@example.org": "due_30",
        "b7@example.org": "due_7",
        "c0@example.org": "due_today",
        "d14@example.org": "overdue",
    }
    escalation = Reminder.objects.get(kind="escalation")
    assert (escalation.membership.user.email, escalation.recipient.email) == (
        "d14@example.org",
        "boss@example.org",
    )
    # A second run the same day (a retry, or a second beat) sends nothing more.
    assert reminders_send_daily(institution=inst, today=TODAY) == 0
    assert len(mail.outbox) == 5
    # The next day only f31 enters the 30-day window.
    assert reminders_send_daily(institution=inst, today=days(1)) == 1
    assert mail.outbox[-1].to == ["f31@example.org"]


def test_email_has_html_text_and_course_link(ward):
    inst, *_ = ward
    reminders_send_daily(institution=inst, today=TODAY)
    message = next(m for m in mail.outbox if m.to == ["c0@example.org"])
    assert message.subject == "Required training due: 1 course(s)"
    assert "Privacy online" in message.body
    assert "due today" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="http://testserver/' in html or "/catalog/" in html
    overdue = next(m for m in mail.outbox if m.to == ["d14@example.org"])
    assert overdue.subject == "Overdue required training: 1 course(s)"
    boss = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert boss.subject == "1 overdue required training item(s) in your team"
    assert "d14@example.org" in boss.body


def test_weekly_while_overdue_and_escalation_once(ward):
    inst, *_rest, _people = ward
    reminders_send_daily(institution=inst, today=TODAY)
    mail.outbox.clear()
    for offset in range(1, 8):
        reminders_send_daily(institution=inst, today=days(offset))
    # d14 hears again exactly one week later; e3 first hears at 7 days overdue (day +4), c0
    # (due on day 0) at day +7.
    overdue_mail = sorted((m.to[0], m.subject) for m in mail.outbox if "Overdue" in m.subject)
    assert overdue_mail == [
        ("c0@example.org", "Overdue required training: 1 course(s)"),
        ("d14@example.org", "Overdue required training: 1 course(s)"),
        ("e3@example.org", "Overdue required training: 1 course(s)"),
    ]
    assert Reminder.objects.filter(kind="escalation").count() == 1


def test_one_digest_per_person_per_day(ward):
    inst, _icu, _m, _course, _req, people = ward
    second = requirement(inst, make_course(title="Boundaries"))
    assign(second, people["b7"], assigned_on=days(-10), due_on=days(7))
    reminders_send_daily(institution=inst, today=TODAY)
    to_b = [m for m in mail.outbox if m.to == ["b7@example.org"]]
    assert len(to_b) == 1
    assert to_b[0].subject == "Required training due: 2 course(s)"
    # A reminder that appears later the same day waits for tomorrow's digest.
    third = requirement(inst, make_course(title="Misinformation"))
    assign(third, people["b7"], assigned_on=TODAY, due_on=days(3))
    reminders_send_daily(institution=inst, today=TODAY)
    assert len([m for m in mail.outbox if m.to == ["b7@example.org"]]) == 1
    reminders_send_daily(institution=inst, today=days(1))
    assert len([m for m in mail.outbox if m.to == ["b7@example.org"]]) == 2


def test_worker_killed_mid_run_sends_each_email_once(ward):
    inst, *_ = ward
    real_send = EmailMultiAlternatives.send
    calls = {"n": 0}

    def dying_send(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise SystemExit("worker killed")  # not an Exception: nothing catches it
        return real_send(self, *args, **kwargs)

    with mock.patch.object(EmailMultiAlternatives, "send", dying_send), pytest.raises(SystemExit):
        reminders_send_daily(institution=inst, today=TODAY)
    assert len(mail.outbox) == 2
    # The third was leased ("sending") before it went to SMTP: nobody knows whether the server
    # took it, so it is never sent again (at most once); the other two are still pending.
    by_status = dict(OutboxEmail.objects.values_list("status").annotate(n=Count("id")).order_by())
    assert by_status == {"sent": 2, "sending": 1, "pending": 2}
    reminders_send_daily(institution=inst, today=TODAY)
    assert len(mail.outbox) == 4
    assert len(set(sent_to())) == 4
    # Once its lease has run out it is recorded as unconfirmed, and still not resent.
    assert outbox_expire_leases(now=timezone.now() + SEND_LEASE + timedelta(seconds=1)) == 1
    lost = OutboxEmail.objects.get(status="unconfirmed")
    assert list(lost.deliveries.values_list("attempt", "outcome")) == [(1, "unconfirmed")]
    reminders_send_daily(institution=inst, today=TODAY)
    assert len(mail.outbox) == 4
    assert lost.to_address not in sent_to()


def test_smtp_failure_stays_pending_and_is_retried(ward):
    inst, *_ = ward
    with mock.patch.object(EmailMultiAlternatives, "send", side_effect=OSError("SMTP down")):
        assert reminders_send_daily(institution=inst, today=TODAY) == 0
    assert set(OutboxEmail.objects.values_list("status", "last_error")) == {
        ("pending", "SMTP down")
    }
    assert reminders_send_daily(institution=inst, today=TODAY) == 5
    # Every attempt is recorded with its outcome, and the Message-ID stays the same.
    for email in OutboxEmail.objects.all():
        attempts = list(email.deliveries.order_by("attempt"))
        assert [(d.attempt, d.outcome, d.error) for d in attempts] == [
            (1, "failed", "SMTP down"),
            (2, "sent", ""),
        ]
        assert {d.message_id for d in attempts} == {email.message_id}


def test_expiring_certificate_of_recurring_requirement_is_reminded(ward):
    inst, _icu, _manager, course, req, people = ward
    req.recurrence_months = 12
    req.save()
    certify(people["f31"].user, course, issued_at=at(days(-358)), expires_at=at(days(7)))
    reminders_send_daily(institution=inst, today=TODAY)
    r = Reminder.objects.get(membership=people["f31"])
    assert (r.kind, r.due_on) == ("due_7", days(7))


def test_completed_members_are_not_reminded(ward):
    inst, _icu, _manager, course, _req, people = ward
    certify(people["c0"].user, course, issued_at=at(days(-1)))
    reminders_send_daily(institution=inst, today=TODAY)
    assert "c0@example.org" not in sent_to()


def test_daily_run_is_idempotent_end_to_end(ward):
    inst, *_ = ward
    first = compliance_daily_run(institution=inst, today=TODAY)
    second = compliance_daily_run(institution=inst, today=TODAY)
    # The sync also assigns the course to the manager (due in 30 days): 6 emails, then none.
    assert (first["assigned"], first["emails"], second["emails"]) == (1, 6, 0)
    assert first["snapshot"] == second["snapshot"]


@pytest.mark.postgres
# No serialized_rollback: on PostgreSQL it collides with content types a previous flush
# re-created; tests/conftest.py restores the migration-created rows instead.
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_runs_send_each_email_once(ward):
    import threading

    from django.db import connection

    inst, *_ = ward
    barrier = threading.Barrier(2)
    results = []

    def worker():
        try:
            barrier.wait()
            results.append(reminders_send_daily(institution=inst, today=TODAY))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == 5
    assert len(mail.outbox) == 5
    assert OutboxEmail.objects.filter(status="sent").count() == 5
