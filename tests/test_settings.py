"""Settings from the environment: production refuses to start without its secrets, DATABASE_URL
picks the database engine, REDIS_URL switches the cache to Redis.

Each case imports the settings in a fresh interpreter with a controlled environment, the way a
server process would start.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis

PROJECT_DIR = Path(__file__).resolve().parent.parent
LONG_SECRET_KEY = "x" * 64
REDIS_TEST_URL = "redis://127.0.0.1:6379/15"

# Prints the settings a test looks at, as JSON (no app loading: settings are all we need).
SHOW_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "host": settings.DATABASES["default"].get("HOST", ""),
    "cache": settings.CACHES["default"],
    "debug": settings.DEBUG,
    "allowed_hosts": settings.ALLOWED_HOSTS,
}))
"""


def run_python(code, **environment):
    """Run `code` in a new interpreter in the project directory with only `environment` set.

    Variables the settings read are set explicitly (empty when not given) so that a developer's
    `.env` file, which never overrides the environment, cannot change the outcome.
    """
    env = {
        "PATH": os.environ["PATH"],
        "SECRET_KEY": "",
        "ALLOWED_HOSTS": "",
        "DATABASE_URL": "",
        "REDIS_URL": "",
        **environment,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def settings_for(module, **environment):
    result = run_python(SHOW_SETTINGS, DJANGO_SETTINGS_MODULE=module, **environment)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- production refuses to start without its secrets ---


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python("import cms.settings.production", ALLOWED_HOSTS="content.example.org")
    assert result.returncode == 1
    assert (
        "django.core.exceptions.ImproperlyConfigured: SECRET_KEY is missing or shorter than 50 "
        "characters. Set SECRET_KEY in the environment to a long random value"
    ) in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_python(
        "import cms.settings.production", SECRET_KEY="too-short", ALLOWED_HOSTS="example.org"
    )
    assert result.returncode == 1
    assert "SECRET_KEY is missing or shorter than 50 characters." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_python("import cms.settings.production", SECRET_KEY=LONG_SECRET_KEY)
    assert result.returncode == 1
    assert (
        "django.core.exceptions.ImproperlyConfigured: ALLOWED_HOSTS is empty. Set ALLOWED_HOSTS "
        "to the comma-separated host names this service answers on"
    ) in result.stderr


def test_production_refuses_a_short_metrics_token():
    result = run_python(
        "import cms.settings.production",
        SECRET_KEY=LONG_SECRET_KEY,
        ALLOWED_HOSTS="example.org",
        METRICS_TOKEN="abc",
    )
    assert result.returncode == 1
    assert "METRICS_TOKEN is shorter than 32 characters." in result.stderr


def test_production_refuses_half_of_the_object_storage_credentials():
    result = run_python(
        "import cms.settings.production",
        SECRET_KEY=LONG_SECRET_KEY,
        ALLOWED_HOSTS="example.org",
        S3_BUCKET="vng-media",
        S3_ACCESS_KEY_ID="AKIA123",
    )
    assert result.returncode == 1
    assert (
        "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither"
    ) in result.stderr


def test_production_starts_with_both_and_stays_out_of_debug():
    settings = settings_for(
        "cms.settings.production",
        SECRET_KEY=LONG_SECRET_KEY,
        ALLOWED_HOSTS="content.example.org,api.example.org",
    )
    assert settings["debug"] is False
    assert settings["allowed_hosts"] == ["content.example.org", "api.example.org"]


# --- DATABASE_URL ---


def test_without_database_url_the_database_is_the_sqlite_file_in_the_project():
    settings = settings_for("cms.settings.dev")
    assert settings["engine"] == "django.db.backends.sqlite3"
    assert settings["name"] == str(PROJECT_DIR / "db.sqlite3")


def test_a_postgres_database_url_selects_postgresql():
    settings = settings_for(
        "cms.settings.dev", DATABASE_URL="postgres://vng@db.example.org:5432/vng_content"
    )
    assert (settings["engine"], settings["host"], settings["name"]) == (
        "django.db.backends.postgresql",
        "db.example.org",
        "vng_content",
    )


# --- REDIS_URL ---


def test_without_redis_url_the_cache_is_local_memory():
    settings = settings_for("cms.settings.dev")
    assert settings["cache"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_url_configures_the_redis_cache():
    settings = settings_for("cms.settings.dev", REDIS_URL=REDIS_TEST_URL)
    assert settings["cache"] == {
        # Django's RedisCache whose failures are logged misses (cms/cache.py)
        "BACKEND": "cms.cache.TolerantRedisCache",
        "LOCATION": REDIS_TEST_URL,
        "KEY_PREFIX": "vng",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25, "retry_seconds": 5.0},
    }


def redis_is_reachable():
    try:
        return redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


def test_the_redis_cache_stores_and_returns_a_value():
    if not redis_is_reachable():
        if os.environ.get("CI"):
            pytest.fail(f"Redis is not reachable at {REDIS_TEST_URL}; CI must provide it.")
        pytest.skip(f"Redis is not reachable at {REDIS_TEST_URL}; start redis-server to run this.")
    code = (
        "from django.core.cache import cache\n"
        "cache.set('settings-test', {'answer': 42}, timeout=30)\n"
        "print(cache.get('settings-test'))\n"
        "cache.delete('settings-test')\n"
    )
    result = run_python(code, DJANGO_SETTINGS_MODULE="cms.settings.dev", REDIS_URL=REDIS_TEST_URL)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "{'answer': 42}\n"
