"""The signed-in user's cached row, read ahead in a batch (core/pagecache.py) and handed to the
authentication backend (accounts/backends.py) so it does not read the cache again. Names no
model: the row is whatever the backend keeps under ``user_cache_key``."""

from __future__ import annotations

from contextvars import ContextVar

from django.core.cache import cache


def user_cache_key(user_id) -> str:
    """Where a user's row is kept (a caller may fetch it in a batch and pass it to ``primed``)."""
    return f"auth:user:{user_id}"


_primed: ContextVar[object | None] = ContextVar("accounts_primed_user", default=None)


class _Scope:
    """``with``: sets a context variable for the block (a class, not ``@contextmanager``: these
    run on every signed-in request, and a generator-based context manager costs ~2 µs more)."""

    __slots__ = ("_token", "_value", "_var")

    def __init__(self, var: ContextVar, value: object):
        self._var, self._value = var, value

    def __enter__(self) -> None:
        self._token = self._var.set(self._value)

    def __exit__(self, *exc_info) -> None:
        self._var.reset(self._token)


def primed(user) -> _Scope:
    """Within the block, ``get_user`` of this user's id takes ``user`` (a row already read from
    the cache with ``user_cache_key``) instead of reading the cache again."""
    return _Scope(_primed, user)


def primed_user() -> object | None:
    return _primed.get()


# --- Reading ahead ----------------------------------------------------------------------------
# The page cache's lookup reads, in its one batch, the keys a page will read later (its route,
# the header's kept values): ``read_ahead_keys`` lists what apps registered. Each value read
# ahead is handed out once, to the first ``get_many`` asking for it within the request; any later
# read (after a write, say) goes to the cache as usual.

_ahead: ContextVar[dict | None] = ContextVar("cache_read_ahead", default=None)
_MISSING = object()
NOT_READ = object()


def reading_ahead() -> _Scope:
    """The request's scope: values read ahead inside it are dropped at its end."""
    return _Scope(_ahead, {})


def reading() -> bool:
    """Is this inside a request's read-ahead scope (values read ahead are handed on)?"""
    return _ahead.get() is not None


def read_ahead(found: dict, keys) -> None:
    """Record what one batch read for ``keys`` (absent from ``found``: a miss)."""
    ahead = _ahead.get()
    if ahead is not None:
        for key in keys:
            ahead[key] = found.get(key, _MISSING)


def get_many(keys: list[str], *, keep: tuple[str, ...] = ()) -> dict:
    """``cache.get_many(keys)``, answered from what was read ahead when it holds every key
    (no round trip), else from the cache. Keys in ``keep`` (generation stamps several readers
    compare against) stay read ahead for the next reader, until ``forget`` drops them."""
    ahead = _ahead.get()
    if ahead and all(key in ahead for key in keys):
        values = {key: ahead[key] if key in keep else ahead.pop(key) for key in keys}
        return {key: value for key, value in values.items() if value is not _MISSING}
    return cache.get_many(keys)


def take(key: str) -> object:
    """The value read ahead for ``key``, handed out once (None: read, and not in the cache), or
    ``NOT_READ`` when it was not read ahead (then the caller reads it itself)."""
    ahead = _ahead.get()
    if not ahead:
        return NOT_READ
    value = ahead.pop(key, NOT_READ)
    return None if value is _MISSING else value


def forget(keys) -> None:
    """Drop these keys from what this request read ahead (they are being written): any later
    read goes to the cache."""
    ahead = _ahead.get()
    if ahead:
        for key in keys:
            ahead.pop(key, None)
