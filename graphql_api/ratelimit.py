"""Fixed-window rate limit counters shared by every worker.

`hit("subscribe:ip", "203.0.113.5", limit=30, window=3600)` counts one attempt and says whether
it is within the limit. With `REDIS_URL` the counters live in Redis (one INCR + EXPIRE per hit,
atomic in a transaction), so a limit holds across processes and machines; without it they live
in the process's memory (development), which is per worker.

`hit(..., cost=3)` counts an attempt as several (the API counts an answer from its cache as
1 and one it had to compute as `VNG_API_RATE_MISS_COST`). Rates are written "300/hour"
(`parse_rate`). When Redis is unreachable the limit fails open: the attempt is allowed and a
warning is logged, so an outage of the counters never refuses partners.

`Charge` is one attempt to count, for callers that send it to Redis together with other
commands in one round trip (the API's cached answers, `graphql_api.delivery.cache`).

Keys are hashed, so no e-mail address or IP address is written to Redis in the clear. They
start with the cache's KEY_PREFIX (`vng:rl:…`; a test session has a prefix of its own).
"""

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.utils.translation import gettext as _
from redis.exceptions import RedisError

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
logger = logging.getLogger("graphql_api.ratelimit")


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    limit: int
    retry_after: int  # seconds until the window ends

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.count)


def parse_rate(rate: str) -> tuple[int, int]:
    """(attempts, window seconds) of a rate such as "300/hour"; ValueError saying the format."""
    count, _sep, period = rate.strip().partition("/")
    if not count.strip().isdigit() or period.strip() not in PERIODS or int(count) < 1:
        raise ValueError(
            _(
                "“%(rate)s” is not a rate; write a number of requests and a period, e.g. "
                "300/hour (periods: second, minute, hour, day)."
            )
            % {"rate": rate}
        )
    return int(count), PERIODS[period.strip()]


def _key(scope: str, subject: str, window: int, now: float) -> tuple[str, int]:
    bucket = int(now // window)
    digest = hashlib.sha256(f"{scope}\0{subject}".encode()).hexdigest()[:32]
    return f"{key_prefix()}{scope}:{digest}:{bucket}", window - int(now % window)


def key_prefix() -> str:
    """What every counter's key starts with: the default cache's KEY_PREFIX, then `rl:`."""
    return f"{settings.CACHES['default'].get('KEY_PREFIX') or 'vng'}:rl:"


def _queue(pipe, key: str, ttl: int, amount: int) -> None:
    pipe.incrby(key, amount)
    pipe.expire(key, ttl + 1, nx=True)


def _unavailable(error, limit: int, retry_after: int) -> Verdict:
    logger.warning(
        "The rate-limit counters are unreachable (%s); allowing the request uncounted.",
        error,
        extra={"event": "ratelimit_unavailable"},
    )
    return Verdict(True, 0, limit, retry_after)


@dataclass
class Charge:
    """One attempt of `subject` in `scope`, weighing `cost`. `count()` counts it on its own;
    to send it in a Redis pipeline with other commands, `queue(pipe)` adds its commands and
    `verdict(replies)` reads their replies (the last ones of the pipeline)."""

    scope: str
    subject: str
    limit: int
    window: int
    cost: int = 1
    _retry_after: int = field(default=0, init=False, repr=False)

    def queue(self, pipe) -> None:
        key, self._retry_after = _key(self.scope, self.subject, self.window, time.time())
        _queue(pipe, key, self._retry_after, self.cost)

    def verdict(self, replies) -> Verdict:
        count = int(replies[0])
        return Verdict(count <= self.limit, count, self.limit, self._retry_after)

    def count(self) -> Verdict:
        """Count it on its own (one round trip, or memory without Redis)."""
        return hit(self.scope, self.subject, limit=self.limit, window=self.window, cost=self.cost)


def shares_redis(store) -> bool:
    """Whether the counters live in the Redis behind the Django cache `store`, so a `Charge`
    may travel in its pipelines."""
    return (
        bool(settings.REDIS_URL)
        and hasattr(store, "pipeline")
        and (getattr(store, "_location", None) == settings.REDIS_URL)
    )


class _MemoryCounters:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, tuple[int, float]] = {}

    def incr(self, key: str, ttl: int, amount: int = 1) -> int:
        now = time.monotonic()
        with self._lock:
            if len(self._counts) > 10_000:  # drop expired windows now and then
                self._counts = {k: v for k, v in self._counts.items() if v[1] > now}
            count, expires = self._counts.get(key, (0, now + ttl))
            if expires <= now:
                count, expires = 0, now + ttl
            self._counts[key] = (count + amount, expires)
            return count + amount

    def clear(self) -> None:
        with self._lock:
            self._counts.clear()


class _RedisCounters:
    def __init__(self, url: str) -> None:
        import redis

        timeout = settings.CACHES["default"].get("OPTIONS", {}).get("socket_timeout", 2)
        self._client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )

    def incr(self, key: str, ttl: int, amount: int = 1) -> int:
        with self._client.pipeline(transaction=True) as pipe:
            _queue(pipe, key, ttl, amount)
            count, _ = pipe.execute()
        return int(count)

    def clear(self) -> None:
        for key in self._client.scan_iter(f"{key_prefix()}*"):
            self._client.delete(key)


@lru_cache(maxsize=4)
def _counters(url: str) -> _MemoryCounters | _RedisCounters:
    return _RedisCounters(url) if url else _MemoryCounters()


def counters() -> _MemoryCounters | _RedisCounters:
    """The counter store of the current settings (Redis when `REDIS_URL` is set)."""
    return _counters(settings.REDIS_URL)


def hit(scope: str, subject: str, *, limit: int, window: int, cost: int = 1) -> Verdict:
    """Count one attempt of `subject` (an IP, an address, an API key) in `scope`, weighing
    `cost`. Allowed (and logged) when the counters cannot be reached."""
    key, retry_after = _key(scope, subject, window, time.time())
    try:
        count = counters().incr(key, retry_after, cost)
    except RedisError as error:
        return _unavailable(error, limit, retry_after)
    return Verdict(count <= limit, count, limit, retry_after)


def reset() -> None:
    """Forget every counter (tests, or after changing the limits)."""
    counters().clear()
