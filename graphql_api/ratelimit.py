"""Fixed-window rate limit counters shared by every worker.

`hit("subscribe:ip", "203.0.113.5", limit=30, window=3600)` counts one attempt and says whether
it is within the limit. With `REDIS_URL` the counters live in Redis (one INCR + EXPIRE per hit,
atomic in a transaction), so a limit holds across processes and machines; without it they live
in the process's memory (development), which is per worker.

Keys are hashed, so no e-mail address or IP address is written to Redis in the clear.
"""

import hashlib
import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings

KEY_PREFIX = "vng:rl:"


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    limit: int
    retry_after: int  # seconds until the window ends


def _key(scope: str, subject: str, window: int, now: float) -> tuple[str, int]:
    bucket = int(now // window)
    digest = hashlib.sha256(f"{scope}\0{subject}".encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}{scope}:{digest}:{bucket}", window - int(now % window)


class _MemoryCounters:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}

    def incr(self, key: str, ttl: int) -> int:
        now = time.monotonic()
        with self._lock:
            if len(self._counts) > 10_000:  # drop expired windows now and then
                self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
            count, expires = self._counts.get(key, (0, now + ttl))
            if expires <= now:
                count, expires = 0, now + ttl
            self._counts[key] = (count + 1, expires)
            return count + 1

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


class _RedisCounters:
    def __init__(self, url: str) -> None:
        import redis

        self._client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)

    def incr(self, key: str, ttl: int) -> int:
        with self._client.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, ttl + 1, nx=True)
            count, _ = pipe.execute()
        return int(count)

    def clear(self) -> None:
        for key in self._client.scan_iter(f"{KEY_PREFIX}*"):
            self._client.delete(key)


@lru_cache(maxsize=4)
def _counters(url: str) -> _MemoryCounters | _RedisCounters:
    return _RedisCounters(url) if url else _MemoryCounters()


def counters() -> _MemoryCounters | _RedisCounters:
    """The counter store of the current settings (Redis when `REDIS_URL` is set)."""
    return _counters(settings.REDIS_URL)


def hit(scope: str, subject: str, *, limit: int, window: int) -> Verdict:
    """Count one attempt of `subject` (an IP, an address, an API key) in `scope`."""
    key, retry_after = _key(scope, subject, window, time.time())
    count = counters().incr(key, retry_after)
    return Verdict(count <= limit, count, limit, retry_after)


def reset() -> None:
    """Forget every counter (tests, or after changing the limits)."""
    counters().clear()
