from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from knox.models import AuthToken

from .models import Profession, User


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
def user_update_profile(*, user: User, **fields: str) -> User:
    """Update the profile fields a learner may edit themselves."""
    allowed = {
        "display_name",
        "first_name",
        "last_name",
        "profession",
        "licence_number",
        "licence_state",
    }
    unknown = set(fields) - allowed
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
