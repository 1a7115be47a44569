"""Precomputed compliance status: one row per assignment, so the summary of a large institution
is one grouped scan of a narrow table instead of joining every assignment to the certificates
and enrollments of the whole database.

A row holds the status the live rule (``selectors.annotate_status``) gave at ``valid_from`` and
stays true until ``valid_until``, the next moment time alone could change it (a due date
passing, an exemption ending, a certificate entering its last 30 days or lapsing). Events
refresh the rows they change (``services.assignment_statuses_refresh``): a certificate issued
or revoked, an enrollment started, an assignment created, extended or exempted, a membership
or requirement changed. Readers use a row only while ``valid_from <= now < valid_until`` and
compute the others live; a scheduled job refreshes the rows whose time has come."""

from django.db import models


class AssignmentStatus(models.Model):
    assignment = models.OneToOneField(
        "institutions.Assignment",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="status_row",
    )
    # Copied from the assignment's membership and requirement, so the summary reads one table.
    institution = models.ForeignKey(
        "institutions.Institution", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    department = models.ForeignKey(
        "institutions.Department",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    requirement = models.ForeignKey(
        "institutions.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    # Active member and active requirement: the row counts towards the institution's figures.
    counted = models.BooleanField()
    # A ComplianceStatus value, or "expiring" (completed, lapsing within 30 days).
    state = models.CharField(max_length=12)
    valid_from = models.DateTimeField()
    valid_until = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(
                fields=["institution", "counted", "department", "requirement", "state"],
                name="assignment_status_summary",
            ),
            # The rows due a refresh (``valid_until`` passed) or asked about before they were
            # computed (``valid_from`` ahead): two small range scans.
            models.Index(fields=["institution", "valid_until"], name="assignment_status_until"),
            models.Index(fields=["institution", "valid_from"], name="assignment_status_from"),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id}: {self.state} until {self.valid_until:%Y-%m-%d %H:%M}"
