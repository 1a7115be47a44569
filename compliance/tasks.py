"""Celery tasks: take ids, re-fetch, call one service, safe to run twice."""

import datetime as dt

from celery import shared_task
from django.db import InterfaceError, OperationalError

from compliance.models import Requirement
from institutions.models import Institution

from .invitations import InvitationDeliveryError


@shared_task(
    name="institutions.roster_import_run",
    # The database restarting or failing over mid-import: the import's transaction rolled back
    # (nothing half-written), so run it again from the start once the database answers.
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=60,
    max_retries=10,
)
def roster_import_run(roster_import_id: int) -> str:
    """Process one uploaded roster (a finished import is left untouched)."""
    from .rosters import roster_import_process

    return roster_import_process(roster_import_id=roster_import_id).status


# Invitations the mail server refused stay pending; try again a few times, minutes apart.
_INVITE_RETRY = {"max_retries": 5, "retry_backoff": 60, "retry_backoff_max": 3600}


@shared_task(
    name="institutions.invitations_send_for_import",
    autoretry_for=(InvitationDeliveryError,),
    **_INVITE_RETRY,
)
def invitations_send_for_import_task(roster_import_id: int) -> int:
    """Send the invitations of one roster import's new accounts (each once, ever)."""
    from .invitations import invitations_send_for_import

    run = invitations_send_for_import(roster_import_id=roster_import_id)
    if run.failed:
        raise InvitationDeliveryError(f"{run.failed} invitation(s) refused by the mail server.")
    return run.sent


@shared_task(
    name="institutions.invitation_send",
    autoretry_for=(InvitationDeliveryError,),
    **_INVITE_RETRY,
)
def invitation_send_task(email_id: int) -> bool:
    """Send one pending invitation (an admin's resend); a sent one is left alone."""
    from .invitations import invitation_send

    return invitation_send(email_id=email_id)


@shared_task(name="institutions.requirement_enroll_members")
def requirement_enroll_members(requirement_id: int) -> int:
    """Enroll the requirement's assigned members through the learning core (idempotent)."""
    from .services import requirement_enroll_assigned

    requirement = Requirement.objects.select_related("course", "institution").filter(
        pk=requirement_id
    )
    r = requirement.first()
    return 0 if r is None or not r.is_active else requirement_enroll_assigned(requirement=r)


@shared_task(name="institutions.compliance_daily")
def compliance_daily(on: str | None = None) -> int:
    """Fan out the day's compliance work: one task per institution."""
    for institution_id in Institution.objects.values_list("id", flat=True):
        compliance_daily_for_institution.delay(institution_id, on)
    return Institution.objects.count()


@shared_task(name="institutions.compliance_daily_for_institution")
def compliance_daily_for_institution(institution_id: int, on: str | None = None) -> dict:
    """Sync assignments, record the day's snapshot and send due reminders for one institution."""
    from .services import compliance_daily_run

    institution = Institution.objects.filter(pk=institution_id).first()
    if institution is None:
        return {}
    return compliance_daily_run(
        institution=institution, today=dt.date.fromisoformat(on) if on else None
    )


@shared_task(name="institutions.compliance_statuses_refresh")
def compliance_statuses_refresh() -> int:
    """Recompute the precomputed statuses whose time has come (and create missing ones)."""
    from .services import assignment_statuses_refresh_due

    return assignment_statuses_refresh_due()


@shared_task(name="institutions.compliance_snapshots_prune")
def compliance_snapshots_prune_task() -> int:
    """Thin old daily snapshots to one per month."""
    from .services import compliance_snapshots_prune

    return compliance_snapshots_prune()


@shared_task(name="institutions.outbox_expire_leases")
def outbox_expire_leases_task() -> int:
    """Mark emails whose sending worker died (lease run out) unconfirmed; never resent."""
    from .outbox import outbox_expire_leases

    return outbox_expire_leases()


@shared_task(name="institutions.weekly_reports")
def weekly_reports_task() -> int:
    """Email this week's compliance reports that are due (once each); returns how many."""
    from .reports import reports_send_weekly

    return reports_send_weekly()
