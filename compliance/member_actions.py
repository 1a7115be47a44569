"""Actions an admin or manager takes on members' requirements, one at a time or in bulk from
the member list: send a reminder now, extend a due date (with a reason). Every action is
audited (MemberAction) and shown on the member's page.

All or nothing: a selection that includes a row the actor may not act on (another institution,
another manager's department, an inactive member) is refused whole, with nothing written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from compliance.models import (
    Assignment,
    Audience,
    DueRule,
    MemberAction,
    MemberActionKind,
    OutboxKind,
    Reminder,
    ReminderKind,
    Requirement,
)
from core import pagecache
from core.formatting import display_date
from institutions.models import Institution, Membership
from institutions.permissions import (
    managed_department_ids,
    user_can_administer,
    user_can_view_reports,
)
from notifications.models import NotificationKind
from notifications.services import Draft, notify_many

from .outbox import outbox_deliver
from .reminders import _outbox_for, _render_digest

MAX_SELECTED = 500


def _statuses_refresh(assignment_ids: list[int]) -> None:
    """The precomputed statuses of rows changed by a bulk UPDATE (which sends no signal)."""
    from .services import assignment_statuses_refresh

    assignment_statuses_refresh(where=Q(pk__in=assignment_ids))


REASON_MAX = 500


@dataclass(frozen=True)
class ActionResult:
    done: int  # rows acted on
    skipped: int = 0  # rows already reminded today (a reminder goes once a day)


def _selected(*, actor, institution: Institution, assignment_ids) -> list[Assignment]:
    ids = sorted({int(i) for i in assignment_ids or []})
    if not ids:
        raise ValidationError({"assignments": "Select at least one member."})
    if len(ids) > MAX_SELECTED:
        raise ValidationError(
            {"assignments": f"Select at most {MAX_SELECTED} rows at a time ({len(ids)} selected)."}
        )
    if not user_can_view_reports(user=actor, institution=institution):
        raise PermissionDenied("You do not manage this institution.")
    rows = Assignment.objects.select_for_update(of=("self",)).filter(
        pk__in=ids,
        requirement__institution=institution,
        requirement__is_active=True,
        membership__institution=institution,
        membership__is_active=True,
    )
    scope = managed_department_ids(user=actor, institution=institution)
    if scope is not None:
        rows = rows.filter(membership__department_id__in=scope)
    found = list(rows.select_related("membership__user", "requirement__course").order_by("pk"))
    if len(found) != len(ids):
        raise ValidationError(
            {
                "assignments": f"{len(ids) - len(found)} of the {len(ids)} selected rows are not "
                "active members of your scope; nothing was changed."
            }
        )
    return found


def _audit(rows: list[Assignment], *, institution, actor, kind: str, reason: str = "", **dates):
    """One MemberAction per selected row (``dates``: previous_due_on / new_due_on values, or a
    callable taking the row)."""
    MemberAction.objects.bulk_create(
        [
            MemberAction(
                institution=institution,
                membership_id=a.membership_id,
                requirement_id=a.requirement_id,
                kind=kind,
                actor=actor,
                reason=reason,
                **{k: (v(a) if callable(v) else v) for k, v in dates.items()},
            )
            for a in rows
        ]
    )


@transaction.atomic
def member_actions_remind(
    *, actor, institution: Institution, assignment_ids, today: dt.date | None = None
) -> ActionResult:
    """Email each selected member a reminder of that requirement now: one email per person
    carrying all of today's reminders, sent at most once, after commit. A row already reminded
    by hand today is skipped (counted in ``skipped``)."""
    today = today or timezone.localdate()
    rows = _selected(actor=actor, institution=institution, assignment_ids=assignment_ids)
    already = set(
        Reminder.objects.filter(
            kind=ReminderKind.MANUAL,
            on=today,
            membership_id__in=[a.membership_id for a in rows],
        ).values_list("membership_id", "requirement_id")
    )
    fresh = [a for a in rows if (a.membership_id, a.requirement_id) not in already]
    Reminder.objects.bulk_create(
        [
            Reminder(
                membership_id=a.membership_id,
                requirement_id=a.requirement_id,
                kind=ReminderKind.MANUAL,
                on=today,
                due_on=a.due_on,
                recipient_id=a.membership.user_id,
            )
            for a in fresh
        ],
        ignore_conflicts=True,
    )
    _audit(fresh, institution=institution, actor=actor, kind=MemberActionKind.REMINDER)
    notify_many(
        [
            Draft(
                user_id=a.membership.user_id,
                kind=NotificationKind.DUE,
                key=f"manual-reminder:{a.membership_id}:{a.requirement_id}:{today.isoformat()}",
                title=f"Reminder from {institution.name}: {a.requirement.course.title}",
                body=f"Due {display_date(a.due_on)}. Open My learning to continue.",
                url="/my-learning/",
            )
            for a in fresh
        ]
    )
    email_ids = []
    for user_id in sorted({a.membership.user_id for a in fresh}):
        address = next(a.membership.user.email for a in fresh if a.membership.user_id == user_id)
        email = _outbox_for(
            recipient_id=user_id, kind=OutboxKind.MANUAL, today=today, address=address
        )
        Reminder.objects.filter(
            recipient_id=user_id, kind=ReminderKind.MANUAL, on=today, email__isnull=True
        ).update(email=email)
        email_ids.append(email.pk)

    def send() -> None:
        for pk in email_ids:
            outbox_deliver(email_id=pk, kinds=[OutboxKind.MANUAL], render=_render_digest)

    transaction.on_commit(send, robust=True)
    pagecache.bump_users([actor.pk])
    return ActionResult(done=len(fresh), skipped=len(rows) - len(fresh))


@transaction.atomic
def member_actions_extend(
    *,
    actor,
    institution: Institution,
    assignment_ids,
    due_on: dt.date | None,
    reason: str,
    today: dt.date | None = None,
) -> ActionResult:
    """Move the selected rows' due date to ``due_on`` (today or later), with a reason; the new
    date survives a later change of the requirement's due rule."""
    today = today or timezone.localdate()
    reason = (reason or "").strip()
    _check_reason_and_date(
        value=due_on,
        reason=reason,
        today=today,
        field="due_on",
        date_label="the new due date",
        what="extension",
    )
    rows = _selected(actor=actor, institution=institution, assignment_ids=assignment_ids)
    _audit(
        rows,
        institution=institution,
        actor=actor,
        kind=MemberActionKind.EXTENSION,
        reason=reason,
        previous_due_on=lambda a: a.due_on,
        new_due_on=due_on,
    )
    Assignment.objects.filter(pk__in=[a.pk for a in rows]).update(due_on=due_on, due_extended=True)
    _statuses_refresh([a.pk for a in rows])
    pagecache.bump_users({actor.pk, *(a.membership.user_id for a in rows)})
    return ActionResult(done=len(rows))


def _check_reason_and_date(
    *, value: dt.date | None, reason: str, today: dt.date, field: str, date_label: str, what: str
):
    """A date from today on and a reason, with messages naming both (``date_label``: "the new
    due date"; ``what``: "extension")."""
    errors = {}
    if value is None:
        errors[field] = f"Give {date_label}."
    elif value < today:
        errors[field] = f"{date_label[0].upper()}{date_label[1:]} must be today or later."
    if not reason:
        errors["reason"] = f"Give a reason for the {what}."
    elif len(reason) > REASON_MAX:
        errors["reason"] = f"Keep the reason under {REASON_MAX} characters."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def member_actions_exempt(
    *,
    actor,
    institution: Institution,
    assignment_ids,
    until: dt.date | None,
    reason: str,
    today: dt.date | None = None,
) -> ActionResult:
    """Exempt the selected rows from their requirement until ``until`` (inclusive), with a
    reason: shown as *Exempt*, not reminded, and left out of the compliance percentage while it
    is in force. Admins only."""
    today = today or timezone.localdate()
    reason = (reason or "").strip()
    _check_reason_and_date(
        value=until,
        reason=reason,
        today=today,
        field="until",
        date_label="the date the exemption ends",
        what="exemption",
    )
    if not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("Only the institution's admins can grant exemptions.")
    rows = _selected(actor=actor, institution=institution, assignment_ids=assignment_ids)
    _audit(
        rows,
        institution=institution,
        actor=actor,
        kind=MemberActionKind.EXEMPTION,
        reason=reason,
        new_due_on=until,
    )
    Assignment.objects.filter(pk__in=[a.pk for a in rows]).update(
        exempt_until=until, exempt_reason=reason
    )
    _statuses_refresh([a.pk for a in rows])
    pagecache.bump_users({actor.pk, *(a.membership.user_id for a in rows)})
    return ActionResult(done=len(rows))


@transaction.atomic
def member_actions_assign(
    *,
    actor,
    institution: Institution,
    membership_ids,
    course,
    due_on: dt.date | None,
    reason: str = "",
    today: dt.date | None = None,
) -> ActionResult:
    """Assign a course to chosen members ad hoc, due on ``due_on``: on the course's requirement
    if the institution has one (whatever its audience), else on a new requirement for chosen
    members only. An ad-hoc assignment stays when the audience changes. Admins only; members
    who already have the course assigned are skipped."""
    from content.models import CoursePage

    from .services import _notify_assigned, assignment_statuses_refresh

    today = today or timezone.localdate()
    reason = (reason or "").strip()
    errors = {}
    if not isinstance(course, CoursePage) or not course.live:
        errors["course"] = "Choose a published course."
    if due_on is None:
        errors["due_on"] = "Give the due date."
    elif due_on < today:
        errors["due_on"] = "The due date must be today or later."
    if len(reason) > REASON_MAX:
        errors["reason"] = f"Keep the reason under {REASON_MAX} characters."
    if errors:
        raise ValidationError(errors)
    if not user_can_administer(user=actor, institution=institution):
        raise PermissionDenied("Only the institution's admins can assign courses.")
    ids = sorted({int(i) for i in membership_ids or []})
    if not ids:
        raise ValidationError({"assignments": "Select at least one member."})
    members = list(Membership.objects.filter(pk__in=ids, institution=institution, is_active=True))
    if len(members) != len(ids):
        raise ValidationError(
            {
                "assignments": f"{len(ids) - len(members)} of the {len(ids)} selected members are "
                "not active members of this institution; nothing was changed."
            }
        )
    requirement = (
        Requirement.objects.select_for_update()
        .filter(institution=institution, course=course)
        .first()
    )
    if requirement is None:
        requirement = Requirement.objects.create(
            institution=institution,
            course=course,
            audience=Audience.INDIVIDUALS,
            due_rule=DueRule.AFTER_ASSIGNMENT,
            due_days=(due_on - today).days,
        )
    elif not requirement.is_active:
        raise ValidationError(
            {"course": "This course's requirement is switched off; switch it on first."}
        )
    existing = set(
        Assignment.objects.filter(requirement=requirement, membership_id__in=ids).values_list(
            "membership_id", flat=True
        )
    )
    fresh = [m for m in members if m.pk not in existing]
    Assignment.objects.bulk_create(
        [
            Assignment(
                requirement=requirement,
                membership=m,
                assigned_on=today,
                due_on=due_on,
                ad_hoc=True,
                due_extended=True,
            )
            for m in fresh
        ]
    )
    MemberAction.objects.bulk_create(
        [
            MemberAction(
                institution=institution,
                membership=m,
                requirement=requirement,
                kind=MemberActionKind.ASSIGNMENT,
                actor=actor,
                reason=reason,
                new_due_on=due_on,
            )
            for m in fresh
        ]
    )
    if fresh:
        assignment_statuses_refresh(
            where=Q(requirement=requirement, membership_id__in=[m.pk for m in fresh])
        )
        from .tasks import requirement_enroll_members

        requirement_enroll_members.delay_on_commit(requirement.id)
        _notify_assigned(
            requirement=requirement,
            membership_ids=[m.pk for m in fresh],
            today=today,
            due_on=due_on,
        )
    pagecache.bump_users({actor.pk, *(m.user_id for m in fresh)})
    return ActionResult(done=len(fresh), skipped=len(existing))
