"""Pages: "Sign in with your organisation" (email → the institution's provider), refusals, single
logout, and the institution admin's provider settings."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout as auth_logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from institutions.models import Institution
from institutions.selectors import institution_get_for_admin

from .forms import IdentityProviderForm, OrganisationLoginForm
from .models import IdentityProvider, Protocol
from .selectors import identity_provider_for_email, identity_provider_for_slug, owned_domains
from .services import IDP_FIELDS, identity_provider_save

logger = logging.getLogger(__name__)

SESSION_KEY = "ethos_sso"


def refusal(
    request: HttpRequest, message: str, *, institution: Institution | None = None
) -> HttpResponse:
    """The page that says why a single sign-on was refused (403)."""
    logger.warning("SSO refused%s: %s", f" ({institution.slug})" if institution else "", message)
    return render(
        request,
        "sso/refused.html",
        {"message": message, "institution": institution},
        status=403,
    )


def _safe_next(request: HttpRequest) -> str:
    nxt = request.POST.get("next") or request.GET.get("next") or ""
    if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        return nxt
    return ""


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """Work email → its domain → the owning institution's provider."""
    form = OrganisationLoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        idp = identity_provider_for_email(email=email)
        if idp is None:
            form.add_error(
                "email",
                f"No organisation signs in {email.rpartition('@')[2]} addresses with single "
                "sign-on. Log in with your password instead.",
            )
        else:
            from .adapter import social_app

            provider = social_app(idp).get_provider(request)
            kwargs = {"process": "login", "next_url": _safe_next(request) or None}
            if idp.protocol == Protocol.OIDC:
                kwargs["auth_params"] = {"login_hint": email}
            return _continue(request, provider.redirect(request, **kwargs), idp=idp)
    status = 400 if form.errors else 200
    return render(
        request, "sso/start.html", {"form": form, "next": _safe_next(request)}, status=status
    )


def _continue(request, response, *, idp: IdentityProvider, logout: bool = False) -> HttpResponse:
    """A page that moves on to the provider (meta refresh and a link) instead of a redirect: a
    form's redirect to another origin would break the site's CSP ``form-action 'self'``."""
    if not isinstance(response, HttpResponseRedirect):
        return response
    return render(
        request,
        "sso/continue.html",
        {"url": response.url, "institution": idp.institution, "logout": logout},
    )


def remember_sign_in(*, request: HttpRequest, sociallogin) -> None:
    """After a single sign-on, what single logout needs later (user_logged_in receiver)."""
    provider = sociallogin.account.provider
    idp = identity_provider_for_slug(slug=provider)
    if idp is None:
        return
    data = {"slug": idp.institution.slug, "protocol": idp.protocol}
    saml = request.session.pop("ethos_sso_saml", None)
    if saml:
        data.update(saml)
    request.session[SESSION_KEY] = data


@require_POST
def logout(request: HttpRequest) -> HttpResponse:
    """Log out here and, where the protocol offers it, at the institution's provider too
    (OIDC RP-initiated logout to end_session_endpoint; SAML single logout)."""
    data = request.session.get(SESSION_KEY) or {}
    idp = identity_provider_for_slug(slug=data.get("slug", "")) if data else None
    if idp is None:
        return auth_views.LogoutView.as_view()(request)
    from .adapter import social_app

    app = social_app(idp)
    provider = app.get_provider(request)
    home = request.build_absolute_uri("/")
    target = None
    try:
        if idp.protocol == Protocol.OIDC:
            from .oidc import VerifyingOIDCAdapter

            config = VerifyingOIDCAdapter(request, app.provider_id).openid_config
            end = config.get("end_session_endpoint")
            if end:
                query = urlencode({"client_id": app.client_id, "post_logout_redirect_uri": home})
                target = f"{end}{'&' if '?' in end else '?'}{query}"
        else:
            from allauth.socialaccount.providers.saml.utils import build_auth

            auth = build_auth(request, provider)
            if auth.get_slo_url():
                target = auth.logout(
                    return_to=home,
                    name_id=data.get("name_id"),
                    session_index=data.get("session_index"),
                    name_id_format=data.get("name_id_format"),
                )
    except Exception:  # the provider is unreachable: still log out here
        logger.exception("SSO single logout could not reach %s's provider", idp.institution.slug)
    auth_logout(request)
    if not target:
        return HttpResponseRedirect("/")
    return _continue(request, HttpResponseRedirect(target), idp=idp, logout=True)


def sso_signup_closed(request: HttpRequest) -> HttpResponse:
    """allauth's "complete your sign-up" form is never offered: the provider's claims decide."""
    return refusal(request, "Single sign-on could not finish. Start again from the sign-in page.")


def connections(request: HttpRequest) -> HttpResponse:
    return redirect("accounts:profile")


@login_required
@require_http_methods(["GET", "POST"])
def settings_page(request: HttpRequest, slug: str) -> HttpResponse:
    """The institution admin's single sign-on settings (404 for anyone else)."""
    institution = institution_get_for_admin(user=request.user, slug=slug)
    idp = IdentityProvider.objects.filter(institution=institution).first()
    form = IdentityProviderForm(request.POST or None, instance=idp, institution=institution)
    if request.method == "POST" and form.is_valid():
        values = {k: form.cleaned_data[k] for k in IDP_FIELDS if k in form.cleaned_data}
        try:
            identity_provider_save(
                actor=request.user,
                institution=institution,
                domains=form.cleaned_data["domains"],
                **values,
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, "Single sign-on settings saved.")
            return redirect("sso:settings", slug=institution.slug)
    base = request.build_absolute_uri("/").rstrip("/")
    return render(
        request,
        "sso/settings.html",
        {
            "institution": institution,
            "form": form,
            "idp": idp,
            "domains": owned_domains(idp=idp) if idp else [],
            "redirect_uri": base + reverse("openid_connect_callback", args=[slug]),
            "acs_url": base + reverse("saml_acs", args=[slug]),
            "sls_url": base + reverse("saml_sls", args=[slug]),
            "metadata_url": base + reverse("saml_metadata", args=[slug]),
        },
        status=400 if form.errors else 200,
    )


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            target = field if field in form.fields else None
            if field == "domain":
                target = "domains"
            for error in errors:
                form.add_error(target, error)
    else:
        form.add_error(None, exc)
