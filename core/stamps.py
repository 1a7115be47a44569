"""Generation stamps: a random token under a cache key, which every process compares with the one
it holds its own copy of something under (a quiz bank, the set of graded quizzes). Replacing the
token makes every copy stale at once; a missing token is started on first read.
"""

from __future__ import annotations

import secrets

from django.core.cache import cache

from core.primed import get_many
from core.transactions import now_and_after_commit

STAMP_SECONDS = 24 * 3600


def current_stamp(key: str, seconds: int = STAMP_SECONDS) -> str | None:
    """The stamp under ``key`` (one cache read, or none when it was read ahead), started if
    missing; None only without a working cache."""
    stamp = get_many([key]).get(key)
    if stamp is None:
        cache.add(key, secrets.token_hex(8), seconds)
        stamp = cache.get(key)
    return stamp


def replace_stamp(key: str, seconds: int = STAMP_SECONDS) -> None:
    """Every copy held under ``key``'s stamp is stale from now on: replaced at once and again
    after commit (a reader that saw the old rows mid-commit holds them under an old stamp)."""
    now_and_after_commit(lambda: cache.set(key, secrets.token_hex(8), seconds))
