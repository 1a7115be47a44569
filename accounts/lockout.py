"""Login lockout policy on top of django-axes (settings: AXES_*, README: Security).

Axes counts failed sign-ins through Django's ``user_login_failed`` signal, so every way in that
calls ``authenticate()`` is covered — the sign-in page, the API token endpoint, Django admin and
the Wagtail admin login — whatever the token endpoint stores behind it. Its backend refuses a
locked account or client before any password is checked.

Two rules of ours:

* the account is the normalised email (``credentials_username``), so ``Nurse@Example.org `` and
  ``nurse@example.org`` share one counter;
* a locked sign-in is answered exactly as a wrong password (``lockout_response`` keeps the view's
  own answer), so the answer tells an attacker nothing about the lock or the password.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse


def normalise_username(value) -> str:
    return str(value or "").strip().lower()


def credentials_username(request: HttpRequest, credentials: dict | None) -> str:
    """AXES_USERNAME_CALLABLE: the account a sign-in attempt is for."""
    if credentials:
        value = credentials.get("username") or credentials.get("email")
        if value:
            return normalise_username(value)
    data = getattr(request, "POST", None) or {}
    return normalise_username(data.get("username") or data.get("email"))


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None = None
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the answer the view gave, which is the wrong-password answer (the
    axes backend refused before the password was checked, so the view saw a failed sign-in)."""
    if original_response is not None:
        return original_response
    # Only reached by axes' async path, which this project does not use.
    from django.http import HttpResponseForbidden

    return HttpResponseForbidden()


def clear_account_failures_on_sign_in(sender, request, user, **kwargs) -> None:
    """user_logged_in receiver (AccountsConfig.ready): a successful sign-in clears that account's
    failures — only the account's: axes' own AXES_RESET_ON_SUCCESS would also clear the client
    address's count, so an attacker could sign in to their own account between guesses at
    others' and never reach the per-address limit."""
    lockout_clear_account(email=user.email)


def lockout_clear_account(*, email: str) -> int:
    """Unlock one account (all addresses), e.g. after it proved its mailbox by resetting its
    password. Returns how many attempt records were removed."""
    from axes.utils import reset

    return reset(username=normalise_username(email))
