from django.apps import AppConfig


class InstitutionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "institutions"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (page cache, precomputed statuses)
