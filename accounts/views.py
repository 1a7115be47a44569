import hashlib
import logging
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.tokens import default_token_generator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.encoding import force_str
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.views.decorators.http import require_http_methods, require_POST
from knox.models import AuthToken

from core.clientip import client_ip
from core.ratelimit import window_hit

from .forms import EmailAuthenticationForm, ProfileForm, SignupForm
from .lockout import lockout_clear_account, normalise_username
from .models import User
from .selectors import api_token_list
from .services import (
    api_token_revoke,
    api_token_revoke_all,
    user_signup,
    user_signup_confirm,
    user_update_profile,
)

logger = logging.getLogger(__name__)

PASSWORD_RESET_WINDOW_SECONDS = 3600


def _safe_next(request: HttpRequest) -> str:
    nxt = request.POST.get("next") or request.GET.get("next") or "/"
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        return nxt
    return "/"


def signup(request: HttpRequest) -> HttpResponse:
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # The same answer whether or not the address has an account (as password reset).
        user_signup(
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"],
            profession=form.cleaned_data["profession"],
        )
        return redirect("accounts:signup_sent")
    return render(request, "accounts/signup.html", {"form": form, "next": _safe_next(request)})


def signup_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/signup_sent.html")


@require_http_methods(["GET", "POST"])
def signup_confirm(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    # GET shows a button, POST activates: a mail scanner fetching the link signs nobody in.
    try:
        user = User.objects.filter(pk=int(force_str(urlsafe_base64_decode(uidb64)))).first()
    except (ValueError, TypeError, OverflowError):
        user = None
    if (
        request.method == "POST"
        and user is not None
        and user_signup_confirm(user=user, token=token)
    ):
        login(request, user, backend="accounts.backends.CachedModelBackend")
        messages.success(request, "Welcome to Ethos. Your account is ready.")
        return redirect("/")
    valid = user is not None and not user.is_active and user.last_login is None
    if valid:
        valid = default_token_generator.check_token(user, token)
    return render(
        request, "accounts/signup_confirm.html", {"valid": valid}, status=200 if valid else 400
    )


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user_update_profile(user=request.user, **{k: form.cleaned_data[k] for k in form.fields})
        messages.success(request, "Your profile was saved.")
        return redirect("accounts:profile")
    return render(
        request,
        "accounts/profile.html",
        {"form": form, "api_tokens": api_token_list(user=request.user)},
    )


@login_required
@require_POST
def api_token_revoke_view(request: HttpRequest, token_key: str) -> HttpResponse:
    try:
        api_token_revoke(user=request.user, token_key=token_key)
    except AuthToken.DoesNotExist:
        raise Http404("No such API token.") from None
    messages.success(request, "The API token was revoked: it no longer works.")
    return redirect("accounts:profile")


@login_required
@require_POST
def api_token_revoke_all_view(request: HttpRequest) -> HttpResponse:
    count = api_token_revoke_all(user=request.user)
    messages.success(request, f"{count} API token{'s' if count != 1 else ''} revoked.")
    return redirect("accounts:profile")


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        """At most PASSWORD_RESET_RATE_LIMIT requests an hour per account and per client address;
        over either, the answer is the usual "sent" page and no email goes out (no mailbox
        flooding, and the answer says nothing about the account)."""
        email = normalise_username(form.cleaned_data["email"])
        account = hashlib.sha256(email.encode()).hexdigest()
        now = time.time()
        limit = settings.PASSWORD_RESET_RATE_LIMIT
        period = PASSWORD_RESET_WINDOW_SECONDS
        ip = client_ip(self.request)
        over_account = window_hit(f"pwreset:account:{account}", now=now, period=period) > limit
        over_client = window_hit(f"pwreset:client:{ip}", now=now, period=period) > limit
        if over_account or over_client:
            logger.warning(
                "Password reset request not sent: rate limit reached (%s).",
                "account" if over_account else f"client {ip}",
            )
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        """Setting a new password through the emailed link proves the mailbox: the account's
        sign-in lockout is lifted (README: Security, login lockout)."""
        response = super().form_valid(form)
        lockout_clear_account(email=form.user.email)
        return response
