"""The set-based status query (latest certificate LEFT JOINed once) gives exactly the rows,
statuses and certificate dates of the previous one (one correlated subquery per row), kept here
verbatim as the reference, on generated data full of edge cases: several certificates per
(user, course), equal issue times, revoked newest ones, expiry on the boundaries, recurring
requirements, grace days, enrollments started or not."""

import datetime as dt
import random
from collections import Counter

import pytest
from dateutil.relativedelta import relativedelta
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    CharField,
    DateTimeField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from certificates.models import Certificate
from compliance.models import Assignment, Requirement
from compliance.selectors import (
    DUE_SOON_DAYS,
    EXPIRING_SOON_DAYS,
    ComplianceStatus,
    PrecomputedPage,
    compliance_list,
    compliance_rows,
    compliance_summary,
    order_rows,
)
from compliance.services import assignment_statuses_refresh
from courses.models import Enrollment
from tests.compliance.helpers import assign, at, certify, make_course, requirement, start
from tests.factories import DepartmentFactory, InstitutionFactory

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 6, 15)
NOW = at(TODAY)
_NO_CUTOFF = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


# --- The previous implementation, as the reference ------------------------------------------


def _ref_latest_certificate() -> QuerySet:
    return Certificate.objects.filter(
        user=OuterRef("membership__user"),
        course=OuterRef("requirement__course"),
        revoked_at__isnull=True,
    ).order_by("-issued_at", "-pk")


def _ref_cutoff(moment, renewals) -> Case:
    return Case(
        *[
            When(requirement_id__in=ids, then=Value(moment - relativedelta(months=months)))
            for months, ids in renewals.items()
        ],
        default=Value(_NO_CUTOFF),
        output_field=DateTimeField(),
    )


def _ref_holds_at(moment, cutoff_ref: str) -> Q:
    return Q(expires_at__gt=moment) | Q(expires_at__isnull=True, issued_at__gt=OuterRef(cutoff_ref))


def reference_rows(institution, now) -> QuerySet[Assignment]:
    today = now.date()
    soon = now + dt.timedelta(days=EXPIRING_SOON_DAYS)
    grace: dict[int, list[int]] = {}
    renewals: dict[int, list[int]] = {}
    for rid, g, months in Requirement.objects.filter(institution=institution).values_list(
        "id", "grace_days", "recurrence_months"
    ):
        grace.setdefault(g, []).append(rid)
        if months:
            renewals.setdefault(months, []).append(rid)
    overdue = Q(pk__in=[])
    for g, ids in grace.items():
        overdue |= Q(requirement_id__in=ids, due_on__lt=today - dt.timedelta(days=g))
    verdict = _ref_latest_certificate().annotate(
        verdict=Case(
            When(_ref_holds_at(soon, "_cut_soon"), then=Value("completed")),
            When(_ref_holds_at(now, "_cut_now"), then=Value("expiring")),
            default=Value("expired"),
            output_field=CharField(),
        )
    )
    started = Exists(
        Enrollment.objects.filter(
            user=OuterRef("membership__user"), course=OuterRef("requirement__course")
        ).filter(Q(last_lesson__isnull=False) | Q(quiz_passed_at__isnull=False))
    )
    return (
        Assignment.objects.filter(
            requirement__institution=institution,
            requirement__is_active=True,
            membership__institution=institution,
            membership__is_active=True,
        )
        .alias(_cut_now=_ref_cutoff(now, renewals), _cut_soon=_ref_cutoff(soon, renewals))
        .annotate(
            state=Coalesce(
                Subquery(verdict.values("verdict")[:1], output_field=CharField()),
                Case(
                    When(exempt_until__gte=today, then=Value("exempt")),
                    When(overdue, then=Value("overdue")),
                    When(
                        due_on__lte=today + dt.timedelta(days=DUE_SOON_DAYS),
                        then=Value("due_soon"),
                    ),
                    When(started, then=Value("in_progress")),
                    default=Value("not_started"),
                    output_field=CharField(),
                ),
            ),
            cert_issued_at=Subquery(_ref_latest_certificate().values("issued_at")[:1]),
            cert_expires_at=Subquery(_ref_latest_certificate().values("expires_at")[:1]),
        )
    )


# --- Generated data -------------------------------------------------------------------------


def _moment(rng: random.Random) -> dt.datetime:
    """A time near NOW, often exactly on a boundary of the rules."""
    boundaries = [
        dt.timedelta(0),
        dt.timedelta(days=EXPIRING_SOON_DAYS),
        dt.timedelta(days=EXPIRING_SOON_DAYS, seconds=1),
        dt.timedelta(seconds=-1),
        relativedelta(months=-12),
        relativedelta(months=-6),
        relativedelta(months=-6, days=30),
    ]
    if rng.random() < 0.4:
        return NOW + rng.choice(boundaries)
    return NOW + dt.timedelta(days=rng.randint(-500, 200), hours=rng.randint(0, 23))


def generate(seed: int, make_member):
    rng = random.Random(seed)
    inst = InstitutionFactory()
    depts = [DepartmentFactory(institution=inst) for _ in range(3)]
    reqs = [
        requirement(inst, make_course(lessons=1), recurrence_months=months, grace_days=grace)
        for months, grace in [(None, 0), (12, 0), (6, 7), (None, 3), (24, 0)]
    ]
    requirement(inst, make_course(lessons=1), is_active=False)
    for i in range(30):
        m = make_member(inst, department=rng.choice(depts), is_active=i % 13 != 12)
        for req in reqs:
            if rng.random() < 0.1:
                continue  # not in this requirement's audience
            due = TODAY + dt.timedelta(days=rng.choice([-8, -7, -4, -3, -1, 0, 1, 30, 31, 60]))
            a = assign(req, m, assigned_on=due - dt.timedelta(days=30), due_on=due)
            if rng.random() < 0.1:  # an exemption, in force or lapsed (boundary: today)
                a.exempt_until = TODAY + dt.timedelta(days=rng.choice([-1, 0, 10]))
                a.save(update_fields=["exempt_until"])
            course = req.course
            roll = rng.random()
            if roll < 0.25:
                start(m.user, course, institution=inst)
            elif roll < 0.35:
                Enrollment.objects.get_or_create(
                    user=m.user, course=course, defaults={"quiz_passed_at": NOW}
                )
            elif roll < 0.45:
                Enrollment.objects.get_or_create(user=m.user, course=course)
            issued = None
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                # Sometimes the very same issue time as the previous one: the higher id wins.
                if issued is None or rng.random() < 0.7:
                    issued = _moment(rng)
                expires = rng.choice([None, None, _moment(rng), issued + dt.timedelta(days=365)])
                certify(
                    m.user,
                    course,
                    issued_at=issued,
                    expires_at=expires,
                    revoked=rng.random() < 0.2,
                )
    return inst


def _rows(qs) -> list[tuple]:
    return sorted(qs.values_list("id", "state", "cert_issued_at", "cert_expires_at"))


@pytest.mark.parametrize("seed", [1, 2])
def test_set_based_status_equals_the_correlated_reference(make_member, seed):
    inst = generate(seed, make_member)
    seen: Counter = Counter()
    for shift in (0, 29, 30, 45, 200, -60, 400):
        now = NOW + dt.timedelta(days=shift)
        expected = _rows(reference_rows(inst, now))
        assert _rows(compliance_rows(institution=inst, now=now)) == expected
        seen.update(r[1] for r in expected)
    # The data set exercises every status (and "expiring"), so the comparison is not vacuous.
    assert set(seen) == {*ComplianceStatus.values, ComplianceStatus.EXPIRING}
    ties = Counter(
        Certificate.objects.filter(revoked_at__isnull=True).values_list(
            "user_id", "course_id", "issued_at"
        )
    )
    assert max(ties.values()) >= 2


@pytest.mark.parametrize("seed", [1, 2])
def test_summary_counts_equal_the_reference(make_member, seed):
    inst = generate(seed, make_member)
    expected = Counter(
        ComplianceStatus.of(s) for s in reference_rows(inst, NOW).values_list("state", flat=True)
    )
    summary = compliance_summary(institution=inst, now=NOW)
    assert summary["counts"] == {s: expected[s] for s in ComplianceStatus.values}
    # An exemption in force is left out of the total the percentage is taken over.
    assert summary["total"] == sum(expected.values()) - expected["exempt"]


@pytest.mark.parametrize(
    "ordering", ["due", "-due", "name", "email", "-department", "requirement", "status", "expires"]
)
def test_list_pages_paged_in_the_database_equal_the_full_query(make_member, ordering):
    inst = generate(3, make_member)
    assignment_statuses_refresh(where=Q(requirement__institution=inst), now=NOW)
    rows = compliance_list(institution=inst, ordering=ordering, now=NOW)
    assert isinstance(rows, PrecomputedPage)
    full = order_rows(compliance_rows(institution=inst, now=NOW), ordering)
    paginator = Paginator(rows, 7)
    assert paginator.count == full.count() > 100
    for number in (1, 2, paginator.num_pages):
        page = paginator.page(number)
        got = [(r.id, r.status, r.expiring_soon, r.cert_issued_at, r.cert_expires_at) for r in page]
        want = [
            (r.id, r.status, r.expiring_soon, r.cert_issued_at, r.cert_expires_at)
            for r in full[page.start_index() - 1 : page.end_index()]
        ]
        assert got == want
        assert len(got) == (7 if number < paginator.num_pages else paginator.count % 7 or 7)
