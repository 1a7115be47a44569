"""Precomputed statuses (institutions/compliance/status.py): every row trusted at a moment has
the status the live rule gives at that moment, the summary read from them equals the live
computation (tests/institutions/test_status_equivalence.py's reference) at every point in time,
and the events that change a status refresh its row."""

import datetime as dt
from collections import Counter
from types import SimpleNamespace

import pytest
from django.db.models import Q
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_revoke
from compliance.member_actions import member_actions_exempt, member_actions_extend
from compliance.models import Assignment
from compliance.selectors import ComplianceStatus, compliance_rows, compliance_summary
from compliance.services import (
    STATUS_FOREVER,
    assignment_statuses_invalidate,
    assignment_statuses_refresh,
    assignment_statuses_refresh_due,
    requirement_update,
    status_valid_until,
)
from compliance.status import AssignmentStatus, StatusCount
from institutions.models import Membership
from tests.compliance.helpers import assign, at, certify, make_course, requirement, start
from tests.compliance.test_status_equivalence import NOW, TODAY, generate, reference_rows
from tests.factories import DepartmentFactory, InstitutionFactory

pytestmark = pytest.mark.django_db

# Around NOW: before the rows were computed, on it, across due dates, the 30-day window and
# certificate expiries, and far past them.
SHIFTS = [
    dt.timedelta(days=-60),
    dt.timedelta(seconds=-1),
    dt.timedelta(0),
    dt.timedelta(hours=11, minutes=59, seconds=59),  # the last moment of TODAY (12:00 + 12 h)
    dt.timedelta(hours=12),
    dt.timedelta(days=1),
    dt.timedelta(days=7, hours=13),
    dt.timedelta(days=29),
    dt.timedelta(days=30),
    dt.timedelta(days=31),
    dt.timedelta(days=45),
    dt.timedelta(days=200),
    dt.timedelta(days=400),
]


def _trusted(institution, now) -> dict[int, tuple[bool, str]]:
    rows = AssignmentStatus.objects.filter(
        institution=institution, valid_from__lte=now, valid_until__gt=now
    )
    return {a: (counted, state) for a, counted, state in rows.values_list("pk", "counted", "state")}


def assert_rows_hold(institution, now) -> int:
    """Every row trusted at ``now`` says what the live rule says; returns how many were."""
    live = dict(compliance_rows(institution=institution, now=now).values_list("id", "state"))
    trusted = _trusted(institution, now)
    for assignment_id, (counted, state) in trusted.items():
        if counted:
            assert live.get(assignment_id) == state, (assignment_id, now)
        else:
            assert assignment_id not in live, (assignment_id, now)
    return len(trusted)


def assert_counts_match_rows(institution) -> None:
    """StatusCount holds exactly the counted rows per (department, requirement, state)."""
    rows = Counter(
        (d or 0, r, state)
        for d, r, state in AssignmentStatus.objects.filter(
            institution=institution, counted=True
        ).values_list("department_id", "requirement_id", "state")
    )
    counts = {
        (d, r, state): n
        for d, r, state, n in StatusCount.objects.filter(institution=institution).values_list(
            "department_key", "requirement_id", "state", "n"
        )
        if n
    }
    assert counts == dict(rows)


def assert_summary_is_live(institution, now=None, **scope) -> dict:
    """The summary (precomputed counts, less the rows out of date, plus the live rule on those)
    equals the live computation, by department too."""
    assert_counts_match_rows(institution)
    summary = compliance_summary(institution=institution, now=now, **scope)
    expected = Counter(
        ComplianceStatus.of(s)
        for s in compliance_rows(institution=institution, now=now, **scope).values_list(
            "state", flat=True
        )
    )
    assert summary["counts"] == {s: expected[s] for s in ComplianceStatus.values}
    for d in summary["by_department"]:
        rows = compliance_rows(institution=institution, now=now, **scope).filter(
            membership__department_id=d["id"]
        )
        assert d["compliant"] == sum(
            1 for s in rows.values_list("state", flat=True) if ComplianceStatus.of(s) == "completed"
        )
    return summary


@pytest.mark.parametrize("seed", [1, 2])
def test_rows_trusted_at_any_moment_equal_the_live_rule(make_member, seed):
    inst = generate(seed, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    assert AssignmentStatus.objects.filter(institution=inst).count() == (
        Assignment.objects.filter(requirement__institution=inst).count()
    )
    trusted = [assert_rows_hold(inst, NOW + shift) for shift in SHIFTS]
    assert trusted[0] == 0  # asked about a moment before they were computed: none trusted
    assert trusted[2] == AssignmentStatus.objects.filter(institution=inst).count()
    assert 0 < trusted[-3] < trusted[2]  # some have run out by then, and are computed live


@pytest.mark.parametrize("seed", [1, 2])
def test_summary_equals_the_reference_at_every_moment(make_member, seed):
    inst = generate(seed, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    assert_counts_match_rows(inst)
    for shift in SHIFTS:
        now = NOW + shift
        expected = Counter(
            ComplianceStatus.of(s)
            for s in reference_rows(inst, now).values_list("state", flat=True)
        )
        summary = compliance_summary(institution=inst, now=now)
        assert summary["counts"] == {s: expected[s] for s in ComplianceStatus.values}, shift
        assert summary["total"] == sum(expected.values()) - expected["exempt"]


def test_summary_by_department_and_for_a_manager_equals_the_live_rule(make_member):
    inst = generate(4, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    department = inst.departments.order_by("pk").first()
    for shift in (dt.timedelta(0), dt.timedelta(days=31)):
        assert_summary_is_live(inst, NOW + shift)
        assert_summary_is_live(inst, NOW + shift, department=department)
        summary = assert_summary_is_live(inst, NOW + shift, department_ids=[department.pk])
        assert [d["id"] for d in summary["by_department"]] == [department.pk]


def test_valid_until_of_each_kind_of_row():
    now = at(TODAY)
    kw = {"due_on": TODAY + dt.timedelta(days=40), "exempt_until": None, "grace_days": 0}
    none = {"recurrence_months": None, "cert_issued_at": None, "cert_expires_at": None}
    # Not started: changes when it falls due within 30 days (local midnight of that day).
    assert status_valid_until(now=now, **kw, **none) == timezone.make_aware(
        dt.datetime.combine(TODAY + dt.timedelta(days=10), dt.time.min)
    )
    # Overdue for good once the grace days have run out.
    past = {**kw, "due_on": TODAY - dt.timedelta(days=5), "grace_days": 3}
    assert status_valid_until(now=now, **past, **none) == STATUS_FOREVER
    # Exempt until a date: changes the day after.
    exempt = {**past, "exempt_until": TODAY + dt.timedelta(days=2)}
    assert status_valid_until(now=now, **exempt, **none) == timezone.make_aware(
        dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time.min)
    )
    # A certificate with an expiry: 30 days before it, then at it, then never again.
    expires = now + dt.timedelta(days=100)
    cert = {"recurrence_months": None, "cert_issued_at": now, "cert_expires_at": expires}
    assert status_valid_until(now=now, **kw, **cert) == expires - dt.timedelta(days=30)
    later = expires - dt.timedelta(days=1)
    assert status_valid_until(now=later, **kw, **cert) == expires
    assert status_valid_until(now=expires, **kw, **cert) == STATUS_FOREVER
    # Without expiry, a one-off requirement holds for ever; a recurring one no later than
    # issue + 12 months (a day early, to be safe; computed live on that last day).
    one_off = {**cert, "cert_expires_at": None}
    assert status_valid_until(now=now, **kw, **one_off) == STATUS_FOREVER
    renew = {**one_off, "recurrence_months": 12}
    assert status_valid_until(now=now, **kw, **renew) == now + dt.timedelta(days=364 - 30)


# --- Events -------------------------------------------------------------------------------


@pytest.fixture
def world(make_member):
    """An institution with two departments, a one-off and a yearly requirement, four members,
    built through saves (the receivers create the rows), at the real current time."""
    today = timezone.localdate()
    inst = InstitutionFactory()
    wards = [DepartmentFactory(institution=inst) for _ in range(2)]
    once = requirement(inst, make_course(lessons=1), due_days=30)
    yearly = requirement(inst, make_course(lessons=1), due_days=30, recurrence_months=12)
    members = [make_member(inst, department=wards[i % 2]) for i in range(4)]
    for m in members:
        for req in (once, yearly):
            assign(req, m, assigned_on=today - dt.timedelta(days=10))
    admin = make_member(inst, role="admin")
    return SimpleNamespace(
        inst=inst, wards=wards, once=once, yearly=yearly, members=members, admin=admin
    )


def test_every_row_is_created_and_trusted_by_the_saves(world):
    w = world
    assert AssignmentStatus.objects.filter(institution=w.inst).count() == 8
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    summary = assert_summary_is_live(w.inst)
    assert summary["counts"]["due_soon"] == 8


def test_learning_certificates_and_revocation_refresh_the_rows(world):
    w = world
    now = timezone.now()
    # Started, then certified (yearly: expiring within 30 days), then a later one revoked.
    start(w.members[0].user, w.once.course, institution=w.inst)
    certify(w.members[1].user, w.once.course, issued_at=now - dt.timedelta(days=1))
    certify(w.members[2].user, w.yearly.course, issued_at=now - dt.timedelta(days=350))
    revoked = certify(w.members[3].user, w.once.course, issued_at=now - dt.timedelta(hours=1))
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    summary = assert_summary_is_live(w.inst)
    assert summary["counts"]["completed"] == 3
    Certificate.objects.filter(pk=revoked.pk).update(institution=w.inst)
    certificate_revoke(certificate=revoked, actor=w.admin.user, reason="Issued in error.")
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    assert assert_summary_is_live(w.inst)["counts"]["completed"] == 2
    # Completed, then expired: the row is trusted until the certificate lapses, then live.
    later = now + dt.timedelta(days=20)
    assert assert_summary_is_live(w.inst, later)["counts"]["expired"] == 1
    assert assert_rows_hold(w.inst, later) == 7


def test_extension_exemption_and_due_dates_passing(world):
    w = world
    today = timezone.localdate()
    rows = list(Assignment.objects.filter(membership=w.members[0]).order_by("pk"))
    member_actions_extend(
        actor=w.admin.user,
        institution=w.inst,
        assignment_ids=[rows[0].pk],
        due_on=today + dt.timedelta(days=60),
        reason="Leave.",
    )
    member_actions_exempt(
        actor=w.admin.user,
        institution=w.inst,
        assignment_ids=[rows[1].pk],
        until=today + dt.timedelta(days=5),
        reason="Leave.",
    )
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    summary = assert_summary_is_live(w.inst)
    assert (summary["counts"]["not_started"], summary["counts"]["exempt"]) == (1, 1)
    # 25 days on, due dates and the exemption have passed: computed live until refreshed,
    # then trusted again by the scheduled job's rows.
    later = timezone.now() + dt.timedelta(days=25)
    assert assert_summary_is_live(w.inst, later)["counts"]["overdue"] == 7
    assert assert_rows_hold(w.inst, later) == 1  # only the extended row is still trusted
    assert assignment_statuses_refresh_due(now=later) == 7
    assert assert_rows_hold(w.inst, later) == 8
    assert assignment_statuses_refresh_due(now=later) == 0


def test_departed_and_moved_members_and_a_switched_off_requirement(world):
    w = world
    w.members[0].is_active = False
    w.members[0].save()
    w.members[1].department = w.wards[0]
    w.members[1].save(update_fields=["department"])
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    summary = assert_summary_is_live(w.inst)
    assert summary["total"] == 6
    assert_summary_is_live(w.inst, department=w.wards[0])
    assert_summary_is_live(w.inst, department_ids=[w.wards[1].pk])
    # Deactivated in bulk (a roster import): out of date at once, live until refreshed.
    Membership.objects.filter(pk=w.members[2].pk).update(is_active=False)
    assignment_statuses_invalidate(where=Q(membership=w.members[2]))
    assert assert_summary_is_live(w.inst)["total"] == 4
    # A requirement switched off: every row of it is out of date at once.
    requirement_update(
        actor=w.admin.user, institution=w.inst, requirement=w.yearly, is_active=False
    )
    assert assert_rows_hold(w.inst, timezone.now()) == 3
    assert assert_summary_is_live(w.inst)["total"] == 2
    assert assignment_statuses_refresh_due() == 5
    assert assert_rows_hold(w.inst, timezone.now()) == 8


def test_a_learner_in_two_institutions_is_refreshed_in_both(world, make_member):
    w = world
    other = InstitutionFactory()
    elsewhere = requirement(other, w.once.course, due_days=30)
    membership = make_member(other, user=w.members[0].user)
    assign(elsewhere, membership, assigned_on=timezone.localdate())
    certify(w.members[0].user, w.once.course, issued_at=timezone.now())
    assert assert_summary_is_live(other)["counts"]["completed"] == 1
    assert assert_summary_is_live(w.inst)["counts"]["completed"] == 1
    assert assert_rows_hold(other, timezone.now()) == 1


def test_rows_written_in_bulk_without_a_status_are_created_by_the_job(world):
    w = world
    AssignmentStatus.objects.filter(assignment__membership=w.members[0]).delete()
    assert_counts_match_rows(w.inst)
    assert assignment_statuses_refresh_due() == 2
    assert assert_rows_hold(w.inst, timezone.now()) == 8
    assert_summary_is_live(w.inst)


def test_deleted_members_assignments_and_departments_leave_the_counts(world):
    w = world
    w.members[0].delete()
    Assignment.objects.filter(membership=w.members[1], requirement=w.once).delete()
    assert assert_summary_is_live(w.inst)["total"] == 5
    w.wards[0].delete()  # members 2 (and 0) were in it; now in no department
    summary = assert_summary_is_live(w.inst)
    assert {d["id"]: d["total"] for d in summary["by_department"]} == {None: 2, w.wards[1].pk: 3}
    assert assignment_statuses_refresh_due() == 2
    assert assert_rows_hold(w.inst, timezone.now()) == 5
    assert_summary_is_live(w.inst)


def test_summary_queries_do_not_grow_with_members_or_stale_rows(
    world, make_member, django_assert_num_queries
):
    w = world
    # Counts, rows out of date (none), department and requirement names.
    with django_assert_num_queries(4):
        compliance_summary(institution=w.inst)
    for i in range(12):
        m = make_member(w.inst, department=w.wards[i % 2])
        assign(w.once, m, assigned_on=timezone.localdate())
    with django_assert_num_queries(4):
        compliance_summary(institution=w.inst)
    # Some rows out of date: the requirement rules and the live query on those rows too.
    assignment_statuses_invalidate(where=Q(requirement=w.once))
    with django_assert_num_queries(6):
        compliance_summary(institution=w.inst)
    with django_assert_num_queries(6):
        compliance_summary(institution=w.inst, department=w.wards[0])


def test_an_upgraded_install_is_right_before_the_first_refresh(world):
    """Assignments made before the status tables existed get rows out of date from the start
    (migration compliance 0003): the summary computes them live until the job refreshes them."""
    import importlib

    from django.apps import apps

    w = world
    AssignmentStatus.objects.filter(institution=w.inst).delete()
    StatusCount.objects.filter(institution=w.inst).delete()
    migration = importlib.import_module("compliance.migrations.0003_assignment_status")
    migration.rows_for_existing_assignments(apps, None)
    assert AssignmentStatus.objects.filter(institution=w.inst).count() == (
        Assignment.objects.filter(requirement__institution=w.inst).count()
    )
    assert assert_rows_hold(w.inst, timezone.now()) == 0  # none trusted yet
    summary = assert_summary_is_live(w.inst)
    assert summary["total"] > 0
    assert assignment_statuses_refresh_due() == (
        Assignment.objects.filter(requirement__institution=w.inst).count()
    )
    assert_summary_is_live(w.inst)
