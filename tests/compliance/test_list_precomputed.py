"""The member list, its filters and the CSV export read from the precomputed statuses
(``precomputed_rows``, ``compliance_list``) give exactly the live rule's rows, statuses,
certificate dates and counts (``compliance_rows``) at every moment: before the rows were
computed, across due dates, grace days, the 30-day windows, certificate expiries and renewals,
and long after, when many rows have run out of their window and are computed live."""

import datetime as dt
from collections import Counter

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from compliance.export import export_rows
from compliance.forms import STATUS_CHOICES
from compliance.models import Requirement
from compliance.selectors import (
    ComplianceStatus,
    PrecomputedPage,
    StatusReading,
    compliance_list,
    compliance_rows,
    compliance_summary,
    order_rows,
    precomputed_rows,
    statuses_out_of_date,
)
from compliance.services import assignment_statuses_invalidate, assignment_statuses_refresh
from compliance.status import AssignmentStatus
from institutions.models import Role
from tests.compliance.helpers import assign, certify, make_course, requirement
from tests.compliance.test_status_equivalence import NOW, generate
from tests.compliance.test_status_precomputed import SHIFTS
from tests.factories import DepartmentFactory, InstitutionFactory, MembershipFactory

pytestmark = pytest.mark.django_db

STATUSES = [value for value, _label in STATUS_CHOICES if value]


def _rows(qs) -> list[tuple]:
    return sorted(qs.values_list("id", "state", "cert_issued_at", "cert_expires_at"))


def _filters(inst) -> list[dict]:
    departments = list(inst.departments.order_by("pk"))
    requirements = list(Requirement.objects.filter(institution=inst).order_by("pk"))
    return [
        {},
        *({"status": s} for s in STATUSES),
        {"department": departments[0]},
        {"department": departments[1], "status": ComplianceStatus.OVERDUE},
        {"department_ids": [departments[1].pk, departments[2].pk]},
        {"department_ids": [departments[2].pk], "status": ComplianceStatus.COMPLETED},
        {"requirement_id": requirements[2].pk},
        {"requirement_id": requirements[1].pk, "status": "expiring_soon"},
        {"requirement_id": requirements[-1].pk},  # the switched-off requirement: no rows
    ]


def assert_list_is_live(inst, now, filters) -> int:
    """Rows, statuses, certificate dates and the list's count equal the live rule's."""
    live = compliance_rows(institution=inst, now=now, **filters)
    expected = _rows(live)
    assert _rows(precomputed_rows(institution=inst, now=now, **filters)) == expected, filters
    assert compliance_list(institution=inst, now=now, **filters).count() == len(expected)
    return len(expected)


def _trusted(inst, now) -> int:
    return AssignmentStatus.objects.filter(
        institution=inst, valid_from__lte=now, valid_until__gt=now
    ).count()


@pytest.mark.parametrize("seed", [1, 2])
def test_every_filter_equals_the_live_rule_at_every_moment(make_member, seed):
    inst = generate(seed, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    total = AssignmentStatus.objects.filter(institution=inst).count()
    seen: Counter = Counter()
    trusted = []
    for shift in SHIFTS:
        now = NOW + shift
        trusted.append(_trusted(inst, now))
        for filters in _filters(inst):
            n = assert_list_is_live(inst, now, filters)
            if "status" in filters and shift == dt.timedelta(0):
                seen[filters["status"]] += n
    # Not vacuous: every status filter has rows at NOW; all rows trusted then, none before,
    # and later some have run out of their window (computed live) while others still hold.
    assert all(seen[s] for s in STATUSES), seen
    assert trusted[0] == 0 and trusted[2] == total
    assert 0 < trusted[-3] < total


def test_search_and_rows_marked_out_of_date(make_member):
    inst = generate(5, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    requirement_ids = list(
        Requirement.objects.filter(institution=inst).values_list("pk", flat=True)
    )
    # A requirement's rows marked out of date in bulk (a due-rule change): computed live.
    assignment_statuses_invalidate(where=Q(requirement_id=requirement_ids[0]))
    assert 0 < _trusted(inst, NOW) < AssignmentStatus.objects.filter(institution=inst).count()
    member = inst.memberships.filter(is_active=True).select_related("user").first()
    for now in (NOW, NOW + dt.timedelta(days=31)):
        for filters in [
            *_filters(inst),
            {"search": member.user.email},
            {"search": member.user.email, "status": ComplianceStatus.OVERDUE},
        ]:
            assert_list_is_live(inst, now, filters)


def _live_branch_built(fetch) -> bool:
    """Whether the queries of ``fetch`` read certificates (the live rule's join)."""
    with CaptureQueriesContext(connection) as ctx:
        fetch()
    return any('"certificates_certificate"' in q["sql"] for q in ctx.captured_queries)


@pytest.mark.parametrize(
    "ordering", ["due", "-due", "name", "department", "status", "expires", "-expires", "-status"]
)
def test_both_branches_equal_the_live_rule(make_member, ordering):
    """No row out of its window: the stored rows only (no live-rule expression, no certificate
    read). Some rows out of date: the live branch on them. Both give the live rule's rows,
    pages, counts and summary, with a reading shared by the readers or without one."""
    inst = generate(3, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    requirement_id = Requirement.objects.filter(institution=inst).order_by("pk").first().pk
    for stale in (False, True):
        if stale:
            assignment_statuses_invalidate(where=Q(requirement_id=requirement_id))
        assert statuses_out_of_date(institution=inst, now=NOW) is stale
        reading = StatusReading(institution=inst, now=NOW)
        assert compliance_summary(institution=inst, reading=reading) == compliance_summary(
            institution=inst, now=NOW
        )
        for filters in _filters(inst):
            live = order_rows(compliance_rows(institution=inst, now=NOW, **filters), ordering)
            for shared in (reading, None):
                stored = precomputed_rows(institution=inst, now=NOW, reading=shared, **filters)
                assert _rows(stored) == _rows(live), (stale, filters)
                assert _live_branch_built(lambda s=stored: list(s)) is stale
                rows = compliance_list(
                    institution=inst, ordering=ordering, now=NOW, reading=shared, **filters
                )
                paginator = Paginator(rows, 7)
                assert paginator.count == live.count()
                for number in {1, min(2, paginator.num_pages), paginator.num_pages}:
                    page = paginator.page(number)
                    if not page.object_list:  # the switched-off requirement: no rows
                        assert paginator.count == 0
                        continue
                    got = [(r.id, r.status, r.cert_expires_at) for r in page]
                    want = [
                        (r.id, r.status, r.cert_expires_at)
                        for r in live[page.start_index() - 1 : page.end_index()]
                    ]
                    assert got == want, (stale, filters, number)
    with pytest.raises(ValueError):
        precomputed_rows(institution=InstitutionFactory(), reading=reading)


@pytest.mark.parametrize(
    "ordering", ["due", "-due", "name", "department", "status", "expires", "-expires", "-status"]
)
def test_pages_and_export_equal_the_live_rule(make_member, ordering):
    inst = generate(6, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    for shift in (dt.timedelta(0), dt.timedelta(days=30), dt.timedelta(days=200)):
        now = NOW + shift
        for filters in ({}, {"status": ComplianceStatus.OVERDUE}, {"status": "completed"}):
            rows = compliance_list(institution=inst, ordering=ordering, now=now, **filters)
            assert isinstance(rows, PrecomputedPage)
            full = order_rows(compliance_rows(institution=inst, now=now, **filters), ordering)
            paginator = Paginator(rows, 9)
            for number in {1, 2, paginator.num_pages}:
                page = paginator.page(number)
                got = [(r.id, r.status, r.expiring_soon, r.cert_expires_at) for r in page]
                want = [
                    (r.id, r.status, r.expiring_soon, r.cert_expires_at)
                    for r in full[page.start_index() - 1 : page.end_index()]
                ]
                assert got == want, (shift, filters, number)
            stored = order_rows(precomputed_rows(institution=inst, now=now, **filters), ordering)
            assert list(export_rows(stored)) == list(export_rows(full))


def test_renewal_and_expiry_through_the_services(make_member):
    """At the real current time, through saves (the receivers refresh the rows): a certificate
    expiring, then renewed; the list and the export follow the live rule at each step."""
    today = timezone.localdate()
    now = timezone.now()
    inst = InstitutionFactory()
    ward = DepartmentFactory(institution=inst)
    yearly = requirement(inst, make_course(lessons=1), due_days=30, recurrence_months=12)
    members = [make_member(inst, department=ward) for _ in range(3)]
    for m in members:
        assign(yearly, m, assigned_on=today - dt.timedelta(days=400))
    certify(members[0].user, yearly.course, issued_at=now - dt.timedelta(days=340))
    certify(members[1].user, yearly.course, issued_at=now - dt.timedelta(days=380))
    for moment in (now, now + dt.timedelta(days=20), now + dt.timedelta(days=40)):
        for filters in ({}, *({"status": s} for s in STATUSES), {"department": ward}):
            assert_list_is_live(inst, moment, filters)
    assert precomputed_rows(institution=inst, status="expired").count() == 1
    certify(members[1].user, yearly.course, issued_at=timezone.now())  # renewed
    assert precomputed_rows(institution=inst, status="expired").count() == 0
    assert precomputed_rows(institution=inst, status="completed").count() == 2
    for moment in (timezone.now(), now + dt.timedelta(days=400)):
        for filters in ({}, *({"status": s} for s in STATUSES)):
            assert_list_is_live(inst, moment, filters)
        live = order_rows(compliance_rows(institution=inst, now=moment), "due")
        stored = order_rows(precomputed_rows(institution=inst, now=moment), "due")
        assert list(export_rows(stored)) == list(export_rows(live))


# --- Query counts: constant with the number of members ---------------------------------------


@pytest.fixture
def riverside():
    inst = InstitutionFactory(slug="riverside")
    icu = DepartmentFactory(institution=inst, name="ICU")
    req = requirement(inst, make_course(title="Privacy online"))
    admin = MembershipFactory(institution=inst, role=Role.ADMIN, department=None)
    return inst, icu, req, admin


def _grow(inst, icu, req, n: int) -> None:
    """n more members, every sixth one in each of six statuses (so no filter's page is empty
    at one size and not at the other)."""
    today = timezone.localdate()
    now = timezone.now()
    for i in range(n):
        m = MembershipFactory(institution=inst, department=icu)
        kind = i % 6
        assigned = today - dt.timedelta(days=60 if kind == 1 else 0)
        due = today + dt.timedelta(days=90) if kind == 3 else None
        assign(req, m, assigned_on=assigned, due_on=due)
        if kind in (0, 4, 5):  # completed, expiring within 30 days, expired
            expires = {0: None, 4: now + dt.timedelta(days=10), 5: now - dt.timedelta(days=1)}
            issued = now - dt.timedelta(days=30)
            certify(m.user, req.course, issued_at=issued, expires_at=expires[kind])


def _queries(fetch) -> int:
    with CaptureQueriesContext(connection) as ctx:
        fetch()
    return len(ctx)


def test_list_filters_and_export_queries_do_not_grow(
    api_client, client, riverside, django_assert_max_num_queries
):
    inst, icu, req, admin = riverside
    api_client.force_authenticate(admin.user)
    client.force_login(admin.user)
    members = reverse("api-compliance-members", kwargs={"slug": inst.slug})
    export = reverse("api-compliance-export", kwargs={"slug": inst.slug})
    page = reverse("compliance:compliance", args=[inst.slug])
    params = [
        {},
        *({"status": s} for s in STATUSES),
        {"department": icu.pk},
        {"requirement": req.pk},
        {"ordering": "status"},
        {"q": "example"},
    ]

    def api(p):
        assert api_client.get(members, p).status_code == 200

    def csv_export():
        response = api_client.get(export)
        assert response.status_code == 200
        b"".join(response.streaming_content)

    def html(p):
        assert client.get(page, p).status_code == 200

    html({})  # warm: the signed-in user's row is then read from the cache
    counts = []
    for n in (6, 30):
        _grow(inst, icu, req, n)
        counts.append(
            [_queries(lambda p=p: api(p)) for p in params]
            + [_queries(csv_export), _queries(lambda: html({})), _queries(lambda: html(params[5]))]
        )
    assert counts[0] == counts[1], counts
    # Some rows out of date: the count adds the live rule on them, still constant.
    assignment_statuses_invalidate(where=Q(requirement=req))
    with django_assert_max_num_queries(13):
        api({"status": ComplianceStatus.OVERDUE})
    with django_assert_max_num_queries(13):
        api({"department": icu.pk})
    with django_assert_max_num_queries(10):
        csv_export()
    with django_assert_max_num_queries(38):
        html({"status": ComplianceStatus.OVERDUE})
