"""The one schedule of periodic jobs, defined once.

Production runs it with Celery beat (``CELERY_BEAT_SCHEDULE`` is built from it); the embedded
mode (``make run``, no broker) runs the same entries with the in-process scheduler
(``lms/scheduler.py``); ``python manage.py run_job NAME`` runs one by hand. Every job is
idempotent, so a second beat, a restart or a manual run on top of the schedule does no harm.
"""

from celery.schedules import crontab

# name → task, when, and what it does (README "Scheduled jobs" lists the same).
SCHEDULE: dict[str, dict] = {
    "compliance-daily": {
        "task": "institutions.compliance_daily",
        "schedule": crontab(hour=6, minute=0),
        "when": "daily at 06:00",
        "what": "assign newcomers, record the day's snapshot, send reminders and escalations",
    },
    "compliance-statuses-refresh": {
        "task": "institutions.compliance_statuses_refresh",
        "schedule": crontab(minute="*/10"),
        "when": "every 10 minutes",
        "what": "recompute the precomputed compliance statuses whose due date, exemption or "
        "certificate expiry has come, or that bulk writes marked out of date",
    },
    "compliance-snapshots-prune": {
        "task": "institutions.compliance_snapshots_prune",
        "schedule": crontab(day_of_month=2, hour=3, minute=30),
        "when": "monthly, the 2nd at 03:30",
        "what": "thin daily snapshots older than ~13 months to one per month",
    },
    "certificates-sweep": {
        "task": "certificates.sweep",
        "schedule": crontab(minute="*/10"),
        "when": "every 10 minutes",
        "what": "issue missing certificates and render waiting PDFs older than 5 minutes",
    },
    "compliance-weekly-reports": {
        "task": "institutions.weekly_reports",
        "schedule": crontab(hour=6, minute=30),
        "when": "daily at 06:30",
        "what": "email the weekly compliance reports due today (CSV and PDF, once a week each)",
    },
    "certificates-expiry-notices": {
        "task": "certificates.expiry_notices",
        "schedule": crontab(hour=7, minute=0),
        "when": "daily at 07:00",
        "what": "tell owners of certificates expiring within 30 days (in the app and by email)",
    },
    "outbox-expire-leases": {
        "task": "institutions.outbox_expire_leases",
        "schedule": crontab(minute="*/15"),
        "when": "every 15 minutes",
        "what": "mark emails whose sender died mid-send unconfirmed (never resent)",
    },
    # Slot for the credentials work: the Bitstring Status List refresh. Fill in the task name
    # and timing here (this is the only schedule; beat and the in-process scheduler read it).
    # "credentials-status-list-refresh": {
    #     "task": "certificates.status_list_refresh",
    #     "schedule": crontab(minute="*/5"),
    #     "when": "every 5 minutes",
    #     "what": "republish the revocation status list",
    # },
}


def beat_schedule() -> dict[str, dict]:
    """``CELERY_BEAT_SCHEDULE``: the entries with only the keys Celery beat reads."""
    return {
        name: {"task": entry["task"], "schedule": entry["schedule"]}
        for name, entry in SCHEDULE.items()
    }
