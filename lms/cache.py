"""Django's Redis cache backend, reusing one Redis client per connection pool.

``django.core.cache.backends.redis.RedisCacheClient.get_client`` builds a new ``redis.Redis``
object for every cache call; redis-py fills ~170 response callbacks in each constructor, which
measured ~0.17 ms of CPU per call here: more than the round trip itself, and three calls per
signed-in page (session, user, page cache). A ``redis.Redis`` over a connection pool is safe to
share between threads, so one per pool is kept. Selected automatically for ``CACHE_URL=redis://``
(lms/settings/base.py); behaviour is otherwise Django's own.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
