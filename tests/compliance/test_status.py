import datetime as dt

import pytest

from compliance.selectors import compliance_rows, compliance_summary, requirement_recurrence_months
from institutions.models import Role
from tests.compliance.helpers import assign, at, certify, make_course, requirement, start
from tests.factories import InstitutionFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 6, 15)
NOW = at(TODAY)


@pytest.fixture
def setup(make_member):
    inst = InstitutionFactory()
    course = make_course()
    req = requirement(inst, course, due_days=30, grace_days=0)
    return inst, course, req, make_member


def status_of(inst, membership, now=NOW):
    return compliance_rows(institution=inst, membership_id=membership.id, now=now).get().status


@pytest.mark.parametrize(
    ("due_in_days", "expected"),
    [
        (31, "not_started"),
        (30, "due_soon"),
        (1, "due_soon"),
        (0, "due_soon"),  # due today is not yet overdue
        (-1, "overdue"),
        (-40, "overdue"),
    ],
)
def test_due_boundaries_without_progress(setup, due_in_days, expected):
    inst, _course, req, make_member = setup
    m = make_member(inst)
    assign(
        req,
        m,
        assigned_on=TODAY - dt.timedelta(days=5),
        due_on=TODAY + dt.timedelta(days=due_in_days),
    )
    assert status_of(inst, m) == expected


def test_in_progress_when_started_and_not_due_soon(setup):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=31))
    start(m.user, course, institution=inst)
    assert status_of(inst, m) == "in_progress"


def test_enrolled_but_not_started_is_not_started(setup):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=60))
    from courses.models import Enrollment

    Enrollment.objects.create(user=m.user, course=course, source="requirement", institution=inst)
    assert status_of(inst, m) == "not_started"


@pytest.mark.parametrize(("days_past_due", "expected"), [(3, "due_soon"), (4, "overdue")])
def test_grace_days_delay_overdue(make_member, days_past_due, expected):
    inst = InstitutionFactory()
    req = requirement(inst, due_days=10, grace_days=3)
    m = make_member(inst)
    assign(
        req,
        m,
        assigned_on=TODAY - dt.timedelta(days=20),
        due_on=TODAY - dt.timedelta(days=days_past_due),
    )
    assert status_of(inst, m) == expected


def test_completed_with_valid_certificate_even_when_overdue(setup):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY - dt.timedelta(days=90), due_on=TODAY - dt.timedelta(days=60))
    certify(m.user, course, issued_at=NOW - dt.timedelta(days=1))
    row = compliance_rows(institution=inst, membership_id=m.id, now=NOW).get()
    assert (row.status, row.expiring_soon) == ("completed", False)


@pytest.mark.parametrize(
    ("expires_in", "status", "expiring"),
    [
        (dt.timedelta(days=31), "completed", False),
        (dt.timedelta(days=30), "completed", True),
        (dt.timedelta(seconds=1), "completed", True),
        (dt.timedelta(0), "expired", False),
        (-dt.timedelta(days=1), "expired", False),
    ],
)
def test_certificate_expiry_boundaries(setup, expires_in, status, expiring):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY - dt.timedelta(days=400))
    certify(m.user, course, issued_at=NOW - dt.timedelta(days=300), expires_at=NOW + expires_in)
    row = compliance_rows(institution=inst, membership_id=m.id, now=NOW).get()
    assert (row.status, row.expiring_soon) == (status, expiring)


def test_latest_certificate_wins_and_revoked_ones_do_not_count(setup):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY - dt.timedelta(days=10))
    certify(
        m.user,
        course,
        issued_at=NOW - dt.timedelta(days=400),
        expires_at=NOW - dt.timedelta(days=35),
    )
    assert status_of(inst, m) == "expired"
    certify(
        m.user,
        course,
        issued_at=NOW - dt.timedelta(days=2),
        expires_at=NOW + dt.timedelta(days=363),
    )
    assert status_of(inst, m) == "completed"
    certify(m.user, course, issued_at=NOW - dt.timedelta(days=1), revoked=True)
    assert status_of(inst, m) == "completed"  # the revoked newer one is ignored


def test_only_revoked_certificate_means_not_completed(setup):
    inst, course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=60))
    certify(m.user, course, issued_at=NOW - dt.timedelta(days=1), revoked=True)
    assert status_of(inst, m) == "not_started"


def test_recurring_requirement_lapses_certificate_without_expiry(make_member):
    inst = InstitutionFactory()
    course = make_course()
    req = requirement(inst, course, recurrence_months=12)
    m = make_member(inst)
    assign(req, m, assigned_on=dt.date(2024, 1, 1))
    certify(m.user, course, issued_at=at(dt.date(2025, 6, 15)))  # exactly 12 months ago
    assert status_of(inst, m) == "expired"
    m2 = make_member(inst)
    assign(req, m2, assigned_on=dt.date(2024, 1, 1))
    certify(m2.user, course, issued_at=at(dt.date(2025, 6, 20)))  # lapses in 5 days
    row = compliance_rows(institution=inst, membership_id=m2.id, now=NOW).get()
    assert (row.status, row.expiring_soon) == ("completed", True)


def test_certificate_in_another_course_does_not_count(setup):
    inst, _course, req, make_member = setup
    m = make_member(inst)
    assign(req, m, assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=60))
    certify(m.user, make_course(), issued_at=NOW)
    assert status_of(inst, m) == "not_started"


def test_summary_counts_every_state_and_scopes_departments(make_member):
    inst = InstitutionFactory()
    course = make_course()
    req = requirement(inst, course)
    members = [make_member(inst) for _ in range(4)]
    assign(req, members[0], assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=90))
    assign(req, members[1], assigned_on=TODAY, due_on=TODAY - dt.timedelta(days=2))
    assign(req, members[2], assigned_on=TODAY, due_on=TODAY + dt.timedelta(days=5))
    assign(req, members[3], assigned_on=TODAY, due_on=TODAY - dt.timedelta(days=9))
    certify(members[3].user, course, issued_at=NOW)
    summary = compliance_summary(institution=inst, now=NOW)
    assert summary["total"] == 4
    assert summary["compliant"] == 1
    assert summary["percent"] == 25.0
    assert summary["counts"] == {
        "completed": 1,
        "due_soon": 1,
        "overdue": 1,
        "expired": 0,
        "in_progress": 0,
        "not_started": 1,
        "exempt": 0,
    }
    assert [d["total"] for d in summary["by_department"]] == [1, 1, 1, 1]
    scoped = compliance_summary(
        institution=inst, department_ids=[members[1].department_id], now=NOW
    )
    assert (scoped["total"], scoped["counts"]["overdue"]) == (1, 1)


def test_inactive_members_and_requirements_are_left_out(make_member):
    inst = InstitutionFactory()
    req = requirement(inst)
    gone = make_member(inst, is_active=False)
    assign(req, gone, assigned_on=TODAY)
    paused = requirement(inst, is_active=False)
    here = make_member(inst, role=Role.MANAGER)
    assign(paused, here, assigned_on=TODAY)
    assert compliance_rows(institution=inst, now=NOW).count() == 0


def test_requirement_recurrence_months_is_the_longest_active_one():
    a, b = InstitutionFactory(), InstitutionFactory()
    course = make_course()
    assert requirement_recurrence_months(institution=a, course=course) is None
    requirement(a, course, recurrence_months=24)
    requirement(b, course, recurrence_months=6)
    assert requirement_recurrence_months(institution=a, course=course) == 24
    assert requirement_recurrence_months(institution=b, course=course) == 6
    assert requirement_recurrence_months(institution=None, course=course) is None
    other = make_course()
    requirement(b, other, recurrence_months=None)
    assert requirement_recurrence_months(institution=b, course=other) is None
