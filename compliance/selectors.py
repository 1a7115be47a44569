"""Compliance reads. One rule decides a member's status for a requirement, computed in SQL.

Status of an assignment (member × requirement), first match wins:

1. ``completed``  – the latest non-revoked certificate for (user, course) has not lapsed.
2. ``expired``    – that certificate has lapsed (``expires_at`` reached, or, for a recurring
   requirement and a certificate issued without an expiry, it is older than M months).
3. ``overdue``    – no certificate and today is after ``due_on + grace_days``.
4. ``due_soon``   – no certificate and ``due_on`` is within 30 days (including the grace days).
5. ``in_progress``– the member has started the course (a lesson done or the quiz passed).
6. ``not_started``.

The per-requirement constants (grace days, renewal months) are turned into date cut-offs in
Python, so the SQL only compares columns with constants and stays portable (SQLite/PostgreSQL).
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from django.db.models import (
    Case,
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    FilteredRelation,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from django.utils import timezone

from certificates.models import Certificate
from compliance.models import (
    Assignment,
    AssignmentStatus,
    Audience,
    ComplianceSnapshot,
    Requirement,
    StatusCount,
    compliance_percent,
)
from institutions.models import Department, Institution, Membership
from institutions.permissions import managed_department_ids
from institutions.selectors import institution_get_for_reporter

DUE_SOON_DAYS = 30
EXPIRING_SOON_DAYS = 30


class ComplianceStatus:
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    EXPIRED = "expired"
    EXEMPT = "exempt"

    LABELS = {
        "completed": "Completed",
        "due_soon": "Due soon",
        "overdue": "Overdue",
        "expired": "Expired",
        "in_progress": "In progress",
        "not_started": "Not started",
        "exempt": "Exempt",
    }
    values = tuple(LABELS)
    # Only in the ``state`` annotation: completed, but the certificate lapses within 30 days.
    EXPIRING = "expiring"

    @classmethod
    def of(cls, state: str | None) -> str | None:
        return cls.COMPLETED if state == cls.EXPIRING else state

    BADGE = {
        "completed": "badge-ok",
        "due_soon": "badge-warn",
        "overdue": "badge-bad",
        "expired": "badge-bad",
        "in_progress": "",
        "not_started": "",
        "exempt": "badge-neutral",
    }


# The latest non-revoked certificate of the row's (user, course) is LEFT JOINed once:
#   LEFT JOIN certificate c ON c.user = member AND c.course = requirement's course
#        AND c.revoked_at IS NULL AND NOT EXISTS (a newer non-revoked one for c's user/course)
# The NOT EXISTS refers only to ``c``, so PostgreSQL pulls it up into an anti-join of the
# certificates with themselves (over the partial index certificates_latest_valid): "latest valid
# certificate per (user, course)" is computed once, set-based, and hash-joined to the rows,
# instead of one correlated subquery per row. Ties on ``issued_at`` go to the higher id, exactly
# like ``ORDER BY issued_at DESC, id DESC LIMIT 1``. No WHERE clause is added: every assignment
# keeps exactly one row (tests/institutions/test_status_equivalence.py checks both).
_C = "membership__user__certificates"
_E = "membership__user__enrollments"


def _certificate_join() -> FilteredRelation:
    newer = Certificate.objects.filter(
        user_id=OuterRef("_cert__user_id"),
        course_id=OuterRef("_cert__course_id"),
        revoked_at__isnull=True,
    ).filter(
        Q(issued_at__gt=OuterRef("_cert__issued_at"))
        | Q(issued_at=OuterRef("_cert__issued_at"), id__gt=OuterRef("_cert__id"))
    )
    return FilteredRelation(
        _C,
        condition=Q(
            **{f"{_C}__course": F("requirement__course"), f"{_C}__revoked_at__isnull": True}
        )
        & ~Exists(newer),
    )


def _enrollment_join() -> FilteredRelation:
    # (user, course) is unique on Enrollment: at most one row joins.
    return FilteredRelation(_E, condition=Q(**{f"{_E}__course": F("requirement__course")}))


# Certificates without an expiry of their own, counted for a recurring requirement, hold until
# issue + M months: compared as "issued after this cut-off". Non-recurring: any issue date holds.
_NO_CUTOFF = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


def _renewal_cutoff(moment: dt.datetime, renewals: dict[int, list[int]]) -> Case:
    return Case(
        *[
            When(requirement_id__in=ids, then=Value(moment - relativedelta(months=months)))
            for months, ids in renewals.items()
        ],
        default=Value(_NO_CUTOFF),
        output_field=DateTimeField(),
    )


def _holds_at(moment: dt.datetime, cutoff_ref: str) -> Q:
    return Q(_cert__expires_at__gt=moment) | Q(
        _cert__expires_at__isnull=True, _cert__issued_at__gt=F(cutoff_ref)
    )


@dataclass(frozen=True)
class _Rules:
    grace: dict[int, list[int]] = field(default_factory=dict)  # grace days -> requirement ids
    renewals: dict[int, list[int]] = field(default_factory=dict)  # months -> requirement ids


def _rules(institution: Institution) -> _Rules:
    grace: dict[int, list[int]] = {}
    renewals: dict[int, list[int]] = {}
    for rid, g, months in Requirement.objects.filter(institution=institution).values_list(
        "id", "grace_days", "recurrence_months"
    ):
        grace.setdefault(g, []).append(rid)
        if months:
            renewals.setdefault(months, []).append(rid)
    return _Rules(grace=grace, renewals=renewals)


def annotate_status(
    qs: QuerySet[Assignment],
    *,
    institution: Institution,
    now: dt.datetime | None = None,
    with_dates: bool = False,
    rules: _Rules | None = None,
) -> QuerySet[Assignment]:
    """Annotate assignments with ``state`` (the status, with ``completed`` split into
    ``completed`` and ``expiring``; see ``Assignment.status``/``expiring_soon``) and, with
    ``with_dates``, the latest certificate's ``cert_issued_at``/``cert_expires_at``.

    The latest certificate and the enrollment are LEFT JOINed once (see ``_certificate_join``)
    and the status is one CASE over the joined columns: no per-row subquery."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    soon = now + dt.timedelta(days=EXPIRING_SOON_DAYS)
    rules = rules or _rules(institution)
    overdue = Q(pk__in=[])
    for g, ids in rules.grace.items():
        overdue |= Q(requirement_id__in=ids, due_on__lt=today - dt.timedelta(days=g))
    certified = Q(_cert__id__isnull=False)
    started = Q(_enrollment__last_lesson_id__isnull=False) | Q(
        _enrollment__quiz_passed_at__isnull=False
    )
    qs = (
        qs.alias(_cert=_certificate_join(), _enrollment=_enrollment_join())
        .alias(
            _cut_now=_renewal_cutoff(now, rules.renewals),
            _cut_soon=_renewal_cutoff(soon, rules.renewals),
        )
        .annotate(
            state=Case(
                When(
                    certified & _holds_at(soon, "_cut_soon"), then=Value(ComplianceStatus.COMPLETED)
                ),
                When(certified & _holds_at(now, "_cut_now"), then=Value(ComplianceStatus.EXPIRING)),
                When(certified, then=Value(ComplianceStatus.EXPIRED)),
                # An exemption in force: neither overdue nor counted against compliance.
                When(exempt_until__gte=today, then=Value(ComplianceStatus.EXEMPT)),
                When(overdue, then=Value(ComplianceStatus.OVERDUE)),
                When(
                    due_on__lte=today + dt.timedelta(days=DUE_SOON_DAYS),
                    then=Value(ComplianceStatus.DUE_SOON),
                ),
                When(started, then=Value(ComplianceStatus.IN_PROGRESS)),
                default=Value(ComplianceStatus.NOT_STARTED),
                output_field=CharField(),
            )
        )
    )
    if with_dates:
        qs = qs.annotate(
            cert_issued_at=F("_cert__issued_at"), cert_expires_at=F("_cert__expires_at")
        )
    return qs


def _state_filter(status: str) -> Q:
    if status == "expiring_soon":
        return Q(state=ComplianceStatus.EXPIRING)
    if status == ComplianceStatus.COMPLETED:
        return Q(state__in=[ComplianceStatus.COMPLETED, ComplianceStatus.EXPIRING])
    return Q(state=status)


def _scoped_rows(
    *,
    institution: Institution,
    department_ids: list[int] | None = None,
    department: Department | None = None,
    requirement_id: int | None = None,
    membership_id: int | None = None,
    search: str = "",
) -> QuerySet[Assignment]:
    qs = Assignment.objects.filter(
        requirement__institution=institution,
        requirement__is_active=True,
        membership__institution=institution,
        membership__is_active=True,
    ).select_related("membership__user", "membership__department", "requirement__course")
    if department_ids is not None:
        qs = qs.filter(membership__department_id__in=department_ids)
    if department is not None:
        if not department.belongs_to(institution):
            raise Http404("No department matches the given query.")
        qs = qs.filter(membership__department=department)
    if requirement_id is not None:
        qs = qs.filter(requirement_id=requirement_id)
    if membership_id is not None:
        qs = qs.filter(membership_id=membership_id)
    if search:
        qs = qs.filter(_search(search))
    return qs


def _search(search: str) -> Q:
    return (
        Q(membership__user__email__icontains=search)
        | Q(membership__user__display_name__icontains=search)
        | Q(membership__employee_id__iexact=search)
    )


def compliance_rows(
    *,
    institution: Institution,
    department_ids: list[int] | None = None,
    department: Department | None = None,
    requirement_id: int | None = None,
    membership_id: int | None = None,
    status: str | None = None,
    search: str = "",
    now: dt.datetime | None = None,
    with_dates: bool = True,
    rules: _Rules | None = None,
) -> QuerySet[Assignment]:
    """Member × requirement rows of active members and active requirements of one institution,
    scoped to a manager's departments when ``department_ids`` is given."""
    qs = _scoped_rows(
        institution=institution,
        department_ids=department_ids,
        department=department,
        requirement_id=requirement_id,
        membership_id=membership_id,
        search=search,
    )
    qs = annotate_status(qs, institution=institution, now=now, with_dates=with_dates, rules=rules)
    if status:
        qs = qs.filter(_state_filter(status))
    return qs


ORDERINGS = {
    "name": ("membership__user__display_name", "membership__user__email", "id"),
    "email": ("membership__user__email", "id"),
    "department": ("membership__department__name", "membership__user__email", "id"),
    "requirement": ("requirement__course__title", "membership__user__email", "id"),
    "due": ("due_on", "membership__user__email", "id"),
    "status": ("state", "due_on", "id"),
    # Rows without a certificate sort last both ways.
    "expires": (F("cert_expires_at"), "id"),
}


def order_rows(
    qs: QuerySet[Assignment], ordering: str, stored: bool = False
) -> QuerySet[Assignment]:
    """Sort by a known key; a leading "-" reverses it; unknown keys fall back to due date.
    ``stored``: rows of ``precomputed_rows`` while no status row is out of its window, sorted
    by the due date copied on their status row (the same date), so that a status filter or
    sort and the due date are read in order along ``assignment_status_state_due``."""
    desc = ordering.startswith("-")
    keys = ORDERINGS.get(ordering.lstrip("-"), ORDERINGS["due"])
    if stored:
        keys = tuple("status_row__due_on" if k == "due_on" else k for k in keys)
    return qs.order_by(
        *(
            (f"-{k}" if desc else k)
            if isinstance(k, str)
            else (k.desc(nulls_last=True) if desc else k.asc(nulls_last=True))
            for k in keys
        )
    )


# --- The member list and the export, read from the precomputed statuses ----------------------


def _fresh(now: dt.datetime) -> Q:
    """An assignment whose precomputed status row holds at ``now``."""
    return Q(status_row__valid_from__lte=now, status_row__valid_until__gt=now)


def _out_of_window(now: dt.datetime) -> Q:
    """A status row out of its validity window at ``now``."""
    return Q(valid_until__lte=now) | Q(valid_from__gt=now)


def _stale_ids(institution: Institution, now: dt.datetime) -> QuerySet:
    """The institution's status rows out of their validity window at ``now``."""
    return AssignmentStatus.objects.filter(_out_of_window(now), institution=institution).values(
        "assignment_id"
    )


def statuses_out_of_date(*, institution: Institution, now: dt.datetime) -> bool:
    """Whether any of the institution's status rows is out of its window at ``now``: one query,
    two indexed range probes (``assignment_status_until``, ``assignment_status_from``)."""
    rows = AssignmentStatus.objects.filter(institution=institution)
    return (
        Institution.objects.filter(pk=institution.pk)
        .annotate(
            until=Exists(rows.filter(valid_until__lte=now)),
            ahead=Exists(rows.filter(valid_from__gt=now)),
        )
        .filter(Q(until=True) | Q(ahead=True))
        .exists()
    )


class StatusReading:
    """The precomputed statuses of one institution read at one moment, shared by the readers
    of one request (the summary, the member list, the most-overdue and expiring lists): whether
    any row is out of its window is asked once (and learnt for free from the first count), the
    precomputed counts are read once per scope, and the requirement rules of the live branch
    are read only when some row is out of date. While every row holds (the scheduled job keeps
    them so) no live-rule expression is built at all."""

    def __init__(self, *, institution: Institution, now: dt.datetime | None = None):
        self.institution = institution
        self.now = now or timezone.now()
        self._stale: bool | None = None
        self._rules: _Rules | None = None
        self._counts: dict[tuple, list[dict]] = {}

    @property
    def stale(self) -> bool:
        """Some status row of the institution is out of its window at ``now``."""
        if self._stale is None:
            self._stale = statuses_out_of_date(institution=self.institution, now=self.now)
        return self._stale

    def rules(self) -> _Rules:
        if self._rules is None:
            self._rules = _rules(self.institution)
        return self._rules

    def counts(
        self, *, department_ids: list[int] | None, department: Department | None
    ) -> list[dict]:
        """``_status_counts`` of a scope, read once."""
        key = (
            None if department_ids is None else tuple(sorted(department_ids)),
            None if department is None else department.pk,
        )
        if key not in self._counts:
            groups, stale = _status_counts(
                institution=self.institution,
                department_ids=department_ids,
                department=department,
                now=self.now,
                stale=self._stale,
                rules=self._rules,
            )
            self._stale = stale
            self._counts[key] = groups
        return self._counts[key]


def _reading(
    institution: Institution, now: dt.datetime | None, reading: StatusReading | None
) -> StatusReading:
    if reading is None:
        return StatusReading(institution=institution, now=now)
    if reading.institution.pk != institution.pk or (now is not None and now != reading.now):
        raise ValueError("The status reading is of another institution or moment.")
    return reading


def _stored_states(status: str) -> list[str]:
    if status == "expiring_soon":
        return [ComplianceStatus.EXPIRING]
    if status == ComplianceStatus.COMPLETED:
        return [ComplianceStatus.COMPLETED, ComplianceStatus.EXPIRING]
    return [status]


def precomputed_rows(
    *,
    institution: Institution,
    department_ids: list[int] | None = None,
    department: Department | None = None,
    requirement_id: int | None = None,
    status: str | None = None,
    search: str = "",
    now: dt.datetime | None = None,
    narrow: bool = False,
    lean: bool = False,
    reading: StatusReading | None = None,
) -> QuerySet[Assignment]:
    """The rows of ``compliance_rows`` (same filters, same ``state`` and certificate dates), read
    from the precomputed statuses (compliance/status.py): a row whose status row holds at
    ``now`` is filtered and shown by its stored columns (department, counted, state, dates; no
    certificate or enrollment is read); the rows out of their window are filtered by the live
    rule, set-based, on exactly those rows (like the summary), and their state and dates are
    computed live per row (a subquery PostgreSQL evaluates only for them). Rows without any
    status row (bulk writes that skipped the refresh; the scheduled job creates them) are left
    out, as in the summary.

    When no row of the institution is out of its window (``reading.stale``, one indexed query
    unless the reading knows it already) the live branch is not built: the rows are the stored
    ones, filtered and shown by their columns.

    ``narrow`` (with rows out of date): the filter is given as the set of matching ids, read
    from the status index (institution, counted, department, requirement, state), united with
    the live rows: for a filter matching a small part of the institution. Otherwise, and always
    while no row is out of date, it is a condition on the joined status row, which PostgreSQL
    checks while it reads the rows in the page's order (the due-date indexes of the assignment
    or, sorted with ``order_rows(stored=True)``, of the status row) or hash-joins (the export).
    ``lean``: without the joined names (for a query of ids). ``reading``: the request's
    ``StatusReading`` of this institution (its ``now``), shared between readers."""
    reading = _reading(institution, now, reading)
    now = reading.now
    if department is not None and not department.belongs_to(institution):
        raise Http404("No department matches the given query.")
    stale = reading.stale
    live = None
    if stale:
        live = (
            compliance_rows(
                institution=institution,
                department_ids=department_ids,
                department=department,
                status=status,
                now=now,
                with_dates=False,
                rules=reading.rules(),
            )
            .filter(pk__in=_stale_ids(institution, now))
            .order_by()
            .values("pk")
        )
    qs = Assignment.objects.filter(status_row__institution=institution)
    if narrow and stale:
        held = AssignmentStatus.objects.filter(
            institution=institution, counted=True, valid_from__lte=now, valid_until__gt=now
        )
        if department_ids is not None:
            held = held.filter(department_id__in=department_ids)
        if department is not None:
            held = held.filter(department_id=department.pk)
        if status:
            held = held.filter(state__in=_stored_states(status))
        qs = qs.filter(pk__in=held.order_by().values("assignment_id").union(live, all=True))
    else:
        # Every row holds when none is out of date: the window is checked only when some are,
        # and the filter is on the joined status row (read along its indexes, in the page's
        # order when sorted with ``order_rows(stored=True)``).
        held = (_fresh(now) if stale else Q()) & Q(status_row__counted=True)
        if department_ids is not None:
            held &= Q(status_row__department_id__in=department_ids)
        if department is not None:
            held &= Q(status_row__department_id=department.pk)
        if status:
            held &= Q(status_row__state__in=_stored_states(status))
        qs = qs.filter(held | Q(pk__in=live) if stale else held)
    if requirement_id is not None:
        qs = qs.filter(requirement_id=requirement_id)
    if search:
        qs = qs.filter(_search(search))
    if not lean:
        qs = qs.select_related("membership__user", "membership__department", "requirement__course")
    if not stale:
        return qs.annotate(
            state=F("status_row__state"),
            cert_issued_at=F("status_row__cert_issued_at"),
            cert_expires_at=F("status_row__cert_expires_at"),
        )
    one = annotate_status(
        Assignment.objects.filter(pk=OuterRef("pk")),
        institution=institution,
        now=now,
        with_dates=True,
        rules=reading.rules(),
    )
    fresh = _fresh(now)

    def stored_or_live(column: str, output_field):
        return Case(
            When(fresh, then=F(f"status_row__{column}")),
            default=Subquery(one.order_by().values(column)[:1]),
            output_field=output_field,
        )

    return qs.annotate(
        state=stored_or_live("state", CharField()),
        cert_issued_at=stored_or_live("cert_issued_at", DateTimeField()),
        cert_expires_at=stored_or_live("cert_expires_at", DateTimeField()),
    )


# Reading the rows in the page's order (due-date index) and checking the filter on each is
# cheap while the page is found within this many rows; beyond, the matching ids are collected
# from the status index and sorted.
_WALK_ROWS = 20_000
_INDEXED_ORDERINGS = frozenset({"due", "-due"})


class PrecomputedPage:
    """Sorted precomputed rows for a paginator, paged in the database. Counted from
    ``StatusCount`` (the summary's figures: a few hundred rows, plus the live rule on the rows
    out of date), which also tells which way to find a page (``precomputed_rows(narrow=...)``)
    and whether any row is out of date; with a search, the matching rows are counted."""

    def __init__(self, *, scope: dict, search: str, ordering: str, reading: StatusReading):
        self._scope = scope
        self._search = search
        self._ordering = ordering
        self._reading = reading
        self._counts: tuple[int, int] | None = None  # matching, whole scope

    def _rows(self, narrow: bool) -> QuerySet[Assignment]:
        rows = precomputed_rows(
            **self._scope, search=self._search, narrow=narrow, reading=self._reading
        )
        return order_rows(rows, self._ordering, stored=not self._reading.stale)

    def count(self) -> int:
        if self._counts is None:
            if self._search:
                self._counts = (self._rows(narrow=False).order_by().count(), 0)
            else:
                self._counts = _rows_counted(**self._scope, reading=self._reading)
        return self._counts[0]

    def __len__(self) -> int:
        return self.count()

    def _narrow(self, stop: int | None) -> bool:
        if self._search:
            return False
        self.count()
        matching, whole = self._counts
        if self._scope["status"]:
            # A status correlates with the due date (overdue rows come first, due-soon ones
            # last): read along the due-date index only when most rows match.
            return matching * 3 < whole
        if self._scope["department"] is not None:
            return (stop or whole) * whole > _WALK_ROWS * max(matching, 1)
        return False

    def _page_ids(self, index: slice) -> list[int]:
        """The page's ids, sorted and sliced in the database by a lean query (the sort keys
        and the filter only). Not filtered or sorted by status, the plain assignments of the
        scope are sliced (no status is read: the rows listed do not depend on it)."""
        s = self._scope
        if not (s["status"] or self._ordering.lstrip("-") in _STATUS_ORDERINGS):
            plain = _scoped_rows(
                institution=s["institution"],
                department_ids=s["department_ids"],
                department=s["department"],
                requirement_id=s["requirement_id"],
                search=self._search,
            )
            return list(order_rows(plain, self._ordering).values_list("id", flat=True)[index])
        rows = precomputed_rows(
            **s,
            search=self._search,
            narrow=self._narrow(index.stop),
            lean=True,
            reading=self._reading,
        )
        ordered = order_rows(rows, self._ordering, stored=not self._reading.stale)
        return list(ordered.values_list("id", flat=True)[index])

    def __getitem__(self, index):
        if not isinstance(index, slice):
            found = self[index : index + 1]
            if not found:
                raise IndexError("PrecomputedPage index out of range")
            return found[0]
        ids = self._page_ids(index)
        if not ids:
            return []
        shown = precomputed_rows(institution=self._scope["institution"], reading=self._reading)
        by_id = {row.id: row for row in shown.filter(pk__in=ids)}
        return [by_id[i] for i in ids if i in by_id]

    def __iter__(self):
        return iter(self._rows(self._narrow(None)))


# Sort keys computed from the status (every matching row's status is needed to cut a page).
_STATUS_ORDERINGS = frozenset({"status", "expires"})


def _rows_counted(
    *,
    institution: Institution,
    department_ids: list[int] | None,
    department: Department | None,
    requirement_id: int | None,
    status: str | None,
    reading: StatusReading,
) -> tuple[int, int]:
    """(rows matching the filters, rows of the whole scope) from the precomputed counts."""
    states = set(_stored_states(status)) if status else None
    matching = whole = 0
    for g in reading.counts(department_ids=department_ids, department=None):
        whole += g["n"]
        if (
            (department is None or g["membership__department_id"] == department.pk)
            and (requirement_id is None or g["requirement_id"] == requirement_id)
            and (states is None or g["state"] in states)
        ):
            matching += g["n"]
    return matching, whole


def compliance_list(
    *,
    institution: Institution,
    ordering: str = "due",
    department_ids: list[int] | None = None,
    department: Department | None = None,
    requirement_id: int | None = None,
    status: str | None = None,
    search: str = "",
    now: dt.datetime | None = None,
    reading: StatusReading | None = None,
) -> PrecomputedPage:
    """The rows of a paginated member list, sorted and paged in the database, from the
    precomputed statuses (``precomputed_rows``); counted from ``StatusCount`` unless searched.
    Constant queries: the page's two, and the count's two (four with rows out of date), which
    a ``reading`` shared with the request's other lists and summary reads once for all."""
    if department is not None and not department.belongs_to(institution):
        raise Http404("No department matches the given query.")
    reading = _reading(institution, now, reading)
    scope = {
        "institution": institution,
        "department_ids": department_ids,
        "department": department,
        "requirement_id": requirement_id,
        "status": status,
    }
    return PrecomputedPage(scope=scope, search=search, ordering=ordering, reading=reading)


def _pct(compliant: int, total: int) -> float:
    return compliance_percent(compliant=compliant, total=total)


def _counted(counts: dict[str, int]) -> int:
    """Rows that count towards compliance: every status but an exemption in force."""
    return sum(counts.values()) - counts.get(ComplianceStatus.EXEMPT, 0)


def _empty_counts() -> dict[str, int]:
    return dict.fromkeys(ComplianceStatus.values, 0)


def _status_counts(
    *,
    institution: Institution,
    department_ids: list[int] | None,
    department: Department | None,
    now: dt.datetime,
    stale: bool | None = None,
    rules: _Rules | None = None,
) -> tuple[list[dict], bool]:
    """((department id, requirement id, state, n) groups, whether any row is out of date): the
    precomputed counts (a few hundred rows), less the stored rows out of their validity window
    at ``now``, plus the live rule on those rows (normally few: the scheduled job refreshes
    them). Two queries whatever the size (one when ``stale`` is known to be False), four when
    some rows are out of date."""
    counts = StatusCount.objects.filter(institution=institution)
    shown: set | None = None  # the departments asked for (None: all)
    if department_ids is not None:
        counts = counts.filter(department_key__in=department_ids)
        shown = set(department_ids)
    if department is not None:
        if department.institution_id != institution.id:
            raise Http404("No department matches the given query.")
        counts = counts.filter(department_key=department.pk)
        shown = {department.pk} if shown is None else shown & {department.pk}
    total: Counter = Counter()
    for department_key, requirement_id, state, n in counts.values_list(
        "department_key", "requirement_id", "state", "n"
    ):
        total[(department_key or None, requirement_id, state)] += n
    out_of_window = _out_of_window(now)
    out_of_date = (
        []
        if stale is False
        else list(
            AssignmentStatus.objects.filter(out_of_window, institution=institution)
            .order_by()
            .values("counted", "department_id", "requirement_id", "state")
            .annotate(n=Count("pk"))
        )
    )
    for g in out_of_date:
        if g["counted"] and (shown is None or g["department_id"] in shown):
            total[(g["department_id"], g["requirement_id"], g["state"])] -= g["n"]
    if out_of_date:
        # The live rule on every row out of its window, whatever department it was stored under.
        live = compliance_rows(
            institution=institution,
            department_ids=department_ids,
            department=department,
            now=now,
            with_dates=False,
            rules=rules,
        ).filter(pk__in=_stale_ids(institution, now))
        for g in (
            live.order_by()
            .values("membership__department_id", "requirement_id", "state")
            .annotate(n=Count("id"))
        ):
            total[(g["membership__department_id"], g["requirement_id"], g["state"])] += g["n"]
    groups = [
        {"membership__department_id": d, "requirement_id": r, "state": state, "n": n}
        for (d, r, state), n in total.items()
        if n
    ]
    return groups, bool(out_of_date)


def compliance_summary(
    *,
    institution: Institution,
    department_ids: list[int] | None = None,
    department: Department | None = None,
    now: dt.datetime | None = None,
    reading: StatusReading | None = None,
) -> dict:
    """Overall, per-department and per-requirement counts and compliance % (member ×
    requirement rows; compliant = completed), from the precomputed statuses (``_status_counts``,
    through ``reading``: shared with the request's lists, read once); names read separately."""
    reading = _reading(institution, now, reading)
    grouped = reading.counts(department_ids=department_ids, department=department)
    department_names = dict(
        Department.objects.filter(institution=institution).values_list("id", "name")
    )
    requirement_names = dict(
        Requirement.objects.filter(institution=institution).values_list("id", "course__title")
    )
    overall = _empty_counts()
    departments: dict = {}
    requirements: dict = {}
    for g in grouped:
        n, status = g["n"], ComplianceStatus.of(g["state"])
        overall[status] += n
        department_id = g["membership__department_id"]
        d = departments.setdefault(
            department_id,
            {
                "id": department_id,
                "name": department_names.get(department_id) or "No department",
                "counts": _empty_counts(),
            },
        )
        d["counts"][status] += n
        r = requirements.setdefault(
            g["requirement_id"],
            {
                "id": g["requirement_id"],
                "name": requirement_names[g["requirement_id"]],
                "counts": _empty_counts(),
            },
        )
        r["counts"][status] += n

    def finish(entry: dict) -> dict:
        total = _counted(entry["counts"])
        compliant = entry["counts"][ComplianceStatus.COMPLETED]
        return {**entry, "total": total, "compliant": compliant, "percent": _pct(compliant, total)}

    total = _counted(overall)
    return {
        "total": total,
        "compliant": overall[ComplianceStatus.COMPLETED],
        "percent": _pct(overall[ComplianceStatus.COMPLETED], total),
        "counts": overall,
        "by_department": sorted(
            (finish(d) for d in departments.values()), key=lambda d: d["name"].lower()
        ),
        "by_requirement": sorted(
            (finish(r) for r in requirements.values()), key=lambda r: r["name"].lower()
        ),
    }


def snapshot_on(*, institution: Institution, on: dt.date) -> ComplianceSnapshot | None:
    """The figures as they stood on a past date: the latest snapshot taken on or before it."""
    return (
        ComplianceSnapshot.objects.filter(institution=institution, taken_on__lte=on)
        .order_by("-taken_on")
        .first()
    )


def compliance_trend(
    *, institution: Institution, today: dt.date | None = None, months: int = 12
) -> list[dict]:
    """One point per month for the last ``months`` months: the last daily snapshot of each
    month (months without a snapshot are left out)."""
    today = today or timezone.localdate()
    start = (today.replace(day=1) - relativedelta(months=months - 1)).replace(day=1)
    latest: dict[tuple[int, int], ComplianceSnapshot] = {}
    for snap in ComplianceSnapshot.objects.filter(
        institution=institution, taken_on__gte=start, taken_on__lte=today
    ).order_by("taken_on"):
        latest[(snap.taken_on.year, snap.taken_on.month)] = snap
    return [
        {
            "month": dt.date(y, m, 1),
            "taken_on": s.taken_on,
            "percent": s.percent,
            "total": s.total,
            "compliant": s.compliant,
        }
        for (y, m), s in sorted(latest.items())
    ]


def member_requirements(*, institution: Institution, membership_id: int) -> QuerySet[Assignment]:
    """One member's requirements in this institution with their status, soonest due first."""
    return compliance_rows(institution=institution, membership_id=membership_id).order_by(
        "due_on", "id"
    )


def assignments_for_user(*, user) -> QuerySet[Assignment]:
    """The user's own open requirements across institutions (for "My learning")."""
    if not getattr(user, "is_authenticated", False):
        return Assignment.objects.none()
    return (
        Assignment.objects.filter(
            membership__user=user, membership__is_active=True, requirement__is_active=True
        )
        .select_related("requirement__course", "membership__institution")
        .order_by("due_on")
    )


def learner_open_requirements(*, user) -> list[Assignment]:
    """The user's requirements across their active memberships that still ask something of
    them (not completed, or completed with a certificate expiring soon), soonest due first;
    each row carries its status and ``membership.institution``."""
    rows: list[Assignment] = []
    for membership in user.memberships.filter(is_active=True).select_related("institution"):
        for row in member_requirements(
            institution=membership.institution, membership_id=membership.id
        ):
            if row.status != ComplianceStatus.COMPLETED or row.expiring_soon:
                row.membership = membership
                rows.append(row)
    rows.sort(key=lambda row: row.due_on)
    return rows


def valid_until(row: Assignment) -> dt.datetime | None:
    """When the row's certificate lapses (its own expiry, else issue + renewal months)."""
    if row.cert_expires_at is not None:
        return row.cert_expires_at
    months = row.requirement.recurrence_months
    if row.cert_issued_at is not None and months:
        return row.cert_issued_at + relativedelta(months=months)
    return None


@dataclass(frozen=True)
class ReportScope:
    institution: Institution
    department_ids: list[int] | None  # None: every department (admins)

    @property
    def is_admin(self) -> bool:
        return self.department_ids is None

    def department(self, department_id: int | None) -> Department | None:
        """A department the reporter may see; others (and other tenants') answer 404."""
        if department_id is None:
            return None
        if self.department_ids is not None and department_id not in self.department_ids:
            raise Http404("No department matches the given query.")
        department = Department.objects.filter(
            institution=self.institution, pk=department_id
        ).first()
        if department is None:
            raise Http404("No department matches the given query.")
        return department

    def departments(self) -> QuerySet[Department]:
        qs = Department.objects.filter(institution=self.institution).order_by("name")
        return qs if self.department_ids is None else qs.filter(id__in=self.department_ids)


def report_scope(*, user, slug: str) -> ReportScope:
    """What this user may report on in the institution: admins everything, managers their own
    departments; anyone else (and any other institution) answers 404."""
    institution = institution_get_for_reporter(user=user, slug=slug)
    return ReportScope(
        institution=institution,
        department_ids=managed_department_ids(user=user, institution=institution),
    )


def member_email_history(
    *, institution: Institution, membership_id: int, limit: int = 50
) -> QuerySet:
    """Every attempt to email this member about this institution (reminder digests carrying one
    of their reminders here, invitations from here), newest first: the admins' audit trail."""
    from compliance.models import EmailDelivery

    membership = Membership.objects.get(institution=institution, pk=membership_id)
    about_here = Q(email__institution=institution) | Q(
        email__reminders__membership__institution=institution
    )
    ids = (
        EmailDelivery.objects.filter(email__recipient_id=membership.user_id)
        .filter(about_here)
        .values("id")
    )
    return (
        EmailDelivery.objects.filter(id__in=ids)
        .select_related("email")
        .order_by("-started_at", "-id")[:limit]
    )


# --- Requirement audiences ------------------------------------------------------------------


def audience_members(
    *, institution_id: int, audience: str, departments=(), roles=(), professions=()
) -> QuerySet[Membership]:
    """Memberships (active or not) of the institution that an audience describes. A combined
    audience applies every filter given (department AND role AND profession); an empty filter
    does not narrow it."""
    qs = Membership.objects.filter(institution_id=institution_id)
    if audience == Audience.INDIVIDUALS:
        return qs.none()
    if audience in (Audience.DEPARTMENTS, Audience.COMBINED) and (
        audience == Audience.DEPARTMENTS or departments
    ):
        qs = qs.filter(department__in=list(departments))
    if audience in (Audience.ROLES, Audience.COMBINED) and (audience == Audience.ROLES or roles):
        qs = qs.filter(role__in=list(roles))
    if audience in (Audience.PROFESSIONS, Audience.COMBINED) and (
        audience == Audience.PROFESSIONS or professions
    ):
        qs = qs.filter(user__profession__in=list(professions))
    return qs


@dataclass(frozen=True)
class AudiencePreview:
    """How many people an audience describes before the requirement is saved: ``active`` are
    assigned at once, ``inactive`` get it when their membership becomes active again."""

    active: int
    inactive: int


def requirement_audience_preview(
    *, institution: Institution, audience: str, departments=(), roles=(), professions=()
) -> AudiencePreview:
    """Counts for the requirement form's preview (one query). Departments must be the
    institution's own; the form only offers those."""
    if not all(d.belongs_to(institution) for d in departments):
        raise Http404("No department matches the given query.")
    counts = audience_members(
        institution_id=institution.pk,
        audience=audience,
        departments=departments,
        roles=roles,
        professions=professions,
    ).aggregate(
        active=Count("pk", filter=Q(is_active=True)),
        inactive=Count("pk", filter=Q(is_active=False, invitation_pending=False)),
    )
    return AudiencePreview(active=counts["active"], inactive=counts["inactive"])


# --- The member page: what the member did, and what was done about it --------------------------


def member_actions_for(*, institution: Institution, membership_id: int):
    """Reminders sent by hand and due-date extensions of one member, newest first."""
    from compliance.models import MemberAction

    return (
        MemberAction.objects.filter(institution=institution, membership_id=membership_id)
        .select_related("actor", "requirement__course")
        .order_by("-created_at", "-id")
    )


def member_learning(*, user_id: int, courses) -> dict[int, dict]:
    """For each required course: lessons done of the live lessons (this cycle), quiz attempts,
    best score and last submission. Three queries whatever the number of courses."""
    from django.db.models import Max

    from content.models import LessonPage
    from courses.models import Enrollment
    from quizzes.models import Attempt

    courses = list(courses)
    if not courses:
        return {}
    out = {
        c.pk: {"lessons_done": 0, "lessons_total": 0, "attempts": 0, "best": None, "last": None}
        for c in courses
    }
    by_path = {c.path: c.pk for c in courses}
    paths = Q()
    for c in courses:
        paths |= Q(path__startswith=c.path, depth=c.depth + 1)
    for path in LessonPage.objects.live().filter(paths).values_list("path", flat=True):
        course_id = by_path.get(path[: len(path) - LessonPage.steplen])
        if course_id is not None:
            out[course_id]["lessons_total"] += 1
    for course_id, done in (
        Enrollment.objects.filter(user_id=user_id, course_id__in=out)
        .annotate(
            done=Count(
                "progress", filter=Q(progress__cycle=F("cycle"), progress__lesson__live=True)
            )
        )
        .values_list("course_id", "done")
    ):
        out[course_id]["lessons_done"] = done
    for row in (
        Attempt.objects.filter(user_id=user_id, quiz__course_id__in=out, submitted_at__isnull=False)
        .values("quiz__course_id")
        .annotate(n=Count("pk"), best=Max("score"), last=Max("submitted_at"))
        .order_by()
    ):
        item = out[row["quiz__course_id"]]
        item.update(attempts=row["n"], best=row["best"], last=row["last"])
    return out


def requirement_recurrence_months(*, institution: Institution | int | None, course) -> int | None:
    """Longest renewal period among this institution's active requirements for the course, or
    None when no active requirement recurs (certificates then never expire)."""
    if institution is None:
        return None
    course_id = getattr(course, "pk", course)
    return (
        Requirement.objects.active()
        .filter(institution=institution, course_id=course_id, recurrence_months__isnull=False)
        .aggregate(m=Max("recurrence_months"))["m"]
    )


def requirements_for(*, institution: Institution, active: bool | None = None) -> QuerySet:
    """The institution's requirements with their course and departments, oldest first."""
    qs = (
        Requirement.objects.for_institution(institution)
        .select_related("course")
        .prefetch_related("departments")
    )
    if active is not None:
        qs = qs.filter(is_active=active)
    return qs.order_by("id")
