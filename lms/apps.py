from django.apps import AppConfig


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = "Ethos platform"

    def ready(self) -> None:
        from django.urls import register_converter

        from core import redaction
        from core.converters import IdConverter

        register_converter(IdConverter, "id")
        # Raw post text and roster rows never reach a log record (core/redaction.py).
        redaction.install()
        # The header's kept values join the page cache's lookup batch (read ahead).
        from . import context_processors  # noqa: F401

        self._start_scheduler()

    def _start_scheduler(self) -> None:
        """Embedded mode (no broker, so no Celery beat): run the one schedule in-process."""
        import os
        import sys

        from django.conf import settings

        if settings.SCHEDULER_IN_PROCESS:
            from .scheduler import start_if_serving

            start_if_serving(sys.argv, dict(os.environ))
