"""Django set up in this process with the load benchmark's settings (bench/settings.py:
production, DEBUG off), for the in-process profilers (profile_endpoints.py,
profile_journeys.py). Tasks run eagerly in the request, as in the load benchmark's server."""

from __future__ import annotations

import os
import secrets


def setup(**env: str) -> None:
    """``django.setup()`` with the benchmark's settings; ``env`` adds variables (set only when
    not already in the environment)."""
    defaults = {
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "SECURE_SSL_REDIRECT": "false",
        "BENCH_BARE_VIEW": "true",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    for name, value in defaults.items():
        os.environ.setdefault(name, value)
    os.environ["CELERY_BROKER_URL"] = ""
    import django

    django.setup()
