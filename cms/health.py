"""Health endpoints for load balancers and orchestrators, both JSON and never cached.

- `/healthz`: the process is alive and answers; touches no database or cache (liveness).
- `/readyz`: this node can serve (readiness): the database answers, every migration is applied,
  and the cache answers. A node with an unreachable cache still serves (uncached, see
  cms/cache.py), so a cache outage is reported as `"status": "degraded"` with 200; an
  unreachable database or unapplied migrations give 503 with `Retry-After`.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cms.outages import OUTAGE_ERRORS

logger = logging.getLogger("cms.health")

# Once every migration was found applied, a process does not look again: a new migration comes
# with new code, which means new processes.
_migrations_applied = False


def _timed(check):
    started = time.perf_counter()
    result = check()
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database(alias):
    def check():
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
        except OUTAGE_ERRORS as error:
            return {"ok": False, "error": str(error).strip().splitlines()[0][:200]}
        return {"ok": True}

    return check


def _migrations():
    global _migrations_applied
    if not _migrations_applied:
        try:
            executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
            pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        except OUTAGE_ERRORS as error:
            return {"ok": False, "error": str(error).strip().splitlines()[0][:200]}
        if pending:
            return {"ok": False, "pending": len(pending)}
        _migrations_applied = True
    return {"ok": True}


def _cache():
    cache = caches["default"]
    ping = getattr(cache, "ping", None)
    try:
        if ping is not None:
            ping()
        else:
            cache.set("readyz", "1", 5)
            cache.get("readyz")
    except Exception as error:  # any failure of the cache client means "degraded"
        return {"ok": False, "error": str(error)[:200]}
    return {"ok": True, "backend": type(cache).__name__}


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    checks = {
        f"database:{alias}" if alias != DEFAULT_DB_ALIAS else "database": _timed(_database(alias))
        for alias in settings.DATABASES
    }
    checks["migrations"] = (
        _timed(_migrations) if checks["database"]["ok"] else {"ok": False, "skipped": True}
    )
    checks["cache"] = _timed(_cache)
    required = [name for name in checks if name != "cache"]
    if not all(checks[name]["ok"] for name in required):
        status, code = "unavailable", 503
    elif not checks["cache"]["ok"]:
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    if code != 200 or status == "degraded":
        logger.warning("Readiness is %s: %s", status, checks)
    response = JsonResponse({"status": status, "checks": checks}, status=code)
    if code == 503:
        response["Retry-After"] = str(settings.VNG_OUTAGE_RETRY_AFTER)
    return response


class HealthMiddleware:
    """Answers /healthz and /readyz first, before the HTTPS redirect and the host check, so that
    a load balancer can probe a node over plain HTTP by its IP address."""

    routes = {"/healthz": healthz, "/readyz": readyz}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        view = self.routes.get(request.path_info.rstrip("/"))
        if view is not None:
            return view(request)
        return self.get_response(request)
