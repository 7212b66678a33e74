"""Settings shared by every environment. Safe by default: DEBUG off, secrets from the environment.

Every variable read here is documented in `.env.example`.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# --- applications ---

INSTALLED_APPS = [
    "home",
    "themes",
    "graphql_api",
    "wagtail_localize",
    "wagtail_localize.locales",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=0))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "vng",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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

# --- Wagtail ---

WAGTAIL_SITE_NAME = "VNG International"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CreditedImage"
WAGTAILSEARCH_BACKENDS = {
    # Uses PostgreSQL full-text search on PostgreSQL, a portable fallback on SQLite.
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- GraphQL API ---

VNG_GRAPHIQL = False  # GraphiQL only in dev settings
# What the public endpoint /graphql/ accepts; documents over a limit are refused before any
# resolver or SQL runs, with a message saying what to change (see graphql_api/limits.py).
VNG_GRAPHQL_LIMITS = {
    "MAX_BODY_BYTES": 16 * 1024,  # request body (POST) or query string (GET)
    "MAX_TOKENS": 500,  # graphql-core parser tokens
    "MAX_DEPTH": 10,
    "MAX_ALIASES": 15,
    "MAX_DIRECTIVES": 10,
    "PARSER_CACHE_SIZE": 256,  # parsed documents kept (LRU)
    "VALIDATION_CACHE_SIZE": 256,  # validation results kept (LRU)
    "PAGE_SIZE": 20,  # results per page when `pagination.limit` is not given
    "MAX_PAGE_SIZE": 100,  # larger limits are cut to this
}
# Introspection is on with DEBUG (GraphiQL); set GRAPHQL_INTROSPECTION=true to allow it elsewhere.
VNG_GRAPHQL_INTROSPECTION = env.bool("GRAPHQL_INTROSPECTION", default=False)
# Public responses: `Cache-Control: public, max-age=…`; previews are `private, no-store`.
VNG_GRAPHQL_CACHE_MAX_AGE = env.int("GRAPHQL_CACHE_MAX_AGE", default=300)

STRAWBERRY_DJANGO = {
    "FIELD_DESCRIPTION_FROM_HELP_TEXT": True,
    "TYPE_DESCRIPTION_FROM_MODEL_DOCSTRING": True,
    "PAGINATION_DEFAULT_LIMIT": VNG_GRAPHQL_LIMITS["PAGE_SIZE"],
    "PAGINATION_MAX_LIMIT": VNG_GRAPHQL_LIMITS["MAX_PAGE_SIZE"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}

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
