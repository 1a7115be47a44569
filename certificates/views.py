"""HTML pages of the certificates app: thin views over selectors and services."""

import json
from datetime import date

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from accounts.decorators import staff_required
from content.models import CoursePage, format_amount
from core import pagecache
from institutions.selectors import institution_get_for_admin

from . import wallet
from .apis import pdf_response
from .codes import normalize_code
from .credentials import OB_CONTEXT, credential_jwt, issuer_profile, verification_url
from .exports import (
    cpe_monitor_batch,
    evaluation_report_csv,
    pars_learner_batch,
    provider_export_tsv,
    transcript_csv,
)
from .models import ActivityEvaluation, CertificateStatus
from .pdf import TranscriptContent, render_transcript
from .selectors import (
    certificate_credit_offers,
    certificate_for_verification,
    certificate_get_for_owner,
    certificate_get_for_revoker,
    certificates_for_institution,
    certificates_for_user,
    course_evaluation_report,
    credit_line,
    evaluation_items,
    format_day,
    linkedin_add_to_profile_url,
    provider_claims,
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
from .signing import current_key, jwks, published_keys
from .status_list import status_list_get, status_list_jwt
from .throttles import VerifyRateThrottle
from .verification import MAX_TOKEN_LENGTH, credential_verify


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


def _verify_counts(request) -> dict[str, int]:
    return VerifyRateThrottle().counters(request)


# The page cache keeps a found certificate's page until the certificate is saved (every save
# bumps its dependency); every request still counts against the rate limit, in the page
# cache's lookup (one round trip), then _throttled (the gate on a hit, the view on a miss) takes
# that count. keep() is innermost: the decorators above it run on hits too.
@require_GET
@cache_control(no_store=True)
@pagecache.keep(depends=_verify_depends, gate=_throttled, counts=_verify_counts)
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
            "credit_offers": certificate_credit_offers(certificate),
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

    ITEM_PREFIX = "q_"

    def __init__(self, *args, course=None, **kwargs):
        """``course``: its own items are added (did it meet each objective, the authored
        questions) and its authored practice-change prompt labels the detail field."""
        super().__init__(*args, **kwargs)
        if course is None:
            return
        prompt = (course.evaluation or {}).get("practice_change_prompt")
        if prompt:
            self.fields["practice_change_detail"].label = prompt
        objective_fields, authored_fields = [], []
        for item in evaluation_items(course):
            name = f"{self.ITEM_PREFIX}{item.key}"
            if item.kind == "choice":
                choices = item.choices
                if item.key.startswith("objective_"):
                    # Each group's options name their objective, so "Yes, fully" is never
                    # ambiguous to a screen reader moving between radio buttons.
                    n = item.key.removeprefix("objective_")
                    choices = tuple((v, f"Objective {n}: {label.lower()}") for v, label in choices)
                field = forms.ChoiceField(
                    label=item.text,
                    choices=choices,
                    required=item.required,
                    widget=forms.RadioSelect,
                )
            else:
                field = forms.CharField(
                    label=item.text,
                    required=item.required,
                    max_length=2000,
                    widget=forms.Textarea(attrs={"rows": 3}),
                )
            self.fields[name] = field
            (objective_fields if item.key.startswith("objective_") else authored_fields).append(
                name
            )
        self.order_fields(
            [
                "objectives_met",
                *objective_fields,
                "practice_change",
                "practice_change_detail",
                "perceived_bias",
                "bias_detail",
                *authored_fields,
                "comments",
            ]
        )

    def service_arguments(self) -> dict:
        """cleaned_data as ``activity_evaluation_submit`` takes it (items under ``answers``)."""
        data = dict(self.cleaned_data)
        answers = {
            name.removeprefix(self.ITEM_PREFIX): data.pop(name)
            for name in list(data)
            if name.startswith(self.ITEM_PREFIX)
        }
        return {**data, "answers": {k: v for k, v in answers.items() if v not in (None, "")}}


@login_required
@require_http_methods(["GET", "POST"])
def certificate_detail(request, pk: int):
    """The certificate, then (while credit is claimable) the activity evaluation, then the claim
    with its attestation. Both forms post here; ``step`` says which."""
    certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
    step = request.POST.get("step", "claim") if request.method == "POST" else ""
    offers = certificate_credit_offers(certificate)
    # Which credit type a claim is for: the certificate's own when not given (one credit type).
    posted_type = request.POST.get("credit_type", "") if step == "claim" else ""
    primary_slug = certificate.credit_type_slug
    claim_forms = {}
    for offer in offers:
        posted = step == "claim" and (posted_type or primary_slug) == offer.slug
        claim_forms[offer.slug] = ClaimForm(
            request.POST if posted else None, prefix=None if offer.primary else offer.slug
        )
    form = claim_forms.get(primary_slug) or ClaimForm(None)
    course = CoursePage.objects.only("objectives", "evaluation").get(pk=certificate.course_id)
    evaluation_form = EvaluationForm(request.POST if step == "evaluation" else None, course=course)
    if step == "evaluation" and evaluation_form.is_valid():
        try:
            activity_evaluation_submit(
                certificate=certificate,
                user=request.user,
                **evaluation_form.service_arguments(),
            )
        except ValidationError as exc:
            for message in _errors(exc):
                evaluation_form.add_error(None, message)
        else:
            messages.success(request, "Thank you: your evaluation was recorded.")
            return redirect("certificates:detail", pk=certificate.pk)
    posted_form = claim_forms.get(posted_type or primary_slug) if step == "claim" else None
    claim_error = ""
    if step == "claim" and posted_form is None:
        claim_error = f"This certificate offers no {posted_type} credit."
    elif posted_form is not None and posted_form.is_valid():
        try:
            certificate_claim_credit(
                certificate=certificate,
                user=request.user,
                amount=posted_form.cleaned_data["amount"],
                attested=posted_form.cleaned_data["attest"],
                credit_type=posted_type,
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.message_dict.items():
                    for message in errors:
                        posted_form.add_error(
                            field if field in posted_form.fields else None, message
                        )
            else:
                for message in _errors(exc):
                    posted_form.add_error(None, message)
        else:
            messages.success(request, "Your credit claim was recorded.")
            return redirect("certificates:detail", pk=certificate.pk)
    valid = certificate.status == CertificateStatus.VALID
    claim_rows = []
    for offer in offers:
        row_form = claim_forms[offer.slug]
        step_value = "0.25" if offer.slug == "ama-pra-1" else "0.01"
        row_form.fields["amount"].widget.attrs.update(
            {"step": step_value, "min": step_value, "max": f"{offer.maximum}"}
        )
        is_open = valid and offer.claimed is None
        problem = (
            certificate_claim_problem(
                certificate=certificate, user=request.user, credit_type=offer.slug
            )
            if is_open
            else ""
        )
        claim_rows.append({"offer": offer, "form": row_form, "open": is_open, "problem": problem})
    open_claim = certificate.credit_claim_open or any(r["open"] for r in claim_rows)
    problem = next((r["problem"] for r in claim_rows if r["offer"].primary), "")
    evaluated = ActivityEvaluation.objects.filter(certificate=certificate).exists()
    errors = (
        evaluation_form.errors or (posted_form is not None and posted_form.errors) or claim_error
    )
    return render(
        request,
        "certificates/certificate_detail.html",
        {
            "certificate": certificate,
            "form": form,
            "evaluation_form": evaluation_form,
            "credit_line": credit_line(certificate),
            "credit_offers": offers,
            "claim_rows": claim_rows,
            "joint": len(offers) > 1,
            "verify_url": verification_url(certificate.code),
            "linkedin_url": linkedin_add_to_profile_url(
                certificate, verify_url=verification_url(certificate.code)
            ),
            "open_claim": open_claim,
            "needs_evaluation": open_claim and not evaluated,
            "claim_problem": problem,
            "claim_error": claim_error,
            "can_claim": any(r["open"] and not r["problem"] for r in claim_rows),
            "max_display": format_amount(certificate.credit_max),
        },
        status=400 if errors else 200,
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
    REPORTS = [
        ("completions", "All credit claims (tab-delimited summary)"),
        ("pars", "ACCME PARS learner completions: AMA PRA Category 1 (tab-delimited .txt)"),
        ("cpe", "ACPE CPE Monitor participant credit: ACPE contact hours (.csv)"),
    ]
    report = forms.ChoiceField(choices=REPORTS, initial="completions", required=False)
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.filter(credit_type__isnull=False).order_by("title"),
        required=False,
        empty_label="All courses",
    )
    start = forms.DateField(label="Completed from", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="Completed to", widget=forms.DateInput(attrs={"type": "date"}))
    leave_out_incomplete = forms.BooleanField(
        label="Leave out learners whose profile lacks a value the accreditor requires",
        required=False,
    )
    header_row = forms.BooleanField(
        label="PARS: add the column names as a first row (a copy to read; upload the file "
        "without it)",
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise ValidationError("The start date must be on or before the end date.")
        return cleaned


BATCH_REPORTS = {
    # report: (credit type slug, builder, content type, file extension)
    "pars": ("ama-pra-1", pars_learner_batch, "text/tab-separated-values", "txt"),
    "cpe": ("acpe", cpe_monitor_batch, "text/csv", "csv"),
}


@staff_required
@require_GET
def provider_export(request):
    form = ProviderExportForm(request.GET or None)
    problems: list[str] = []
    if form.is_bound and form.is_valid():
        course = form.cleaned_data["course"]
        start: date = form.cleaned_data["start"]
        end: date = form.cleaned_data["end"]
        report = form.cleaned_data["report"] or "completions"
        scope = f"{course.slug if course else 'all'}-{start}-{end}"
        if report in BATCH_REPORTS:
            slug, build, content_type, ext = BATCH_REPORTS[report]
            claims = provider_claims(
                credit_type_slug=slug,
                course_id=course.pk if course else None,
                start=start,
                end=end,
            )
            review_copy = report == "pars" and form.cleaned_data["header_row"]
            batch = build(claims, header_row=True) if review_copy else build(claims)
            problems = batch.problems
            if not problems or form.cleaned_data["leave_out_incomplete"]:
                response = HttpResponse(batch.text, content_type=f"{content_type}; charset=utf-8")
                name = f"{report}-{scope}{'-with-headers' if review_copy else ''}.{ext}"
                response["Content-Disposition"] = f'attachment; filename="{name}"'
                return response
        else:
            rows = provider_export_certificates(
                course_id=course.pk if course else None, start=start, end=end
            )
            response = HttpResponse(
                provider_export_tsv(rows), content_type="text/tab-separated-values; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="completions-{scope}.tsv"'
            return response
    return render(
        request,
        "certificates/provider_export.html",
        {"form": form, "problems": problems},
        status=400 if form.is_bound else 200,
    )


@staff_required
@require_GET
def review_notes(request):
    """Each live course's dated review note (review.yaml): the legal and regulatory statements
    checked, with source and date, for the provider's planners and reviewers."""
    courses = list(
        CoursePage.objects.live().order_by("path").only("title", "slug", "version", "review")
    )
    return render(request, "certificates/review_notes.html", {"courses": courses})


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


# Public documents a verifier fetches from any origin (browser-based wallets and verifiers
# included): CORS open for reading, nothing private in them, no cookies involved.


def _public_document(response: HttpResponse, *, cache: str) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = cache
    return response


# Keys change only with a rotation, and a retired key stays published: an hour of caching never
# makes a valid credential fail.
_KEY_CACHE = "public, max-age=3600"


@require_GET
def jwks_view(request):
    return _public_document(JsonResponse(jwks()), cache=_KEY_CACHE)


@require_GET
def issuer_key_view(request, thumbprint: str):
    """The public JWK a credential's ``kid`` URL dereferences to (OB 3.0 §8.2.1)."""
    key = next((k for k in published_keys() if k.thumbprint == thumbprint), None)
    if key is None:
        raise Http404("No such key.")
    return _public_document(JsonResponse(key.public_jwk()), cache=_KEY_CACHE)


@require_GET
def issuer_profile_view(request):
    profile = {"@context": OB_CONTEXT, **issuer_profile()}
    response = JsonResponse(profile, json_dumps_params={"ensure_ascii": False})
    return _public_document(response, cache=_KEY_CACHE)


@require_GET
def status_list_view(request, pk: int):
    """The signed Bitstring Status List credential (``application/vc+jwt``). Revalidated on every
    use (no-cache + ETag per revision), so a revocation shows on the next fetch."""
    status_list = status_list_get(status_list_id=pk)
    etag = f'"{status_list.pk}-{status_list.revision}-{current_key().thumbprint[:16]}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(
            status_list_jwt(status_list=status_list), content_type="application/vc+jwt"
        )
    response["ETag"] = etag
    return _public_document(response, cache="public, no-cache")


# --- Wallet channel: OpenID for Verifiable Credential Issuance (certificates.wallet) ---------


def _oauth_error(code: str, description: str, *, status: int = 400) -> JsonResponse:
    response = JsonResponse({"error": code, "error_description": description}, status=status)
    response["Cache-Control"] = "no-store"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _preflight() -> HttpResponse:
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = "POST"
    response["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    return response


@require_GET
def oid4vci_issuer_metadata(request):
    return _public_document(JsonResponse(wallet.issuer_metadata()), cache=_KEY_CACHE)


@require_GET
def oid4vci_authorization_server_metadata(request):
    return _public_document(JsonResponse(wallet.authorization_server_metadata()), cache=_KEY_CACHE)


@csrf_exempt  # an OAuth endpoint called by wallets, not a browser form; no cookies are used
@require_http_methods(["POST", "OPTIONS"])
def oid4vci_token(request):
    if request.method == "OPTIONS":
        return _preflight()
    if request.POST.get("grant_type") != wallet.PRE_AUTHORIZED_GRANT:
        return _oauth_error(
            "unsupported_grant_type", f"Only {wallet.PRE_AUTHORIZED_GRANT} is supported."
        )
    issued = wallet.credential_offer_redeem(code=request.POST.get("pre-authorized_code", ""))
    if issued is None:
        return _oauth_error(
            "invalid_grant", "The pre-authorized code is unknown, expired or already used."
        )
    token, seconds = issued
    response = JsonResponse({"access_token": token, "token_type": "Bearer", "expires_in": seconds})
    response["Cache-Control"] = "no-store"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@csrf_exempt  # Bearer-token API for wallets; no cookies are used
@require_http_methods(["POST", "OPTIONS"])
def oid4vci_credential(request):
    if request.method == "OPTIONS":
        return _preflight()
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    certificate = (
        wallet.certificate_for_access_token(token=token.strip())
        if scheme.lower() == "bearer"
        else None
    )
    if certificate is None:
        response = _oauth_error(
            "invalid_token", "The access token is missing, unknown or expired.", status=401
        )
        response["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        return response
    try:
        body = json.loads(request.body or b"{}")
    except (ValueError, RecursionError):
        return _oauth_error("invalid_credential_request", "The request body is not JSON.")
    if not isinstance(body, dict) or body.get("credential_configuration_id") != (
        wallet.CONFIGURATION_ID
    ):
        return _oauth_error(
            "unknown_credential_configuration",
            f"Request credential_configuration_id {wallet.CONFIGURATION_ID!r}.",
        )
    response = JsonResponse({"credentials": [{"credential": credential_jwt(certificate)}]})
    response["Cache-Control"] = "no-store"
    response["Access-Control-Allow-Origin"] = "*"
    return response


@login_required
@require_http_methods(["POST"])
def certificate_wallet_offer(request, pk: int):
    """A fresh single-use offer for the learner's wallet app, as a QR code and a link."""
    certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
    try:
        _offer, document = wallet.credential_offer_create(
            certificate=certificate, user=request.user
        )
    except ValidationError as exc:
        raise Http404(exc.messages[0]) from exc
    uri = wallet.offer_uri(document)
    response = render(
        request,
        "certificates/wallet_offer.html",
        {
            "certificate": certificate,
            "offer_uri": uri,
            "qr_svg": segno.make(uri, error="m").svg_inline(scale=3, title="Wallet offer QR code"),
            "minutes": wallet.OFFER_SECONDS // 60,
        },
    )
    response["Cache-Control"] = "private, no-store"
    return response


# --- Open Badges credential: download and verification -------------------------------------


@login_required
@require_GET
def certificate_credential_download(request, pk: int):
    """The learner's Open Badges 3.0 credential as a file (VC-JWT) for any wallet or backpack."""
    certificate = certificate_get_for_owner(user=request.user, certificate_id=pk)
    if certificate.revoked_at is not None:
        raise Http404("A revoked certificate has no credential.")
    response = HttpResponse(credential_jwt(certificate), content_type="application/vc+jwt")
    response["Content-Disposition"] = (
        f'attachment; filename="credential-{certificate.display_code}.jwt"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


class CredentialVerifyForm(forms.Form):
    credential = forms.CharField(
        label="Open Badges credential",
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false", "autocomplete": "off"}),
        max_length=MAX_TOKEN_LENGTH,
        help_text="Paste the credential (a VC-JWT: three parts separated by dots) or choose the "
        ".jwt file you downloaded.",
        required=False,
    )
    file = forms.FileField(label="…or the credential file", required=False)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is not None:
            if upload.size > MAX_TOKEN_LENGTH:
                raise ValidationError("The file is too large to be a credential.")
            cleaned["credential"] = upload.read().decode("utf-8", "replace")
        if not self.has_error("credential") and not (cleaned.get("credential") or "").strip():
            raise ValidationError("Paste a credential or choose a credential file.")
        return cleaned


@require_http_methods(["GET", "POST"])
@cache_control(no_store=True)
def verify_credential(request):
    form = CredentialVerifyForm(request.POST or None, request.FILES or None)
    check = None
    if request.method == "POST":
        limited = _throttled(request)
        if limited is not None:
            return limited
        if form.is_valid():
            check = credential_verify(token=form.cleaned_data["credential"])
    return render(
        request,
        "certificates/verify_credential.html",
        {"form": form, "check": check},
        status=200 if check is not None or request.method == "GET" else 400,
    )
