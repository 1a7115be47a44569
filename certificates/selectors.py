"""Reads of the certificates app. Owner-scoped getters answer 404 for a missing certificate and
for someone else's alike, so ids cannot be probed."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from content.models import CoursePage, format_amount
from core.formatting import display_date
from institutions.models import Institution
from institutions.permissions import user_can_administer

from .codes import normalize_code
from .models import (
    ActivityEvaluation,
    Certificate,
    CertificateCredit,
    ObjectivesMet,
    PerceivedBias,
    PracticeChange,
)
from .pdf import CertificateContent

_NOT_FOUND = "No certificate matches the given query."


def _base() -> QuerySet[Certificate]:
    return Certificate.objects.select_related("user", "institution")


def certificates_for_user(*, user) -> QuerySet[Certificate]:
    """The user's own certificates (revoked ones included, marked), newest first."""
    if not getattr(user, "is_authenticated", False):
        return Certificate.objects.none()
    return _base().for_user(user).order_by("-completed_at", "-pk")


def certificate_get_for_owner(*, user, certificate_id) -> Certificate:
    """The user's own certificate; anyone else's, or a missing one, answers 404."""
    certificate = certificates_for_user(user=user).filter(pk=certificate_id).first()
    if certificate is None:
        raise Http404(_NOT_FOUND)
    return certificate


def certificate_get_by_code(*, code: str) -> Certificate | None:
    """The certificate a typed verification code names (case, spaces, dashes, 0/O and 1/I are
    forgiven), or None; malformed and unknown codes are indistinguishable to the caller."""
    normalized = normalize_code(code)
    if normalized is None:
        return None
    return _base().filter(code=normalized).first()


def verify_cache_key(code: str) -> str:
    return f"certificates:verify:{code}"


def verify_page_dependency(code: str) -> str:
    """The page cache's dependency name of one certificate's verification page."""
    return f"certificate:{code}"


def certificate_for_verification(*, code: str) -> Certificate | None:
    """The certificate a public verification page shows (as ``certificate_get_by_code``), kept
    in the cache for ``CERTIFICATES_VERIFY_CACHE_SECONDS``. Every save or delete of a
    certificate drops its entry (receivers.py), so a revocation shows at once on a shared cache
    (Redis) and within that many seconds on a per-process one. Unknown codes are not cached."""
    normalized = normalize_code(code)
    if normalized is None:
        return None
    timeout = settings.CERTIFICATES_VERIFY_CACHE_SECONDS
    key = verify_cache_key(normalized)
    certificate = cache.get(key) if timeout > 0 else None
    if certificate is None:
        # Only snapshot fields are shown: no user or institution rows.
        # With its further credit types (jointly accredited courses), so a cached copy needs
        # no query for them.
        certificate = (
            Certificate.objects.filter(code=normalized)
            .order_by()
            .prefetch_related("extra_credits")
            .first()
        )
        if certificate is not None and timeout > 0:
            cache.set(key, certificate, timeout)
    return certificate


def certificates_for_institution(*, institution: Institution) -> QuerySet[Certificate]:
    """Certificates earned under one institution (the tenant is explicit)."""
    return _base().filter(institution=institution).order_by("-completed_at", "-pk")


def certificate_get_for_revoker(*, user, certificate_id) -> Certificate:
    """A certificate the user may revoke (superuser, or admin of its institution); else 404."""
    certificate = _base().filter(pk=certificate_id).first()
    if certificate is None:
        raise Http404(_NOT_FOUND)
    if getattr(user, "is_superuser", False):
        return certificate
    if certificate.institution is None or not user_can_administer(
        user=user, institution=certificate.institution
    ):
        raise Http404(_NOT_FOUND)
    return certificate


def format_day(moment: datetime | date | None) -> str:
    if moment is None:
        return ""
    return display_date(moment)


def credit_line(certificate: Certificate) -> str:
    """One line stating the credit: claimed amount, or the maximum while unclaimed."""
    if not certificate.has_credit:
        return ""
    maximum = format_amount(certificate.credit_max)
    if certificate.credit_claimed is not None:
        claimed = format_amount(certificate.credit_claimed)
        return f"{certificate.credit_type_name} claimed: {claimed} (maximum {maximum})"
    return f"{certificate.credit_type_name}: up to {maximum} designated (not yet claimed)"


@dataclass(frozen=True)
class CreditOffer:
    """One credit type a certificate offers: its own (primary) credit or a further type of a
    jointly accredited course, with the claim once made."""

    slug: str
    name: str
    unit: str
    maximum: Decimal
    claimed: Decimal | None
    claimed_at: datetime | None
    attestation: str
    designation_statement: str
    accreditation_statement: str
    primary: bool

    @property
    def line(self) -> str:
        maximum = format_amount(self.maximum)
        if self.claimed is not None:
            return f"{self.name} claimed: {format_amount(self.claimed)} (maximum {maximum})"
        return f"{self.name}: up to {maximum} designated (not yet claimed)"

    @property
    def maximum_display(self) -> str:
        return format_amount(self.maximum)


def certificate_credit_offers(certificate: Certificate) -> list[CreditOffer]:
    """Every credit type the certificate offers, its own first (one query for the others; use
    ``prefetch_related("extra_credits")`` for many certificates)."""
    offers = []
    if certificate.has_credit:
        offers.append(
            CreditOffer(
                slug=certificate.credit_type_slug,
                name=certificate.credit_type_name,
                unit=certificate.credit_unit,
                maximum=certificate.credit_max,
                claimed=certificate.credit_claimed,
                claimed_at=certificate.claimed_at,
                attestation=certificate.claim_attestation,
                designation_statement=certificate.designation_statement,
                accreditation_statement=certificate.accreditation_statement,
                primary=True,
            )
        )
    for row in certificate.extra_credits.all():
        offers.append(
            CreditOffer(
                slug=row.credit_type_slug,
                name=row.credit_type_name,
                unit=row.credit_unit,
                maximum=row.credit_max,
                claimed=row.credit_claimed,
                claimed_at=row.claimed_at,
                attestation=row.claim_attestation,
                designation_statement=row.designation_statement,
                accreditation_statement=row.accreditation_statement,
                primary=False,
            )
        )
    return offers


def certificate_pdf_content(certificate: Certificate) -> CertificateContent:
    """What the PDF prints: the snapshot (the claim froze the degree and activity dates) and the
    provider's authorised official, so re-rendering yields the same bytes."""
    from .credentials import verification_url

    dates = ""
    if certificate.activity_released_on or certificate.activity_expires_on:
        parts = []
        if certificate.activity_released_on:
            parts.append(f"Activity released {format_day(certificate.activity_released_on)}")
        if certificate.activity_expires_on:
            parts.append(f"expires {format_day(certificate.activity_expires_on)}")
        dates = " · ".join(parts)
    signatory = _signatory()
    fields = dict(
        learner_name=certificate.learner_name,
        course_title=certificate.course_title,
        course_version=certificate.course_version,
        completed_on=format_day(certificate.completed_at),
        issued_on=format_day(certificate.issued_at),
        provider_name=certificate.provider_name,
        verification_url=verification_url(certificate.code),
        display_code=certificate.display_code,
        credit_type_name=certificate.credit_type_name,
        credit_line=credit_line(certificate),
        designation_statement=certificate.designation_statement,
        accreditation_statement=certificate.accreditation_statement,
        institution_name=certificate.institution_name,
        expires_on=format_day(certificate.expires_at),
        revoked_on=format_day(certificate.revoked_at),
        learner_degree=certificate.learner_degree,
        activity_dates=dates,
        signatory_name=signatory[0],
        signatory_title=signatory[1],
        signature_image=signatory[2],
    )
    fields.update(_joint_credit_content(certificate))
    return CertificateContent(**fields)


def _joint_credit_content(certificate: Certificate) -> dict:
    """A jointly accredited certificate prints every credit type claimed, each with its exact
    designation statement, then the accreditation statements (each once); until a claim, the
    certificate's own credit as before. A single-credit certificate is unchanged."""
    offers = certificate_credit_offers(certificate)
    if len(offers) < 2:
        return {}
    claimed = [o for o in offers if o.claimed is not None] or offers[:1]
    statements: list[str] = []
    for offer in claimed:
        statements.append(offer.designation_statement)
    for offer in claimed:
        if offer.accreditation_statement and offer.accreditation_statement not in statements:
            statements.append(offer.accreditation_statement)
    return {
        "credit_type_name": (
            claimed[0].name if len(claimed) == 1 else "Continuing education (joint accreditation)"
        ),
        "credit_line": " · ".join(o.line for o in claimed),
        "designation_statement": "",
        "accreditation_statement": "",
        "extra_lines": tuple(s for s in statements if s),
    }


def _signatory() -> tuple[str, str, bytes]:
    """Name, title and signature image bytes of the provider's authorised official (admin
    setting Certificate signatory); empty when none is configured."""
    from .models import CertificateSignatory

    row = CertificateSignatory.objects.select_related("signature").first()
    if row is None:
        return "", "", b""
    image = b""
    if row.signature is not None:
        try:
            with row.signature.file.open("rb") as fh:
                image = fh.read()
        except (OSError, ValueError):
            image = b""
    return row.name, row.title, image


@dataclass(frozen=True)
class CreditTotal:
    year: int
    credit_type_name: str
    unit: str
    claimed: Decimal
    certificates: int


@dataclass(frozen=True)
class Transcript:
    certificates: list[Certificate]
    totals: list[CreditTotal]


def transcript_for_user(*, user) -> Transcript:
    """All the user's certificates and the credit claimed per year and credit type, including
    the further types claimed on jointly accredited courses (revoked certificates are listed but
    count for nothing)."""
    certificates = list(certificates_for_user(user=user).prefetch_related("extra_credits"))
    sums: dict[tuple[int, str, str], list] = defaultdict(lambda: [Decimal("0"), 0])
    for c in certificates:
        if c.revoked_at is not None:
            continue
        year = timezone.localtime(c.completed_at).year
        if c.has_credit:
            key = (year, c.credit_type_name, c.credit_unit)
            sums[key][0] += c.credit_claimed or Decimal("0")
            sums[key][1] += 1
        # Further credit types of a jointly accredited course count once claimed.
        for extra in c.extra_credits.all():
            if extra.credit_claimed is not None:
                key = (year, extra.credit_type_name, extra.credit_unit)
                sums[key][0] += extra.credit_claimed
                sums[key][1] += 1
    totals = [
        CreditTotal(year=y, credit_type_name=n, unit=u, claimed=v[0], certificates=v[1])
        for (y, n, u), v in sorted(sums.items(), key=lambda kv: (-kv[0][0], kv[0][1]))
    ]
    return Transcript(certificates=certificates, totals=totals)


def provider_export_certificates(
    *, course_id: int | None, start: date, end: date
) -> QuerySet[Certificate]:
    """Completions to report to the accreditor: not revoked, credit claimed (the certificate's
    own or a further type of a jointly accredited course), completed between start and end
    inclusive (dates in TIME_ZONE), optionally for one course."""
    claimed = Q(credit_claimed__isnull=False) | Q(
        pk__in=CertificateCredit.objects.filter(credit_claimed__isnull=False).values(
            "certificate_id"
        )
    )
    qs = (
        Certificate.objects.not_revoked()
        .select_related("user")
        .prefetch_related("extra_credits")
        .filter(claimed, completed_at__date__gte=start, completed_at__date__lte=end)
        .order_by("completed_at", "pk")
    )
    if course_id is not None:
        qs = qs.filter(course_id=course_id)
    return qs


def provider_claims(
    *, credit_type_slug: str, course_id: int | None, start: date, end: date
) -> list:
    """Every claim of ``credit_type_slug`` to report to its accreditor: on certificates not
    revoked, completed between start and end inclusive, optionally of one course; whether the
    type is the certificate's own credit or a further type of a jointly accredited course. Two
    queries whatever the number of claims."""
    from .exports import ClaimRow

    base = (
        Certificate.objects.not_revoked()
        .select_related("user", "course")
        .filter(completed_at__date__gte=start, completed_at__date__lte=end)
    )
    if course_id is not None:
        base = base.filter(course_id=course_id)
    own = base.filter(credit_type_slug=credit_type_slug, credit_claimed__isnull=False)
    rows = [ClaimRow(certificate=c, amount=c.credit_claimed) for c in own]
    further = CertificateCredit.objects.filter(
        certificate__in=base,
        credit_type_slug=credit_type_slug,
        credit_claimed__isnull=False,
    ).select_related("certificate__user", "certificate__course")
    rows += [ClaimRow(certificate=r.certificate, amount=r.credit_claimed) for r in further]
    rows.sort(key=lambda r: (r.certificate.completed_at, r.certificate.pk))
    return rows


def certificate_links_for_enrollments(*, user, enrollment_ids: list[int]) -> dict[int, list[dict]]:
    """For "My learning": enrollment id → a link to its latest certificate (one query)."""
    from django.urls import reverse

    latest: dict[int, Certificate] = {}
    rows = (
        certificates_for_user(user=user)
        .filter(completion__enrollment_id__in=enrollment_ids)
        .select_related("completion")
        .order_by("completion__cycle")
    )
    for certificate in rows:
        latest[certificate.completion.enrollment_id] = certificate
    return {
        enrollment_id: [
            {
                "label": "Certificate"
                + (
                    " (revoked)"
                    if c.status == "revoked"
                    else " (expired)"
                    if c.status == "expired"
                    else ""
                ),
                "url": reverse("certificates:detail", kwargs={"pk": c.pk}),
            }
        ]
        for enrollment_id, c in latest.items()
    }


def certificate_for_completed_course(*, user, enrollment) -> Certificate | None:
    """The learner's newest certificate for the course of a completed enrollment (none before
    completion, so pages of unfinished courses run no query)."""
    if enrollment is None or enrollment.completed_at is None:
        return None
    return certificates_for_user(user=user).filter(course_id=enrollment.course_id).first()


LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def linkedin_add_to_profile_url(certificate: Certificate, *, verify_url: str) -> str:
    """LinkedIn's documented "Add to Profile" link for a certification: name, issuing
    organisation, issue (and expiry) month, and the public verification page as its URL."""
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": certificate.provider_name,
        "issueYear": certificate.issued_at.year,
        "issueMonth": certificate.issued_at.month,
    }
    if certificate.expires_at is not None:
        params["expirationYear"] = certificate.expires_at.year
        params["expirationMonth"] = certificate.expires_at.month
    params |= {"certUrl": verify_url, "certId": certificate.display_code}
    return f"{LINKEDIN_ADD_TO_PROFILE}?{urlencode(params)}"


# --- Activity evaluations (authors) ---------------------------------------------------------


@dataclass
class EvaluationDistribution:
    question: str
    counts: list[tuple[str, int, float]]  # (answer label, count, share %)


@dataclass
class EvaluationReport:
    course: object
    responses: int
    distributions: list[EvaluationDistribution]
    comments: list[tuple[str, str]]  # (kind, text), newest first; no learner names


@dataclass(frozen=True)
class EvaluationItem:
    """One of a course's own evaluation items: ``objective_<n>`` for each objective (did the
    activity meet it), then the questions authored in course.yaml (accreditation.evaluation)."""

    key: str
    text: str
    kind: str  # "choice" | "text"
    choices: tuple[tuple[str, str], ...]  # (value, label); empty for text
    required: bool


def evaluation_items(course: CoursePage) -> list[EvaluationItem]:
    items = [
        EvaluationItem(
            key=f"objective_{n}",
            text=f"Did the activity meet objective {n}: {objective}",
            kind="choice",
            choices=tuple(ObjectivesMet.choices),
            # The overall "did it meet its objectives" stays the required question; the
            # per-objective ones refine it and may be skipped.
            required=False,
        )
        for n, objective in enumerate(course.objective_list, start=1)
    ]
    for q in (course.evaluation or {}).get("questions") or []:
        items.append(
            EvaluationItem(
                key=q["key"],
                text=q["text"],
                kind=q["type"],
                choices=tuple((c, c) for c in q.get("choices") or []),
                required=False,
            )
        )
    return items


def course_evaluation_report(*, course) -> EvaluationReport:
    """Counts and distributions of one course's activity evaluations, and their free-text
    answers without names, with the course's own items (per objective, authored) after the
    standard ones (four queries whatever the number of evaluations)."""
    evaluations = ActivityEvaluation.objects.filter(course=course)
    total = evaluations.count()
    distributions = []
    for field, choices in (
        ("objectives_met", ObjectivesMet),
        ("practice_change", PracticeChange),
        ("perceived_bias", PerceivedBias),
    ):
        tally = dict(
            evaluations.values_list(field)
            .order_by()
            .annotate(n=Count("pk"))
            .values_list(field, "n")
        )
        distributions.append(
            EvaluationDistribution(
                question=str(ActivityEvaluation._meta.get_field(field).verbose_name).capitalize(),
                counts=[
                    (
                        label,
                        tally.get(value, 0),
                        round(100 * tally.get(value, 0) / total, 1) if total else 0.0,
                    )
                    for value, label in choices.choices
                ],
            )
        )
    comments = []
    for detail, bias, text in evaluations.order_by("-submitted_at", "-pk").values_list(
        "practice_change_detail", "bias_detail", "comments"
    ):
        comments.extend(
            (kind, value)
            for kind, value in (
                ("Intended change", detail),
                ("Bias seen", bias),
                ("Comment", text),
            )
            if value
        )
    # The course's own items (per objective, authored): one more query for all the answers.
    items = evaluation_items(course)
    if items:
        answers = list(
            evaluations.order_by("-submitted_at", "-pk").values_list("answers", flat=True)
        )
        for item in items:
            if item.kind == "choice":
                tally = {}
                for given in answers:
                    value = (given or {}).get(item.key)
                    if value is not None:
                        tally[value] = tally.get(value, 0) + 1
                distributions.append(
                    EvaluationDistribution(
                        question=item.text,
                        counts=[
                            (
                                label,
                                tally.get(value, 0),
                                round(100 * tally.get(value, 0) / total, 1) if total else 0.0,
                            )
                            for value, label in item.choices
                        ],
                    )
                )
            else:
                comments.extend(
                    (item.text, given[item.key]) for given in answers if (given or {}).get(item.key)
                )
    return EvaluationReport(
        course=course, responses=total, distributions=distributions, comments=comments
    )


def course_complete_moment(*, user, attempt) -> dict | None:
    """What the result page of a passing final-quiz attempt shows once the course is complete:
    the certificate (or that it is being issued), whether credit can still be claimed, and the
    links to share it. None for a failed attempt, a quiz outside a course or an unfinished course
    (two queries at most)."""
    from courses.models import Enrollment

    from .credentials import verification_url

    if not attempt.passed or not attempt.quiz.course_id:
        return None
    enrollment = (
        Enrollment.objects.filter(user=user, course_id=attempt.quiz.course_id)
        .only("pk", "course_id", "completed_at")
        .first()
    )
    if enrollment is None or enrollment.completed_at is None:
        return None
    certificate = certificate_for_completed_course(user=user, enrollment=enrollment)
    moment: dict = {"course": attempt.quiz.course, "certificate": certificate}
    if certificate is not None:
        verify_url = verification_url(certificate.code)
        moment |= {
            "verify_url": verify_url,
            "linkedin_url": linkedin_add_to_profile_url(certificate, verify_url=verify_url),
            "credit_open": certificate.credit_claim_open,
        }
    return moment
