"""Ethos's side of LTI 1.3: which institution a platform deployment belongs to, the launch nonces
already used, which quiz a platform line item grades, and every score sent to a gradebook.

Registrations, deployments, contexts, LTI users, memberships and line items are django-lti's
(``lti_tool``); this app only adds what Ethos needs on top of them.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from core.formatting import display_datetime


class DeploymentInstitution(models.Model):
    """A platform deployment belongs to exactly one institution: every learner it launches
    becomes (or must already be) an active member of that institution, and of no other."""

    deployment = models.OneToOneField(
        "lti_tool.LtiDeployment", on_delete=models.CASCADE, related_name="ethos_institution"
    )
    institution = models.ForeignKey(
        "institutions.Institution", on_delete=models.CASCADE, related_name="lti_deployments"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "LTI deployment → institution"
        verbose_name_plural = "LTI deployments → institutions"

    def __str__(self) -> str:
        return f"{self.deployment} → {self.institution}"


class UsedNonce(models.Model):
    """A launch's nonce is accepted once: a replayed id_token finds its nonce here."""

    registration = models.ForeignKey(
        "lti_tool.LtiRegistration", on_delete=models.CASCADE, related_name="+"
    )
    nonce = models.CharField(max_length=255)
    used_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["registration", "nonce"], name="lti_nonce_used_once")
        ]
        indexes = [models.Index(fields=["used_at"])]

    def __str__(self) -> str:
        return self.nonce


class QuizLineItem(models.Model):
    """A platform gradebook column (AGS line item) that receives the scores of one quiz."""

    lineitem = models.OneToOneField(
        "lti_tool.LtiLineItem", on_delete=models.CASCADE, related_name="ethos_quiz"
    )
    quiz = models.ForeignKey("quizzes.Quiz", on_delete=models.CASCADE, related_name="lti_lineitems")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.quiz} → {self.lineitem.url}"


class ScoreStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed (retries exhausted)"


class ScorePublish(models.Model):
    """One submitted attempt's score for one gradebook column: created once (unique), sent by
    the ``lti.publish_score`` task, retried until the platform accepts it."""

    attempt = models.ForeignKey(
        "quizzes.Attempt", on_delete=models.CASCADE, related_name="lti_scores"
    )
    lineitem = models.ForeignKey(
        "lti_tool.LtiLineItem", on_delete=models.CASCADE, related_name="ethos_scores"
    )
    lti_user = models.ForeignKey(
        "lti_tool.LtiUser", on_delete=models.CASCADE, related_name="ethos_scores"
    )
    score_given = models.DecimalField(max_digits=5, decimal_places=2)
    score_maximum = models.DecimalField(max_digits=5, decimal_places=2, default=100)
    activity_progress = models.CharField(max_length=20)
    grading_progress = models.CharField(max_length=20, default="FullyGraded")
    status = models.CharField(
        max_length=10, choices=ScoreStatus.choices, default=ScoreStatus.PENDING
    )
    tries = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "lineitem"], name="lti_score_once_per_attempt_lineitem"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt} → {self.lineitem.url}: {self.score_given} ({self.status})"


class RosterSync(models.Model):
    """One NRPS roster pull for a platform context: who asked, what changed."""

    context = models.ForeignKey(
        "lti_tool.LtiContext", on_delete=models.CASCADE, related_name="ethos_roster_syncs"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    members = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    refused = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.context}: {self.members} members ({display_datetime(self.created_at)})"
