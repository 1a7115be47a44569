from django.urls import path

from . import views

app_name = "sso"

urlpatterns = [
    path("sso/", views.start, name="start"),
    path("institutions/<slug:slug>/sso/", views.settings_page, name="settings"),
]
