"""Content-Security-Policy per area (django-csp; settings CONTENT_SECURITY_POLICY and
CONTENT_SECURITY_POLICY_AREAS; README: Security).

The site (learner, manager and verification pages) runs no inline script, no ``on*=`` handler
and no inline style: everything is a static file, so its policy is strict. Two areas we do not
write ourselves need more: Wagtail's admin (/cms/) and Django admin (/django-admin/) still
render some inline ``<script>`` blocks and ``style`` attributes, and Swagger UI (/api/docs/)
styles itself inline. They get their own policy, which allows exactly that much more.

django-csp builds the header from the settings on every response (~45 µs: a dataclass turned
into a dict, every directive copied and joined). Without a nonce or a per-response
``@csp_update``/``@csp_replace``/``@csp`` override the header is a function of the area and the
settings alone, so each area's header is built once per process by django-csp's own
``build_policy`` (the same text it would build, in the same directive order) and reused; any
other response takes django-csp's path. A settings change (tests) drops the built headers.
"""

from __future__ import annotations

import http.client as http_client

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpRequest
from django.http.response import HttpResponseBase

# Response attributes of django-csp's decorators: any of them makes the header per response.
_OVERRIDES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
_SETTINGS = frozenset(
    {
        "CONTENT_SECURITY_POLICY",
        "CONTENT_SECURITY_POLICY_REPORT_ONLY",
        "CONTENT_SECURITY_POLICY_AREAS",
    }
)
# Area prefix (None: the site) -> (policy, report-only policy), built once per process.
_built: dict[str | None, tuple[str, str]] = {}


def _forget_built(*, setting: str, **kwargs) -> None:
    if setting in _SETTINGS:
        _built.clear()


setting_changed.connect(_forget_built, dispatch_uid="lms.csp.forget_built")


def _area(path_info: str) -> str | None:
    for prefix in settings.CONTENT_SECURITY_POLICY_AREAS:
        if path_info.startswith(prefix):
            return prefix
    return None


def _policies(area: str | None) -> tuple[str, str]:
    built = _built.get(area)
    if built is None:
        config = None if area is None else settings.CONTENT_SECURITY_POLICY_AREAS[area]
        built = (build_policy(config=config), build_policy(report_only=True))
        _built[area] = built
    return built


def _excluded(setting: str, path_info: str) -> bool:
    policy = getattr(settings, setting, None) or {}
    prefixes = policy.get("EXCLUDE_URL_PREFIXES", None) or ()
    return path_info.startswith(tuple(prefixes))


class AreaCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            area = _area(request.path_info)
            if area is not None:
                parts.config = settings.CONTENT_SECURITY_POLICY_AREAS[area]
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        """django-csp's ``process_response`` with the header built once per area: same headers,
        same conditions (not already set, not exempted, not an excluded prefix), same guard on
        a nonce asked for after the header is written."""
        if (
            getattr(request, "_csp_nonce", None) is not None
            or any(getattr(response, name, None) is not None for name in _OVERRIDES)
            or (
                response.status_code in (http_client.INTERNAL_SERVER_ERROR, http_client.NOT_FOUND)
                and settings.DEBUG
            )
        ):
            return super().process_response(request, response)
        path_info = request.path_info
        csp, csp_ro = _policies(_area(path_info))
        if (
            csp
            and HEADER not in response
            and getattr(response, "_csp_exempt", False) is False
            and not _excluded("CONTENT_SECURITY_POLICY", path_info)
        ):
            response[HEADER] = csp
        if (
            csp_ro
            and HEADER_REPORT_ONLY not in response
            and getattr(response, "_csp_exempt_ro", False) is False
            and not _excluded("CONTENT_SECURITY_POLICY_REPORT_ONLY", path_info)
        ):
            response[HEADER_REPORT_ONLY] = csp_ro
        # As django-csp: a nonce asked for after the header is written is an error, not a nonce
        # missing from the header.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response
