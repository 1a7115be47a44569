"""Authentication backend that keeps the signed-in user's row in the cache.

Django loads the user from the database on every signed-in request (``get_user``). This backend
keeps the row in the cache for ``USER_CACHE_SECONDS`` and drops it whenever the user is saved or
deleted (and ``forget_users`` after bulk writes), so a password change, a deactivation or a
rename takes effect on the next request. Everything else (the session hash check that logs out
other sessions after a password change, ``is_active``) is Django's own ``ModelBackend`` logic.
Permissions are not kept: they are read from the database as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction


def _key(user_id) -> str:
    return f"auth:user:{user_id}"


def forget_users(user_ids: Iterable[int]) -> None:
    """Drop these users' kept rows, now and again after commit."""
    keys = [_key(pk) for pk in {pk for pk in user_ids if pk is not None}]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


class CachedModelBackend(ModelBackend):
    def get_user(self, user_id):
        key = _key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is None:
                return None
            cache.set(key, user, settings.USER_CACHE_SECONDS)
        return user if self.user_can_authenticate(user) else None
