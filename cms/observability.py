"""Request ids, one structured log line per request, slow-operation logs and Prometheus metrics.

`ObservabilityMiddleware` comes first in MIDDLEWARE. For every request it
- takes the caller's `X-Request-ID` (letters, digits, `.`, `_`, `-`, at most 128) or makes one,
  puts it on every log record of the request (`RequestIdFilter`) and on the response;
- counts the SQL statements and their time (an execute wrapper on every database connection)
  and logs each statement slower than SLOW_QUERY_MS with its cost;
- logs one line when the request ends (`cms.requests`: method, path, status, ms, queries, the
  GraphQL operation name), at WARNING when it took longer than SLOW_REQUEST_MS;
- records the Prometheus metrics below, served at `/metrics` to callers presenting
  `Authorization: Bearer $METRICS_TOKEN` (404 without a configured token). With several gunicorn
  workers set PROMETHEUS_MULTIPROC_DIR so the figures of all workers are added up.

`vng_webhook_backlog` (webhook deliveries waiting to be sent) is read from the database when
/metrics is scraped, so every node reports the same figure.
"""

import contextlib
import contextvars
import hmac
import json
import logging
import re
import time
import uuid

from django.conf import settings
from django.db import connections
from django.http import HttpRequest, HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client import REGISTRY as DEFAULT_REGISTRY
from prometheus_client.core import GaugeMetricFamily

logger = logging.getLogger("cms.requests")
sql_logger = logging.getLogger("cms.sql")

REQUEST_ID = contextvars.ContextVar("request_id", default="-")
_VALID_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
_OPERATION = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
MAX_OPERATION_NAMES = 200  # distinct operation labels per process; the rest count as "other"
_operations_seen: set[str] = set()

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
REQUESTS = Counter("vng_http_requests", "HTTP requests answered.", ["route", "method", "status"])
LATENCY = Histogram(
    "vng_http_request_duration_seconds", "Time to answer.", ["route"], buckets=LATENCY_BUCKETS
)
GRAPHQL_LATENCY = Histogram(
    "vng_graphql_request_duration_seconds",
    "Time to answer a GraphQL request, per operation name and status.",
    ["operation", "status"],
    buckets=LATENCY_BUCKETS,
)
SQL_QUERIES = Histogram(
    "vng_sql_queries_per_request",
    "SQL statements run for one request.",
    ["route"],
    buckets=(0, 1, 2, 5, 10, 20, 50, 100, 200),
)
REFUSALS = Counter(
    "vng_http_refusals",
    "Requests refused by a limit: 413/400 API limits, 429 login lockouts and rate limits.",
    ["route", "status"],
)
CACHE = Counter("vng_cache_operations", "Cache reads by result.", ["result"])
API_CACHE = Counter(
    "vng_api_response_cache", "API queries answered from the response cache or not.", ["result"]
)
RATE_LIMITED = Counter(
    "vng_api_rate_limited", "API requests refused by the rate limit (429).", ["caller"]
)


class WebhookBacklog:
    """Webhook deliveries pending or being sent, counted when /metrics is scraped."""

    name = "vng_webhook_backlog"
    documentation = "Webhook deliveries waiting to be sent (pending or being sent)."

    def describe(self):
        yield GaugeMetricFamily(self.name, self.documentation)

    def collect(self):
        from home.changes.delivery import backlog

        try:
            value = backlog()
        except Exception:  # database down: /metrics still answers, without this figure
            logger.warning("The webhook backlog could not be counted.", exc_info=True)
            return
        yield GaugeMetricFamily(self.name, self.documentation, value=value)


WEBHOOK_BACKLOG = WebhookBacklog()
DEFAULT_REGISTRY.register(WEBHOOK_BACKLOG)


def route_of(path: str) -> str:
    """A small, fixed set of labels (never the raw path: that would grow without bound)."""
    for prefix, route in (
        ("/graphql", "graphql"),
        ("/admin", "admin"),
        ("/django-admin", "admin"),
        ("/static", "static"),
        ("/media", "media"),
        ("/documents", "documents"),
        ("/healthz", "health"),
        ("/readyz", "health"),
    ):
        if path.startswith(prefix):
            return route
    return "pages"


def operation_of(request: HttpRequest) -> str:
    """The GraphQL operation name the client gave (`operationName`), or "anonymous"."""
    name = request.GET.get("operationName")
    if name is None and request.method == "POST":
        try:
            body = json.loads(getattr(request, "_body", b"") or b"{}")
            name = body.get("operationName") if isinstance(body, dict) else None
        except (ValueError, RecursionError):  # the view answers such bodies with a 400
            name = None
    if not name or not isinstance(name, str) or not _OPERATION.match(name):
        return "anonymous"
    if name not in _operations_seen:
        if len(_operations_seen) >= MAX_OPERATION_NAMES:
            return "other"
        _operations_seen.add(name)
    return name


def record_cache_read(hit: bool, count: int = 1) -> None:
    if count:
        CACHE.labels("hit" if hit else "miss").inc(count)


def record_api_cache(result: str) -> None:
    """An API query answered from the response cache ("hit") or computed ("miss")."""
    API_CACHE.labels(result).inc()


def record_rate_limited(caller: str) -> None:
    """An API request refused by the rate limit; `caller` is "key" or "anonymous"."""
    RATE_LIMITED.labels(caller).inc()


class RequestIdFilter(logging.Filter):
    """Puts the current request's id on every log record (`request_id`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class _SqlCounter:
    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = time.perf_counter() - started
            self.count += 1
            self.seconds += elapsed
            if elapsed * 1000 >= settings.VNG_SLOW_QUERY_MS:
                sql_logger.warning(
                    "Slow SQL statement: %.0f ms",
                    elapsed * 1000,
                    extra={
                        "event": "slow_query",
                        "ms": round(elapsed * 1000, 1),
                        "database": context["connection"].alias,
                        "sql": sql[:500],
                    },
                )


def metrics_view(request: HttpRequest) -> HttpResponse:
    token = settings.VNG_METRICS_TOKEN
    given = request.META.get("HTTP_AUTHORIZATION", "")
    if not token:
        return HttpResponse("Not found.\n", status=404, content_type="text/plain")
    if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        response = HttpResponse(
            "Send the metrics token as `Authorization: Bearer <METRICS_TOKEN>`.\n",
            status=401,
            content_type="text/plain",
        )
        response["WWW-Authenticate"] = "Bearer"
        return response
    if settings.VNG_PROMETHEUS_MULTIPROC_DIR:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        registry.register(WEBHOOK_BACKLOG)
    else:
        registry = DEFAULT_REGISTRY
    response = HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
    response["Cache-Control"] = "no-store"
    return response


class ObservabilityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = given if _VALID_ID.match(given) else uuid.uuid4().hex
        token = REQUEST_ID.set(request_id)
        request.request_id = request_id
        try:
            if request.path_info == "/metrics":
                response = metrics_view(request)
            else:
                response = self._observed(request)
            response["X-Request-ID"] = request_id
            return response
        finally:
            REQUEST_ID.reset(token)

    def _observed(self, request):
        counter = _SqlCounter()
        started = time.perf_counter()
        with contextlib.ExitStack() as stack:
            for alias in connections:
                stack.enter_context(connections[alias].execute_wrapper(counter))
            response = self.get_response(request)
        elapsed = time.perf_counter() - started
        route = route_of(request.path_info)
        status = response.status_code
        REQUESTS.labels(route, request.method, str(status)).inc()
        LATENCY.labels(route).observe(elapsed)
        SQL_QUERIES.labels(route).observe(counter.count)
        if status in (400, 413, 429) and route in ("graphql", "admin"):
            REFUSALS.labels(route, str(status)).inc()
        operation = None
        if route == "graphql":
            operation = operation_of(request)
            GRAPHQL_LATENCY.labels(operation, str(status)).observe(elapsed)
        if route in ("static", "health"):
            return response
        slow = elapsed * 1000 >= settings.VNG_SLOW_REQUEST_MS
        logger.log(
            logging.WARNING if slow or status >= 500 else logging.INFO,
            "%s %s %s %.0f ms, %d queries",
            request.method,
            request.path_info,
            status,
            elapsed * 1000,
            counter.count,
            extra={
                "event": "slow_request" if slow else "request",
                "method": request.method,
                "path": request.path_info,
                "status": status,
                "ms": round(elapsed * 1000, 1),
                "queries": counter.count,
                "sql_ms": round(counter.seconds * 1000, 1),
                "operation": operation,
            },
        )
        return response
