import hashlib
import logging
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme

from lms.clientip import client_ip
from lms.ratelimit import window_hit

from .forms import EmailAuthenticationForm, ProfileForm, SignupForm
from .lockout import lockout_clear_account, normalise_username
from .services import user_create, user_update_profile

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
        user = user_create(
            email=form.cleaned_data["email"],
            password=form.cleaned_data["password1"],
            display_name=form.cleaned_data["display_name"],
            profession=form.cleaned_data["profession"],
        )
        login(request, user)
        messages.success(request, "Welcome to Ethos. Your account is ready.")
        return redirect(_safe_next(request))
    return render(request, "accounts/signup.html", {"form": form, "next": _safe_next(request)})


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user_update_profile(user=request.user, **{k: form.cleaned_data[k] for k in form.fields})
        messages.success(request, "Your profile was saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


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
