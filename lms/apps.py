from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Ethos platform"

    def ready(self) -> None:
        from django.urls import register_converter

        from .converters import IdConverter

        register_converter(IdConverter, "id")
