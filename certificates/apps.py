from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "certificates"
    verbose_name = "Certificates and credit"

    def ready(self) -> None:
        from . import checks, receivers  # noqa: F401  (connect signals, register checks)
