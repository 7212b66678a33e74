"""The public GraphQL endpoint `/graphql/`; the schema itself is built in `graphql_api.schema`.

POST with a JSON body, or GET with `?query=…` for queries (GET mutations are refused). Before
anything is parsed, bodies over `VNG_GRAPHQL_LIMITS["MAX_BODY_BYTES"]` get 413 and batches
(a JSON array) get 400, each with a message saying what to do. Every answer is JSON:

- 400 for a request the view cannot read (`graphql_api.requests`) and for a document refused
  before execution (syntax, validation, limits, cost, variables of the wrong type);
- 503 when the operation ran out of time (`OPERATION_SECONDS`, PostgreSQL's statement timeout);
- 200 otherwise, resolver errors included (GraphQL over HTTP).

Successful public queries are cacheable (`Cache-Control: public,
max-age=VNG_GRAPHQL_CACHE_MAX_AGE, stale-while-revalidate=…`, an ETag) and kept in the shared
response cache; responses with errors, mutations and previews (`Context.mark_private()`) are
`private, no-store`. API keys, persisted queries, the cache and rate limits are handled around
the schema by `graphql_api.delivery.gate` (401, 403, 429 and 304 come from there).
"""

from cross_web import HTTPException
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from cms.outages import raise_if_database_down
from graphql_api import requests
from graphql_api.context import Context
from graphql_api.delivery.gate import Delivery
from graphql_api.delivery.http import refusal
from graphql_api.delivery.tags import Collector
from graphql_api.graphiql_assets import missing_files
from graphql_api.limits import LIMIT_ERROR_CODE, is_timeout, limit
from graphql_api.schema import schema


def _refusal(message: str, status: int, code: str = LIMIT_ERROR_CODE) -> JsonResponse:
    return refusal(message, status, code)


def _status(result) -> int:
    """503 for a timeout, 400 for a request refused before execution, else 200."""
    errors = result.errors or []
    if any(is_timeout(error) for error in errors):
        return 503
    if errors and result.data is None and all(not error.path for error in errors):
        return 400
    return 200


def _size(request: HttpRequest, max_bytes: int) -> int:
    """The query string's length for GET, else the body's (read only when its declared length
    is within the limit)."""
    if request.method == "GET":
        return len(request.META.get("QUERY_STRING", ""))
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    return declared if declared > max_bytes else len(request.body)


def early_answer(request: HttpRequest) -> HttpResponse | None:
    """What is answered before the schema runs, or None to run it: 413 for a body over the
    limit, 400 for a batch, then the delivery gate (key, persisted query, response cache, rate
    limit), which stays on the request as `api_delivery` for the view. Called by
    `graphql_api.delivery.middleware.DeliveryMiddleware` before most of the middleware."""
    max_bytes = limit("MAX_BODY_BYTES")
    size = _size(request, max_bytes)
    if size > max_bytes:
        return _refusal(
            _(
                "The request is %(size)s bytes; the limit is %(max)s bytes. "
                "Send a shorter query, e.g. with fewer fields or use variables."
            )
            % {"size": size, "max": max_bytes},
            413,
        )
    if request.method == "POST" and request.body.lstrip()[:1] == b"[":
        return _refusal(
            _("Batched requests are not accepted; send one operation per request."), 400
        )
    request.api_delivery = Delivery(request)
    return request.api_delivery.before()


class PublicGraphQLView(GraphQLView):
    """strawberry's Django view with our context, request limits and caching headers."""

    def render_graphql_ide(self, request: HttpRequest) -> HttpResponse:
        """GraphiQL from this service's static files (`graphql_api.graphiql_assets`), only
        where `VNG_GRAPHIQL` turns it on; otherwise a browser gets a JSON answer saying so."""
        if not settings.VNG_GRAPHIQL:
            return _refusal(
                _(
                    "GraphiQL is not enabled on this server (setting GRAPHIQL). Send queries "
                    "with POST and a JSON body, or GET with ?query=…."
                ),
                400,
                requests.BAD_REQUEST_CODE,
            )
        missing = missing_files()
        if missing:
            return HttpResponse(
                _("GraphiQL's files are missing (%(files)s); run `manage.py fetch_graphiql`.")
                % {"files": ", ".join(missing)},
                status=503,
                content_type="text/plain; charset=utf-8",
            )
        return render(
            request,
            "graphql/graphiql.html",
            {
                "endpoint": request.path,
                "key_header": settings.VNG_API_KEY_HEADER,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )

    def get_context(self, request: HttpRequest, response: HttpResponse) -> Context:
        self.context = Context(request=request, response=response)
        self.context.delivery_tags = request.delivery_tags = Collector()
        return self.context

    def decode_json(self, data: str | bytes) -> object:
        return requests.decode_json(data)

    def parse_http_body(self, request):
        if request.method == "POST" and "json" in (request.content_type or ""):
            # the raw bytes: the adapter's `body` would decode them as UTF-8 without a check
            requests.require_object(self.parse_json(request.request.body))
        data = super().parse_http_body(request)
        delivery = getattr(self, "delivery", None)
        if delivery is not None and delivery.query is not None and data.query is None:
            data.query = delivery.query  # a persisted query, sent by its hash
        return data

    def process_result(self, request, result):
        raise_if_database_down(result)  # a 503, not null data, while the database is down
        self.had_errors = bool(result.errors)
        self.status = _status(result)
        return super().process_result(request, result)

    def run(self, request, *args, **kwargs):
        with requests.time_budget():
            return super().run(request, *args, **kwargs)

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        # The API's messages are in English, as documented for partners, whatever the
        # service's default language; mutations answer in the `locale` they are given.
        with translation.override("en"):
            return self._dispatch(request, *args, **kwargs)

    def _dispatch(self, request: HttpRequest, *args, **kwargs):
        try:
            response = self.answer(request, *args, **kwargs)
        except HTTPException as error:
            return _refusal(
                requests.refusal_message(error), error.status_code, requests.BAD_REQUEST_CODE
            )
        if getattr(self, "status", 200) != 200 and response.status_code == 200:
            response.status_code = self.status
        return response

    def answer(self, request: HttpRequest, *args, **kwargs):
        if getattr(request, "api_delivery", None) is None:  # no DeliveryMiddleware before
            answered = early_answer(request)
            if answered is not None:
                return answered
        self.delivery = request.api_delivery
        try:
            response = self.run(request)
        except HTTPException as error:
            response = _refusal(
                requests.refusal_message(error), error.status_code, requests.BAD_REQUEST_CODE
            )
            return self.delivery.finish(response)
        if getattr(self, "status", 200) != 200 and response.status_code == 200:
            response.status_code = self.status
        context = getattr(self, "context", None)
        cacheable = False
        if context is not None and request.method in ("GET", "POST"):
            if context.private or getattr(self, "had_errors", True) or response.status_code != 200:
                response["Cache-Control"] = "private, no-store"
            else:
                response["Cache-Control"] = f"public, max-age={settings.VNG_GRAPHQL_CACHE_MAX_AGE}"
                patch_vary_headers(response, ["Accept", "Accept-Encoding"])
                cacheable = True
        return self.delivery.after(response, context, cacheable)


graphql_view = csrf_exempt(PublicGraphQLView.as_view(schema=schema, graphql_ide="graphiql"))
