"""Error pages: the API answers in its one JSON error shape, the site with friendly pages."""

import logging

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

logger = logging.getLogger("django.request")


def _api_error(status: int, code: str, message: str) -> JsonResponse:
    return JsonResponse(
        {"error": {"status": status, "code": code, "message": message}}, status=status
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return _api_error(404, "not_found", "Not found.")
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return _api_error(500, "server_error", "Something went wrong on our side.")
    return render(request, "500.html", status=500)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return _api_error(403, "permission_denied", "You do not have permission to do this.")
    return render(request, "403.html", status=403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    if request.path.startswith("/api/"):
        return _api_error(403, "csrf_failed", f"CSRF check failed: {reason}")
    return render(
        request,
        "403.html",
        {"reason": "Your form expired; reload the page and try again."},
        status=403,
    )


class BrandedErrorPagesMiddleware:
    """With DEBUG on (the `make run` mode) a missing page or a crash is still answered with the
    branded 404/500 pages production serves, not Django's debug pages that list every URL and
    setting; the traceback goes to the console log instead. Off when DEBUG is off, where Django
    already uses the handlers above."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not settings.DEBUG:
            return None
        if isinstance(exception, Http404):
            return not_found(request, exception)
        if isinstance(exception, PermissionDenied | BadRequest | SuspiciousOperation):
            return None  # Django answers these with handler403/400 in every mode
        logger.error(
            "Internal Server Error: %s",
            request.path,
            exc_info=exception,
            extra={"status_code": 500},
        )
        return server_error(request)
