"""Signed one-click unsubscribe links (no sign-in needed; RFC 8058 one-click POST too)."""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

_SALT = "notifications.unsubscribe"


def unsubscribe_token(*, user_id: int, category: str) -> str:
    return signing.dumps({"u": user_id, "c": category}, salt=_SALT, compress=True)


def unsubscribe_read(token: str) -> tuple[int, str] | None:
    """(user id, category) of a genuine token; None for a forged or mangled one. Tokens do not
    expire: an old email's link must keep working."""
    try:
        data = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    return data["u"], str(data.get("c", ""))


def unsubscribe_url(*, user_id: int, category: str) -> str:
    path = reverse(
        "notifications:unsubscribe", args=[unsubscribe_token(user_id=user_id, category=category)]
    )
    return f"{settings.SITE_URL}{path}"


def preferences_url() -> str:
    return f"{settings.SITE_URL}{reverse('notifications:preferences')}"
