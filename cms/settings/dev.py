"""Local development: DEBUG on, an insecure fixed key, mail to the console, GraphiQL on."""

from .base import *

DEBUG = True
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
VNG_GRAPHIQL = True
# The demo logins printed by `manage.py load_demo` (dev settings only), one per real role:
# the editor is in Editors (not a superuser), the moderator in Moderators.
VNG_DEMO_LOGINS = [
    {"username": "editor", "password": "demo-editor-2016", "role": "editor"},
    {"username": "moderator", "password": "demo-moderator-2016", "role": "moderator"},
    {"username": "admin", "password": "demo-admin-2016", "role": "administrator"},
]
LOG_FORMAT = env("LOG_FORMAT", default="text")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT
# Confirmation mails appear in the console right away, without running the worker.
VNG_ENGAGEMENT_SEND_IMMEDIATELY = True
