from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from kombu import Connection


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return {"status": "ok", "vendor": connection.vendor}
    except Exception as exc:  # any failure means unhealthy; say which
        return {"status": "error", "error": exc.__class__.__name__}


def _broker() -> dict:
    url = settings.CELERY_BROKER_URL
    if not url:
        return {"status": "ok", "mode": "eager"}
    try:
        with Connection(url, connect_timeout=2) as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return {"status": "ok", "mode": "broker"}
    except Exception as exc:
        return {"status": "error", "mode": "broker", "error": exc.__class__.__name__}


def _cache() -> dict:
    from django.core.cache import cache

    ping = getattr(cache, "ping", None)
    if ping is None:  # a per-process cache (locmem) cannot be down
        return {"status": "ok", "backend": "local"}
    try:
        ping()
        return {"status": "ok", "backend": "redis"}
    except Exception as exc:  # pages still render without it; say it is down
        return {"status": "error", "backend": "redis", "error": exc.__class__.__name__}


def health(request: HttpRequest) -> JsonResponse:
    """200 with each dependency's status when all are up, 503 naming the one that is down."""
    checks = {"database": _database(), "broker": _broker(), "cache": _cache()}
    healthy = all(c["status"] == "ok" for c in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
