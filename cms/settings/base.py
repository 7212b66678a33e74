"""Settings shared by every environment. Safe by default: DEBUG off, secrets from the environment.

Every variable read here is documented in `.env.example`.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
# Old keys still accepted for signatures (sessions, preview tokens) while rotating SECRET_KEY.
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- applications ---

INSTALLED_APPS = [
    "home",
    "home.changes",
    "themes",
    "graphql_api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailautocomplete",  # searchable reference-data choosers (themes.choosers)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "strawberry_django",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "corsheaders",
]

MIDDLEWARE = [
    "cms.observability.ObservabilityMiddleware",  # request id, request log, metrics, /metrics
    "cms.health.HealthMiddleware",  # /healthz, /readyz: before the HTTPS redirect and host check
    "corsheaders.middleware.CorsMiddleware",  # CORS for /graphql/ (graphql_api/delivery/cors.py)
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files, hashed and compressed
    "cms.security.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # API answers that need no session, user or language (cached answers, 304, 401, 429) go
    # back from here (graphql_api/delivery/middleware.py); the rest continue to the view.
    "graphql_api.delivery.middleware.DeliveryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Admin writes (publish, unpublish, move, delete) commit as one transaction with their
    # change events (home/changes/transactions.py).
    "home.changes.transactions.AtomicAdminWritesMiddleware",
    "cms.routers.ReplicaMiddleware",  # public API reads from DATABASE_REPLICA_URL when set
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out login into `locked_out`
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- data ---

# SQLite file by default (the embedded development set-up); PostgreSQL via psycopg 3 when
# DATABASE_URL is e.g. postgres://user@127.0.0.1:5432/vng.
DATABASES = {
    "default": env.db_url_config(
        env("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
# How long to wait for the database before answering 503 (cms/outages.py): PostgreSQL connections
# give up after DATABASE_CONNECT_TIMEOUT seconds and statements after DATABASE_STATEMENT_TIMEOUT
# milliseconds; a persistent connection is checked before reuse, so a node recovers by itself
# when the database is back.
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=2)
DATABASE_STATEMENT_TIMEOUT = env.int("DATABASE_STATEMENT_TIMEOUT", default=10_000)


def database_settings(config):
    config.setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
    config["CONN_HEALTH_CHECKS"] = True
    if config["ENGINE"] == "django.db.backends.postgresql":
        options = config.setdefault("OPTIONS", {})
        options.setdefault("connect_timeout", DATABASE_CONNECT_TIMEOUT)
        options.setdefault("options", f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT}")
        # A database host that vanishes (no RST) fails the request instead of hanging it.
        options.setdefault("keepalives", 1)
        options.setdefault("keepalives_idle", 10)
        options.setdefault("tcp_user_timeout", DATABASE_CONNECT_TIMEOUT * 1000)
    return config


database_settings(DATABASES["default"])
# Optional read replica: the public API reads from it (cms/routers.py); tests use the primary.
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL", default="")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = database_settings(env.db_url_config(DATABASE_REPLICA_URL))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["cms.routers.ReplicaRouter"]
# Seconds clients are told to wait (Retry-After) when the database is unreachable.
VNG_OUTAGE_RETRY_AFTER = env.int("OUTAGE_RETRY_AFTER", default=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    # Unreachable Redis means "uncached", never an error (cms/cache.py).
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "vng",
            "OPTIONS": {
                "socket_connect_timeout": env.float("CACHE_SOCKET_TIMEOUT", default=0.25),
                "socket_timeout": env.float("CACHE_SOCKET_TIMEOUT", default=0.25),
                "retry_seconds": env.float("CACHE_RETRY_SECONDS", default=5),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database (through the cache when Redis is configured): any node can serve
# any request.
SESSION_ENGINE = (
    "django.contrib.sessions.backends.cached_db"
    if REDIS_URL
    else "django.contrib.sessions.backends.db"
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- languages ---

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# The project's own words outside the apps (the service page, login and page-password refusals;
# the partner API's outage messages in cms/outages.py stay English): `make messages`.
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]

WAGTAIL_I18N_ENABLED = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
]
# Which locale to serve when content is missing in the requested one, in order of preference.
VNG_LOCALE_FALLBACKS = {
    "nl": ["en"],
    "en": ["nl"],
    "fr": ["en", "nl"],
    "es": ["en", "nl"],
    "ar": ["en", "nl"],
}
# Translations stay drafts until an editor publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- translation ---

# Machine translation in the translation editor and `machine_translate()`: DeepL when a key is
# set, otherwise an offline stand-in that labels every string "[MT:xx] " (never a real
# translation). Either way the strings stay marked as machine-made until a person edits them.
DEEPL_AUTH_KEY = env("DEEPL_AUTH_KEY", default="")
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "themes.localization.machine.OfflineMachineTranslator",
        "OPTIONS": {},
    }

# --- static and media ---

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media (original images, renditions, documents) and promotion-export zips on S3-compatible
# object storage when S3_BUCKET is set, so that every node sees the same files; local disk
# (MEDIA_ROOT) otherwise. See docs/operations.md for the bucket policy.
S3_BUCKET = env("S3_BUCKET", default="")
if S3_BUCKET:
    S3_ENDPOINT_URL = env("S3_ENDPOINT_URL", default="")  # empty: AWS itself
    S3_CUSTOM_DOMAIN = env("S3_CUSTOM_DOMAIN", default="")  # e.g. a CDN in front of the bucket
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": env("S3_REGION", default="") or None,
            "access_key": env("S3_ACCESS_KEY_ID", default="") or None,
            "secret_key": env("S3_SECRET_ACCESS_KEY", default="") or None,
            "custom_domain": S3_CUSTOM_DOMAIN or None,
            "location": env("S3_PREFIX", default=""),
            "file_overwrite": False,
            "default_acl": None,
            # Public renditions get plain, cacheable URLs; the bucket policy decides what is
            # readable (documents are served through Wagtail, which checks their privacy).
            "querystring_auth": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }
    prefix = env("S3_PREFIX", default="").strip("/")
    prefix = f"{prefix}/" if prefix else ""
    if S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{S3_CUSTOM_DOMAIN}/{prefix}"
    else:
        endpoint = (S3_ENDPOINT_URL or "https://s3.amazonaws.com").rstrip("/")
        MEDIA_URL = f"{endpoint}/{S3_BUCKET}/{prefix}"
# Finished promotion-export zips go to the media storage too, so any node can serve the download.
VNG_EXPORTS_IN_STORAGE = bool(S3_BUCKET)
# Wagtail serves documents itself (it checks collection privacy), reading them from the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- mail ---

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="content@vng-international.example")

# --- security headers (on everywhere; production adds HTTPS-only settings) ---

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True

# --- admin login throttling (django-axes, counted in the database: holds across workers/nodes) ---

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
# Each on its own: N failures for one account lock that account (from anywhere), N failures from
# one address lock that address (for any account).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "cms.security.locked_out"
AXES_VERBOSE = False
# Behind N trusted proxies the client address is the N-th from the right in X-Forwarded-For
# (cms/security.py: client_ip); 0 means the connection's own address.
VNG_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
AXES_CLIENT_IP_CALLABLE = "cms.security.client_ip"

# --- Content Security Policy (django-csp; why each source is there: cms/security.py) ---

# Media on object storage or a CDN is another origin: images and video come from there too.
CSP_MEDIA_SOURCES = env.list("CSP_MEDIA_SOURCES", default=[])
if MEDIA_URL.startswith(("http://", "https://")):
    CSP_MEDIA_SOURCES.append("/".join(MEDIA_URL.split("/", 3)[:3]))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_SOURCES],
        "media-src": [SELF, *CSP_MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *env.list("CSP_FRAME_SOURCES", default=[])],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Wagtail ---

WAGTAIL_SITE_NAME = "VNG International"
# No avatars from gravatar.com: editors' e-mail hashes stay here, and the admin's CSP stays 'self'.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No "new Wagtail release" check from editors' browsers to releases.wagtail.org (CSP: 'self').
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CreditedImage"
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database backend: PostgreSQL full-text search with a configuration per language
    # (VNG_SEARCH_CONFIGS) on PostgreSQL, SQLite's FTS5 on the demo (home/search_backend.py).
    "default": {"BACKEND": "home.search_backend"},
}
# PostgreSQL text search configuration per content language; arabic falls back to simple on a
# server without it.
VNG_SEARCH_CONFIGS = {
    "nl": "dutch",
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "ar": "arabic",
}
# Search results considered at most per query (ranked first); facets count within them.
VNG_SEARCH_MAX_RESULTS = env.int("SEARCH_MAX_RESULTS", default=1000)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- GraphQL API ---

# GraphiQL at /graphql/ for browsers, from the service's own files (manage.py fetch_graphiql):
# on in development; elsewhere only with GRAPHIQL=true. Its queries have the same limits.
VNG_GRAPHIQL = env.bool("GRAPHIQL", default=False)
# The request header GraphiQL sends a partner's API key in, when one is typed.
VNG_API_KEY_HEADER = env("API_KEY_HEADER", default="X-API-Key")
# What the public endpoint /graphql/ accepts; documents over a limit are refused before any
# resolver or SQL runs, with a message saying what to change (see graphql_api/limits.py).
VNG_GRAPHQL_LIMITS = {
    "MAX_BODY_BYTES": 16 * 1024,  # request body (POST) or query string (GET)
    "MAX_TOKENS": 500,  # graphql-core parser tokens
    "MAX_DEPTH": 10,
    "MAX_ALIASES": 15,
    "MAX_DIRECTIVES": 10,  # in the whole document; one directive at most once per location
    "MAX_SELECTIONS": 1000,  # field selections once every fragment spread is expanded
    "MAX_COST": env.int("GRAPHQL_MAX_COST", default=5000),  # see graphql_api/cost.py
    "RENDITION_COST": 10,  # cost of one image size a rendition or srcset width may have to make
    "MAX_RENDITION_SPECS": 8,  # different image sizes (spec × format) in one operation
    "MAX_JSON_DEPTH": 20,  # nesting of the JSON body, `variables` and `extensions`
    "OPERATION_SECONDS": env.float("GRAPHQL_OPERATION_SECONDS", default=10.0),  # then 503
    "PARSER_CACHE_SIZE": 256,  # parsed documents kept (LRU)
    "VALIDATION_CACHE_SIZE": 256,  # validation results kept (LRU)
    "PAGE_SIZE": 20,  # results per page when `pagination.limit` is not given
    "MAX_PAGE_SIZE": 100,  # larger limits are cut to this
    "MAX_AUTOCOMPLETE": 20,  # suggestions one `autocomplete` may ask for
}
# Introspection is on with DEBUG (GraphiQL); set GRAPHQL_INTROSPECTION=true to allow it elsewhere.
VNG_GRAPHQL_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=False)
# Public responses: `Cache-Control: public, max-age=…`; previews are `private, no-store`.
VNG_GRAPHQL_CACHE_MAX_AGE = env.int("GRAPHQL_CACHE_MAX_AGE", default=300)

# --- partner delivery: response cache, keys, persisted queries, rate limits, CORS ---
# (graphql_api/delivery/; docs/partners.md "Caching", "API keys and limits", "CORS")

# Which Django cache holds answers (Redis with REDIS_URL) and how long an answer may stay there;
# content changes drop answers at once, so this only bounds memory.
VNG_API_RESPONSE_CACHE = env.bool("API_RESPONSE_CACHE", default=True)
VNG_API_CACHE_ALIAS = "default"
VNG_API_CACHE_SECONDS = env.int("API_CACHE_SECONDS", default=24 * 3600)
# Cache-Control: … stale-while-revalidate=N (seconds a cache may serve while it refreshes).
VNG_API_STALE_WHILE_REVALIDATE = env.int("API_STALE_WHILE_REVALIDATE", default=60)
# Longest Surrogate-Key / Cache-Tag header; longer answers go without (and s-maxage=0).
VNG_API_TAG_HEADER_BYTES = env.int("API_TAG_HEADER_BYTES", default=8000)
# Called with the dropped tags after every invalidation (graphql_api/delivery/purge.py).
VNG_API_PURGE_BACKEND = env("API_PURGE_BACKEND", default="graphql_api.delivery.purge.NoPurge")
# How long an automatic persisted query stays registered (clients register again on a miss).
VNG_API_APQ_SECONDS = env.int("API_APQ_SECONDS", default=30 * 24 * 3600)
# Rate limits ("N/second|minute|hour|day"): anonymous callers per IP address, and keys without
# a rate of their own. A cached answer weighs HIT_COST, any other request MISS_COST.
VNG_API_ANON_RATE = env("VNG_API_ANON_RATE", default="300/hour")
VNG_API_KEY_RATE = env("VNG_API_KEY_RATE", default="10000/hour")
VNG_API_RATE_HIT_COST = env.int("VNG_API_RATE_HIT_COST", default=1)
VNG_API_RATE_MISS_COST = env.int("VNG_API_RATE_MISS_COST", default=3)
# CORS: origins allowed besides those of the API keys; never with credentials.
from corsheaders.defaults import default_headers  # noqa: E402

CORS_ALLOWED_ORIGINS = env.list("API_CORS_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/graphql/?$"
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
CORS_ALLOW_HEADERS = [
    *default_headers,
    "if-none-match",
    "apollographql-client-name",
    "apollographql-client-version",
]
CORS_EXPOSE_HEADERS = [
    "ETag",
    "Content-Language",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "Retry-After",
    "X-Request-ID",
]
CORS_PREFLIGHT_MAX_AGE = 86400

STRAWBERRY_DJANGO = {
    "FIELD_DESCRIPTION_FROM_HELP_TEXT": True,
    "TYPE_DESCRIPTION_FROM_MODEL_DOCSTRING": True,
    "PAGINATION_DEFAULT_LIMIT": VNG_GRAPHQL_LIMITS["PAGE_SIZE"],
    "PAGINATION_MAX_LIMIT": VNG_GRAPHQL_LIMITS["MAX_PAGE_SIZE"],
}

# --- logs, metrics, errors (cms/observability.py) ---

# json: one JSON object per line with the request id (for log collectors); text: for people.
LOG_FORMAT = env("LOG_FORMAT", default="json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "cms.observability.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
    "loggers": {
        # One line per request at INFO; slow requests and slow SQL at WARNING.
        "cms.requests": {"level": env("REQUEST_LOG_LEVEL", default="INFO")},
    },
}
# What counts as slow (logged at WARNING with its cost): a request, one SQL statement.
VNG_SLOW_REQUEST_MS = env.int("SLOW_REQUEST_MS", default=1000)
VNG_SLOW_QUERY_MS = env.int("SLOW_QUERY_MS", default=200)
# /metrics answers only `Authorization: Bearer <METRICS_TOKEN>`; empty: /metrics is a 404.
VNG_METRICS_TOKEN = env("METRICS_TOKEN", default="")
# With several gunicorn workers: a folder (emptied at each start) where workers share metrics.
VNG_PROMETHEUS_MULTIPROC_DIR = env("PROMETHEUS_MULTIPROC_DIR", default="")

# Errors to Sentry when SENTRY_DSN is set (no personal data is sent).
SENTRY_DSN = env("SENTRY_DSN", default="")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", default="production"),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )

# --- GraphQL content: images and preview ---

# Image renditions partners may ask for by name (`rendition(spec: …)`); any other spec is refused
# and creates no file. Add a spec here (and say so in docs/partners.md) before a partner uses it.
VNG_IMAGE_RENDITIONS = [
    "fill-1200x630",  # social sharing cards
    "fill-800x450",
    "fill-400x300",
    "fill-400x400",
    "width-400",
    "width-800",
    "width-1200",
    "width-1600",
]
# Widths `srcset(widths: …)` may combine, and the output formats it and `rendition` may convert to.
VNG_IMAGE_SRCSET_WIDTHS = [320, 480, 640, 800, 960, 1200, 1600, 2000]
VNG_IMAGE_FORMATS = ["webp", "avif", "jpeg", "png"]
# How long a preview token from the admin's Preview button stays valid, in seconds (at most 60 min).
VNG_PREVIEW_TOKEN_MAX_AGE = min(env.int("VNG_PREVIEW_TOKEN_MAX_AGE", default=30 * 60), 60 * 60)
# A partner frontend that renders previews, e.g. https://www.example.org/preview; it receives
# `?token=…`. Empty: the admin shows the API's own rendering of the draft.
VNG_PREVIEW_FRONTEND_URL = env("VNG_PREVIEW_FRONTEND_URL", default="")

# --- the partner frontend (home/routing.py) ---

# Where readers see the pages. Pages are at FRONTEND_URL + the routed path (/fr/exemples/x/);
# FRONTEND_URLS gives a language its own home address instead (fr=https://fr.example.org/,
# without the /fr/ prefix). An editor's "website address" in the site settings wins over both.
# Empty: the API's `url` and the admin's Live links point at this service, which answers with a
# small page naming the API and the admin.
VNG_FRONTEND_URL = env("FRONTEND_URL", default="")
VNG_FRONTEND_URLS = env.dict("FRONTEND_URLS", default={})
# The page-password form of the service: attempts per client address and window (seconds),
# like the admin login's lockout.
VNG_PAGE_PASSWORD_ATTEMPTS = env.int("PAGE_PASSWORD_ATTEMPTS", default=5)
VNG_PAGE_PASSWORD_WINDOW = env.int("PAGE_PASSWORD_WINDOW", default=15 * 60)

# --- public engagement: newsletter sign-up, campaign and advice requests ---

# Lengths every text of the engagement mutations may have; longer input is a field error.
VNG_ENGAGEMENT_LIMITS = {
    "NAME_CHARS": 200,  # names, organisation, role
    "MESSAGE_CHARS": 4000,  # a membership message or an advice question
    "TOPICS": 10,  # newsletter topics per sign-up
    "TOPIC_CHARS": 60,
    "IDENTIFIER_CHARS": 100,  # campaign slug, CBS code, theme id, country code
}
# Rate limits of the engagement mutations: attempts per window (seconds), counted in Redis
# (REDIS_URL) so they hold across workers; per process without Redis.
VNG_ENGAGEMENT_RATE_PER_IP = env.int("ENGAGEMENT_RATE_PER_IP", default=30)
VNG_ENGAGEMENT_RATE_PER_ADDRESS = env.int("ENGAGEMENT_RATE_PER_ADDRESS", default=5)
VNG_ENGAGEMENT_RATE_WINDOW = env.int("ENGAGEMENT_RATE_WINDOW", default=3600)
# How long a confirmation link stays valid, and how often a pending address may get a new one.
VNG_ENGAGEMENT_CONFIRM_MAX_AGE = env.int("ENGAGEMENT_CONFIRM_MAX_AGE", default=7 * 24 * 3600)
VNG_ENGAGEMENT_RESEND_INTERVAL = env.int("ENGAGEMENT_RESEND_INTERVAL", default=3600)
# The version of the consent text (themes/engagement/consent.py) stored with every sign-up.
VNG_ENGAGEMENT_CONSENT_VERSION = "2025-06"
# Base address of the confirm and unsubscribe links in mails (this service's own small pages).
VNG_ENGAGEMENT_LINK_BASE = env("ENGAGEMENT_LINK_BASE", default="") or WAGTAILADMIN_BASE_URL
# Days after which unconfirmed sign-ups and decided/closed requests are purged.
VNG_ENGAGEMENT_PENDING_RETENTION_DAYS = env.int("ENGAGEMENT_PENDING_RETENTION_DAYS", default=30)
VNG_ENGAGEMENT_REQUEST_RETENTION_DAYS = env.int("ENGAGEMENT_REQUEST_RETENTION_DAYS", default=730)
# Newsletter mails the worker sends per batch (one SMTP connection per batch).
VNG_NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=100)
# Send confirmation mails during the request instead of from the worker (development only:
# the worker keeps new, pending and confirmed sign-ups indistinguishable in timing).
VNG_ENGAGEMENT_SEND_IMMEDIATELY = False

# --- change events, webhooks, the background worker (home/changes/, docs/partners.md) ---

VNG_WEBHOOKS = {
    "TIMEOUT_SECONDS": env.float("WEBHOOK_TIMEOUT_SECONDS", default=10.0),
    # Retries: exponential backoff with jitter from BACKOFF_BASE_SECONDS up to BACKOFF_MAX_SECONDS
    # between attempts, for RETRY_HOURS after the event; then the delivery is marked failed.
    "BACKOFF_BASE_SECONDS": env.float("WEBHOOK_BACKOFF_BASE_SECONDS", default=30.0),
    "BACKOFF_MAX_SECONDS": env.float("WEBHOOK_BACKOFF_MAX_SECONDS", default=3 * 3600.0),
    "RETRY_HOURS": env.float("WEBHOOK_RETRY_HOURS", default=26.0),
    # A subscription whose deliveries have failed without a success for this many days is paused
    # and its owner e-mailed.
    "PAUSE_AFTER_DAYS": env.float("WEBHOOK_PAUSE_AFTER_DAYS", default=3.0),
    # How long a worker holds a delivery it is sending; a worker killed meanwhile loses it
    # after this and another worker sends it again (with the same webhook-id).
    "LEASE_SECONDS": env.float("WEBHOOK_LEASE_SECONDS", default=60.0),
    "BATCH_SIZE": env.int("WEBHOOK_BATCH_SIZE", default=20),
    "RESPONSE_EXCERPT_BYTES": 1024,  # kept of each answer, for the delivery log
    "MAX_AFFECTED_PAGES": 500,  # page ids listed in one event
    # Server-side request forgery guard: never send to loopback, private, link-local or other
    # non-public addresses unless this is on (tests, a receiver inside the same network).
    "ALLOW_PRIVATE_ADDRESSES": env.bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", default=False),
    "ALLOW_HTTP": env.bool("WEBHOOK_ALLOW_HTTP", default=False),  # plain http:// endpoints
}
# Which snippet models send `snippet.changed` (app_label.Model).
VNG_CHANGE_EVENT_SNIPPETS = [
    "themes.Agenda",
    "themes.Goal",
    "themes.Province",
    "themes.Municipality",
    "themes.Country",
    "themes.Organisation",
    "themes.ContactPerson",
]
# Days change events (and their delivery log) are kept; `manage.py purge_changes` (also run by
# the worker once an hour) deletes older ones.
VNG_CHANGES_RETENTION_DAYS = env.int("CHANGES_RETENTION_DAYS", default=90)
# The change feed lists only events at least this old, so that a transaction that committed late
# with an earlier timestamp is never skipped by a partner's cursor.
VNG_CHANGE_FEED_SETTLE_SECONDS = env.int("CHANGE_FEED_SETTLE_SECONDS", default=30)
# The worker: seconds between passes when there is nothing to do, and between mail passes.
VNG_WORKER_IDLE_SECONDS = env.float("WORKER_IDLE_SECONDS", default=2.0)
VNG_WORKER_MAIL_SECONDS = env.float("WORKER_MAIL_SECONDS", default=30.0)
# How long a background job (an export) may run before another worker takes it over.
VNG_JOB_LEASE_SECONDS = env.int("JOB_LEASE_SECONDS", default=600)
