"""A Redis cache that never takes the site down with it.

The cache only makes things faster, so when Redis is unreachable the service answers uncached:
every call that fails is logged as a warning and behaves like a miss (`get` returns the default,
`set`/`add` store nothing). After a failure the backend stops asking Redis for
`CACHE_RETRY_SECONDS` (a simple circuit breaker shared by the threads of a process), so an
outage costs one short socket timeout per process and interval, not one per cache call.

`readyz()` in cms/health.py asks `ping()` directly and reports the cache as degraded.

`pipeline(build)` sends several commands in one round trip (the API's cached answers check
their tag versions and count the rate limit together, `graphql_api.delivery.cache`), with the
same circuit breaker. Each backend keeps one redis-py client per connection pool: Django makes
a new client (and its event dispatcher) for every call, which costs more than a round trip.
"""

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

from cms.observability import record_cache_read

logger = logging.getLogger("cms.cache")

# Per process, keyed by LOCATION: when Redis may be asked again (time.monotonic()).
_down_until: dict[str, float] = {}
_lock = threading.Lock()
_MISSING = object()


class _ReusedClients(RedisCacheClient):
    """Django's client factory, but one redis-py client per pool (they are thread-safe)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    """Django's RedisCache whose failures are logged misses instead of exceptions."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClients
        self._location = server if isinstance(server, str) else ",".join(server)
        self._retry_seconds = float(params.get("OPTIONS", {}).pop("retry_seconds", 5))

    # --- the circuit breaker ---

    def _available(self) -> bool:
        return time.monotonic() >= _down_until.get(self._location, 0.0)

    def _failed(self, operation: str, error: Exception) -> None:
        with _lock:
            already_down = not self._available()
            _down_until[self._location] = time.monotonic() + self._retry_seconds
        if not already_down:
            logger.warning(
                "The cache is unreachable (%s failed: %s); answering uncached for the next "
                "%s seconds before trying again.",
                operation,
                error,
                self._retry_seconds,
                extra={"event": "cache_unavailable"},
            )

    def _call(self, operation: str, fallback, *args, **kwargs):
        if not self._available():
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            self._failed(operation, error)
            return fallback

    def pipeline(self, build):
        """Run the commands `build(pipe, make_key)` queues on a (non-transactional) redis-py
        pipeline in one round trip; their raw replies, or None when Redis is unreachable.
        `make_key` gives the Redis key of a cache key; `loads` decodes a stored value."""
        if not self._available():
            return None
        try:
            with self._cache.get_client(write=True).pipeline(transaction=False) as pipe:
                build(pipe, self.make_key)
                return pipe.execute()
        except RedisError as error:
            self._failed("pipeline", error)
            return None

    def loads(self, raw):
        """A value as `get` would return it, from its raw bytes in Redis."""
        return None if raw is None else self._cache._serializer.loads(raw)

    def dumps(self, value):
        """The raw form `set` would write of `value` (for `pipeline`)."""
        return self._cache._serializer.dumps(value)

    def ping(self) -> bool:
        """Whether Redis answers now (bypasses the circuit breaker; raises RedisError)."""
        return bool(self._cache.get_client(write=True).ping())

    # --- the cache API: each call is a miss when Redis is unreachable ---

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        value = self._call("get", _MISSING, key, _MISSING, version)
        record_cache_read(value is not _MISSING)
        return default if value is _MISSING else value

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        keys = list(keys)
        found = self._call("get_many", {}, keys, version)
        record_cache_read(True, len(found))
        record_cache_read(False, len(keys) - len(found))
        return found

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        # A counter that cannot be read counts from zero: limits fail open, never closed.
        return self._call("incr", delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        """Delete this cache's keys (its KEY_PREFIX), not the whole Redis database as Django
        does: other test sessions (CI runs share one database) or services may use it too."""
        if not self._available():
            return False
        try:
            client = self._cache.get_client(write=True)
            batch = []
            for key in client.scan_iter(match=self.make_key("*"), count=1000):
                batch.append(key)
                if len(batch) >= 1000:
                    client.unlink(*batch)
                    batch = []
            if batch:
                client.unlink(*batch)
        except RedisError as error:
            self._failed("clear", error)
            return False
        return True
