from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


class VerifyRateThrottle(SimpleRateThrottle):
    """Per client address, shared by the API and the HTML verification pages (scope "verify")."""

    scope = "verify"
    cache_format = "throttle_verify_%(ident)s"

    def get_rate(self) -> str | None:
        # Read at call time so a changed REST_FRAMEWORK setting applies without a restart.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"ident": self.get_ident(request)}
