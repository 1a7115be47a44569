"""Writes of the certificates app (HackSoft style: typed, keyword-only, atomic).

``certificate_issue`` is the only way a certificate comes into being; the OneToOne on the
completion makes a second one impossible, whoever calls and however often.
"""

import hashlib
import logging
import secrets
from dataclasses import asdict, dataclass
from datetime import timedelta
from decimal import Decimal, InvalidOperation

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from content.models import CourseCredit, CoursePage, CreditType, format_amount
from content.selectors import credit_claim_problem
from core import pagecache
from core.formatting import display_date
from courses.models import Completion
from courses.services import completion_mark_certified
from institutions.permissions import user_can_administer

from .codes import generate_code
from .models import (
    AMA_CREDIT_SLUG,
    ActivityEvaluation,
    Certificate,
    CertificateCredit,
    CertificateStatus,
    PerceivedBias,
    StatusListEntry,
)
from .pdf import render_certificate
from .selectors import EvaluationItem, certificate_pdf_content, evaluation_items
from .status_list import status_list_mark_changed

AMA_STEP = Decimal("0.25")
logger = logging.getLogger(__name__)


def _learner_name(user) -> str:
    return (user.display_name or user.get_full_name() or user.email).strip()


def _build(completion: Completion) -> Certificate:
    credit_type = completion.credit_type
    user = completion.user
    # Snapshotted on the completion when it was recorded (courses.hooks.completion_renewal_months;
    # the compliance app answers from the institution's requirements).
    months = completion.renewal_months
    credit_max = completion.credit_amount if credit_type is not None else None
    return Certificate(
        completion=completion,
        user=user,
        course_id=completion.course_id,
        institution=completion.institution,
        code=generate_code(),
        learner_name=_learner_name(user),
        course_title=completion.course_title,
        course_version=completion.course_version,
        completed_at=completion.completed_at,
        credit_type_slug=credit_type.slug if credit_type else "",
        credit_type_name=completion.credit_type_name or (credit_type.name if credit_type else ""),
        credit_unit=credit_type.unit if credit_type else "",
        designation_statement=credit_type.designation_for(credit_max) if credit_type else "",
        accreditation_statement=credit_type.accreditation_for() if credit_type else "",
        provider_name=(credit_type.provider_name if credit_type else "") or _default_provider(),
        institution_name=completion.institution.name if completion.institution else "",
        credit_max=credit_max,
        issued_at=timezone.now(),
        expires_at=completion.completed_at + relativedelta(months=months) if months else None,
    )


def _snapshot_extra_credits(certificate: Certificate) -> None:
    """The further credit types a jointly accredited course offers (beyond the certificate's own
    credit), frozen at issuance like the rest of the certificate."""
    offers = (
        CourseCredit.objects.filter(page_id=certificate.course_id, credit_type__awards_credit=True)
        .exclude(credit_type__slug=certificate.credit_type_slug)
        .select_related("credit_type")
        .order_by("sort_order", "pk")
    )
    CertificateCredit.objects.bulk_create(
        [
            CertificateCredit(
                certificate=certificate,
                sort_order=i,
                credit_type_slug=offer.credit_type.slug,
                credit_type_name=offer.credit_type.name,
                credit_unit=offer.credit_type.unit,
                designation_statement=offer.credit_type.designation_for(offer.amount),
                accreditation_statement=offer.credit_type.accreditation_for(),
                credit_max=offer.amount,
            )
            for i, offer in enumerate(offers, start=1)
            if offer.amount > 0
        ]
    )


def _default_provider() -> str:
    return settings.CREDIT_PROVIDER_NAME


@transaction.atomic
def certificate_issue(*, completion: Completion) -> Certificate:
    """Issue the certificate of a completion exactly once; repeats and races return the first."""
    existing = Certificate.objects.filter(completion_id=completion.pk).first()
    if existing is not None:
        completion_mark_certified(completion_id=completion.pk, at=existing.issued_at)
        return existing
    completion = Completion.objects.select_related(
        "user", "course", "credit_type", "institution"
    ).get(pk=completion.pk)
    certificate = _build(completion)
    certificate.full_clean(exclude=["completion", "code"])
    try:
        # The savepoint keeps the caller's transaction usable when a concurrent issuer won the
        # race: the unique index on completion_id rejects our insert and we return the winner.
        with transaction.atomic():
            certificate.save()
            _snapshot_extra_credits(certificate)
            completion_mark_certified(completion_id=completion.pk, at=certificate.issued_at)
            _queue_render(certificate)
            _queue_issued_notice(certificate)
    except IntegrityError:
        winner = Certificate.objects.filter(completion_id=completion.pk).first()
        if winner is None:  # the error was something else (e.g. a code collision): re-raise
            raise
        return winner
    return certificate


def _queue_issued_notice(certificate: Certificate) -> None:
    """Tell the owner once the issuance has committed (a notice never precedes its certificate;
    a failure to notify never undoes the issuance)."""
    from .notices import certificate_issued_notice

    pk = certificate.pk
    transaction.on_commit(lambda: certificate_issued_notice(certificate_id=pk), robust=True)


def _queue_render(certificate: Certificate) -> None:
    """Record the intent to (re-)render in the caller's transaction, then queue the render; a
    render that never happens (lost message, dead worker) is redone by the sweep."""
    from .tasks import certificate_render_pdf_task

    requested_at = timezone.now()
    Certificate.objects.filter(pk=certificate.pk).update(pdf_requested_at=requested_at)
    pagecache.bump_users([certificate.user_id])  # a bulk update sends no signal
    certificate.pdf_requested_at = requested_at
    # Robust: in the embedded mode the render runs right here, and a storage failure must not
    # fail the claim or issuance that committed; the recorded request waits for the sweep.
    pk = certificate.pk
    transaction.on_commit(lambda: certificate_render_pdf_task.delay(pk), robust=True)


def _parse_amount(amount) -> Decimal:
    try:
        value = Decimal(str(amount).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError({"amount": "Enter the credit as a number, e.g. 0.75."}) from None
    if not value.is_finite():
        raise ValidationError({"amount": "Enter the credit as a number, e.g. 0.75."})
    return value


def claim_attestation_text(*, certificate: Certificate | CertificateCredit, amount: Decimal) -> str:
    """The statement a learner attests when claiming (stored word for word with the claim);
    ``certificate`` is the certificate (its own credit) or one of its further credit types."""
    unit = certificate.credit_unit or "credit"
    units = unit if amount == 1 or unit.endswith("s") else f"{unit}s"
    return (
        f"I claim {format_amount(amount)} {units} of {certificate.credit_type_name}, "
        "commensurate with the extent of my participation in the activity."
    )


def _extra_credit(certificate: Certificate, slug: str) -> CertificateCredit | None:
    return CertificateCredit.objects.filter(certificate=certificate, credit_type_slug=slug).first()


def certificate_claim_problem(*, certificate: Certificate, user, credit_type: str = "") -> str:
    """Why the owner may not claim this certificate's credit of ``credit_type`` (default: the
    certificate's own credit) now ("" when they may): a revoked or expired certificate, no such
    credit, a profession the credit type excludes or missing profile fields it needs for
    reporting, or no activity evaluation yet."""
    if certificate.revoked_at is not None:
        return "This certificate was revoked; its credit cannot be claimed."
    if certificate.status == CertificateStatus.EXPIRED:
        return (
            f"This certificate expired on {display_date(certificate.expires_at)}; its credit "
            "cannot be claimed."
        )
    slug = credit_type or certificate.credit_type_slug
    if slug == certificate.credit_type_slug:
        if not certificate.has_credit:
            return "This certificate carries no credit to claim."
    elif _extra_credit(certificate, slug) is None:
        return f"This certificate offers no {slug} credit."
    kind = CreditType.objects.filter(slug=slug).first()
    if kind is not None:
        problem = credit_claim_problem(credit_type=kind, user=user)
        if problem:
            return problem
    if not ActivityEvaluation.objects.filter(certificate=certificate).exists():
        return "Complete the activity evaluation before claiming credit."
    return ""


def _check_amount(value: Decimal, *, maximum: Decimal, slug: str) -> None:
    if value <= 0:
        raise ValidationError({"amount": "Claim more than 0."})
    if value > maximum:
        raise ValidationError({"amount": f"Claim at most {maximum.normalize():f} (the maximum)."})
    if slug == AMA_CREDIT_SLUG and value % AMA_STEP != 0:
        raise ValidationError({"amount": "AMA PRA Category 1 Credit™ is claimed in steps of 0.25."})
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError({"amount": "Give the credit with at most two decimals."})


ATTEST_MESSAGE = (
    "Attest that you claim only the credit commensurate with the extent of your participation."
)


def _freeze_claim_context(certificate: Certificate, user) -> list[str]:
    """The first claim freezes what the certificate prints next to it: the learner's degree and
    the activity's dates. Returns the fields set."""
    certificate.learner_degree = (getattr(user, "degree", "") or "").strip()
    course = CoursePage.objects.filter(pk=certificate.course_id).only(
        "release_date", "expiry_date"
    )[0]
    certificate.activity_released_on = course.release_date
    certificate.activity_expires_on = course.expiry_date
    return ["learner_degree", "activity_released_on", "activity_expires_on"]


@transaction.atomic
def certificate_claim_credit(
    *, certificate: Certificate, user, amount, attested: bool = False, credit_type: str = ""
) -> Certificate:
    """The owner claims 0 < amount ≤ the designated maximum (AMA: in steps of 0.25) of one credit
    type the certificate offers (default: its own credit; a jointly accredited course offers
    several), once per type, on a valid certificate, if their profession may claim that type,
    after the activity evaluation, attesting the credit is commensurate with their
    participation."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.user_id != getattr(user, "pk", None):
        raise PermissionDenied("Only the certificate's owner can claim its credit.")
    slug = credit_type or certificate.credit_type_slug
    if slug != certificate.credit_type_slug:
        return _claim_extra_credit(
            certificate=certificate, user=user, amount=amount, attested=attested, slug=slug
        )
    value = _parse_amount(amount) if certificate.credit_claimed is not None else None
    if value is not None and certificate.credit_claimed == value:
        return certificate  # a repeated identical claim is a no-op
    problem = certificate_claim_problem(certificate=certificate, user=user)
    if problem:
        raise ValidationError(problem)
    value = _parse_amount(amount)
    _check_amount(value, maximum=certificate.credit_max, slug=slug)
    if certificate.credit_claimed is not None:
        raise ValidationError(
            f"Credit was already claimed ({certificate.credit_claimed.normalize():f}); "
            "a claim cannot be changed."
        )
    if not attested:
        raise ValidationError({"attest": ATTEST_MESSAGE})
    certificate.credit_claimed = value
    certificate.claimed_at = timezone.now()
    certificate.claim_attestation = claim_attestation_text(certificate=certificate, amount=value)
    frozen = _freeze_claim_context(certificate, user)
    certificate.full_clean(exclude=["completion", "code"])
    certificate.save(update_fields=["credit_claimed", "claimed_at", "claim_attestation", *frozen])
    _queue_render(certificate)
    return certificate


def _claim_extra_credit(
    *, certificate: Certificate, user, amount, attested: bool, slug: str
) -> Certificate:
    row = (
        CertificateCredit.objects.select_for_update()
        .filter(certificate=certificate, credit_type_slug=slug)
        .first()
    )
    value = _parse_amount(amount) if row is not None and row.credit_claimed is not None else None
    if value is not None and row.credit_claimed == value:
        return certificate  # a repeated identical claim is a no-op
    problem = certificate_claim_problem(certificate=certificate, user=user, credit_type=slug)
    if problem:
        raise ValidationError(problem)
    value = _parse_amount(amount)
    _check_amount(value, maximum=row.credit_max, slug=slug)
    if row.credit_claimed is not None:
        raise ValidationError(
            f"{row.credit_type_name} was already claimed ({row.credit_claimed.normalize():f}); "
            "a claim cannot be changed."
        )
    if not attested:
        raise ValidationError({"attest": ATTEST_MESSAGE})
    row.credit_claimed = value
    row.claimed_at = timezone.now()
    row.claim_attestation = claim_attestation_text(certificate=row, amount=value)
    row.full_clean(exclude=["certificate"])
    row.save(update_fields=["credit_claimed", "claimed_at", "claim_attestation"])
    first_claim = certificate.claimed_at is None and not any(
        r.claimed_at for r in certificate.extra_credits.exclude(pk=row.pk)
    )
    # Saved either way: the save signal drops the cached verification page, which lists the
    # credit claimed per type.
    certificate.save(
        update_fields=_freeze_claim_context(certificate, user) if first_claim else ["claimed_at"]
    )
    _queue_render(certificate)
    return certificate


def _clean_answers(items: list[EvaluationItem], answers: dict) -> dict:
    """The answers, checked against the course's items: every required one given (none is, for
    now), choices among the item's choices, text at most 2000 characters, nothing else."""
    by_key = {item.key: item for item in items}
    unknown = sorted(set(answers) - set(by_key))
    if unknown:
        raise ValidationError(
            {"answers": f"Unknown evaluation item(s): {', '.join(map(str, unknown))}."}
        )
    out = {}
    for item in items:
        value = answers.get(item.key)
        value = value.strip() if isinstance(value, str) else value
        if value in (None, ""):
            if item.required:
                raise ValidationError({item.key: f"Answer: {item.text}"})
            continue
        if item.kind == "choice" and value not in {v for v, _ in item.choices}:
            raise ValidationError(
                {item.key: f"Choose one of: {', '.join(label for _, label in item.choices)}."}
            )
        if item.kind == "text" and (not isinstance(value, str) or len(value) > 2000):
            raise ValidationError({item.key: "Answer in text of at most 2000 characters."})
        out[item.key] = value
    return out


@transaction.atomic
def activity_evaluation_submit(
    *,
    certificate: Certificate,
    user,
    objectives_met: str,
    practice_change: str,
    perceived_bias: str,
    practice_change_detail: str = "",
    bias_detail: str = "",
    comments: str = "",
    answers: dict | None = None,
) -> ActivityEvaluation:
    """The owner evaluates the activity once per certificate (before claiming credit); perceived
    bias needs a word on where it was seen. ``answers``: the course's own items (see
    ``evaluation_items``): whether each objective was met, and the authored questions."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.user_id != getattr(user, "pk", None):
        raise PermissionDenied("Only the certificate's owner can evaluate the activity.")
    if certificate.revoked_at is not None:
        raise ValidationError("This certificate was revoked.")
    if ActivityEvaluation.objects.filter(certificate=certificate).exists():
        raise ValidationError("You have already evaluated this activity; evaluations are final.")
    if perceived_bias != PerceivedBias.NONE and not (bias_detail or "").strip():
        raise ValidationError({"bias_detail": "Say where you saw bias or commercial influence."})
    course = CoursePage.objects.only("objectives", "evaluation").get(pk=certificate.course_id)
    clean_answers = _clean_answers(evaluation_items(course), answers or {})
    evaluation = ActivityEvaluation(
        certificate=certificate,
        user=user,
        course_id=certificate.course_id,
        objectives_met=objectives_met,
        practice_change=practice_change,
        practice_change_detail=(practice_change_detail or "").strip(),
        perceived_bias=perceived_bias,
        bias_detail=(bias_detail or "").strip(),
        comments=(comments or "").strip(),
        answers=clean_answers,
    )
    evaluation.full_clean(exclude=["certificate", "user", "course"])
    evaluation.save()
    return evaluation


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str) -> Certificate:
    """Platform superusers, or admins of the certificate's institution, revoke with a reason."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Give a reason for revoking the certificate."})
    certificate = (
        Certificate.objects.select_for_update(of=("self",))
        .select_related("institution")
        .get(pk=certificate.pk)
    )
    allowed = getattr(actor, "is_superuser", False) or (
        certificate.institution is not None
        and user_can_administer(user=actor, institution=certificate.institution)
    )
    if not allowed:
        raise PermissionDenied("You may not revoke this certificate.")
    if certificate.revoked_at is not None:
        raise ValidationError("This certificate is already revoked.")
    certificate.revoked_at = timezone.now()
    certificate.revoked_reason = reason
    certificate.revoked_by = actor
    certificate.full_clean(exclude=["completion", "code"])
    certificate.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    # Flips the certificate's bit in its published status list (Open Badges credentials).
    status_list_mark_changed(certificate=certificate)
    _queue_render(certificate)
    return certificate


@transaction.atomic
def certificate_render_pdf(*, certificate: Certificate) -> Certificate:
    """Render the PDF from the snapshot and store it with its SHA-256; unchanged content is not
    rewritten (rendering is deterministic, so a retry is a no-op)."""
    # The row lock orders renders after a concurrent claim or revocation: the last render to
    # commit always reflects the latest state, never a stale one.
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    data = render_certificate(certificate_pdf_content(certificate))
    digest = hashlib.sha256(data).hexdigest()
    old_name = certificate.pdf.name if certificate.pdf else ""
    if digest == certificate.pdf_sha256 and old_name and certificate.pdf.storage.exists(old_name):
        if certificate.pdf_requested_at is not None:
            certificate.pdf_requested_at = None
            certificate.save(update_fields=["pdf_requested_at"])
        return certificate
    # An unguessable file name: the media URL must not be enumerable from ids or codes.
    certificate.pdf.save(f"{secrets.token_hex(16)}.pdf", ContentFile(data), save=False)
    certificate.pdf_sha256 = digest
    # Cleared under the row lock: a claim or revocation committing after us sets it again.
    certificate.pdf_requested_at = None
    certificate.save(update_fields=["pdf", "pdf_sha256", "pdf_requested_at"])
    if old_name and old_name != certificate.pdf.name:
        storage = certificate.pdf.storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return certificate


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    """The certificate's PDF as it stands now; a stored copy that is missing or stale (the
    background render has not run yet) is replaced before answering."""
    data = render_certificate(certificate_pdf_content(certificate))
    if hashlib.sha256(data).hexdigest() != certificate.pdf_sha256 or not certificate.pdf:
        certificate_render_pdf(certificate=certificate)
    return data


# --- Repair (the sweep) ---------------------------------------------------------------------------

# A completion or render younger than this is left to its own queued task.
SWEEP_GRACE = timedelta(minutes=5)
_SWEEP_BATCH = 500


@dataclass
class SweepResult:
    """What one sweep found and repaired (the task returns it as a dict)."""

    certificates_issued: int = 0
    pdfs_rendered: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def certificates_sweep(*, grace: timedelta = SWEEP_GRACE, now=None) -> SweepResult:
    """Issue the certificate of every completion still without one, and render every PDF still
    waiting, when older than ``grace``; each repair is its own transaction, so one bad row does
    not stop the rest (it is counted and logged, and the next sweep tries again)."""
    cutoff = (now or timezone.now()) - grace
    result = SweepResult()
    # Read before issuing: a certificate the sweep issues now has its own render queued.
    stale = Certificate.objects.filter(pdf_requested_at__lt=cutoff).order_by("pk")
    stale_ids = list(stale.values_list("pk", flat=True)[:_SWEEP_BATCH])
    waiting = Completion.objects.filter(
        certified_at__isnull=True, completed_at__lt=cutoff
    ).order_by("completed_at", "pk")
    for completion_id in list(waiting.values_list("pk", flat=True)[:_SWEEP_BATCH]):
        try:
            completion = Completion.objects.get(pk=completion_id)
            had_one = Certificate.objects.filter(completion_id=completion_id).exists()
            certificate_issue(completion=completion)
            result.certificates_issued += not had_one
        except Exception:  # the row stays waiting for the next sweep
            logger.exception("sweep: issuing completion %s failed", completion_id)
            result.failed += 1
    for certificate_id in stale_ids:
        try:
            certificate_render_pdf(certificate=Certificate(pk=certificate_id))
            result.pdfs_rendered += 1
        except Exception:
            logger.exception("sweep: rendering the PDF of certificate %s failed", certificate_id)
            result.failed += 1
    if result.certificates_issued or result.pdfs_rendered or result.failed:
        logger.warning("certificate sweep repaired %s", result.as_dict())
    return result


# --- Retention --------------------------------------------------------------------------------

RETENTION_YEARS = 6


def retention_cutoff(*, years: int = RETENTION_YEARS, now=None):
    """The moment before which records may be purged; never less than six years back."""
    if years < RETENTION_YEARS:
        raise ValidationError(
            f"Records are kept at least {RETENTION_YEARS} years; {years} is too short."
        )
    return (now or timezone.now()) - relativedelta(years=years)


@transaction.atomic
def certificates_purge(*, before) -> int:
    """Delete certificates (and their PDF files, after commit) of completions finished before
    ``before``; returns how many."""
    doomed = Certificate.objects.filter(completed_at__lt=before)
    files = [name for name in doomed.exclude(pdf="").values_list("pdf", flat=True)]
    # The activity evaluation is part of the claim record and goes with it; a status-list index
    # stays allocated as a tombstone (its bit reads "no longer valid") and is never reused.
    ActivityEvaluation.objects.filter(certificate__in=doomed).delete()
    StatusListEntry.objects.filter(certificate__in=doomed).update(certificate=None)
    count = doomed.delete()[1].get(Certificate._meta.label, 0)
    storage = Certificate._meta.get_field("pdf").storage
    transaction.on_commit(lambda: [storage.delete(name) for name in files])
    return count
