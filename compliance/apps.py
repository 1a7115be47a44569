from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    """Requirements, assignments, compliance status and history, reminders and the email outbox,
    roster imports, invitations and weekly reports: everything an institution asks of its
    members. Tenancy itself (institutions, departments, memberships) is ``institutions``."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "compliance"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (precomputed statuses)
