from django.apps import AppConfig


class ContentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "content"

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (page cache invalidation)
