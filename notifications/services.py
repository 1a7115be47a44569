"""Writes of notifications: record a fact once, email it at most once, mark read, and the
person's email choices (including one-click unsubscribe)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core import pagecache
from core.emails import templated_email
from core.transactions import now_and_after_commit

from .models import OPTIONAL_CATEGORIES, EmailCategory, EmailPreferences, Notification
from .selectors import UNREAD_KEY, wants_email
from .tokens import preferences_url, unsubscribe_read, unsubscribe_url

logger = logging.getLogger(__name__)


def _unread_changed(user_ids) -> None:
    """The header's unread count and the pages that show it are stale for these people."""
    ids = {int(pk) for pk in user_ids}
    now_and_after_commit(lambda: cache.delete_many([UNREAD_KEY.format(pk) for pk in ids]))
    pagecache.bump_users(ids)


@dataclass(frozen=True)
class Draft:
    user_id: int
    kind: str
    key: str
    title: str
    body: str = ""
    url: str = ""


def notify_many(drafts: list[Draft]) -> int:
    """Record each fact once per person (a repeat is ignored); returns how many are new."""
    if not drafts:
        return 0
    users = {d.user_id for d in drafts}
    keys = {d.key for d in drafts}
    before = Notification.objects.filter(user_id__in=users, key__in=keys).count()
    Notification.objects.bulk_create(
        [
            Notification(
                user_id=d.user_id, kind=d.kind, key=d.key, title=d.title, body=d.body, url=d.url
            )
            for d in drafts
        ],
        batch_size=1000,
        ignore_conflicts=True,
    )
    _unread_changed(users)
    return Notification.objects.filter(user_id__in=users, key__in=keys).count() - before


def notify(draft: Draft) -> Notification | None:
    """Record one fact; the new notification, or None when it was recorded before."""
    notification, created = Notification.objects.get_or_create(
        user_id=draft.user_id,
        key=draft.key,
        defaults={"kind": draft.kind, "title": draft.title, "body": draft.body, "url": draft.url},
    )
    if created:
        _unread_changed([draft.user_id])
    return notification if created else None


def notification_email(
    *, notification: Notification, category: str, subject: str, template: str, context: dict
) -> bool:
    """Email a notification at most once, if the person wants this category. ``emailed_at`` is
    claimed before the message goes to the mail server, so a retry or a second worker never
    sends it twice; a failed send is logged and not retried. Returns whether it was sent."""
    user = notification.user
    if not user.email or not user.is_active:
        return False
    if not wants_email(user_id=user.pk, category=category):
        return False
    claimed = Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    optional = category in OPTIONAL_CATEGORIES
    link = unsubscribe_url(user_id=user.pk, category=category) if optional else ""
    headers = {}
    if optional:
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = templated_email(
        template=template,
        context={
            **context,
            "notification": notification,
            "unsubscribe_url": link,
            "preferences_url": preferences_url(),
            "optional": optional,
            "platform": settings.PLATFORM_NAME,
        },
        subject=subject,
        to=user.email,
        headers=headers,
    )
    try:
        message.send()
    except Exception:
        logger.exception("Notification email %s could not be sent", notification.pk)
        return False
    return True


def notifications_mark_read(*, user, ids: list[int] | None = None) -> int:
    """Mark the person's notifications read (these ids, or all); returns how many changed."""
    qs = Notification.objects.filter(user=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    changed = qs.update(read_at=timezone.now())
    if changed:
        _unread_changed([user.pk])
    return changed


@transaction.atomic
def email_preferences_update(*, user, certificates: bool) -> EmailPreferences:
    prefs, _ = EmailPreferences.objects.select_for_update().get_or_create(user=user)
    prefs.certificates = bool(certificates)
    prefs.save(update_fields=["certificates", "updated_at"])
    return prefs


def email_unsubscribe(*, token: str) -> str:
    """Switch off the category a signed link names (no sign-in needed); returns its label.
    A forged or mangled link, or one for a category that cannot be switched off, is refused."""
    found = unsubscribe_read(token)
    if found is None:
        raise ValidationError("This unsubscribe link is not valid. Sign in to change your emails.")
    user_id, category = found
    if category not in OPTIONAL_CATEGORIES:
        raise ValidationError("These emails cannot be switched off from a link.")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        raise ValidationError("This unsubscribe link is not valid. Sign in to change your emails.")
    if category == EmailCategory.CERTIFICATES:
        email_preferences_update(user=user, certificates=False)
    return EmailCategory(category).label
