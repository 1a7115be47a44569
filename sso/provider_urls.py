"""The protocol endpoints (django-allauth's views), under /sso/, with the URL names allauth
reverses (so no namespace). OIDC uses the signature-checking adapter (sso.oidc); SAML's
assertion consumer also refuses a replayed assertion (sso.saml)."""

from allauth.socialaccount import views as social_views
from allauth.socialaccount.providers.saml import views as saml_views
from django.urls import include, path

from . import oidc, saml, views

urlpatterns = [
    path("oidc/<str:provider_id>/login/", oidc.login, name="openid_connect_login"),
    path("oidc/<str:provider_id>/login/callback/", oidc.callback, name="openid_connect_callback"),
    path(
        "saml/<str:organization_slug>/",
        include(
            [
                path("acs/", saml_views.acs, name="saml_acs"),
                path("acs/finish/", saml.finish_acs, name="saml_finish_acs"),
                path("sls/", saml_views.sls, name="saml_sls"),
                path("metadata/", saml_views.metadata, name="saml_metadata"),
                path("login/", saml_views.login, name="saml_login"),
            ]
        ),
    ),
    path("login/cancelled/", social_views.login_cancelled, name="socialaccount_login_cancelled"),
    path("login/error/", social_views.login_error, name="socialaccount_login_error"),
    path("signup/", views.sso_signup_closed, name="socialaccount_signup"),
    path("connections/", views.connections, name="socialaccount_connections"),
]
