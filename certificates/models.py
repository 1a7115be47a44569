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
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

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
    # The attestation the learner made with the claim, word for word, and what the claim froze
    # for the certificate: the learner's degree and the activity's dates.
    claim_attestation = models.TextField(blank=True)
    learner_degree = models.CharField(max_length=40, blank=True)
    activity_released_on = models.DateField(null=True, blank=True)
    activity_expires_on = models.DateField(null=True, blank=True)

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
    def credit_claim_open(self) -> bool:
        """The certificate's own credit may still be claimed: it carries credit, none was claimed
        yet and the certificate is valid. (Whether this learner may claim it now — profession,
        profile, evaluation — is ``services.certificate_claim_problem``.)"""
        return (
            self.has_credit
            and self.credit_claimed is None
            and self.status == CertificateStatus.VALID
        )

    @property
    def credit_unit_plural(self) -> str:
        unit = self.credit_unit
        return unit if not unit or unit.endswith("s") else f"{unit}s"


class CertificateCredit(models.Model):
    """A further credit type a jointly accredited course offers on this certificate, snapshotted
    at issuance like the certificate's own (primary) credit, and claimed once by an eligible
    learner (AMA PRA Category 1 + ANCC + ACPE + IPCE on one course, each its own maximum)."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="extra_credits"
    )
    sort_order = models.PositiveSmallIntegerField(default=0)
    credit_type_slug = models.SlugField(max_length=50)
    credit_type_name = models.CharField(max_length=150)
    credit_unit = models.CharField(max_length=50, blank=True)
    designation_statement = models.TextField(blank=True)
    accreditation_statement = models.TextField(blank=True)
    credit_max = models.DecimalField(max_digits=5, decimal_places=2)
    credit_claimed = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_attestation = models.TextField(blank=True)

    class Meta:
        ordering = ["certificate_id", "sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "credit_type_slug"], name="certificates_extra_credit_once"
            ),
            models.CheckConstraint(
                condition=Q(credit_claimed__isnull=True)
                | (Q(credit_claimed__gt=Decimal("0")) & Q(credit_claimed__lte=F("credit_max"))),
                name="certificates_extra_claim_within_max",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.credit_type_name} on {self.certificate_id}"

    @property
    def credit_unit_plural(self) -> str:
        unit = self.credit_unit
        return unit if not unit or unit.endswith("s") else f"{unit}s"


class StatusPurpose(models.TextChoices):
    REVOCATION = "revocation", "Revocation"


class StatusList(models.Model):
    """One W3C Bitstring Status List (v1.0) the site publishes as a signed credential.

    The bits are not stored: bit *i* is set when the certificate holding index *i* is revoked, so
    the list can never disagree with the certificates. ``revision`` and ``updated_at`` change with
    every revocation (certificates.status_list.status_list_mark_changed); the published credential
    is cached per revision, so the next fetch after a revocation always sees the flipped bit.
    """

    # 1, 2, 3… in opening order; unique, so two requests that both find every list full open
    # one new list between them, not one each (certificates.status_list._open_list).
    number = models.PositiveIntegerField(unique=True)
    purpose = models.CharField(
        max_length=20, choices=StatusPurpose.choices, default=StatusPurpose.REVOCATION
    )
    # Bitstring Status List §2.1: at least 131,072 bits (16 KB) so one list hides its members.
    size = models.PositiveIntegerField(default=131_072)
    allocated = models.PositiveIntegerField(default=0)
    revision = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(size__gte=131_072), name="certificates_status_list_min_size"
            ),
            models.CheckConstraint(
                condition=Q(allocated__lte=F("size")), name="certificates_status_list_not_overfull"
            ),
        ]

    def __str__(self) -> str:
        return f"Status list {self.pk} ({self.purpose}, {self.allocated}/{self.size})"


class StatusListEntry(models.Model):
    """A certificate's index in a status list, allocated once (on its first credential export)."""

    # OneToOne = one index per certificate, whoever asks and however often. Null once the
    # certificate is purged past retention: the row stays as a tombstone (its bit set), so the
    # index is never handed to another certificate.
    certificate = models.OneToOneField(
        Certificate, on_delete=models.PROTECT, related_name="status_entry", null=True
    )
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="entries")
    index = models.PositiveIntegerField()
    allocated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "status list entries"
        constraints = [
            # An index belongs to one certificate only: revoking one never flips another's bit.
            models.UniqueConstraint(
                fields=["status_list", "index"], name="certificates_status_index_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.status_list_id}#{self.index}"


class CredentialOffer(models.Model):
    """An OpenID for Verifiable Credential Issuance (1.0) offer of one certificate's credential,
    redeemed once by a wallet with the pre-authorized code flow.

    Only SHA-256 hashes of the pre-authorized code and of the access token are stored."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="credential_offers"
    )
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    redeemed_at = models.DateTimeField(null=True, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    token_expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(redeemed_at__isnull=True) | Q(token_hash__isnull=False),
                name="certificates_offer_redeemed_has_token",
            ),
        ]

    def __str__(self) -> str:
        return (
            f"Wallet offer of {self.certificate_id} ({'redeemed' if self.redeemed_at else 'open'})"
        )


# --- Activity evaluation (before a credit claim) --------------------------------------------


class ObjectivesMet(models.TextChoices):
    YES = "yes", "Yes, fully"
    PARTLY = "partly", "Partly"
    NO = "no", "No"


class PracticeChange(models.TextChoices):
    WILL_CHANGE = "will_change", "I will change something in my practice"
    CONFIRMED = "confirmed", "It confirmed what I already do"
    NO_CHANGE = "no_change", "I will not change my practice"


class PerceivedBias(models.TextChoices):
    NONE = "none", "No bias or commercial influence"
    SOME = "some", "Some bias or commercial influence"
    SIGNIFICANT = "significant", "Significant bias or commercial influence"


class ActivityEvaluation(models.Model):
    """The learner's evaluation of the activity, required before credit is claimed (once per
    certificate); reported to authors per course."""

    certificate = models.OneToOneField(
        Certificate, on_delete=models.PROTECT, related_name="evaluation"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    course = models.ForeignKey(
        "content.CoursePage", on_delete=models.PROTECT, related_name="evaluations"
    )
    objectives_met = models.CharField(
        "did the activity meet its stated objectives?", max_length=10, choices=ObjectivesMet.choices
    )
    practice_change = models.CharField(
        "intended change in practice", max_length=12, choices=PracticeChange.choices
    )
    practice_change_detail = models.TextField("what will you change?", max_length=2000, blank=True)
    perceived_bias = models.CharField(
        "was the content free of bias and commercial influence?",
        max_length=12,
        choices=PerceivedBias.choices,
    )
    bias_detail = models.TextField("where did you see bias?", max_length=2000, blank=True)
    comments = models.TextField(max_length=4000, blank=True)
    # Answers to the course's own evaluation items: "objective_<n>" (did it meet objective n:
    # an ObjectivesMet value) and each authored question's key (a choice or free text).
    answers = models.JSONField(default=dict, blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["course", "submitted_at"])]

    def __str__(self) -> str:
        return f"Evaluation of {self.certificate_id} by {self.user_id}"


@register_setting(icon="edit")
class CertificateSignatory(BaseGenericSetting):
    """The provider's authorised official whose signature certificates carry."""

    name = models.CharField(max_length=150, blank=True)
    title = models.CharField(
        max_length=150, blank=True, help_text="e.g. Director, Continuing Education"
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A PNG or JPEG of the signature, on a white or transparent background.",
    )

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("signature")]

    class Meta:
        verbose_name = "certificate signatory"

    def __str__(self) -> str:
        return self.name or "Certificate signatory"
