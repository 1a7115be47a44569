"""The signed-in user's cached row, read ahead in a batch (core/pagecache.py) and handed to the
authentication backend (accounts/backends.py) so it does not read the cache again. Names no
model: the row is whatever the backend keeps under ``user_cache_key``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


def user_cache_key(user_id) -> str:
    """Where a user's row is kept (a caller may fetch it in a batch and pass it to ``primed``)."""
    return f"auth:user:{user_id}"


_primed: ContextVar[object | None] = ContextVar("accounts_primed_user", default=None)


@contextmanager
def primed(user) -> Iterator[None]:
    """Within the block, ``get_user`` of this user's id takes ``user`` (a row already read from
    the cache with ``user_cache_key``) instead of reading the cache again."""
    token = _primed.set(user)
    try:
        yield
    finally:
        _primed.reset(token)


def primed_user() -> object | None:
    return _primed.get()
