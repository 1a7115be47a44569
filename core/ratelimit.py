"""Fixed-window counters in the cache: one integer per key and window (``cache.incr``)."""

from __future__ import annotations

from django.core.cache import cache


def window_hit(key: str, *, now: float, period: int) -> int:
    """Count one hit on ``key`` in the window of ``period`` seconds holding ``now``; returns the
    hits counted in that window so far, this one included."""
    window = int(now // period)
    full_key = f"{key}:{window}"
    try:
        return cache.incr(full_key)
    except ValueError:  # first hit of this window (or two at once: one add wins)
        return 1 if cache.add(full_key, 1, period + 1) else cache.incr(full_key)
