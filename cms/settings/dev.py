"""Local development: DEBUG on, an insecure fixed key, mail to the console, GraphiQL on."""

from .base import *

DEBUG = True
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["*"])
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
VNG_GRAPHIQL = True
# The demo login printed by `manage.py load_demo` (dev settings only).
VNG_DEMO_LOGIN = {"username": "editor", "password": "demo-editor-2016"}
# Confirmation mails appear in the console right away, without running the worker.
VNG_ENGAGEMENT_SEND_IMMEDIATELY = True
