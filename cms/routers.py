"""An optional read replica (DATABASE_REPLICA_URL): the public API reads from it, everything
else — writes, the admin, previews of drafts just saved, migrations — uses the primary.

`ReplicaMiddleware` marks the requests to `/graphql/` that only read published content; the
router sends their reads to the "replica" alias. A replica lags the primary by a moment, which
is harmless for published content (the API's responses are cached longer than that anyway).
"""

import contextvars

from django.conf import settings
from django.http import HttpRequest

REPLICA = "replica"
_reads_from_replica = contextvars.ContextVar("reads_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if _reads_from_replica.get() and REPLICA in settings.DATABASES:
            return REPLICA
        return None  # the primary

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # both aliases hold the same data

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db != REPLICA


def is_public_read(request: HttpRequest) -> bool:
    """A public API request (no draft preview token: previews read what was just saved)."""
    if not request.path_info.startswith("/graphql"):
        return False
    if request.method not in ("GET", "POST"):
        return False
    body = request.GET.get("query", "")
    if request.method == "POST":
        body = request.body[:65536].decode("utf-8", "replace")
    return "pagePreview" not in body


class ReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        if REPLICA not in settings.DATABASES or not is_public_read(request):
            return self.get_response(request)
        token = _reads_from_replica.set(True)
        try:
            return self.get_response(request)
        finally:
            _reads_from_replica.reset(token)
