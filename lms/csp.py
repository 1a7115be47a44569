"""Content-Security-Policy per area (django-csp; settings CONTENT_SECURITY_POLICY and
CONTENT_SECURITY_POLICY_AREAS; README: Security).

The site (learner, manager and verification pages) runs no inline script, no ``on*=`` handler
and no inline style: everything is a static file, so its policy is strict. Two areas we do not
write ourselves need more: Wagtail's admin (/cms/) and Django admin (/django-admin/) still
render some inline ``<script>`` blocks and ``style`` attributes, and Swagger UI (/api/docs/)
styles itself inline. They get their own policy, which allows exactly that much more.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class AreaCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            for prefix, directives in settings.CONTENT_SECURITY_POLICY_AREAS.items():
                if request.path_info.startswith(prefix):
                    parts.config = directives
                    break
        return parts
