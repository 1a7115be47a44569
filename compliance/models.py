"""Compliance: requirements, assignments, snapshots, reminders, the email outbox, roster
imports, invitations, weekly reports and member actions.

These models lived in ``institutions`` until the compliance app was split off; each keeps its
table (``Meta.db_table``), its constraint names and its rows (migration
``compliance.0001_move_from_institutions``)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from accounts.models import Profession
from institutions.models import Department, Institution, Membership, Role

# --- Rosters ------------------------------------------------------------------------------------


# Files with more rows than this are imported by a Celery worker; smaller ones at once.
ROSTER_ASYNC_ROW_THRESHOLD = 1000


class RosterImportStatus(models.TextChoices):
    PENDING = "pending", "Queued"
    VALIDATING = "validating", "Checking rows"
    APPLYING = "applying", "Saving members"
    SUCCEEDED = "succeeded", "Imported"
    FAILED = "failed", "Rejected"


class RosterImport(models.Model):
    """One uploaded roster file and what became of it (all rows imported, or none)."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="roster_imports"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    filename = models.CharField(max_length=255, blank=True)
    # The CSV text waits here for the worker and is cleared once processed (it holds personal
    # data; the database, unlike public media storage, is never served).
    content = models.TextField(blank=True)
    auto_create_departments = models.BooleanField(default=False)
    deactivate_missing = models.BooleanField(default=False)
    status = models.CharField(
        max_length=12, choices=RosterImportStatus.choices, default=RosterImportStatus.PENDING
    )
    total_rows = models.PositiveIntegerField(default=0)
    processed_rows = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "institutions_rosterimport"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename or 'roster'} → {self.institution} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (RosterImportStatus.SUCCEEDED, RosterImportStatus.FAILED)

    @property
    def status_badge(self) -> str:
        """The badge colour of the status: success only for an import that succeeded, the
        error colour for a rejected one, neutral while it runs."""
        return {
            RosterImportStatus.SUCCEEDED: "badge-ok",
            RosterImportStatus.FAILED: "badge-bad",
        }.get(self.status, "badge-neutral")

    @property
    def is_async(self) -> bool:
        return self.total_rows > ROSTER_ASYNC_ROW_THRESHOLD

    @property
    def percent(self) -> int:
        if self.is_finished:
            return 100
        return int(100 * self.processed_rows / self.total_rows) if self.total_rows else 0


# --- Requirements ---------------------------------------------------------------------------------


class Audience(models.TextChoices):
    EVERYONE = "everyone", "Everyone"
    DEPARTMENTS = "departments", "Selected departments"
    ROLES = "roles", "Selected roles"
    PROFESSIONS = "professions", "Selected professions"
    # Everyone who matches every filter given: in one of the departments (if any are chosen) AND
    # holding one of the roles (if any) AND of one of the professions (if any).
    COMBINED = "combined", "A combination: department and role or profession"
    # Nobody by rule: members are assigned one by one (ad hoc, from the member list).
    INDIVIDUALS = "individuals", "Chosen members only (assigned one by one)"


class DueRule(models.TextChoices):
    AFTER_ASSIGNMENT = "after_assignment", "N days after the member is assigned"
    FIXED_DATE = "fixed_date", "A fixed date"


class RequirementQuerySet(models.QuerySet):
    def for_institution(self, institution: Institution) -> "RequirementQuerySet":
        return self.filter(institution=institution)

    def active(self) -> "RequirementQuerySet":
        return self.filter(is_active=True)


class Requirement(models.Model):
    """Course X is required of this audience, due by a rule, optionally renewed every M months."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="requirements"
    )
    course = models.ForeignKey(
        "content.CoursePage", on_delete=models.PROTECT, related_name="requirements"
    )
    audience = models.CharField(max_length=12, choices=Audience.choices, default=Audience.EVERYONE)
    departments = models.ManyToManyField(Department, blank=True, related_name="requirements")
    roles = models.JSONField(
        default=list, blank=True, help_text="Role values (audience=roles or combined)."
    )
    professions = models.JSONField(
        default=list, blank=True, help_text="Profession values (audience=professions or combined)."
    )
    due_rule = models.CharField(
        max_length=20, choices=DueRule.choices, default=DueRule.AFTER_ASSIGNMENT
    )
    due_days = models.PositiveIntegerField(null=True, blank=True)
    due_date = models.DateField(null=True, blank=True)
    recurrence_months = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Renew every M months after completion; empty = once."
    )
    grace_days = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RequirementQuerySet.as_manager()

    class Meta:
        db_table = "institutions_requirement"
        ordering = ["institution", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "course"], name="institutions_requirement_one_per_course"
            ),
            models.CheckConstraint(
                condition=(
                    Q(due_rule="after_assignment", due_days__isnull=False)
                    | Q(due_rule="fixed_date", due_date__isnull=False)
                ),
                name="institutions_requirement_due_rule_complete",
            ),
            models.CheckConstraint(
                condition=Q(recurrence_months__isnull=True) | Q(recurrence_months__gte=1),
                name="institutions_requirement_recurrence_positive",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course_id} required by {self.institution}"

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if self.due_rule == DueRule.AFTER_ASSIGNMENT and self.due_days is None:
            errors["due_days"] = "Give the number of days after assignment."
        if self.due_rule == DueRule.FIXED_DATE and self.due_date is None:
            errors["due_date"] = "Give the due date."
        if self.recurrence_months == 0:
            errors["recurrence_months"] = "Recurrence must be at least 1 month, or empty."
        bad_roles = [r for r in self.roles or [] if r not in Role.values]
        if bad_roles:
            errors["roles"] = f"Unknown role(s): {', '.join(map(str, bad_roles))}."
        bad_prof = [p for p in self.professions or [] if p not in Profession.values]
        if bad_prof:
            errors["professions"] = f"Unknown profession(s): {', '.join(map(str, bad_prof))}."
        if self.audience == Audience.ROLES and not self.roles:
            errors["roles"] = "Choose at least one role."
        if self.audience == Audience.PROFESSIONS and not self.professions:
            errors["professions"] = "Choose at least one profession."
        if errors:
            raise ValidationError(errors)


class Assignment(models.Model):
    """A requirement applies to a member from ``assigned_on``; ``due_on`` follows its due rule."""

    requirement = models.ForeignKey(
        Requirement, on_delete=models.CASCADE, related_name="assignments"
    )
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="assignments")
    assigned_on = models.DateField(default=timezone.localdate)
    due_on = models.DateField()
    # Set when the due date was set by hand (an extension, or an ad-hoc assignment's date;
    # MemberAction): a later change of the requirement's due rule leaves it alone.
    due_extended = models.BooleanField(default=False)
    # Assigned one by one by an admin, not by the requirement's audience: a change of audience
    # never takes it away.
    ad_hoc = models.BooleanField(default=False)
    # Exempt from this requirement until (and including) this date, with the reason (audited).
    exempt_until = models.DateField(null=True, blank=True)
    exempt_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        db_table = "institutions_assignment"
        ordering = ["due_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["requirement", "membership"], name="institutions_assignment_once"
            ),
        ]
        # The compliance member list is sorted by due date first: read in order, no full sort.
        indexes = [models.Index(fields=["due_on"], name="institutions_assignment_due")]

    def __str__(self) -> str:
        return f"{self.membership_id} must do {self.requirement_id} by {self.due_on}"

    # ``state`` is annotated by compliance.selectors.annotate_status.
    @property
    def status(self) -> str | None:
        state = getattr(self, "state", None)
        return "completed" if state == "expiring" else state

    @property
    def expiring_soon(self) -> bool:
        return getattr(self, "state", None) == "expiring"


# --- Compliance history and reminders -----------------------------------------------------------


def compliance_percent(*, compliant: int, total: int) -> float:
    """The one compliance percentage: compliant share of the required courses, one decimal;
    nothing required counts as fully compliant."""
    return round(100 * compliant / total, 1) if total else 100.0


class ComplianceSnapshot(models.Model):
    """The compliance figures of one institution as they stood on one day (kept for audits)."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="compliance_snapshots"
    )
    taken_on = models.DateField()
    total = models.PositiveIntegerField(default=0)
    compliant = models.PositiveIntegerField(default=0)
    by_status = models.JSONField(default=dict)
    # [{"id": 3, "name": "ICU", "total": 40, "compliant": 31}, ...]
    by_department = models.JSONField(default=list)
    by_requirement = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "institutions_compliancesnapshot"
        ordering = ["institution", "-taken_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "taken_on"], name="institutions_snapshot_one_per_day"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.institution} on {self.taken_on}: {self.compliant}/{self.total}"

    @property
    def percent(self) -> float:
        return compliance_percent(compliant=self.compliant, total=self.total)


class ReminderKind(models.TextChoices):
    ASSIGNED = "assigned", "Newly assigned"
    DUE_30 = "due_30", "Due in 30 days"
    DUE_7 = "due_7", "Due in 7 days"
    DUE_TODAY = "due_today", "Due today"
    OVERDUE = "overdue", "Overdue (weekly)"
    ESCALATION = "escalation", "Overdue 14 days: manager told"
    MANUAL = "manual", "Reminder sent by an administrator or manager"


class OutboxKind(models.TextChoices):
    LEARNER = "learner", "Learner reminder digest"
    MANAGER = "manager", "Manager escalation digest"
    INVITATION = "invitation", "Account invitation (set your password)"
    MANUAL = "manual", "Reminder sent now by an administrator or manager"


class OutboxStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    # Handed (or about to be handed) to the mail server under a lease (``lease_expires_at``).
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"
    # The worker died while sending and the lease ran out: the server may or may not have
    # accepted it, and it is never sent again (at most once; compliance/outbox.py).
    UNCONFIRMED = "unconfirmed", "Unconfirmed (worker lost while sending; not resent)"


class OutboxEmail(models.Model):
    """At most one email of each kind per person per day; the unique key makes that hold. An
    invitation names the inviting institution (at most one per person, institution and day), and
    a roster import invites each person it names at most once."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="compliance_emails"
    )
    kind = models.CharField(max_length=10, choices=OutboxKind.choices)
    # Invitations only: who invites, and the roster import that created the account (empty for
    # an admin's resend).
    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    roster_import = models.ForeignKey(
        RosterImport,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations",
    )
    send_on = models.DateField()
    to_address = models.EmailField()
    subject = models.CharField(max_length=255, blank=True)
    status = models.CharField(
        max_length=12, choices=OutboxStatus.choices, default=OutboxStatus.PENDING
    )
    # The idempotency key: the Message-ID header of every attempt of this email, unique.
    message_id = models.CharField(max_length=255, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "institutions_outboxemail"
        ordering = ["-send_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "send_on"],
                condition=~Q(kind="invitation"),
                name="institutions_outbox_one_per_day",
            ),
            # Invitations are per inviting institution: one institution's invitation never
            # blocks (or reveals) another's.
            models.UniqueConstraint(
                fields=["recipient", "institution", "send_on"],
                condition=Q(kind="invitation"),
                name="institutions_outbox_invitation_one_per_day",
            ),
            models.UniqueConstraint(
                fields=["recipient", "roster_import"],
                condition=Q(kind="invitation", roster_import__isnull=False),
                name="institutions_outbox_one_import_invitation",
            ),
            models.CheckConstraint(
                condition=~Q(kind="invitation") | Q(institution__isnull=False),
                name="institutions_outbox_invitation_institution",
            ),
            models.UniqueConstraint(
                fields=["message_id"],
                condition=~Q(message_id=""),
                name="institutions_outbox_unique_message_id",
            ),
            models.CheckConstraint(
                condition=~Q(status="sending") | Q(lease_expires_at__isnull=False),
                name="institutions_outbox_sending_has_lease",
            ),
        ]
        indexes = [models.Index(fields=["status", "send_on"])]

    def __str__(self) -> str:
        return f"{self.kind} to {self.to_address} on {self.send_on} ({self.status})"


class DeliveryOutcome(models.TextChoices):
    SENDING = "sending", "Sending"
    SENT = "sent", "Accepted by the mail server"
    FAILED = "failed", "Refused (will be retried)"
    UNCONFIRMED = "unconfirmed", "Unconfirmed (worker lost while sending)"
    NOTHING = "nothing", "Nothing to send"


class EmailDelivery(models.Model):
    """One attempt to send one outbox email, kept as history (the member page shows it)."""

    email = models.ForeignKey(OutboxEmail, on_delete=models.CASCADE, related_name="deliveries")
    attempt = models.PositiveSmallIntegerField()
    message_id = models.CharField(max_length=255)
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        max_length=12, choices=DeliveryOutcome.choices, default=DeliveryOutcome.SENDING
    )
    error = models.TextField(blank=True)

    class Meta:
        db_table = "institutions_emaildelivery"
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "attempt"], name="institutions_delivery_one_per_attempt"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email_id} attempt {self.attempt}: {self.outcome}"


class Reminder(models.Model):
    """One reminder fact, recorded once per (member, requirement, kind, date); it travels in the
    recipient's daily digest email."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="reminders")
    requirement = models.ForeignKey(Requirement, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=12, choices=ReminderKind.choices)
    # The anchor date: the due date for due_*/escalation, the overdue week's date for overdue.
    on = models.DateField()
    due_on = models.DateField()
    # Who hears about it: the member, or for an escalation their manager.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    email = models.ForeignKey(
        OutboxEmail, on_delete=models.SET_NULL, null=True, blank=True, related_name="reminders"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "institutions_reminder"
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "requirement", "kind", "on"],
                name="institutions_reminder_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} for {self.membership_id}/{self.requirement_id} on {self.on}"


class MemberActionKind(models.TextChoices):
    REMINDER = "reminder", "Reminder sent now"
    EXTENSION = "extension", "Due date extended"
    EXEMPTION = "exemption", "Exempted"
    ASSIGNMENT = "assignment", "Course assigned ad hoc"


class MemberAction(models.Model):
    """What an admin or manager did to one member's requirement, with who, when and why
    (shown on the member's page; never edited or deleted with the requirement's history)."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="member_actions"
    )
    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="member_actions"
    )
    requirement = models.ForeignKey(
        Requirement, on_delete=models.CASCADE, related_name="member_actions"
    )
    kind = models.CharField(max_length=12, choices=MemberActionKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.CharField(max_length=500, blank=True)
    previous_due_on = models.DateField(null=True, blank=True)
    new_due_on = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "institutions_memberaction"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["membership", "-created_at"], name="member_action_recent")]

    def __str__(self) -> str:
        return f"{self.kind} for {self.membership_id}/{self.requirement_id}"


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class ReportRecipient(models.Model):
    """An admin or manager of the institution who gets the weekly compliance report by email
    (the member rows as CSV and the printable PDF, for their own scope)."""

    institution = models.ForeignKey(
        Institution, on_delete=models.CASCADE, related_name="report_recipients"
    )
    membership = models.OneToOneField(
        Membership, on_delete=models.CASCADE, related_name="report_subscription"
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, default=Weekday.MONDAY)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "institutions_reportrecipient"

    def __str__(self) -> str:
        return f"Weekly report for {self.membership_id}"


class ReportSend(models.Model):
    """One weekly report to one recipient, recorded before it is sent: at most once a week."""

    recipient = models.ForeignKey(ReportRecipient, on_delete=models.CASCADE, related_name="sends")
    week_of = models.DateField(help_text="The Monday of the week it was sent for.")
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "institutions_reportsend"
        constraints = [
            models.UniqueConstraint(fields=["recipient", "week_of"], name="report_once_a_week")
        ]

    def __str__(self) -> str:
        return f"Report to {self.recipient_id} for the week of {self.week_of}"


# Precomputed per-assignment status (kept in its own module; registered with this app).
from compliance.status import AssignmentStatus, StatusCount  # noqa: E402, F401
