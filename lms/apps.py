from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Ethos platform"

    def ready(self) -> None:
        from . import pagecache

        pagecache.connect()
