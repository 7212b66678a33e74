"""Tests: fast hashing, in-memory mail, throwaway media, tasks run immediately."""

import os
import secrets
import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="vng-test-media-"))
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
VNG_GRAPHIQL = False
# No cache between tests unless a test asks for Redis explicitly.
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # Test sessions may share one Redis database (CI runs all use the same): each writes under
    # a key prefix of its own — inherited by the commands and servers its tests start — and
    # empties only its own keys. Otherwise one session's flushes and invalidations drop the
    # answers another just cached (a warm-up repeat then is a MISS).
    os.environ.setdefault("VNG_TEST_CACHE_PREFIX", f"vng-test-{secrets.token_hex(4)}")
    CACHES["default"]["KEY_PREFIX"] = os.environ["VNG_TEST_CACHE_PREFIX"]
# Tests never call DeepL, whatever a developer's .env says: the offline translator is labelled.
DEEPL_AUTH_KEY = ""
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "themes.localization.machine.OfflineMachineTranslator",
    "OPTIONS": {},
}
# Tests assert counts, never wall-clock time: a busy machine must not turn a slow answer into a
# 503. The time budget itself is tested with OPERATION_SECONDS=0 (tests/graphql_api/test_cost.py).
VNG_GRAPHQL_LIMITS = {**VNG_GRAPHQL_LIMITS, "OPERATION_SECONDS": 600.0}
# The test client's login() passes no request, which django-axes requires; the lockout is tested
# for real against gunicorn in tests/cms/test_login_lockout.py.
AXES_ENABLED = False
# Tests deliver webhooks to a receiver on loopback over plain HTTP, and read the change feed at once.
VNG_WEBHOOKS = {**VNG_WEBHOOKS, "ALLOW_PRIVATE_ADDRESSES": True, "ALLOW_HTTP": True}
VNG_CHANGE_FEED_SETTLE_SECONDS = 0
# The partner delivery: tests see every purge, and limits no ordinary test reaches. The response
# cache is off: most tests change content inside a transaction that never commits, so nothing
# would drop their answers; tests/graphql_api/delivery/ turns it on.
VNG_API_RESPONSE_CACHE = False
VNG_API_PURGE_BACKEND = "graphql_api.delivery.purge.RecordingPurge"
VNG_API_ANON_RATE = "1000000/hour"
VNG_API_KEY_RATE = "1000000/hour"
