from django.apps import AppConfig


class SsoConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "sso"
    verbose_name = "Single sign-on"

    def ready(self) -> None:
        from allauth.account.signals import user_logged_in

        from .receivers import sso_logged_in

        user_logged_in.connect(sso_logged_in, dispatch_uid="sso_logged_in")
