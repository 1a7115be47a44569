from django.conf import settings
from django.utils.functional import SimpleLazyObject

from institutions.selectors import institutions_reported_by
from notifications.selectors import unread_count


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
        "nav_reporting_institutions": SimpleLazyObject(
            lambda: list(institutions_reported_by(user=user)) if user is not None else []
        ),
    }
