from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from sso import views as sso_views

from .health import health

urlpatterns = [
    path("health/", health, name="health"),
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/v1/", include("lms.api.urls")),
    # First of the apps at the root: the public verification page is requested at a high rate
    # and Django tries every pattern before it in order (about 30 otherwise: ~0.1 ms a request).
    # No other pattern shares a prefix with certificates' (tests/lms/test_urls_order.py), so no
    # path resolves differently for the move.
    path("", include("certificates.urls")),
    # Single sign-on: logout also ends the provider's session where the protocol offers it.
    path("accounts/logout/", sso_views.logout, name="sso-logout"),
    path("accounts/", include("accounts.urls")),
    path("", include("scim.urls")),
    path("sso/", include("sso.provider_urls")),
    path("", include("sso.urls")),
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("compliance.urls")),
    path("", include("notifications.urls")),
    path("", include("content.urls")),
    path("", include("lti.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving is the catch-all and must come last.
urlpatterns += [path("", include(wagtail_urls))]

handler404 = "lms.errors.not_found"
handler500 = "lms.errors.server_error"
handler403 = "lms.errors.permission_denied"
