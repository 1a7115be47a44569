"""Compliance writes: requirements, who they apply to, and the daily snapshots."""

import datetime as dt
import functools
import logging
from collections import Counter
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from compliance.models import (
    Assignment,
    AssignmentStatus,
    Audience,
    ComplianceSnapshot,
    DueRule,
    Requirement,
    StatusCount,
)
from content.models import CoursePage
from core.formatting import display_date
from courses.models import Enrollment
from courses.services import enrollment_create
from institutions.models import Department, Institution, Membership
from institutions.permissions import require_admin
from notifications.models import NotificationKind
from notifications.services import Draft, notify_many

from .reminders import reminders_send_daily
from .selectors import (
    DUE_SOON_DAYS,
    EXPIRING_SOON_DAYS,
    annotate_status,
    audience_members,
    compliance_summary,
)

logger = logging.getLogger(__name__)

_REQUIREMENT_FIELDS = {
    "audience",
    "roles",
    "professions",
    "due_rule",
    "due_days",
    "due_date",
    "recurrence_months",
    "grace_days",
    "is_active",
}


_WITH_DEPARTMENTS = (Audience.DEPARTMENTS, Audience.COMBINED)


def _check_departments(*, institution: Institution, departments) -> list[Department]:
    departments = list(departments or [])
    if not all(d.belongs_to(institution) for d in departments):
        raise ValidationError({"departments": "A department belongs to another institution."})
    return departments


def _due_on(requirement: Requirement, assigned_on: dt.date) -> dt.date:
    if requirement.due_rule == DueRule.FIXED_DATE:
        return requirement.due_date
    return assigned_on + dt.timedelta(days=requirement.due_days or 0)


def requirement_audience(*, requirement: Requirement) -> QuerySet[Membership]:
    """Memberships (active or not) that the requirement's audience describes."""
    return audience_members(
        institution_id=requirement.institution_id,
        audience=requirement.audience,
        departments=requirement.departments.all()
        if requirement.audience in (Audience.DEPARTMENTS, Audience.COMBINED)
        else (),
        roles=requirement.roles,
        professions=requirement.professions,
    )


def _check_audience(*, audience: str, departments, roles, professions) -> None:
    if audience == Audience.DEPARTMENTS and not departments:
        raise ValidationError({"departments": "Choose at least one department."})
    if audience == Audience.COMBINED and not (departments or roles or professions):
        raise ValidationError(
            {"audience": "Choose at least one department, role or profession to combine."}
        )


@dataclass
class SyncResult:
    added: int = 0
    removed: int = 0


@transaction.atomic
def requirement_sync_assignments(
    *, requirement: Requirement, today: dt.date | None = None
) -> SyncResult:
    """Active members in the audience get the requirement (assigned today, due by its rule);
    members who left the audience lose it; inactive members keep theirs for when they return.
    Enrollments are created afterwards by a task, on commit."""
    today = today or timezone.localdate()
    if not requirement.is_active:
        return SyncResult()
    matching = requirement_audience(requirement=requirement)
    existing = set(
        Assignment.objects.filter(requirement=requirement).values_list("membership_id", flat=True)
    )
    matching_active = set(matching.filter(is_active=True).values_list("id", flat=True))
    matching_all = set(matching.values_list("id", flat=True))
    to_add = matching_active - existing
    ad_hoc = set(
        Assignment.objects.filter(requirement=requirement, ad_hoc=True).values_list(
            "membership_id", flat=True
        )
    )
    to_remove = existing - matching_all - ad_hoc
    due_on = _due_on(requirement, today)
    Assignment.objects.bulk_create(
        [
            Assignment(requirement=requirement, membership_id=mid, assigned_on=today, due_on=due_on)
            for mid in sorted(to_add)
        ],
        batch_size=1000,
        ignore_conflicts=True,  # a concurrent sync may have added the same member first
    )
    removed = 0
    if to_remove:
        ids = sorted(to_remove)
        for i in range(0, len(ids), 900):
            _, deleted = Assignment.objects.filter(
                requirement=requirement, membership_id__in=ids[i : i + 900]
            ).delete()
            removed += deleted.get(Assignment._meta.label, 0)  # not their cascaded statuses
    if to_add:
        assignment_statuses_refresh(
            where=Q(requirement=requirement, membership_id__in=sorted(to_add)), now=None
        )
        from .tasks import requirement_enroll_members

        requirement_enroll_members.delay_on_commit(requirement.id)
        _notify_assigned(requirement=requirement, membership_ids=sorted(to_add), today=today)
    return SyncResult(added=len(to_add), removed=removed)


def _notify_assigned(
    *, requirement: Requirement, membership_ids: list[int], today, due_on=None
) -> None:
    """Each newly assigned member sees the assignment in the app at once (its email rides in
    their next daily digest: reminders.ASSIGNED)."""
    course = requirement.course
    due_on = due_on or _due_on(requirement, today)
    users = Membership.objects.filter(pk__in=membership_ids).values_list("pk", "user_id")
    notify_many(
        [
            Draft(
                user_id=user_id,
                kind=NotificationKind.ASSIGNED,
                key=f"assigned:{requirement.pk}:{membership_id}:{today.isoformat()}",
                title=f"New required course: {course.title}",
                body=f"Required by {requirement.institution.name}; due {display_date(due_on)}.",
                url=course.url or "",
            )
            for membership_id, user_id in users
        ]
    )


@transaction.atomic
def institution_sync_assignments(
    *, institution: Institution, today: dt.date | None = None
) -> SyncResult:
    """Bring every active requirement of the institution up to date with its members."""
    total = SyncResult()
    for requirement in Requirement.objects.active().filter(institution=institution):
        r = requirement_sync_assignments(requirement=requirement, today=today)
        total.added += r.added
        total.removed += r.removed
    return total


def requirement_enroll_assigned(*, requirement: Requirement) -> int:
    """Enroll (idempotently, through the learning core) every assigned active member who has
    no enrollment in the course yet; returns how many were enrolled."""
    course = requirement.course
    if not course.live:
        return 0
    enrolled = Enrollment.objects.filter(course=course).values("user_id")
    missing = (
        Assignment.objects.filter(requirement=requirement, membership__is_active=True)
        .exclude(membership__user_id__in=enrolled)
        .select_related("membership__user")
    )
    n = 0
    for assignment in missing.iterator(chunk_size=500):
        enrollment_create(
            user=assignment.membership.user,
            course=course,
            source="requirement",
            institution=requirement.institution,
        )
        n += 1
    return n


def _recompute_due_dates(requirement: Requirement) -> None:
    # An extension granted to one member (member_actions) outlives a change of the rule.
    assignments = Assignment.objects.filter(requirement=requirement, due_extended=False)
    assignment_statuses_invalidate(where=Q(requirement=requirement, due_extended=False))
    if requirement.due_rule == DueRule.FIXED_DATE:
        assignments.update(due_on=requirement.due_date)
        return
    # One UPDATE per distinct assignment day (a few hundred at most), not per member.
    for day in assignments.order_by().values_list("assigned_on", flat=True).distinct():
        assignments.filter(assigned_on=day).update(due_on=_due_on(requirement, day))


@transaction.atomic
def requirement_create(
    *,
    actor: User | None,
    institution: Institution,
    course: CoursePage,
    audience: str = Audience.EVERYONE,
    departments=(),
    roles: list[str] | None = None,
    professions: list[str] | None = None,
    due_rule: str = DueRule.AFTER_ASSIGNMENT,
    due_days: int | None = None,
    due_date: dt.date | None = None,
    recurrence_months: int | None = None,
    grace_days: int = 0,
    is_active: bool = True,
    today: dt.date | None = None,
) -> Requirement:
    """Require a published course of an audience; matching members are assigned at once."""
    require_admin(actor=actor, institution=institution)
    departments = _check_departments(institution=institution, departments=departments)
    if not isinstance(course, CoursePage) or not course.live:
        raise ValidationError({"course": "Choose a published course."})
    if Requirement.objects.filter(institution=institution, course=course).exists():
        raise ValidationError({"course": "This course is already required; edit that requirement."})
    _check_audience(
        audience=audience, departments=departments, roles=roles, professions=professions
    )
    requirement = Requirement(
        institution=institution,
        course=course,
        audience=audience,
        roles=list(roles or []),
        professions=list(professions or []),
        due_rule=due_rule,
        due_days=due_days if due_rule == DueRule.AFTER_ASSIGNMENT else None,
        due_date=due_date if due_rule == DueRule.FIXED_DATE else None,
        recurrence_months=recurrence_months or None,
        grace_days=grace_days or 0,
        is_active=is_active,
    )
    requirement.full_clean()
    requirement.save()
    requirement.departments.set(departments if audience in _WITH_DEPARTMENTS else [])
    requirement.sync_result = requirement_sync_assignments(requirement=requirement, today=today)
    return requirement


@transaction.atomic
def requirement_update(
    *,
    actor: User | None,
    institution: Institution,
    requirement: Requirement,
    departments=None,
    today: dt.date | None = None,
    **fields,
) -> Requirement:
    """Change a requirement of this institution; due dates follow a changed due rule and the
    assignments follow a changed audience."""
    require_admin(actor=actor, institution=institution)
    if requirement.institution_id != institution.id:
        raise ValidationError("The requirement belongs to another institution.")
    unknown = set(fields) - _REQUIREMENT_FIELDS
    if unknown:
        raise ValidationError(f"Fields not editable: {', '.join(sorted(unknown))}")
    requirement = Requirement.objects.select_for_update().get(pk=requirement.pk)
    old_due = (requirement.due_rule, requirement.due_days, requirement.due_date)
    for name, value in fields.items():
        setattr(requirement, name, value)
    if requirement.due_rule == DueRule.FIXED_DATE:
        requirement.due_days = None
    else:
        requirement.due_date = None
    requirement.recurrence_months = requirement.recurrence_months or None
    if departments is not None:
        departments = _check_departments(institution=institution, departments=departments)
    _check_audience(
        audience=requirement.audience,
        departments=departments if departments is not None else list(requirement.departments.all()),
        roles=requirement.roles,
        professions=requirement.professions,
    )
    requirement.full_clean()
    requirement.save()
    if requirement.audience not in _WITH_DEPARTMENTS:
        requirement.departments.clear()
    elif departments is not None:
        requirement.departments.set(departments)
    if old_due != (requirement.due_rule, requirement.due_days, requirement.due_date):
        _recompute_due_dates(requirement)
    requirement.sync_result = requirement_sync_assignments(requirement=requirement, today=today)
    return requirement


@transaction.atomic
def compliance_snapshot_take(
    *, institution: Institution, on: dt.date | None = None
) -> ComplianceSnapshot:
    """Record today's figures (one snapshot per institution per day; a rerun overwrites it)."""
    on = on or timezone.localdate()
    summary = compliance_summary(institution=institution)

    def brief(entries: list[dict]) -> list[dict]:
        return [
            {k: e[k] for k in ("id", "name", "total", "compliant", "percent", "counts")}
            for e in entries
        ]

    snapshot, _ = ComplianceSnapshot.objects.update_or_create(
        institution=institution,
        taken_on=on,
        defaults={
            "total": summary["total"],
            "compliant": summary["compliant"],
            "by_status": summary["counts"],
            "by_department": brief(summary["by_department"]),
            "by_requirement": brief(summary["by_requirement"]),
        },
    )
    return snapshot


def compliance_snapshots_prune(*, today: dt.date | None = None, keep_days: int = 400) -> int:
    """Daily snapshots are kept for ``keep_days``; older ones survive only on the first of
    each month, so month-by-month history is kept for audits indefinitely."""
    today = today or timezone.localdate()
    cutoff = today - dt.timedelta(days=keep_days)
    old = ComplianceSnapshot.objects.filter(taken_on__lt=cutoff).exclude(taken_on__day=1)
    return old.delete()[0]


def compliance_daily_run(*, institution: Institution, today: dt.date | None = None) -> dict:
    """The day's work for one institution: assign newcomers, recompute every precomputed status
    (a backstop for writes that bypassed the services), snapshot the figures, remind. Every step
    is idempotent, so a rerun of the same day changes nothing."""
    sync = institution_sync_assignments(institution=institution, today=today)
    with transaction.atomic():
        assignment_statuses_refresh(where=Q(requirement__institution=institution))
    status_counts_rebuild(institution=institution)
    snapshot = compliance_snapshot_take(institution=institution, on=today)
    sent = reminders_send_daily(institution=institution, today=today)
    return {"assigned": sync.added, "snapshot": snapshot.pk, "emails": sent}


# --- Precomputed statuses (institutions/compliance/status.py) -------------------------------

# "Never changes with time alone": a certificate without expiry for a one-off requirement, an
# expired one, an overdue row without exemption.
STATUS_FOREVER = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


@functools.cache
def _months_min_days(months: int) -> int:
    """The fewest days that ``months`` months back from any date can span, less one day (for
    wall-clock shifts): issue + that many days is never later than issue + ``months`` months,
    so a row is never trusted past its renewal."""
    start = dt.date(2000, 1, 1)  # four years: every month length, leap year included
    days = (start + dt.timedelta(days=i) for i in range(4 * 366))
    return min((d - (d - relativedelta(months=months))).days for d in days) - 1


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def status_valid_until(
    *,
    now: dt.datetime,
    due_on: dt.date,
    exempt_until: dt.date | None,
    grace_days: int,
    recurrence_months: int | None,
    cert_issued_at: dt.datetime | None,
    cert_expires_at: dt.datetime | None,
) -> dt.datetime:
    """The first moment after ``now`` at which time alone may change the status that
    ``annotate_status`` gives at ``now`` (never later than the real change; earlier is safe,
    the row is then computed live until it is refreshed)."""
    if cert_issued_at is not None:
        # Completed until the certificate is within 30 days of lapsing, expiring until it lapses,
        # then expired for good.
        if cert_expires_at is not None:
            lapse = cert_expires_at
        elif recurrence_months:
            lapse = cert_issued_at + dt.timedelta(days=_months_min_days(recurrence_months))
        else:
            return STATUS_FOREVER
        for moment in (lapse - dt.timedelta(days=EXPIRING_SOON_DAYS), lapse):
            if moment > now:
                return moment
        return STATUS_FOREVER
    # Without a certificate the status depends on the (local) date: the first day on which an
    # exemption ends, the row falls due within 30 days, or the grace days run out.
    today = timezone.localdate(now)
    days = [
        due_on - dt.timedelta(days=DUE_SOON_DAYS),
        due_on + dt.timedelta(days=grace_days + 1),
    ]
    if exempt_until is not None:
        days.append(exempt_until + dt.timedelta(days=1))
    later = [d for d in days if d > today]
    return _local_midnight(min(later)) if later else STATUS_FOREVER


_STATUS_FIELDS = ["institution", "department_id", "requirement", "counted", "state"]


@transaction.atomic  # the counts move with the rows (and old rows are locked first)
def assignment_statuses_refresh(
    *, where: Q, now: dt.datetime | None = None, batch_size: int = 2000
) -> int:
    """Recompute the precomputed status of the assignments matching ``where`` (an Assignment
    filter) with the live rule, as of ``now``; returns how many rows were written. Call it in
    the transaction that changed them, so readers never see the change without its status."""
    now = now or timezone.now()
    base = Assignment.objects.filter(where)
    written = 0
    institution_ids = base.order_by().values_list("requirement__institution_id", flat=True)
    for institution in Institution.objects.filter(pk__in=institution_ids.distinct()):
        rows = (
            annotate_status(
                base.filter(requirement__institution=institution),
                institution=institution,
                now=now,
                with_dates=True,
            )
            .order_by()
            .values_list(
                "pk",
                "membership__department_id",
                "requirement_id",
                "membership__institution_id",
                "membership__is_active",
                "requirement__is_active",
                "state",
                "due_on",
                "exempt_until",
                "requirement__grace_days",
                "requirement__recurrence_months",
                "cert_issued_at",
                "cert_expires_at",
            )
        )
        batch: list[AssignmentStatus] = []
        recount = False
        for (
            pk,
            department_id,
            requirement_id,
            member_institution_id,
            member_active,
            requirement_active,
            state,
            due_on,
            exempt_until,
            grace_days,
            months,
            issued,
            expires,
        ) in rows.iterator(chunk_size=batch_size):
            batch.append(
                AssignmentStatus(
                    assignment_id=pk,
                    institution_id=institution.pk,
                    department_id=department_id,
                    requirement_id=requirement_id,
                    counted=member_active
                    and requirement_active
                    and member_institution_id == institution.pk,
                    state=state,
                    valid_from=now,
                    valid_until=status_valid_until(
                        now=now,
                        due_on=due_on,
                        exempt_until=exempt_until,
                        grace_days=grace_days,
                        recurrence_months=months,
                        cert_issued_at=issued,
                        cert_expires_at=expires,
                    ),
                    cert_issued_at=issued,
                    cert_expires_at=expires,
                    due_on=due_on,
                )
            )
            if len(batch) >= batch_size:
                # Many rows: written without per-key count updates, recounted once at the end.
                written += _statuses_write(batch, recount=False)
                batch, recount = [], True
        written += _statuses_write(batch, recount=not recount)
        if recount:
            status_counts_rebuild(institution=institution)
    return written


CountKey = tuple[int, int, int, str]  # institution, department (0: none), requirement, state


def status_count_key(row) -> CountKey:
    """The StatusCount key of an AssignmentStatus row (department 0: none)."""
    return (row.institution_id, row.department_id or 0, row.requirement_id, row.state)


def status_counts_apply(deltas: Counter) -> None:
    """Add the deltas to ``StatusCount`` (one UPDATE per changed key, in key order so that
    concurrent writers lock the rows in the same order)."""
    for key in sorted(k for k, v in deltas.items() if v):
        institution_id, department_key, requirement_id, state = key
        scope = StatusCount.objects.filter(
            institution_id=institution_id,
            department_key=department_key,
            requirement_id=requirement_id,
            state=state,
        )
        if not scope.update(n=F("n") + deltas[key]) and deltas[key] > 0:
            # First row of its key; on a concurrent first insert, add to the winner's.
            _, created = StatusCount.objects.get_or_create(
                institution_id=institution_id,
                department_key=department_key,
                requirement_id=requirement_id,
                state=state,
                defaults={"n": deltas[key]},
            )
            if not created:
                scope.update(n=F("n") + deltas[key])


def _statuses_write(batch: list[AssignmentStatus], *, recount: bool = True) -> int:
    """Upsert the rows; with ``recount``, move their counts in ``StatusCount`` too."""
    if not batch:
        return 0
    deltas: Counter = Counter()
    if recount:
        for old in AssignmentStatus.objects.select_for_update().filter(
            pk__in=[row.pk for row in batch], counted=True
        ):
            deltas[status_count_key(old)] -= 1
        for row in batch:
            if row.counted:
                deltas[status_count_key(row)] += 1
    AssignmentStatus.objects.bulk_create(
        batch,
        update_conflicts=True,
        unique_fields=["assignment"],
        update_fields=[
            *_STATUS_FIELDS,
            "valid_from",
            "valid_until",
            "cert_issued_at",
            "cert_expires_at",
            "due_on",
        ],
    )
    status_counts_apply(deltas)
    return len(batch)


@transaction.atomic
def status_counts_rebuild(*, institution: Institution) -> None:
    """Recount ``StatusCount`` from the institution's rows (the daily backstop: two first
    writes of one new row racing could each have counted it)."""
    StatusCount.objects.filter(institution=institution).delete()
    StatusCount.objects.bulk_create(
        StatusCount(
            institution=institution,
            department_key=g["department_id"] or 0,
            requirement_id=g["requirement_id"],
            state=g["state"],
            n=g["n"],
        )
        for g in AssignmentStatus.objects.filter(institution=institution, counted=True)
        .order_by()
        .values("department_id", "requirement_id", "state")
        .annotate(n=Count("pk"))
    )


def assignment_statuses_invalidate(*, where: Q) -> int:
    """Mark the statuses of the assignments matching ``where`` out of date in one UPDATE, for
    writes touching many rows at once: readers compute them live until the scheduled job
    (``assignment_statuses_refresh_due``) recomputes them."""
    return AssignmentStatus.objects.filter(
        assignment__in=Assignment.objects.filter(where).values("pk")
    ).update(valid_until=F("valid_from"))


def assignment_statuses_refresh_due(*, now: dt.datetime | None = None) -> int:
    """The scheduled job: refresh every row whose time has come (``valid_until`` passed) and
    create the missing ones (assignments written in bulk by code that did not refresh them)."""
    now = now or timezone.now()
    due = Q(status_row__valid_until__lte=now) | Q(status_row__isnull=True)
    ids = list(Assignment.objects.filter(due).values_list("pk", flat=True))
    written = 0
    for i in range(0, len(ids), 20000):
        with transaction.atomic():
            written += assignment_statuses_refresh(where=Q(pk__in=ids[i : i + 20000]), now=now)
    return written
