"""Django's Redis cache backend, reusing one Redis client per connection pool.

``django.core.cache.backends.redis.RedisCacheClient.get_client`` builds a new ``redis.Redis``
object for every cache call; redis-py fills ~170 response callbacks in each constructor, which
measured ~0.17 ms of CPU per call here: more than the round trip itself, and three calls per
signed-in page (session, user, page cache). A ``redis.Redis`` over a connection pool is safe to
share between threads, so one per pool is kept, and values and keys are read with less overhead
(``RedisSerializer``, ``RedisCache.validate_key``). Selected automatically for
``CACHE_URL=redis://`` (lms/settings/base.py); behaviour is otherwise Django's own.
"""

import pickle

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient
from django.core.cache.backends.redis import RedisSerializer as DjangoRedisSerializer
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Django's ``incr`` asks ``EXISTS`` and then ``INCRBY``: two round trips (and not atomic). The
# same rule in one server-side step: the new value, or nil when the key is missing.
_INCR_IF_EXISTS = """
if redis.call('exists', KEYS[1]) == 1 then
  return redis.call('incrby', KEYS[1], ARGV[1])
end
return false
"""

# ``get_many`` and fixed-window counters in one round trip (core/ratelimit.py): MGET of the first
# ARGV[1] keys, then INCR of each remaining key, started with its lifetime (the ARGV after the
# first) as ``cache.add(key, 1, seconds)`` would, so ``incr`` and this count the same integer.
_GET_MANY_AND_COUNT = """
local n = tonumber(ARGV[1])
local found = redis.call('mget', unpack(KEYS, 1, n))
for i = n + 1, #KEYS do
  local count = redis.call('incr', KEYS[i])
  if count == 1 then
    redis.call('expire', KEYS[i], ARGV[i - n + 1])
  end
  found[i] = count
end
return found
"""


_CONNECTION_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)


class RedisSerializer(DjangoRedisSerializer):
    """Django's serializer (integers stored as themselves, everything else pickled), reading a
    pickle without first trying ``int()`` on it: Django's ``loads`` raises and catches a
    ``ValueError`` for every pickled value (~2.5 µs each; a kept page's lookup batch reads ten).
    A pickle (protocol 2 or later, which Django always writes) starts with the PROTO opcode
    0x80, which no integer's digits do; anything else is read exactly as Django reads it."""

    def loads(self, data):
        if data[:1] == b"\x80":
            return pickle.loads(data)  # noqa: S301 - written by dumps(), in our own cache
        return super().loads(data)


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if type(self._serializer) is DjangoRedisSerializer:  # the default, not one configured
            self._serializer = RedisSerializer()
        self._clients: dict[int, object] = {}
        self._incr_scripts: dict[int, object] = {}
        self._count_scripts: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client

    def get_many(self, keys):
        """Django's ``get_many`` (one ``MGET``) sent on a pooled connection directly: redis-py's
        command layer around it (argument filters, retry wrapper, per-command observability
        hooks) cost ~12 µs of CPU per call, and every signed-in page makes one (the page cache's
        lookup batch). The pool still checks the connection out and back as for any command.
        A connection or timeout error falls back to redis-py's own path, with its retries."""
        keys = list(keys)
        pool = self._get_connection_pool(False)
        try:
            connection = pool.get_connection()
        except _CONNECTION_ERRORS:
            return super().get_many(keys)
        try:
            connection.send_command("MGET", *keys)
            values = connection.read_response()
        except ResponseError:  # an error reply, read whole: the connection is fine
            raise
        except _CONNECTION_ERRORS:
            connection.disconnect()
            values = None
        except BaseException:  # interrupted mid-reply: never hand the connection out again
            connection.disconnect()
            raise
        finally:
            pool.release(connection)
        if values is None:
            return super().get_many(keys)
        loads = self._serializer.loads
        return {k: loads(v) for k, v in zip(keys, values, strict=True) if v is not None}

    def incr(self, key, delta):
        """Django's ``incr`` (ValueError for a missing key) in one round trip instead of two
        (``EVALSHA``; redis-py loads the script once per server). Throttle counters and rate
        limits call it on every request they count."""
        client = self.get_client(key, write=True)
        script = self._incr_scripts.get(id(client))
        if script is None:
            script = self._incr_scripts.setdefault(
                id(client), client.register_script(_INCR_IF_EXISTS)
            )
        value = script(keys=[key], args=[delta])
        if value is None:
            raise ValueError(f"Key '{key}' not found.")
        return value

    def get_many_and_count(self, keys, counters):
        """``get_many(keys)`` and one hit on each counter (key → lifetime in seconds, set when
        the counter starts), in one round trip (``EVALSHA``)."""
        client = self.get_client(None, write=True)
        script = self._count_scripts.get(id(client))
        if script is None:
            script = self._count_scripts.setdefault(
                id(client), client.register_script(_GET_MANY_AND_COUNT)
            )
        keys = list(keys)
        replies = script(keys=[*keys, *counters], args=[len(keys), *counters.values()])
        loads, read = self._serializer.loads, replies[: len(keys)]
        found = {
            key: loads(value) for key, value in zip(keys, read, strict=True) if value is not None
        }
        return found, dict(zip(counters, replies[len(keys) :], strict=True))


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def get_many_and_count(self, keys, counters, version=None):
        """``get_many(keys)``, counting one hit on each of ``counters`` (key → seconds the
        counter lives once started) in the same round trip: (values found, count per counter).
        Counters are the integers ``incr`` counts (core/ratelimit.py)."""
        key_map = {self.make_key(key, version=version): key for key in keys}
        counter_map = {self.make_key(key, version=version): key for key in counters}
        found, counts = self._cache.get_many_and_count(
            list(key_map),
            {full: counters[key] for full, key in counter_map.items()},
        )
        return (
            {key_map[key]: value for key, value in found.items()},
            {counter_map[key]: count for key, count in counts.items()},
        )

    def validate_key(self, key):
        """No check: Django's only warns about keys memcached would refuse (over 250 characters,
        spaces, control characters), which Redis stores as they are; the check walks every
        character of every key (~3.5 µs a key, ten keys a kept page)."""


# --- Degrading when Redis is down -----------------------------------------------------------------
# The cache only ever saves work: kept pages, the signed-in user's row, throttle counters,
# sessions (read through to the database). When Redis is unreachable every call answers as a
# miss (get → default, add/set → as if stored, incr → missing key), so pages render from the
# database and throttles count from one again, instead of a 500 storm; /health/ names the
# outage (``ping``). One warning a minute is logged while it lasts.

import functools  # noqa: E402
import logging  # noqa: E402
import time  # noqa: E402

logger = logging.getLogger(__name__)
_OUTAGE = _CONNECTION_ERRORS
_last_warning = 0.0


def _warn(name: str, exc: Exception) -> None:
    global _last_warning
    now = time.monotonic()
    if now - _last_warning > 60:
        _last_warning = now
        logger.warning("cache unavailable (%s: %s); serving without it", name, exc)


def _degrade(fallback):
    def wrap(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except _OUTAGE as exc:
                _warn(method.__name__, exc)
                return fallback(*args, **kwargs)

        return call

    return wrap


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (cache unavailable).")


def _default(key, default=None, *args, **kwargs):
    return default


for _name, _fallback in {
    "get": _default,
    "get_many": lambda *a, **k: {},
    "set": lambda *a, **k: None,
    "set_many": lambda *a, **k: [],
    "add": lambda *a, **k: True,
    "touch": lambda *a, **k: False,
    "delete": lambda *a, **k: False,
    "delete_many": lambda *a, **k: None,
    "has_key": lambda *a, **k: False,
    "incr": _missing_key,
    "get_many_and_count": lambda *a, **k: ({}, {}),
    "clear": lambda *a, **k: None,
}.items():
    setattr(RedisCache, _name, _degrade(_fallback)(getattr(RedisCache, _name)))


def _ping(self) -> None:
    """Raise if Redis cannot be reached (for /health/; nothing else should need it)."""
    self._cache.get_client(write=True).ping()


RedisCache.ping = _ping
