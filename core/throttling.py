"""DRF throttles keyed on the client address from ``core.clientip.client_ip``.

DRF's own ``get_ident`` believes the whole ``X-Forwarded-For`` header unless NUM_PROXIES is set,
so a client writing a new header per request is never throttled. Every throttle in the project
derives from ``ClientIPThrottleMixin`` (tests/lms/test_client_ip.py walks the URLconf to hold
that), so there is one rule for "who is this client".
"""

from rest_framework import throttling

from core.clientip import client_ip


class ClientIPThrottleMixin:
    def get_ident(self, request) -> str:
        return client_ip(request)


class AnonRateThrottle(ClientIPThrottleMixin, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(ClientIPThrottleMixin, throttling.UserRateThrottle):
    pass


class ScopedRateThrottle(ClientIPThrottleMixin, throttling.ScopedRateThrottle):
    pass


class SimpleRateThrottle(ClientIPThrottleMixin, throttling.SimpleRateThrottle):
    pass
