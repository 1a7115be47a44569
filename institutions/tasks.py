"""Celery autodiscovery looks here; the compliance tasks live in ``institutions.compliance``."""

from .compliance.tasks import (  # noqa: F401
    compliance_daily,
    compliance_daily_for_institution,
    compliance_snapshots_prune_task,
    outbox_expire_leases_task,
    requirement_enroll_members,
    roster_import_run,
)
