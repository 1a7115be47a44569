"""API tokens kept in the shared cache, so a request signed with a token reads no row.

Knox finds a token by its public prefix, with its user, in one query per request. Here the
token's row (its user's id, prefix, creation and expiry; never the token text) is kept under its
digest in the shared cache, and its user's row under the key the session backend keeps it
(``core.primed.user_cache_key``, dropped on every save or delete of the user and by
``forget_users`` after bulk writes). Both come back in one ``MGET``: each process remembers
whose token a digest is. What the database would refuse is refused on the next request, in
every worker:

- a revoked or deleted token (a service, the admin, a cascade from its user): every save or
  delete of a token replaces its entry with a tombstone, at once and again after commit, and a
  tombstone is never overwritten by a reader that read the row before it went (``cache.add``);
- an expired token: the kept expiry is compared with the clock on every request, and an expired
  one takes the database path (which deletes it and refuses it);
- a deactivated or deleted user: their row is read from the cache as the session backend reads
  it, and ``is_active`` is checked on every request.

On only with ``SHARED_CONTENT_CACHE`` (a cache every worker shares, so each sees every tombstone);
otherwise every request reads the token as before. A token's entry lives at most
``USER_CACHE_SECONDS``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from knox.models import AuthToken

from core.bounded import BoundedDict
from core.primed import user_cache_key
from core.transactions import now_and_after_commit

GONE = "gone"  # a tombstone: the token was saved or deleted since it was kept
# digest -> user id, this process's guess for the batch read
_OWNERS: BoundedDict[str, int] = BoundedDict(20_000)


def enabled() -> bool:
    return bool(getattr(settings, "SHARED_CONTENT_CACHE", False))


def token_cache_key(digest: str) -> str:
    return f"auth:token:{digest}"


def _seconds() -> int:
    return settings.USER_CACHE_SECONDS


def token_held(digest: str):
    """``(user, token)`` for the token with this digest as kept in the cache, or None when it
    is not kept, gone, expired, or its user's row is not kept (then read it from the database).
    The user may be inactive: the caller refuses them as it refuses a row read from the
    database."""
    key = token_cache_key(digest)
    guess = _OWNERS.get(digest)
    keys = [key] if guess is None else [key, user_cache_key(guess)]
    found = cache.get_many(keys)
    entry = found.get(key)
    if not isinstance(entry, tuple):
        return None
    user_id, prefix, created, expiry = entry
    if expiry is not None and expiry < timezone.now():
        return None
    if user_id == guess:
        user = found.get(user_cache_key(user_id))
    else:  # first use of this token in this process
        user = cache.get(user_cache_key(user_id))
        _remember_owner(digest, user_id)
    if user is None or user.pk != user_id:
        return None
    token = AuthToken(digest=digest, token_key=prefix, user=user, created=created, expiry=expiry)
    token._state.adding = False
    token._state.db = "default"
    return user, token


def token_keep(token: AuthToken) -> None:
    """Keep a token just read from the database (with its user) for the next requests. ``add``:
    a tombstone written since the read (a revocation) stays."""
    user = token.user
    entry = (user.pk, token.token_key, token.created, token.expiry)
    cache.add(token_cache_key(token.digest), entry, _seconds())
    cache.add(user_cache_key(user.pk), user, _seconds())
    _remember_owner(token.digest, user.pk)


def _remember_owner(digest: str, user_id: int) -> None:
    _OWNERS.put(digest, user_id)


def forget_tokens(digests) -> None:
    """These tokens' kept entries are gone from now on: tombstones, at once and after commit."""
    keys = [token_cache_key(d) for d in digests]
    if keys:
        now_and_after_commit(lambda: cache.set_many(dict.fromkeys(keys, GONE), _seconds()))


def forget_saved_token(sender, instance: AuthToken, created: bool = False, **kwargs) -> None:
    """post_save / post_delete receiver of the token model (wired in AccountsConfig.ready): a
    new token has nothing kept; a changed or deleted one loses its entry."""
    if not created:
        forget_tokens([instance.digest])
