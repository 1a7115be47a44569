"""Weekly compliance reports by email: the admin chooses which admins and managers get them and
on which weekday; each gets the member rows (CSV) and the printable report (PDF) for their own
scope (a manager: their departments), at most once a week."""

from __future__ import annotations

import datetime as dt
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from compliance.models import ReportRecipient, ReportSend
from core.emails import templated_email
from institutions.models import Institution, Membership, Role
from institutions.permissions import managed_department_ids, require_admin

from .export import export_rows
from .report_pdf import compliance_report_pdf
from .selectors import compliance_rows, order_rows

logger = logging.getLogger(__name__)


def report_candidates(*, institution: Institution):
    """Who may receive the report: the institution's active admins and managers."""
    return (
        Membership.objects.filter(
            institution=institution, is_active=True, role__in=[Role.ADMIN, Role.MANAGER]
        )
        .select_related("user", "department", "report_subscription")
        .order_by("role", "user__email")
    )


@transaction.atomic
def report_recipients_set(
    *, actor, institution: Institution, membership_ids, weekday: int
) -> list[ReportRecipient]:
    """Make exactly these admins/managers the weekly recipients, on ``weekday``."""
    require_admin(actor=actor, institution=institution)
    ids = {int(i) for i in membership_ids or []}
    allowed = set(report_candidates(institution=institution).values_list("pk", flat=True))
    if ids - allowed:
        raise ValidationError(
            {"recipients": "Only active admins and managers of this institution can get reports."}
        )
    if weekday not in range(7):
        raise ValidationError({"weekday": "Choose a day of the week."})
    ReportRecipient.objects.filter(institution=institution).exclude(membership_id__in=ids).delete()
    kept = []
    for membership_id in sorted(ids):
        recipient, _ = ReportRecipient.objects.update_or_create(
            membership_id=membership_id,
            defaults={"institution": institution, "weekday": weekday, "added_by": actor},
        )
        kept.append(recipient)
    return kept


def _week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def reports_send_weekly(*, today: dt.date | None = None) -> int:
    """Send this week's report to every recipient whose weekday is today (or earlier this week,
    if a run was missed); each send is claimed first, so a rerun sends nothing twice."""
    today = today or timezone.localdate()
    week_of = _week_of(today)
    due = (
        ReportRecipient.objects.filter(
            weekday__lte=today.weekday(),
            membership__is_active=True,
            membership__role__in=[Role.ADMIN, Role.MANAGER],
        )
        .exclude(sends__week_of=week_of)
        .select_related("institution", "membership__user")
        .order_by("pk")
    )
    sent = 0
    for recipient in due:
        try:
            with transaction.atomic():
                claim = ReportSend.objects.create(recipient=recipient, week_of=week_of)
        except IntegrityError:  # another run claimed it
            continue
        try:
            _send(recipient, today=today)
        except Exception as exc:
            logger.exception("Weekly report %s could not be sent", recipient.pk)
            ReportSend.objects.filter(pk=claim.pk).update(error=str(exc)[:500])
            continue
        ReportSend.objects.filter(pk=claim.pk).update(sent_at=timezone.now())
        sent += 1
    return sent


def _send(recipient: ReportRecipient, *, today: dt.date) -> None:
    institution = recipient.institution
    user = recipient.membership.user
    scope = managed_department_ids(user=user, institution=institution)
    rows = order_rows(compliance_rows(institution=institution, department_ids=scope), "department")
    csv_text = "".join(export_rows(rows))
    label = (
        "All departments"
        if scope is None
        else "Departments: "
        + ", ".join(
            institution.departments.filter(pk__in=scope)
            .order_by("name")
            .values_list("name", flat=True)
        )
    )
    pdf = compliance_report_pdf(institution=institution, department_ids=scope, scope_label=label)
    subject = f"Weekly compliance report: {institution.name}"
    message = templated_email(
        template="institutions/email/weekly_report",
        context={
            "recipient": user,
            "institution": institution,
            "scope_label": label,
            "dashboard_url": f"{settings.SITE_URL}/institutions/{institution.slug}/compliance/",
            "platform": settings.PLATFORM_NAME,
        },
        subject=subject,
        to=user.email,
    )
    stamp = today.isoformat()
    message.attach(f"compliance-{institution.slug}-{stamp}.csv", csv_text, "text/csv")
    message.attach(f"compliance-{institution.slug}-{stamp}.pdf", pdf, "application/pdf")
    message.send()
