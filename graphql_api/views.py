"""The public GraphQL endpoint `/graphql/`; the schema itself is built in `graphql_api.schema`.

POST with a JSON body, or GET with `?query=…` for queries (GET mutations are refused). Before
anything is parsed, bodies over `VNG_GRAPHQL_LIMITS["MAX_BODY_BYTES"]` get 413 and batches
(a JSON array) get 400, each with a message saying what to do. Successful public responses are
cacheable (`Cache-Control: public, max-age=VNG_GRAPHQL_CACHE_MAX_AGE`); responses with errors
and previews (`Context.mark_private()`) are `private, no-store`.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from strawberry.django.views import GraphQLView

from cms.outages import raise_if_database_down
from graphql_api.context import Context
from graphql_api.limits import LIMIT_ERROR_CODE, limit
from graphql_api.schema import schema


def _refusal(message: str, status: int) -> JsonResponse:
    response = JsonResponse(
        {"errors": [{"message": message, "extensions": {"code": LIMIT_ERROR_CODE}}]},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


class PublicGraphQLView(GraphQLView):
    """strawberry's Django view with our context, request limits and caching headers."""

    def get_context(self, request: HttpRequest, response: HttpResponse) -> Context:
        self.context = Context(request=request, response=response)
        return self.context

    def process_result(self, request, result):
        raise_if_database_down(result)  # a 503, not null data, while the database is down
        self.had_errors = bool(result.errors)
        return super().process_result(request, result)

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        max_bytes = limit("MAX_BODY_BYTES")
        size = (
            len(request.META.get("QUERY_STRING", ""))
            if request.method == "GET"
            else int(request.META.get("CONTENT_LENGTH") or 0)
        )
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
        response = super().dispatch(request, *args, **kwargs)
        context = getattr(self, "context", None)
        if context is not None and request.method in ("GET", "POST"):
            if context.private or getattr(self, "had_errors", True) or response.status_code != 200:
                response["Cache-Control"] = "private, no-store"
            else:
                response["Cache-Control"] = f"public, max-age={settings.VNG_GRAPHQL_CACHE_MAX_AGE}"
                patch_vary_headers(response, ["Accept", "Accept-Encoding"])
        return response


graphql_view = csrf_exempt(
    PublicGraphQLView.as_view(
        schema=schema, graphql_ide="graphiql" if settings.VNG_GRAPHIQL else None
    )
)
