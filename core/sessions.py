"""Django's ``cached_db`` sessions, whose cache read can come in the page cache's lookup batch.

A signed-in request reads its session from the cache before anything else (the session names
the user). The page cache (core/pagecache.py) can add the session's cache key to its one lookup
batch when it can guess the user (``read_ahead_key``); ``load`` then takes the value read ahead
(``core.primed.take``) instead of a round trip of its own. Everything else is Django's: a session
missing from the cache (or not read ahead) is loaded by ``cached_db`` exactly as before, from the
cache and then the database, and every write goes through to both. Selected as
``SESSION_ENGINE`` when the cache is shared (lms/settings/base.py).
"""

from __future__ import annotations

from django.contrib.sessions.backends import cached_db

from core.primed import NOT_READ, take


class SessionStore(cached_db.SessionStore):
    def read_ahead_key(self) -> str | None:
        """The cache key a batch may read for ``load`` (None: there is no session to read, and
        asking for its key would create one)."""
        key = self.session_key
        return self.cache_key_prefix + key if key else None

    def load(self) -> dict:
        data = take(self.cache_key)
        if data is NOT_READ or data is None:  # not in the batch, or not in the cache
            return super().load()
        return data
