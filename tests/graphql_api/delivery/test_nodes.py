"""Two gunicorn servers (production settings) sharing one SQLite database and a throwaway Redis
(never the shared one): the rate limit holds when requests alternate between them, a publish in
another process changes both servers' cached answers, and with Redis stopped both keep
answering 200, uncached, with a warning in the log."""

import json

import pytest

from tests.cms.servers import (
    Gunicorn,
    ThrowawayRedis,
    deploy,
    manage,
    production_env,
    seed,
    wait_until,
)

QUERY = '{ page(urlPath: "/nl/voorbeelden/stroom-delen/") { title } }'

NEW_KEY = """
from graphql_api.models import ApiKey
key = ApiKey(name="Bench")
secret = key.set_new_secret()
key.save()
print(secret)
"""

RETITLE = """
from themes.models import BestPracticePage
page = BestPracticePage.objects.get(slug="stroom-delen")
page.title = "Stroom delen en opslaan"
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def nodes(tmp_path_factory):
    redis = ThrowawayRedis().start()
    env = production_env(
        tmp_path_factory.mktemp("delivery"),
        REDIS_URL=redis.url(1),
        VNG_API_ANON_RATE="6/day",
        VNG_API_RATE_HIT_COST=1,
        VNG_API_RATE_MISS_COST=1,
    )
    deploy(env)
    seed(env)
    secret = manage(env, "shell", "-c", NEW_KEY).strip().splitlines()[-1]
    first = Gunicorn(env, workers=1, threads=2).start()
    second = Gunicorn(env, workers=1, threads=2).start()
    yield env, redis, (first, second), secret
    first.stop()
    second.stop()
    redis.stop()


def _title(body: bytes) -> str:
    return json.loads(body)["data"]["page"]["title"]


def test_rate_limit_holds_across_servers_and_publishing_reaches_both(nodes):
    env, _redis, (first, second), secret = nodes
    remaining = []
    for index in range(6):
        node = (first, second)[index % 2]
        status, headers, body = node.graphql(QUERY)
        assert status == 200, body
        remaining.append(headers["RateLimit-Remaining"])
    assert remaining == ["5", "4", "3", "2", "1", "0"]
    for node in (first, second):
        status, headers, body = node.graphql(QUERY)
        assert status == 429
        assert int(headers["Retry-After"]) > 0
        assert json.loads(body)["errors"][0]["extensions"]["code"] == "RATE_LIMITED"

    # With a key (its own, higher limit): the answer is cached for both servers …
    bearer = {"Authorization": f"Bearer {secret}"}
    assert first.graphql(QUERY, headers=bearer)[1]["X-Cache"] == "HIT"
    assert second.graphql(QUERY, headers=bearer)[1]["X-Cache"] == "HIT"
    # … and a publish in another process (the admin's) drops it for both.
    manage(env, "shell", "-c", RETITLE)
    for node in (first, second):
        status, headers, body = node.graphql(QUERY, headers=bearer)
        assert (status, _title(body)) == (200, "Stroom delen en opslaan")


def test_with_redis_stopped_both_servers_answer_uncached(nodes):
    _env, redis, (first, second), secret = nodes
    bearer = {"Authorization": f"Bearer {secret}"}
    redis.stop()
    try:
        for node in (first, second, first, second):
            status, headers, body = node.graphql(QUERY, headers=bearer)
            assert status == 200, body
            assert _title(body) == "Stroom delen en opslaan"
            assert headers["X-Cache"] == "MISS"
        for node in (first, second):
            assert wait_until(lambda n=node: "The cache is unreachable" in n.log.read_text(), 5)
    finally:
        redis.start_again()
