"""/api/v1/ — each app contributes its own ``api_urls`` module; this file only mounts them."""

from django.urls import include, path

from .auth import ObtainTokenView

urlpatterns = [
    path("auth/token/", ObtainTokenView.as_view(), name="api-token"),
    path("", include("content.api_urls")),
    path("", include("courses.api_urls")),
    path("", include("quizzes.api_urls")),
    path("", include("certificates.api_urls")),
    path("", include("compliance.api_urls")),
]
