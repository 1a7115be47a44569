from django.urls import path

from . import views

app_name = "lti"

urlpatterns = [
    path("lti/jwks/", views.jwks, name="jwks"),
    path("lti/login/", views.oidc_login, name="login"),
    path("lti/login/<uuid:registration_uuid>/", views.oidc_login, name="login_registration"),
    path("lti/launch/", views.launch, name="launch"),
    path("lti/deep-link/", views.deep_link, name="deep_link"),
    path("lti/roster/", views.roster, name="roster"),
]
