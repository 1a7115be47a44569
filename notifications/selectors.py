"""Reads of notifications and email preferences."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import QuerySet

from core.primed import get_many

from .models import EmailCategory, EmailPreferences, Notification


def notifications_for(*, user) -> QuerySet[Notification]:
    """The person's notifications, newest first (the list page paginates)."""
    return Notification.objects.filter(user=user).only(
        "pk", "kind", "title", "body", "url", "created_at", "read_at"
    )


UNREAD_KEY = "notifications:unread:{}"
UNREAD_SECONDS = 600


def unread_count(*, user) -> int:
    """The header's badge: cached per person (every page shows it), dropped by every write
    that changes it (notifications.services)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    key = UNREAD_KEY.format(user.pk)
    count = get_many([key]).get(key)  # read ahead with the page cache's lookup, if it ran
    if count is None:
        count = Notification.objects.filter(user=user, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_SECONDS)
    return count


def preferences_for(*, user) -> EmailPreferences:
    """The person's saved choices, or the defaults (everything on) when they saved none."""
    found = EmailPreferences.objects.filter(user=user).first()
    return found or EmailPreferences(user=user)


def wants_email(*, user_id: int, category: str) -> bool:
    """Whether this person receives emails of the category (required training always)."""
    if category != EmailCategory.CERTIFICATES:
        return True
    saved = EmailPreferences.objects.filter(user_id=user_id).values_list("certificates", flat=True)
    return next(iter(saved), True)
