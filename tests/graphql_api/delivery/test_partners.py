"""Persisted queries, API keys, rate limits and CORS, through the test client (local memory;
Redis with REDIS_URL)."""

import hashlib

import pytest
from django.core.management import call_command

from graphql_api.delivery.keys import usage_today
from graphql_api.models import ApiKey
from tests.graphql_api.delivery.queries import OTHER

pytestmark = pytest.mark.django_db

APQ = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(OTHER.encode()).hexdigest()}}


def _key(**fields) -> tuple[ApiKey, str]:
    key = ApiKey(name="Partner", **fields)
    secret = key.set_new_secret()
    key.save()
    return key, secret


def _bearer(secret):
    return {"Authorization": f"Bearer {secret}"}


# --- automatic persisted queries ---


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_apq_not_found_then_registered_then_hit(api, site, method):
    missing = api(None, method=method, extensions=APQ)
    assert missing.status == 200
    assert missing.body["errors"] == [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
    assert missing.headers["Cache-Control"] == "private, no-store"

    registered = api(OTHER, method=method, extensions=APQ)
    assert registered.body["data"] == {"page": {"title": "Ander voorbeeld"}}

    by_hash = api(None, method=method, extensions=APQ)
    assert by_hash.body["data"] == {"page": {"title": "Ander voorbeeld"}}
    assert (by_hash.cache, by_hash.queries) == ("HIT", 0)


def test_apq_refuses_a_hash_that_is_not_the_query_s(api, site):
    wrong = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
    answer = api(OTHER, extensions=wrong)
    assert answer.status == 400
    assert "not the SHA-256 of the query" in answer.body["errors"][0]["message"]
    version = api(None, extensions={"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}})
    assert version.status == 400 and "version 1" in version.body["errors"][0]["message"]


# --- keys and allowlists ---


def test_unknown_and_revoked_keys_get_401_json(api, site):
    unknown = api(OTHER, headers=_bearer("vng_nothing_here"))
    assert unknown.status == 401
    assert unknown.headers["WWW-Authenticate"] == "Bearer"
    assert unknown.body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "not known" in unknown.body["errors"][0]["message"]

    key, secret = _key()
    assert api(OTHER, headers=_bearer(secret)).status == 200
    key.active = False
    key.save()
    revoked = api(OTHER, headers=_bearer(secret))
    assert revoked.status == 401
    assert "revoked" in revoked.body["errors"][0]["message"]
    key.refresh_from_db()
    assert key.revoked_at is not None


def test_secret_is_stored_hashed_and_use_is_counted(api, site):
    key, secret = _key()
    assert secret.startswith(key.prefix + "_")
    assert secret not in {key.secret_hash, key.prefix}
    assert key.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    for _ in range(3):
        api(OTHER, headers=_bearer(secret))
    assert usage_today(key.pk) == 3
    call_command("record_api_usage", stdout=open("/dev/null", "w"))  # noqa: SIM115
    key.refresh_from_db()
    assert key.usage.get().requests == 3
    assert key.last_used_at is not None


def test_an_allowlist_only_key_runs_only_its_registered_operations(api, site, tmp_path):
    key, secret = _key(persisted_only=True)
    document = tmp_path / "other.graphql"
    document.write_text(OTHER)
    call_command("load_operations", str(document), key=key.prefix, stdout=open("/dev/null", "w"))  # noqa: SIM115

    refused = api("{ locales { code } }", headers=_bearer(secret))
    assert refused.status == 403
    assert refused.body["errors"][0]["extensions"]["code"] == "OPERATION_NOT_REGISTERED"
    new_apq = {
        "persistedQuery": {
            "version": 1,
            "sha256Hash": hashlib.sha256(b"{ locales { code } }").hexdigest(),
        }
    }
    assert api("{ locales { code } }", headers=_bearer(secret), extensions=new_apq).status == 403

    # The registered document: as text (other spacing too) or by its hash, GET or POST.
    assert api(OTHER, headers=_bearer(secret)).body["data"]["page"]["title"] == "Ander voorbeeld"
    assert api("  " + OTHER.replace(" ", "  "), headers=_bearer(secret)).status == 200
    by_hash = api(None, headers=_bearer(secret), extensions=APQ, method="GET")
    assert by_hash.body["data"]["page"]["title"] == "Ander voorbeeld"


def test_load_operations_refuses_a_broken_file(site, tmp_path):
    from django.core.management.base import CommandError

    key, _secret = _key()
    broken = tmp_path / "broken.graphql"
    broken.write_text("{ page(")
    with pytest.raises(CommandError, match="fix its syntax"):
        call_command("load_operations", str(broken), key=key.prefix)


# --- rate limits ---


def test_rate_limit_429_with_headers_and_cached_answers_cost_less(api, site, delivered):
    delivered.VNG_API_ANON_RATE = "10/hour"
    delivered.VNG_API_RATE_HIT_COST, delivered.VNG_API_RATE_MISS_COST = 1, 3
    first = api(OTHER)  # a miss: 3
    assert first.headers["RateLimit-Limit"] == "10"
    assert first.headers["RateLimit-Remaining"] == "7"
    assert 0 < int(first.headers["RateLimit-Reset"]) <= 3600
    for remaining in (6, 5, 4, 3, 2, 1, 0):  # hits: 1 each
        assert api(OTHER).headers["RateLimit-Remaining"] == str(remaining)
    refused = api(OTHER)
    assert refused.status == 429
    assert refused.body["errors"][0]["extensions"]["code"] == "RATE_LIMITED"
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.headers["RateLimit-Remaining"] == "0"


def test_keys_have_their_own_rate_and_anonymous_callers_one_per_address(api, site, delivered):
    delivered.VNG_API_ANON_RATE = "3/minute"
    key, secret = _key(rate="100/minute")
    for _ in range(3):
        api(OTHER, headers={"X-Forwarded-For": "203.0.113.9"})
    assert api(OTHER).status == 429  # 127.0.0.1: the client's own address
    keyed = api(OTHER, headers=_bearer(secret))
    assert keyed.status == 200 and keyed.headers["RateLimit-Limit"] == "100"

    delivered.VNG_TRUSTED_PROXY_COUNT = 1  # behind one proxy: the forwarded address counts
    assert api(OTHER, headers={"X-Forwarded-For": "198.51.100.7"}).status == 200


def test_a_key_rate_is_validated():
    from django.core.exceptions import ValidationError

    key = ApiKey(name="x", rate="lots")
    with pytest.raises(ValidationError, match="300/hour"):
        key.full_clean(exclude=["prefix", "secret_hash"])


# --- CORS ---


def test_cors_preflight_for_configured_and_key_origins(client, site, delivered):
    delivered.CORS_ALLOWED_ORIGINS = ["https://configured.example"]
    _key(allowed_origins="https://partner.example\n")
    for origin in ("https://configured.example", "https://partner.example"):
        response = client.options(
            "/graphql/",
            HTTP_ORIGIN=origin,
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
        )
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == origin
        assert "POST" in response["Access-Control-Allow-Methods"]
        assert "authorization" in response["Access-Control-Allow-Headers"]
        assert "Access-Control-Allow-Credentials" not in response
    stranger = client.options(
        "/graphql/",
        HTTP_ORIGIN="https://stranger.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in stranger


def test_cors_headers_on_an_answer_expose_etag_and_limits(client, site, delivered):
    _key(allowed_origins="https://partner.example")
    response = client.get("/graphql/", {"query": OTHER}, HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    exposed = response["Access-Control-Expose-Headers"].lower()
    assert "etag" in exposed and "ratelimit-remaining" in exposed
