"""What happens to an API request before and after the schema runs it.

Before (`Delivery.before`), in this order, each step able to answer instead of running:
1. the API key (`keys.authenticate`): 401 for an unknown or revoked key;
2. the operation as sent (GET parameters or the JSON body), with persisted queries resolved
   (`persisted.resolve`) and, for a key restricted to its allowlist, `persisted.check_allowed`;
3. the response cache, for a query (never a mutation) that was answered before;
4. the rate limit, weighing a cached answer `VNG_API_RATE_HIT_COST` and any other
   `VNG_API_RATE_MISS_COST`: 429 with Retry-After when over.

After (`Delivery.after`): a successful public query is stored, tagged with what it read, and
every answer gets its ETag (304 when `If-None-Match` matches) and rate headers.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from cms.observability import record_api_cache, record_rate_limited
from cms.security import client_ip
from graphql_api import ratelimit, requests
from graphql_api.delivery import cache, http, keys, persisted

RATE_LIMITED_CODE = "RATE_LIMITED"
UNAUTHORIZED_CODE = "UNAUTHENTICATED"


@dataclass
class Operation:
    """What a request asks for (shared by repeats of the same request: read only)."""

    query: str | None
    operation_name: str | None
    variables: dict | None
    extensions: dict | None
    cache_keys: dict = field(default_factory=dict, compare=False)  # document digest → key


_UNREADABLE = object()
# Operations of the requests this process answered last, by their raw body or query string: a
# repeat is not parsed again (JSON, then the response cache's key).
_recent_operations = cache.Recent(cache.LOCAL_ENTRIES)


def _raw(request) -> bytes | str | None:
    if request.method == "GET":
        return request.META.get("QUERY_STRING", "")
    if request.method == "POST" and "json" in (request.content_type or ""):
        return request.body
    return None


def read_operation(request) -> Operation | None:
    """The operation as sent; None when the request cannot be read (the view then answers with
    the reason, as before any of this)."""
    raw = _raw(request)
    if raw is None:
        return None
    operation = _recent_operations.get(raw)
    if operation is None:
        operation = _read_operation(request) or _UNREADABLE
        _recent_operations.put(raw, operation)
    return None if operation is _UNREADABLE else operation


def _read_operation(request) -> Operation | None:
    try:
        if request.method == "GET":
            params = request.GET
            variables = params.get("variables")
            extensions = params.get("extensions")
            data = {
                "query": params.get("query"),
                "operationName": params.get("operationName"),
                "variables": requests.decode_json(variables) if variables else None,
                "extensions": requests.decode_json(extensions) if extensions else None,
            }
        else:
            data = requests.decode_json(request.body)
    except requests.BadRequest:
        return None
    if not isinstance(data, dict):
        return None
    operation = Operation(
        data.get("query"), data.get("operationName"), data.get("variables"), data.get("extensions")
    )
    if not isinstance(operation.query, str | None) or not isinstance(
        operation.operation_name, str | None
    ):
        return None
    if not isinstance(operation.variables, dict | None):
        return None
    return operation


class Delivery:
    """The cache, keys, persisted queries and rate limit of one request (see the module)."""

    def __init__(self, request) -> None:
        self.request = request
        self.key: keys.KeyInfo | None = None
        self.verdict: ratelimit.Verdict | None = None
        self.query: str | None = None  # the text to run when it came from a persisted query
        self.cache_key: str | None = None
        self.generation: str | None = None
        self.is_query = False  # a query (never a mutation): its answer may be public

    # --- before ---

    def before(self) -> HttpResponse | None:
        try:
            self.key = keys.authenticate(self.request)
        except keys.KeyRefused as refused:
            return self._unauthorized(refused.revoked)
        operation = read_operation(self.request)
        try:
            if operation is None:
                persisted.check_allowed(None, self.key)
                return self._charge(settings.VNG_API_RATE_MISS_COST)
            self.query = persisted.resolve(operation.query, operation.extensions, self.key)
            document = cache.read_document(self.query) if self.query else None
            persisted.check_allowed(document.digest if document else None, self.key)
        except persisted.Answer as answer:
            return self.finish(answer.response, charge=True)
        self.is_query = (
            document is not None
            and cache.operation_type(document, operation.operation_name) == "query"
        )
        if self.is_query and settings.VNG_API_RESPONSE_CACHE:
            self.cache_key = operation.cache_keys.get(document.digest)
            if self.cache_key is None:
                self.cache_key = operation.cache_keys[document.digest] = cache.entry_key(
                    document, operation.operation_name, operation.variables
                )
            # A hit's weight is counted with the lookup (one round trip); a miss adds the rest.
            hit_cost = settings.VNG_API_RATE_HIT_COST
            found = cache.lookup(self.cache_key, self._rate(hit_cost))
            self.verdict = found.verdict
            counted = hit_cost if found.verdict is not None else 0  # None: Redis did not answer
            if found.entry is not None:
                refused = self._charge(hit_cost - counted)
                if refused is not None:
                    return refused
                record_api_cache("hit")
                return self.finish(self._from_entry(found.entry))
            record_api_cache("miss")
            self.generation = found.generation
            return self._charge(settings.VNG_API_RATE_MISS_COST - counted)
        return self._charge(settings.VNG_API_RATE_MISS_COST)

    def _unauthorized(self, revoked: bool) -> HttpResponse:
        if revoked:
            message = _(
                "This API key has been revoked. Ask the VNG International team for a new key, "
                "or send requests without one (with the lower anonymous limit)."
            )
        else:
            message = _(
                "This API key is not known. Check that you send the whole key as "
                "“Authorization: Bearer <key>”, or send requests without one."
            )
        return http.refusal(message, 401, UNAUTHORIZED_CODE, {"WWW-Authenticate": "Bearer"})

    def _rate(self, cost: int) -> ratelimit.Charge:
        if self.key is not None:
            limit, window = ratelimit.parse_rate(self.key.rate)
            return ratelimit.Charge("api:key", str(self.key.id), limit, window, cost)
        limit, window = ratelimit.parse_rate(settings.VNG_API_ANON_RATE)
        return ratelimit.Charge("api:ip", client_ip(self.request), limit, window, cost)

    def _charge(self, cost: int) -> HttpResponse | None:
        """Count `cost` more (nothing when the lookup counted it all) and refuse when over."""
        if cost > 0 or self.verdict is None:
            self.verdict = self._rate(max(cost, 0)).count()
        return None if self.verdict.allowed else self._too_many()

    def _too_many(self) -> HttpResponse:
        record_rate_limited("key" if self.key is not None else "anonymous")
        message = _(
            "Too many requests: the limit is %(limit)s per %(window)s seconds. Try again in "
            "%(retry)s seconds; answers from the cache count less (see the partner guide)."
        ) % {
            "limit": self.verdict.limit,
            "window": self._rate(0).window,
            "retry": self.verdict.retry_after,
        }
        return self.finish(http.refusal(message, 429, RATE_LIMITED_CODE))

    def _from_entry(self, entry: cache.Entry) -> HttpResponse:
        headers = entry.headers
        if headers is None:  # the same for every hit of this entry: worked out once
            model = http.decorate(
                HttpResponse(content_type="application/json"),
                etag=entry.etag,
                tags=entry.versions,
                languages=entry.languages,
            )
            headers = entry.headers = {**model.headers, "X-Cache": "HIT"}
        return HttpResponse(entry.body, headers=headers)

    # --- after ---

    def after(self, response: HttpResponse, context, cacheable: bool) -> HttpResponse:
        """Store a cacheable answer and add the HTTP headers (see `finish`)."""
        collector = getattr(context, "delivery_tags", None)
        if not self.is_query and response.get("Cache-Control", "").startswith("public"):
            response["Cache-Control"] = "private, no-store"  # mutations are never cached
            return self.finish(response)
        if cacheable and collector is not None and response.status_code == 200:
            body = response.content
            etag = http.etag_of(body)
            http.decorate(response, etag=etag, tags=collector.tags, languages=collector.languages)
            if self.cache_key:
                response["X-Cache"] = "MISS"
                entry = cache.Entry(body, etag, tuple(sorted(collector.languages)))
                cache.store(
                    self.cache_key, entry, collector.tags, self.generation, collector.seconds
                )
        return self.finish(response)

    def finish(self, response: HttpResponse, *, charge: bool = False) -> HttpResponse:
        """Every answer: a 304 when the client has it, the rate headers, the key's use."""
        if charge and self.verdict is None:
            self._charge(settings.VNG_API_RATE_HIT_COST)
        response = http.not_modified(self.request, response)
        http.rate_headers(response, self.verdict)
        if self.key is not None:
            keys.count_use(self.key)
        return response
