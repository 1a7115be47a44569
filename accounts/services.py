from datetime import timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from knox.models import AuthToken

from .models import Profession, User
from .selectors import user_get_by_email


@transaction.atomic
def user_create(
    *,
    email: str,
    password: str | None,
    display_name: str = "",
    first_name: str = "",
    last_name: str = "",
    profession: str = Profession.OTHER,
    licence_number: str = "",
    licence_state: str = "",
) -> User:
    """Create a learner account; email is unique case-insensitively."""
    return User.objects.create_user(
        email=email,
        password=password,
        display_name=display_name,
        first_name=first_name,
        last_name=last_name,
        profession=profession,
        licence_number=licence_number,
        licence_state=licence_state,
    )


@transaction.atomic
def user_update_profile(*, user: User, **fields: str | int | None) -> User:
    """Update the profile fields a learner may edit themselves."""
    unknown = set(fields) - set(User.PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"Fields not editable: {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        setattr(user, name, value)
    user.full_clean(exclude=["password"])
    user.save(update_fields=[*fields])
    return user


# --- API tokens (django-rest-knox: only a SHA-512 digest is stored; every token expires) -------
@transaction.atomic
def api_token_create(*, user: User) -> tuple[AuthToken, str]:
    """Issue a new API token that expires after API_TOKEN_TTL_DAYS; the user's expired tokens are
    purged and only the API_TOKEN_MAX_PER_USER newest stay valid. The token text is returned
    once and never stored."""
    if not user.is_active:
        raise ValueError("An inactive user cannot be issued an API token.")
    AuthToken.objects.filter(user=user, expiry__lt=timezone.now()).delete()
    instance, token = AuthToken.objects.create(
        user=user, expiry=timedelta(days=settings.API_TOKEN_TTL_DAYS)
    )
    oldest = AuthToken.objects.filter(user=user).order_by("-created", "-digest")[
        settings.API_TOKEN_MAX_PER_USER :
    ]
    AuthToken.objects.filter(digest__in=list(oldest.values_list("digest", flat=True))).delete()
    return instance, token


@transaction.atomic
def api_token_revoke(*, user: User, token_key: str) -> None:
    """Revoke one of the user's own tokens (by its public key prefix); another user's or an
    unknown key raises AuthToken.DoesNotExist, the same for both."""
    deleted, _ = AuthToken.objects.filter(user=user, token_key=token_key).delete()
    if not deleted:
        raise AuthToken.DoesNotExist(f"No API token {token_key!r} of this user.")


@transaction.atomic
def api_token_revoke_all(*, user: User) -> int:
    """Revoke every API token of the user; returns how many were revoked."""
    deleted, _ = AuthToken.objects.filter(user=user).delete()
    return deleted


def _account_link(*, name: str, user: User) -> str:
    path = reverse(
        name,
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"


def _send(*, template: str, subject: str, user: User, context: dict) -> None:
    body = render_to_string(
        f"accounts/email/{template}.txt",
        {"user": user, "platform": settings.PLATFORM_NAME, **context},
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def user_signup(
    *,
    email: str,
    password: str,
    display_name: str,
    profession: str = Profession.OTHER,
) -> None:
    """Sign up without telling whether the email has an account: a new address gets an
    inactive account and a link to confirm it; a registered one gets a "you already have an
    account" email (an unconfirmed one its confirmation link again). The caller answers the
    same "check your email" either way."""
    existing = user_get_by_email(email=email)
    if existing is None:
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    email=email,
                    password=password,
                    display_name=display_name,
                    profession=profession,
                    is_active=False,
                )
        except IntegrityError:
            # A concurrent signup of the same address won the race: treat it as registered.
            existing = user_get_by_email(email=email)
        else:
            _send_confirmation(user=user)
            return
    # Hash the password anyway, so both answers take about as long.
    make_password(password)
    if existing is None:  # pragma: no cover - the row vanished between the two reads
        return
    if not existing.is_active and existing.last_login is None and existing.has_usable_password():
        _send_confirmation(user=existing)
        return
    _send(
        template="signup_existing",
        subject=f"You already have a {settings.PLATFORM_NAME} account",
        user=existing,
        context={
            "login_url": f"{settings.SITE_URL}{reverse('accounts:login')}",
            "reset_url": f"{settings.SITE_URL}{reverse('accounts:password_reset')}",
        },
    )


def _send_confirmation(*, user: User) -> None:
    _send(
        template="signup_confirm",
        subject=f"Confirm your {settings.PLATFORM_NAME} account",
        user=user,
        context={
            "link": _account_link(name="accounts:signup_confirm", user=user),
            "link_days": max(settings.PASSWORD_RESET_TIMEOUT // 86400, 1),
        },
    )


def user_signup_confirm(*, user: User, token: str) -> bool:
    """Activate an account created by signup, once, with the emailed token; False when the
    link is wrong, used or expired."""
    if user.is_active or user.last_login is not None:
        return False
    if not default_token_generator.check_token(user, token):
        return False
    user.is_active = True
    user.save(update_fields=["is_active"])
    return True
