from django.conf import settings
from django.utils.functional import SimpleLazyObject

from core import pagecache
from institutions.selectors import institutions_reported_by
from notifications.selectors import UNREAD_KEY, unread_count


def _reporting(user) -> list:
    if user is None or not user.is_authenticated:
        return []
    build = lambda: list(institutions_reported_by(user=user))  # noqa: E731
    if not settings.SHARED_CONTENT_CACHE:
        return build()
    # Kept per person: every page they open shows these links; a membership or institution
    # change bumps their generation.
    return pagecache.for_user(user.pk, "nav-reporting", build)


def _header_read_ahead(request, user_id: int) -> list[str]:
    """The header's kept values, read in the page cache's lookup batch."""
    if not user_id or not settings.SHARED_CONTENT_CACHE:
        return []
    return [pagecache.value_key(user_id, "nav-reporting"), UNREAD_KEY.format(user_id)]


pagecache.read_ahead_with(_header_read_ahead)


def platform(request):
    user = getattr(request, "user", None)
    return {
        "PLATFORM_NAME": settings.PLATFORM_NAME,
        "SITE_URL": settings.SITE_URL,
        # One query, only when a template asks (the header's compliance links).
        # One query, only when the header renders for a signed-in person.
        "nav_unread_notifications": SimpleLazyObject(
            lambda: unread_count(user=user) if user is not None else 0
        ),
        "nav_reporting_institutions": SimpleLazyObject(lambda: _reporting(user)),
    }
