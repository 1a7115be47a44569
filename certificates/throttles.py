from rest_framework.settings import api_settings

from core.ratelimit import window_hit, window_key, window_seconds
from core.throttling import SimpleRateThrottle

_COUNTED_AT = "_verify_counted_at"


class VerifyRateThrottle(SimpleRateThrottle):
    """Per client address (``core.clientip.client_ip``), shared by the API and the HTML
    verification pages (scope "verify").

    A fixed-window counter (one integer per address and window, ``cache.incr``), where DRF's
    default keeps a list of every request's time: that list is read and written whole on each
    request, so its cost grows with the rate allowed. A client may get up to twice the rate
    across a window boundary; that is the usual trade of fixed windows and fine for this limit.
    The page cache counts a verification page's request in its lookup (``counters``), and
    ``allow_request`` then takes that count.
    """

    scope = "verify"
    cache_format = "throttle_verify_%(ident)s"

    def get_rate(self) -> str | None:
        # Read at call time so a changed REST_FRAMEWORK setting applies without a restart.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"ident": self.get_ident(request)}

    def counters(self, request) -> dict[str, int]:
        """The counter this request's window counts on (``core.ratelimit.read_and_count``);
        none when no rate is set. The time is kept on the request, so ``allow_request`` takes
        the count of the same window even if the clock has moved into the next one since."""
        if self.rate is None:
            return {}
        now = self.timer()
        setattr(request, _COUNTED_AT, now)
        key = window_key(self.get_cache_key(request, None), now=now, period=self.duration)
        return {key: window_seconds(self.duration)}

    def allow_request(self, request, view) -> bool:
        if self.rate is None:
            return True
        counted_at = getattr(request, _COUNTED_AT, None)
        self.now = self.timer() if counted_at is None else counted_at
        window = int(self.now // self.duration)
        self.window_ends = (window + 1) * self.duration
        count = window_hit(self.get_cache_key(request, view), now=self.now, period=self.duration)
        return count <= self.num_requests

    def wait(self) -> float:
        return max(1.0, self.window_ends - self.now)
