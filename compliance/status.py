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
        "compliance.Assignment",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="status_row",
    )
    # Copied from the assignment's membership and requirement, so the summary reads one table.
    institution = models.ForeignKey(
        "institutions.Institution", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    # Not a foreign key: a deleted department's rows keep its id (counted under it in
    # StatusCount) until they are refreshed; its deletion marks them out of date.
    department_id = models.BigIntegerField(null=True, blank=True)
    requirement = models.ForeignKey(
        "compliance.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    # Active member and active requirement: the row counts towards the institution's figures.
    counted = models.BooleanField()
    # A ComplianceStatus value, or "expiring" (completed, lapsing within 30 days).
    state = models.CharField(max_length=12)
    valid_from = models.DateTimeField()
    valid_until = models.DateTimeField()
    # The latest valid certificate's dates at ``valid_from`` (as ``annotate_status(with_dates)``
    # gives them), so the member list and the export read no certificate while the row holds.
    cert_issued_at = models.DateTimeField(null=True, blank=True)
    cert_expires_at = models.DateTimeField(null=True, blank=True)
    # The assignment's due date at ``valid_from`` (every change of it refreshes or invalidates
    # the row, like the state), so a list filtered or sorted by status and sorted by due date
    # reads its page along one index of this table (``assignment_status_state_due``).
    due_on = models.DateField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["institution", "counted", "department_id", "requirement", "state"],
                name="assignment_status_summary",
            ),
            # The rows due a refresh (``valid_until`` passed) or asked about before they were
            # computed (``valid_from`` ahead): two small range scans.
            models.Index(fields=["institution", "valid_until"], name="assignment_status_until"),
            models.Index(fields=["institution", "valid_from"], name="assignment_status_from"),
            # A status filter or sort, then the due date (the member list's page): read in
            # order instead of collecting every matching row and sorting it.
            models.Index(
                fields=["institution", "counted", "state", "due_on", "assignment"],
                name="assignment_status_state_due",
            ),
            # Several states (``completed`` is completed or expiring) in due-date order: read
            # along the due dates, the state checked on each (they are spread over the dates).
            models.Index(
                fields=["institution", "counted", "due_on", "assignment"],
                name="assignment_status_due",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assignment_id}: {self.state} until {self.valid_until:%Y-%m-%d %H:%M}"


class StatusCount(models.Model):
    """How many counted ``AssignmentStatus`` rows hold each (department, requirement, state) of
    an institution, kept equal to them by every write of those rows (``services``:
    ``_statuses_write`` and the delete receivers), so the summary reads a few hundred rows.
    Rows out of their validity window are taken out again at read time and computed live."""

    institution = models.ForeignKey(
        "institutions.Institution", on_delete=models.CASCADE, related_name="+", db_index=False
    )
    # The rows' department id, 0 for none (a unique key, on SQLite too).
    department_key = models.BigIntegerField(default=0)
    requirement = models.ForeignKey(
        "compliance.Requirement", on_delete=models.CASCADE, related_name="+"
    )
    state = models.CharField(max_length=12)
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "department_key", "requirement", "state"],
                name="status_count_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution_id}/{self.department_key}/{self.requirement_id}: {self.state}"
