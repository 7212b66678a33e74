"""Test sessions share one Redis database (every CI run uses the same): each keeps its keys
under a prefix of its own, so another session emptying the cache or dropping tags never drops
this session's answers (it made warm-up repeats a MISS when two runs overlapped)."""

import pytest
from django.conf import settings

from cms.cache import TolerantRedisCache
from graphql_api.delivery import cache as response_cache

pytestmark = pytest.mark.skipif(not settings.REDIS_URL, reason="the shared cache needs Redis")

PAGE = '{ page(urlPath: "/nl/voorbeelden/zon/") { title } }'


def _other_session() -> TolerantRedisCache:
    params = settings.CACHES["default"]
    other = {**params, "KEY_PREFIX": "vng-test-other", "OPTIONS": dict(params["OPTIONS"])}
    return TolerantRedisCache(params["LOCATION"], other)


def test_another_session_on_the_same_redis_drops_none_of_our_answers(api, site):
    first = api(PAGE)
    assert first.cache == "MISS"
    other = _other_session()
    other.set("theirs", 1)
    # What the other session's tests do: drop the same tags, start a generation, empty its cache.
    tags = first.headers["Surrogate-Key"].split(" ")
    other.set_many({response_cache._tag_key(tag): "their-version" for tag in tags})
    other.set(response_cache.GENERATION_KEY, "their-generation")
    other.clear()
    assert other.get("theirs") is None
    assert api(PAGE).cache == "HIT"

    other.set("theirs", 1)
    response_cache.clear()  # ours: theirs stays
    assert other.get("theirs") == 1
    other.clear()
