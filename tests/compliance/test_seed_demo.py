"""The demo data tells one coherent story: people joined before they were assigned, learned after
they were assigned and before today, certificates expire after they were earned (by the
requirement's renewal period), anyone with a record has signed in, and the printed counts are
the real ones."""

import datetime as dt
import re

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import call_command
from django.db.models import Max
from django.utils import timezone

from certificates.models import Certificate
from compliance.models import Assignment
from courses.models import Completion, Enrollment, LessonProgress
from institutions.models import Membership

# Transactional: certificates are issued when the completion commits, as under `make run`.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


def test_demo_data_is_coherent():
    """One load (the curriculum takes a while); each check below names what it found wrong."""
    from io import StringIO

    call_command("load_curriculum", verbosity=0)
    out = StringIO()
    call_command("seed_demo", stdout=out)
    demo = out.getvalue()
    check_printed_member_count_is_the_real_one(demo)
    check_people_join_before_they_are_assigned_and_assignments_are_not_in_the_future()
    check_learning_happens_between_assignment_and_now()
    check_certificates_expire_by_the_renewal_period_after_they_were_earned()
    check_anyone_with_a_record_has_signed_in_after_it()
    check_seed_demo_is_idempotent()


def check_printed_member_count_is_the_real_one(demo):
    printed = int(re.search(r"institution 'riverside', (\d+) members", demo).group(1))
    assert printed == Membership.objects.filter(institution__slug="riverside").count() == 40


def check_people_join_before_they_are_assigned_and_assignments_are_not_in_the_future():
    today = timezone.localdate()
    assignments = Assignment.objects.select_related("membership", "requirement")
    assert assignments.exists()
    for a in assignments:
        assert a.membership.joined_at <= a.assigned_on <= today, a.pk
        assert a.due_on >= a.assigned_on, a.pk
    for m in Membership.objects.select_related("user"):
        assert m.user.date_joined.date() <= m.joined_at, m.pk


def check_learning_happens_between_assignment_and_now():
    now = timezone.now()
    for e in Enrollment.objects.all():
        assert e.started_at <= now
        if e.completed_at:
            assert e.started_at <= e.completed_at <= now, e.pk
            if e.quiz_passed_at:
                assert e.started_at <= e.quiz_passed_at <= e.completed_at, e.pk
    for p in LessonProgress.objects.select_related("enrollment"):
        assert p.enrollment.started_at <= p.completed_at <= now, p.pk
        if p.enrollment.completed_at:
            assert p.completed_at <= p.enrollment.completed_at, p.pk
    for c in Completion.objects.select_related("enrollment"):
        assert c.completed_at == c.enrollment.completed_at, c.pk


def check_certificates_expire_by_the_renewal_period_after_they_were_earned():
    certificates = list(Certificate.objects.all())
    assert certificates
    now = timezone.now()
    states = {"expired": 0, "expiring": 0, "valid": 0}
    for cert in certificates:
        assert cert.completed_at <= cert.issued_at <= now, cert.code
        if cert.expires_at is not None:
            assert cert.expires_at > cert.completed_at, cert.code
            months = relativedelta(cert.expires_at, cert.completed_at)
            assert months.years * 12 + months.months in (12, 24) and months.days == 0, cert.code
            if cert.expires_at < now:
                states["expired"] += 1
            elif cert.expires_at < now + dt.timedelta(days=60):
                states["expiring"] += 1
            else:
                states["valid"] += 1
    # The dashboard has something to show in each state.
    assert states["expired"] >= 1 and states["expiring"] >= 1 and states["valid"] >= 1, states


def check_anyone_with_a_record_has_signed_in_after_it():
    from accounts.models import User

    latest = LessonProgress.objects.values("enrollment__user").annotate(last=Max("completed_at"))
    users = User.objects.in_bulk([row["enrollment__user"] for row in latest])
    assert latest
    for row in latest:
        user = users[row["enrollment__user"]]
        assert user.last_login is not None, user.email
        assert user.last_login >= row["last"], user.email
    # Requirement enrollments start on the day of the assignment, not when the demo was made.
    for a in Assignment.objects.select_related("membership", "requirement"):
        enrollment = Enrollment.objects.filter(
            user_id=a.membership.user_id, course_id=a.requirement.course_id
        ).first()
        if enrollment is not None:
            assert enrollment.started_at.date() >= a.assigned_on, a.pk


def check_seed_demo_is_idempotent():
    counts = (Membership.objects.count(), Certificate.objects.count(), Assignment.objects.count())
    call_command("seed_demo", verbosity=0)
    assert (
        Membership.objects.count(),
        Certificate.objects.count(),
        Assignment.objects.count(),
    ) == counts
