"""Error pages: the API answers in its one JSON error shape, the site with friendly pages."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


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
