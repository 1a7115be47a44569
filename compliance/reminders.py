"""Reminder and escalation emails, sent at most once.

Two unique keys make this safe against reruns, retries, a worker killed mid-run and two beat
processes firing together:

* ``Reminder`` (member, requirement, kind, date): the fact "this member must hear about this
  requirement at this point" is recorded once (``bulk_create(ignore_conflicts=True)``).
* ``OutboxEmail`` (recipient, kind, day): a person gets at most one learner digest and one
  manager digest a day; reminders ride in the first pending digest of their recipient.

Each digest is sent at most once under a lease (``compliance/outbox.py``): marked
``sending`` before it is handed to SMTP with its Message-ID as the idempotency key, ``sent`` after;
a worker killed in between leaves it ``unconfirmed`` once the lease runs out, never resent.

Timing, relative to the due date (or, for a recurring requirement, the certificate's expiry):
30 days before (sent any day 8–30 days before), 7 days before (1–7 days before), on the day,
then every 7 days while overdue; 14 days overdue, the member's department manager (or, with no
manager, the institution's admins' first member) is told once in their daily digest.
"""

import datetime as dt
import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from compliance.models import (
    Assignment,
    OutboxEmail,
    OutboxKind,
    OutboxStatus,
    Reminder,
    ReminderKind,
)
from core.emails import templated_email
from core.formatting import display_date
from institutions.models import Institution, Membership, Role
from notifications.models import NotificationKind
from notifications.services import Draft, notify_many
from notifications.tokens import preferences_url

from .outbox import outbox_deliver, outbox_expire_leases
from .selectors import ComplianceStatus, compliance_rows, valid_until

logger = logging.getLogger(__name__)

ESCALATE_AFTER_DAYS = 14
_OPEN = [
    ComplianceStatus.NOT_STARTED,
    ComplianceStatus.IN_PROGRESS,
    ComplianceStatus.DUE_SOON,
    ComplianceStatus.OVERDUE,
]


def _kind_for(anchor: dt.date, today: dt.date) -> tuple[str, dt.date] | None:
    days_left = (anchor - today).days
    if 7 < days_left <= 30:
        return ReminderKind.DUE_30, anchor
    if 0 < days_left <= 7:
        return ReminderKind.DUE_7, anchor
    if days_left == 0:
        return ReminderKind.DUE_TODAY, anchor
    weeks = (-days_left) // 7
    if weeks >= 1:
        return ReminderKind.OVERDUE, anchor + dt.timedelta(days=7 * weeks)
    return None


def _managers(institution: Institution) -> tuple[dict[int, int], int | None]:
    by_department: dict[int, int] = {}
    for dept_id, user_id in (
        Membership.objects.filter(institution=institution, is_active=True, role=Role.MANAGER)
        .exclude(department=None)
        .order_by("id")
        .values_list("department_id", "user_id")
    ):
        by_department.setdefault(dept_id, user_id)
    admin = (
        Membership.objects.filter(institution=institution, is_active=True, role=Role.ADMIN)
        .order_by("id")
        .values_list("user_id", flat=True)
        .first()
    )
    return by_department, admin


def reminders_plan(*, institution: Institution, today: dt.date | None = None) -> int:
    """Record today's reminders for the institution (once each); returns how many were new."""
    today = today or timezone.localdate()
    now = timezone.make_aware(dt.datetime.combine(today, dt.time(12)))
    horizon = today + dt.timedelta(days=30)
    rows = (
        compliance_rows(institution=institution, now=now)
        .filter(
            Q(state__in=_OPEN, due_on__lte=horizon)
            | Q(state__in=[ComplianceStatus.EXPIRED, ComplianceStatus.EXPIRING])
        )
        .order_by("id")
    )
    managers, admin = _managers(institution)
    planned: list[Reminder] = []
    for row in rows.iterator(chunk_size=2000):
        member = row.membership
        if row.status in (ComplianceStatus.EXPIRED, ComplianceStatus.COMPLETED):
            until = valid_until(row)
            if until is None:
                continue
            anchor = timezone.localdate(until)
        else:
            anchor = row.due_on
        due = _kind_for(anchor, today)
        if due is not None:
            kind, on = due
            planned.append(
                Reminder(
                    membership=member,
                    requirement_id=row.requirement_id,
                    kind=kind,
                    on=on,
                    due_on=anchor,
                    recipient_id=member.user_id,
                )
            )
        overdue_days = (today - anchor).days
        if overdue_days >= ESCALATE_AFTER_DAYS and row.status != ComplianceStatus.COMPLETED:
            boss = managers.get(member.department_id, admin)
            if boss is not None and boss != member.user_id:
                planned.append(
                    Reminder(
                        membership=member,
                        requirement_id=row.requirement_id,
                        kind=ReminderKind.ESCALATION,
                        on=anchor,
                        due_on=anchor,
                        recipient_id=boss,
                    )
                )
    planned.extend(_assigned_reminders(institution=institution, today=today))
    before = Reminder.objects.filter(membership__institution=institution).count()
    Reminder.objects.bulk_create(planned, batch_size=1000, ignore_conflicts=True)
    notify_many([_reminder_draft(r, today=today) for r in planned if r.kind in _IN_APP])
    return Reminder.objects.filter(membership__institution=institution).count() - before


# What a learner also sees in the app (the assignment itself is notified when it is made).
_IN_APP = {ReminderKind.DUE_7, ReminderKind.DUE_TODAY, ReminderKind.OVERDUE}
ASSIGNED_NOTICE_DAYS = 7  # an assignment not yet emailed within a week is old news


def _assigned_reminders(*, institution: Institution, today: dt.date) -> list[Reminder]:
    """One "newly assigned" reminder per assignment of the last week still open, so the
    assignment (with its due date) reaches the member in their next daily digest."""
    since = today - dt.timedelta(days=ASSIGNED_NOTICE_DAYS - 1)
    recent = (
        Assignment.objects.filter(
            requirement__institution=institution,
            requirement__is_active=True,
            membership__is_active=True,
            assigned_on__gte=since,
            assigned_on__lte=today,
        )
        .values_list(
            "membership_id", "membership__user_id", "requirement_id", "assigned_on", "due_on"
        )
        .order_by("id")
    )
    return [
        Reminder(
            membership_id=membership_id,
            requirement_id=requirement_id,
            kind=ReminderKind.ASSIGNED,
            on=assigned_on,
            due_on=due_on,
            recipient_id=user_id,
        )
        for membership_id, user_id, requirement_id, assigned_on, due_on in recent
    ]


def _reminder_draft(reminder: Reminder, *, today: dt.date) -> Draft:
    days = (reminder.due_on - today).days
    when = (
        f"overdue since {display_date(reminder.due_on)}"
        if days < 0
        else "due today"
        if days == 0
        else f"due {display_date(reminder.due_on)}"
    )
    return Draft(
        user_id=reminder.recipient_id,
        kind=NotificationKind.DUE,
        key=f"reminder:{reminder.membership_id}:{reminder.requirement_id}:{reminder.kind}:"
        f"{reminder.on.isoformat()}",
        title=f"Required training {when}",
        body="Open My learning to continue where you left off.",
        url="/my-learning/",
    )


def _outbox_for(*, recipient_id: int, kind: str, today: dt.date, address: str) -> OutboxEmail:
    try:
        with transaction.atomic():
            email, _ = OutboxEmail.objects.get_or_create(
                recipient_id=recipient_id,
                kind=kind,
                send_on=today,
                defaults={"to_address": address},
            )
    except IntegrityError:  # another worker created it between our get and create
        email = OutboxEmail.objects.get(recipient_id=recipient_id, kind=kind, send_on=today)
    return email


def reminders_batch(*, institution: Institution, today: dt.date | None = None) -> list[int]:
    """Put the institution's unsent reminders into their recipients' digests for today (one per
    person and kind); reminders of a person already emailed today wait for tomorrow."""
    today = today or timezone.localdate()
    # Digests of earlier days that never went out (a dead worker): their reminders rejoin today's.
    stale = OutboxEmail.objects.filter(
        status=OutboxStatus.PENDING,
        send_on__lt=today,
        kind__in=[OutboxKind.LEARNER, OutboxKind.MANAGER],  # not invitations: those retry
    )
    Reminder.objects.filter(email__in=stale, membership__institution=institution).update(email=None)
    stale.filter(reminders__isnull=True).update(
        status=OutboxStatus.FAILED, last_error="Superseded by a later digest."
    )
    waiting = (
        Reminder.objects.filter(membership__institution=institution, email__isnull=True)
        .select_related("recipient")
        .order_by("recipient_id", "id")
    )
    groups: dict[tuple[int, str], list[int]] = {}
    addresses: dict[int, str] = {}
    for r in waiting.iterator(chunk_size=2000):
        kind = OutboxKind.MANAGER if r.kind == ReminderKind.ESCALATION else OutboxKind.LEARNER
        groups.setdefault((r.recipient_id, kind), []).append(r.pk)
        addresses[r.recipient_id] = r.recipient.email
    email_ids = []
    for (recipient_id, kind), ids in groups.items():
        email = _outbox_for(
            recipient_id=recipient_id, kind=kind, today=today, address=addresses[recipient_id]
        )
        if email.status != OutboxStatus.PENDING:
            continue
        Reminder.objects.filter(pk__in=ids, email__isnull=True).update(email=email)
        email_ids.append(email.pk)
    return email_ids


def _course_url(course) -> str:
    url = course.get_url() or ""
    return url if url.startswith("http") else f"{settings.SITE_URL}{url}"


def _render(email: OutboxEmail) -> EmailMultiAlternatives:
    reminders = list(
        email.reminders.select_related(
            "requirement__course",
            "membership__institution",
            "membership__user",
            "membership__department",
        ).order_by("due_on", "id")
    )
    today = email.send_on
    # One line per course: a course assigned this week is shown as new (with its due date),
    # not also as "due in 30 days".
    newly = {
        (r.membership_id, r.requirement_id) for r in reminders if r.kind == ReminderKind.ASSIGNED
    }
    reminders = [
        r
        for r in reminders
        if r.kind == ReminderKind.ASSIGNED or (r.membership_id, r.requirement_id) not in newly
    ]
    items = []
    for r in reminders:
        items.append(
            {
                "kind": r.kind,
                "kind_label": ReminderKind(r.kind).label,
                "course": r.requirement.course.title,
                "course_url": _course_url(r.requirement.course),
                "institution": r.membership.institution.name,
                "due_on": r.due_on,
                "days_left": (r.due_on - today).days,
                "days_overdue": (today - r.due_on).days,
                "member": r.membership.user,
                "department": r.membership.department.name if r.membership.department else "",
                "dashboard_url": f"{settings.SITE_URL}/institutions/"
                f"{r.membership.institution.slug}/compliance/members/{r.membership_id}/",
            }
        )
    context = {
        "recipient": email.recipient,
        "items": items,
        "site_url": settings.SITE_URL,
        "platform": settings.PLATFORM_NAME,
        "preferences_url": preferences_url(),
    }
    if email.kind == OutboxKind.MANUAL:
        institution = items[0]["institution"] if items else settings.PLATFORM_NAME
        subject = f"Reminder from {institution}: required training"
        template = "institutions/email/learner_digest"
    elif email.kind == OutboxKind.MANAGER:
        subject = f"{len(items)} overdue required training item(s) in your team"
        template = "institutions/email/manager_digest"
    else:
        overdue = sum(1 for i in items if i["days_overdue"] > 0)
        new = sum(1 for i in items if i["kind"] == ReminderKind.ASSIGNED)
        subject = (
            f"Overdue required training: {overdue} course(s)"
            if overdue
            else f"New required training: {new} course(s)"
            if new == len(items)
            else f"Required training due: {len(items)} course(s)"
        )
        template = "institutions/email/learner_digest"
    context["subject"] = subject
    return templated_email(template=template, context=context, subject=subject, to=email.to_address)


def _render_digest(email: OutboxEmail) -> EmailMultiAlternatives | None:
    return _render(email) if email.reminders.exists() else None


def outbox_send(*, email_id: int) -> bool:
    """Send one pending digest at most once (compliance/outbox.py); returns whether
    this call sent it. A refused send stays pending for the next run."""
    return outbox_deliver(
        email_id=email_id,
        kinds=[OutboxKind.LEARNER, OutboxKind.MANAGER],
        render=_render_digest,
    ).sent


def reminders_send_daily(*, institution: Institution, today: dt.date | None = None) -> int:
    """Plan, batch and send the institution's reminders for the day; returns emails sent."""
    today = today or timezone.localdate()
    outbox_expire_leases()
    reminders_plan(institution=institution, today=today)
    reminders_batch(institution=institution, today=today)
    pending = (
        OutboxEmail.objects.filter(
            status=OutboxStatus.PENDING,
            send_on=today,
            reminders__membership__institution=institution,
        )
        .distinct()
        .order_by("id")
        .values_list("id", flat=True)
    )
    return sum(outbox_send(email_id=pk) for pk in list(pending))
