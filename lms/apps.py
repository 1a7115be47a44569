from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Ethos platform"

    def ready(self) -> None:
        from django.urls import register_converter

        from . import redaction
        from .converters import IdConverter

        register_converter(IdConverter, "id")
        # Raw post text and roster rows never reach a log record (lms/redaction.py).
        redaction.install()
