from django.conf import settings
from django.utils.functional import SimpleLazyObject

from institutions.selectors import institutions_reported_by


def platform(request):
    user = getattr(request, "user", None)
    return {
        "PLATFORM_NAME": settings.PLATFORM_NAME,
        "SITE_URL": settings.SITE_URL,
        # One query, only when a template asks (the header's compliance links).
        "nav_reporting_institutions": SimpleLazyObject(
            lambda: list(institutions_reported_by(user=user)) if user is not None else []
        ),
    }
