"""In-app notifications and the email choices a person controls.

A notification is written once per fact (``key`` is unique per user): an assignment, a
reminder, a certificate issued or about to expire. Its email, where there is one, is sent at
most once (``emailed_at`` is set before the message is handed to the mail server).
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class NotificationKind(models.TextChoices):
    ASSIGNED = "assigned", "Course assigned"
    DUE = "due", "Required training due"
    CERTIFICATE_ISSUED = "certificate_issued", "Certificate issued"
    CERTIFICATE_EXPIRING = "certificate_expiring", "Certificate about to expire"


class EmailCategory(models.TextChoices):
    """What a person may switch off. Required training (assignments, due dates and overdue
    reminders) is sent on behalf of the employer or school that requires it and cannot be
    switched off here; account emails (password reset, invitations) are never optional."""

    CERTIFICATES = "certificates", "Certificate issued and about to expire"
    REQUIRED_TRAINING = "required_training", "Required training: assignments and due dates"


OPTIONAL_CATEGORIES = (EmailCategory.CERTIFICATES,)


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices)
    key = models.CharField(max_length=120, help_text="What this is about, once per user.")
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="notifications_once_per_fact")
        ]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notifications_user_recent"),
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="notifications_unread"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.title}"


class EmailPreferences(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_preferences"
    )
    certificates = models.BooleanField(
        "Email me when a certificate is issued or about to expire", default=True
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Email preferences of {self.user_id}"
