"""HTML pages of the certificates app: thin views over selectors and services."""

from datetime import date

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from accounts.decorators import staff_required
from content.models import CoursePage, format_amount
from institutions.selectors import institution_get_for_admin
from lms import pagecache

from .apis import pdf_response
from .codes import normalize_code
from .credentials import OB_CONTEXT, issuer_profile, verification_url
from .exports import evaluation_report_csv, provider_export_tsv, transcript_csv
from .models import ActivityEvaluation, CertificateStatus
from .pdf import TranscriptContent, render_transcript
from .selectors import (
    certificate_for_verification,
    certificate_get_for_owner,
    certificate_get_for_revoker,
    certificates_for_institution,
    certificates_for_user,
    course_evaluation_report,
    credit_line,
    format_day,
    provider_export_certificates,
    transcript_for_user,
    verify_page_dependency,
)
from .services import (
    activity_evaluation_submit,
    certificate_claim_credit,
    certificate_claim_problem,
    certificate_pdf_bytes,
    certificate_revoke,
)
from .signing import jwks
from .throttles import VerifyRateThrottle


def _throttled(request) -> HttpResponse | None:
    throttle = VerifyRateThrottle()
    if throttle.allow_request(request, None):
        return None
    wait = throttle.wait()
    response = render(
        request,
        "certificates/verify_throttled.html",
        {"wait_seconds": int(wait or 60)},
        status=429,
    )
    response["Retry-After"] = str(int(wait or 60))
    return response


def _errors(exc: ValidationError) -> list[str]:
    return exc.messages


# --- Public verification -------------------------------------------------------------------


class VerifyForm(forms.Form):
    code = forms.CharField(
        label="Verification code",
        max_length=80,
        help_text="As printed on the certificate, e.g. ABCD-EFGH-… "
        "(case and dashes do not matter).",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


@require_GET
def verify_start(request):
    form = VerifyForm(request.GET or None)
    if form.is_bound and form.is_valid():
        normalized = normalize_code(form.cleaned_data["code"])
        if normalized is not None:
            return redirect("certificates:verify-code", code=normalized)
        limited = _throttled(request)
        if limited is not None:
            return limited
        return render(
            request, "certificates/verify_not_found.html", {"form": VerifyForm()}, status=404
        )
    return render(request, "certificates/verify_start.html", {"form": form})


def _verify_depends(request, code: str) -> list[str]:
    return [verify_page_dependency(normalize_code(code) or code)]


# The page cache keeps a found certificate's page until the certificate is saved (every save
# bumps its dependency); every hit still counts against the rate limit.
@pagecache.keep(depends=_verify_depends, gate=_throttled)
@require_GET
@cache_control(no_store=True)
def verify_code(request, code: str):
    limited = _throttled(request)
    if limited is not None:
        return limited
    certificate = certificate_for_verification(code=code)
    if certificate is None:
        return render(
            request, "certificates/verify_not_found.html", {"form": VerifyForm()}, status=404
        )
    response = render(
        request,
        "certificates/verify_result.html",
        {
            "certificate": certificate,
            "credit_line": credit_line(certificate),
            "verify_url": verification_url(certificate.code),
        },
    )
    # Kept as long as the certificate itself (CERTIFICATES_VERIFY_CACHE_SECONDS, 0 = never),
    # and never past the moment a valid certificate expires.
    seconds = settings.CERTIFICATES_VERIFY_CACHE_SECONDS
    if certificate.expires_at is not None and certificate.revoked_at is None:
        seconds = min(seconds, int((certificate.expires_at - timezone.now()).total_seconds()))
    if seconds > 0:
        pagecache.allow(response, seconds=seconds)
    return response


# --- The learner's own certificates --------------------------------------------------------


@login_required
def certificate_list(request):
    return render(
        request,
        "certificates/certificate_list.html",
        {"certificates": certificates_for_user(user=request.user)},
    )


class ClaimForm(forms.Form):
    amount = forms.DecimalField(
        label="Credit to claim",
        min_value=0,
        max_digits=5,
        decimal_places=2,
        help_text="Claim only the credit commensurate with the extent of your participation.",
    )
    attest = forms.BooleanField(
        label=(
            "I attest that I claim only the credit commensurate with the extent of my "
            "participation in the activity."
        ),
        required=False,
    )


class EvaluationForm(forms.ModelForm):
    class Meta:
        model = ActivityEvaluation
        fields = [
            "objectives_met",
            "practice_change",
            "practice_change_detail",
            "perceived_bias",
            "bias_detail",
            "comments",
        ]
        widgets = {
            "objectives_met": forms.RadioSelect,
            "practice_change": forms.RadioSelect,
            "perceived_bias": forms.RadioSelect,
            "practice_change_detail": forms.Textarea(attrs={"rows": 3}),
            "bias_detail": forms.Textarea(attrs={"rows": 3}),
            "comments": forms.Textarea(attrs={"rows": 4}),
        }


@login_required
@require_http_methods(["GET", "POST"])
def certificate_detail(request, pk: int):
    """The certificate, then (while credit is claimable) the activity evaluation, then the claim
    with its attestation. Both forms post here; ``step`` says which."""
    certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
    step = request.POST.get("step", "claim") if request.method == "POST" else ""
    form = ClaimForm(request.POST if step == "claim" else None)
    evaluation_form = EvaluationForm(request.POST if step == "evaluation" else None)
    if step == "evaluation" and evaluation_form.is_valid():
        try:
            activity_evaluation_submit(
                certificate=certificate, user=request.user, **evaluation_form.cleaned_data
            )
        except ValidationError as exc:
            for message in _errors(exc):
                evaluation_form.add_error(None, message)
        else:
            messages.success(request, "Thank you: your evaluation was recorded.")
            return redirect("certificates:detail", pk=certificate.pk)
    if step == "claim" and form.is_valid():
        try:
            certificate_claim_credit(
                certificate=certificate,
                user=request.user,
                amount=form.cleaned_data["amount"],
                attested=form.cleaned_data["attest"],
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.message_dict.items():
                    for message in errors:
                        form.add_error(field if field in form.fields else None, message)
            else:
                for message in _errors(exc):
                    form.add_error(None, message)
        else:
            messages.success(request, "Your credit claim was recorded.")
            return redirect("certificates:detail", pk=certificate.pk)
    amount_step = "0.25" if certificate.credit_type_slug == "ama-pra-1" else "0.01"
    form.fields["amount"].widget.attrs.update(
        {"step": amount_step, "min": amount_step, "max": f"{certificate.credit_max or 0}"}
    )
    open_claim = (
        certificate.has_credit
        and certificate.credit_claimed is None
        and certificate.status == CertificateStatus.VALID
    )
    problem = (
        certificate_claim_problem(certificate=certificate, user=request.user) if open_claim else ""
    )
    evaluated = ActivityEvaluation.objects.filter(certificate=certificate).exists()
    return render(
        request,
        "certificates/certificate_detail.html",
        {
            "certificate": certificate,
            "form": form,
            "evaluation_form": evaluation_form,
            "credit_line": credit_line(certificate),
            "verify_url": verification_url(certificate.code),
            "open_claim": open_claim,
            "needs_evaluation": open_claim and not evaluated,
            "claim_problem": problem,
            "can_claim": open_claim and not problem,
            "max_display": format_amount(certificate.credit_max),
        },
        status=400 if (form.errors or evaluation_form.errors) else 200,
    )


@login_required
@require_GET
def certificate_pdf(request, pk: int):
    certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
    return pdf_response(
        certificate=certificate, data=certificate_pdf_bytes(certificate=certificate)
    )


# --- Transcript ----------------------------------------------------------------------------


@login_required
@require_GET
def transcript(request, fmt: str | None = None):
    fmt = fmt or request.GET.get("format", "html")
    data = transcript_for_user(user=request.user)
    if fmt == "csv":
        response = HttpResponse(transcript_csv(data), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="transcript.csv"'
        return response
    if fmt == "pdf":
        content = TranscriptContent(
            learner_name=request.user.name,
            generated_on=format_day(timezone.localdate()),
            provider_name=settings.CREDIT_PROVIDER_NAME,
            rows=tuple(
                (
                    c.course_title,
                    c.course_version,
                    format_day(c.completed_at),
                    c.status_label + (f" {format_day(c.revoked_at)}" if c.revoked_at else ""),
                    credit_line(c) or c.credit_type_name or "Completion",
                    format_day(c.expires_at),
                    c.display_code.replace("-", " "),
                )
                for c in data.certificates
            ),
            totals=tuple(
                (str(t.year), t.credit_type_name, format_amount(t.claimed), str(t.certificates))
                for t in data.totals
            ),
        )
        response = HttpResponse(render_transcript(content), content_type="application/pdf")
        response["Content-Disposition"] = 'attachment; filename="transcript.pdf"'
        return response
    if fmt != "html":
        raise Http404("Unknown transcript format.")
    return render(request, "certificates/transcript.html", {"transcript": data})


# --- Revocation (institution admins, platform superusers) ----------------------------------


@login_required
@require_GET
def institution_certificates(request, slug: str):
    institution = institution_get_for_admin(user=request.user, slug=slug)
    return render(
        request,
        "certificates/institution_certificates.html",
        {
            "institution": institution,
            "certificates": certificates_for_institution(institution=institution)[:500],
        },
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label="Reason for revoking",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text="Recorded with your name; the learner sees it.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def certificate_revoke_view(request, pk: int):
    certificate = certificate_get_for_revoker(user=request.user, certificate_id=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(
                certificate=certificate, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            for message in _errors(exc):
                form.add_error(None, message)
        except PermissionDenied as exc:  # pragma: no cover - the selector already checked
            raise Http404 from exc
        else:
            messages.success(request, f"Certificate {certificate.display_code} was revoked.")
            if certificate.institution is not None:
                return redirect("certificates:institution", slug=certificate.institution.slug)
            return redirect("certificates:verify-code", code=certificate.code)
    return render(request, "certificates/revoke.html", {"certificate": certificate, "form": form})


# --- Accredited-provider export (platform staff) -------------------------------------------


class ProviderExportForm(forms.Form):
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.filter(credit_type__isnull=False).order_by("title"),
        required=False,
        empty_label="All courses",
    )
    start = forms.DateField(label="Completed from", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="Completed to", widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise ValidationError("The start date must be on or before the end date.")
        return cleaned


@staff_required
@require_GET
def provider_export(request):
    form = ProviderExportForm(request.GET or None)
    if form.is_bound and form.is_valid():
        course = form.cleaned_data["course"]
        start: date = form.cleaned_data["start"]
        end: date = form.cleaned_data["end"]
        rows = provider_export_certificates(
            course_id=course.pk if course else None, start=start, end=end
        )
        response = HttpResponse(
            provider_export_tsv(rows), content_type="text/tab-separated-values; charset=utf-8"
        )
        name = f"completions-{course.slug if course else 'all'}-{start}-{end}.tsv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    return render(
        request,
        "certificates/provider_export.html",
        {"form": form},
        status=400 if form.is_bound else 200,
    )


class EvaluationReportForm(forms.Form):
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.filter(credit_type__isnull=False).order_by("title"),
        empty_label=None,
    )


@staff_required
@require_GET
def evaluation_report(request, fmt: str = "html"):
    """Activity evaluations of one course for its authors: counts, distributions, comments."""
    form = EvaluationReportForm(request.GET or None)
    report = None
    if form.is_bound and form.is_valid():
        report = course_evaluation_report(course=form.cleaned_data["course"])
        if fmt == "csv":
            response = HttpResponse(
                evaluation_report_csv(report), content_type="text/csv; charset=utf-8"
            )
            name = f"evaluations-{report.course.slug}.csv"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
    return render(
        request,
        "certificates/evaluation_report.html",
        {"form": form, "report": report},
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


# --- Open Badges issuer metadata -----------------------------------------------------------


@require_GET
def jwks_view(request):
    response = JsonResponse(jwks())
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_GET
def issuer_profile_view(request):
    profile = {"@context": OB_CONTEXT, **issuer_profile()}
    profile["publicKey"] = f"{settings.SITE_URL}{reverse('certificates:jwks')}"
    response = JsonResponse(profile, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "public, max-age=3600"
    return response
