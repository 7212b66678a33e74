"""Outages survived: gunicorn with production settings against a throwaway PostgreSQL and Redis
that these tests stop and start (never the shared ones).

With the database stopped, the API answers from its response cache what it answered before and
everything else with a JSON 503 with Retry-After, and the admin a plain 503 — never an HTML 500
and never a 200 with null data — and both recover, without a restart, when it is back. With Redis stopped, the API answers uncached and /readyz says "degraded".
"""

import json
import subprocess
from urllib.parse import urlparse

import pytest

from tests.cms.servers import (
    HERO_ANSWER,
    HERO_QUERY,
    Gunicorn,
    ThrowawayPostgres,
    ThrowawayRedis,
    answer_of,
    deploy,
    postgres_bin,
    production_env,
    seed,
    wait_until,
)

pytestmark = pytest.mark.skipif(postgres_bin() is None, reason="needs PostgreSQL's binaries")


def run(command):
    subprocess.run([str(part) for part in command], check=True, capture_output=True, timeout=120)  # noqa: S603


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    postgres = ThrowawayPostgres().init()
    redis = ThrowawayRedis().start()
    env = production_env(
        tmp_path_factory.mktemp("node"),
        DATABASE_URL=postgres.url(),
        REDIS_URL=redis.url(),
        CONN_MAX_AGE=60,
    )
    deploy(env)
    seed(env)
    node = Gunicorn(env, workers=2, threads=4).start()
    yield node, postgres, redis
    node.stop()
    redis.stop()
    postgres.destroy()


def test_database_outage_is_a_503_and_recovers_without_restart(services):
    node, postgres, _ = services
    status, _, body = node.graphql(HERO_QUERY)
    assert (status, answer_of(body)) == (200, HERO_ANSWER)
    assert node.get("/admin/login/")[0] == 200

    postgres.stop()
    try:
        # An answer in the response cache (graphql_api/delivery) is still served …
        status, headers, body = node.graphql(HERO_QUERY, timeout=10)
        assert (status, headers["X-Cache"], answer_of(body)) == (200, "HIT", HERO_ANSWER)
        # … any other needs the database: 503.
        uncached = HERO_QUERY.replace("title", "title slug", 1)
        status, headers, body = node.graphql(uncached, timeout=10)
        assert status == 503
        assert headers["Retry-After"] == "5"
        assert headers["Content-Type"] == "application/json"
        error = json.loads(body)["errors"][0]
        assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        assert "not a 'not found'" in error["message"]

        status, headers, body = node.get("/admin/login/", timeout=10)
        assert status == 503
        assert headers["Content-Type"] == "text/plain"
        assert body.decode().startswith("The content service is temporarily unavailable")

        status, headers, body = node.get("/readyz", timeout=10)
        assert status == 503
        assert json.loads(body)["checks"]["database"]["ok"] is False
        assert node.get("/healthz")[0] == 200
    finally:
        postgres.start()

    # Every worker and thread recovers by itself (CONN_HEALTH_CHECKS).
    assert wait_until(lambda: node.graphql(HERO_QUERY)[0] == 200, 5)
    for _ in range(8):
        status, _, body = node.graphql(HERO_QUERY)
        assert (status, answer_of(body)) == (200, HERO_ANSWER)
    assert node.get("/admin/login/")[0] == 200


def test_redis_outage_answers_uncached_and_readyz_is_degraded(services):
    node, _, redis = services
    assert json.loads(node.get("/readyz")[2])["status"] == "ok"
    redis.stop()
    try:
        for _ in range(6):
            status, _, body = node.graphql(HERO_QUERY, timeout=10)
            assert (status, answer_of(body)) == (200, HERO_ANSWER)
        status, _, body = node.get("/readyz", timeout=10)
        answer = json.loads(body)
        assert (status, answer["status"]) == (200, "degraded")
        assert answer["checks"]["cache"]["ok"] is False
        assert answer["checks"]["database"]["ok"] is True
    finally:
        redis.start_again()
    assert wait_until(lambda: json.loads(node.get("/readyz")[2])["status"] == "ok", 10)


def test_a_restore_from_the_documented_backup_brings_back_pages_and_images(services, tmp_path):
    """docs/operations.md: pg_dump (custom format) plus a tar of MEDIA_ROOT, restored into a
    new database and a new media folder, serve the same page and its image."""
    node, postgres, _ = services
    status, _, body = node.graphql(HERO_QUERY.replace("width }", "width url }"))
    rendition_url = json.loads(body)["data"]["page"]["heroImage"]["rendition"]["url"]
    dump, media_tar = tmp_path / "vng.dump", tmp_path / "media.tar.gz"
    tools, database = postgres.bin, postgres.url()
    run([tools / "pg_dump", "--format=custom", "--no-owner", f"--file={dump}", database])
    run(["tar", "-C", node.env["MEDIA_ROOT"], "-czf", media_tar, "."])

    run([tools / "createdb", "-h", "127.0.0.1", "-p", postgres.port, "-U", "postgres", "vng2"])
    run([tools / "pg_restore", "--no-owner", f"--dbname={postgres.url('vng2')}", dump])
    restored_media = tmp_path / "restored-media"
    restored_media.mkdir()
    run(["tar", "-C", restored_media, "-xzf", media_tar])

    env = {**node.env, "DATABASE_URL": postgres.url("vng2"), "MEDIA_ROOT": restored_media}
    restored = Gunicorn(env, workers=1, threads=2).start()
    try:
        status, _, body = restored.graphql(HERO_QUERY)
        assert (status, answer_of(body)) == (200, HERO_ANSWER)
        status, headers, image = restored.get(urlparse(rendition_url).path)
        assert status == 200
        assert image.startswith(b"\x89PNG")
    finally:
        restored.stop()
