"""Production: refuses to start without a secret key and allowed hosts; HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from .base import *

DEBUG = False
SECRET_KEY = env("SECRET_KEY", default="")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or shorter than 50 characters. Set SECRET_KEY in the environment "
        "to a long random value, e.g. the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is empty. Set ALLOWED_HOSTS to the comma-separated host names this "
        "service answers on, e.g. ALLOWED_HOSTS=content.vng-international.nl."
    )

if VNG_METRICS_TOKEN and len(VNG_METRICS_TOKEN) < 32:
    raise ImproperlyConfigured(
        "METRICS_TOKEN is shorter than 32 characters. Set it to a long random value (e.g. "
        "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`), or leave it empty to "
        "turn /metrics off."
    )
if S3_BUCKET and bool(env("S3_ACCESS_KEY_ID", default="")) != bool(
    env("S3_SECRET_ACCESS_KEY", default="")
):
    raise ImproperlyConfigured(
        "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the "
        "machine's own credentials (an instance role)."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Hashed, compressed static files served by whitenoise; `collectstatic` (make deploy-check) builds
# them, and the service refuses to render a page whose static file was not collected.
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"
# GraphiQL stays off unless GRAPHIQL=true (base.py); it then needs `manage.py fetch_graphiql`
# before collectstatic.
# Wagtail's live preview shows the page in an iframe of the admin itself, so frames stay allowed
# from the same origin (X_FRAME_OPTIONS = "SAMEORIGIN" in base.py) rather than DENY.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
