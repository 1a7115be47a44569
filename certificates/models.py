"""Certificates: one per Completion, a frozen snapshot of what it certifies.

Rows are append-only history (DESIGN.md): every field describing the learning is copied at
issuance so later edits of the course, the credit type or the learner's profile never change an
issued certificate. Only the credit claim, revocation and the rendered PDF change afterwards.
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from .codes import format_code

# Slug of the credit type whose claims must be in steps of 0.25 (AMA PRA Category 1 Credit™).
AMA_CREDIT_SLUG = "ama-pra-1"
# Credit types that certify completion only: nothing to claim.
NO_CREDIT_SLUGS = frozenset({"completion"})


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    EXPIRED = "expired", "Expired"
    REVOKED = "revoked", "Revoked"


class CertificateQuerySet(models.QuerySet):
    def for_user(self, user) -> "CertificateQuerySet":
        return self.filter(user=user)

    def not_revoked(self) -> "CertificateQuerySet":
        return self.filter(revoked_at__isnull=True)


class Certificate(models.Model):
    # OneToOne = a database unique constraint on the completion: the once-only guarantee.
    completion = models.OneToOneField(
        "courses.Completion", on_delete=models.PROTECT, related_name="certificate"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    institution = models.ForeignKey(
        "institutions.Institution",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
    )
    # Base32 of 20 random bytes (160 bits), uppercase, no separators; shown in groups of four.
    code = models.CharField(max_length=32, unique=True, editable=False)

    course = models.ForeignKey(
        "content.CoursePage", on_delete=models.PROTECT, related_name="certificates"
    )
    # Snapshots at issuance.
    learner_name = models.CharField(max_length=255)
    course_title = models.CharField(max_length=255)
    course_version = models.CharField(max_length=20)
    completed_at = models.DateTimeField()
    credit_type_slug = models.SlugField(max_length=50, blank=True)
    credit_type_name = models.CharField(max_length=150, blank=True)
    credit_unit = models.CharField(max_length=50, blank=True)
    designation_statement = models.TextField(blank=True)
    accreditation_statement = models.TextField(blank=True)
    provider_name = models.CharField(max_length=200)
    institution_name = models.CharField(max_length=200, blank=True)
    credit_max = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)

    credit_claimed = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)

    issued_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )

    pdf = models.FileField(upload_to="certificates/", blank=True, max_length=255)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    # Set in the transaction that changes what the PDF shows (issue, claim, revocation), cleared
    # by the render that follows; one left set for minutes is re-rendered by the sweep.
    pdf_requested_at = models.DateTimeField(null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-completed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(credit_claimed__isnull=True)
                | (Q(credit_claimed__gt=Decimal("0")) & Q(credit_claimed__lte=F("credit_max"))),
                name="certificates_claim_within_max",
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revoked_reason=""),
                name="certificates_revocation_has_reason",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "completed_at"]),
            # The latest valid certificate per (user, course): institutions' compliance status.
            models.Index(
                fields=["user", "course", "-issued_at", "-id"],
                condition=Q(revoked_at__isnull=True),
                name="certificates_latest_valid",
            ),
            models.Index(
                fields=["pdf_requested_at"],
                condition=Q(pdf_requested_at__isnull=False),
                name="certificates_pdf_waiting",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course_title} — {self.learner_name} ({self.display_code})"

    @property
    def display_code(self) -> str:
        return format_code(self.code)

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.expires_at is not None and self.expires_at <= timezone.now():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    @property
    def status_label(self) -> str:
        return CertificateStatus(self.status).label

    @property
    def has_credit(self) -> bool:
        return (
            self.credit_max is not None
            and self.credit_max > 0
            and self.credit_type_slug not in NO_CREDIT_SLUGS
        )

    @property
    def credit_unit_plural(self) -> str:
        unit = self.credit_unit
        return unit if not unit or unit.endswith("s") else f"{unit}s"
