"""Reads of notifications and email preferences."""

from __future__ import annotations

from django.db.models import QuerySet

from .models import EmailCategory, EmailPreferences, Notification


def notifications_for(*, user) -> QuerySet[Notification]:
    """The person's notifications, newest first (the list page paginates)."""
    return Notification.objects.filter(user=user).only(
        "pk", "kind", "title", "body", "url", "created_at", "read_at"
    )


def unread_count(*, user) -> int:
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


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
