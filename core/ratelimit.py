"""Fixed-window counters in the cache: one integer per key and window (``cache.incr``).

A window may also be counted ahead, in a batch that reads other keys in the same round trip
(``read_and_count``: the page cache's lookup counts a kept verification page's hit with it); the
count is then handed to the first ``window_hit`` of that window in the request instead of
counting again, so every request is counted exactly once.
"""

from __future__ import annotations

from django.core.cache import cache

from core.primed import read_ahead, reading, take


def window_key(key: str, *, now: float, period: int) -> str:
    """The counter of ``key``'s window of ``period`` seconds holding ``now``."""
    return f"{key}:{int(now // period)}"


def window_seconds(period: int) -> int:
    """How long a window's counter is kept: the window, and a second for clock rounding."""
    return period + 1


def window_hit(key: str, *, now: float, period: int) -> int:
    """Count one hit on ``key`` in the window of ``period`` seconds holding ``now``; returns the
    hits counted in that window so far, this one included."""
    full_key = window_key(key, now=now, period=period)
    counted = take(full_key)
    if isinstance(counted, int):  # counted ahead in this request (read_and_count)
        return counted
    return _count(full_key, window_seconds(period))


def _count(full_key: str, seconds: int) -> int:
    try:
        return cache.incr(full_key)
    except ValueError:  # first hit of this window (or two at once: one add wins)
        return 1 if cache.add(full_key, 1, seconds) else cache.incr(full_key)


def read_and_count(keys: list[str], counters: dict[str, int]) -> dict:
    """``cache.get_many(keys)``, counting one hit on each counter (``window_key`` → its
    ``window_seconds``) in the same round trip where the cache can (Redis: one script), else
    one by one. The counts are handed to this request's ``window_hit`` of the same window. Only
    within a read-ahead scope (``core.primed.reading_ahead``): outside one a count could not be
    handed on, so nothing is counted here and ``window_hit`` counts as usual."""
    if not counters or not reading():
        return cache.get_many(keys)
    batch = getattr(cache, "get_many_and_count", None)
    if batch is not None:
        found, counts = batch(keys, counters)
    else:
        found = cache.get_many(keys)
        counts = {key: _count(key, seconds) for key, seconds in counters.items()}
    read_ahead(counts, list(counts))
    return found
