"""What clients get while the database is unreachable: a 503 with `Retry-After`, never a 500.

Two ways in:
- `server_error` is the project's `handler500` (cms/urls.py). Django calls it for every
  uncaught exception, from a view or a middleware (sessions, authentication), while the
  exception is still being handled; when that exception says the database is unreachable it
  answers 503 — JSON for the API (`/graphql/`), plain text elsewhere (the admin) — and otherwise
  Django's usual 500.
- `raise_if_database_down(result)` is called by the GraphQL view with each execution result.
  The GraphQL executor turns resolver exceptions into masked "Unexpected error." entries, so a
  query whose resolvers failed because the database went away would be a 200 with
  `data.page: null` — which partners are told to read as "not found". When a result has errors,
  this probes every database once and re-raises the database's error, which ends in
  `server_error`.

How fast: PostgreSQL connections are opened with `connect_timeout` and run with a
`statement_timeout` (DATABASE_CONNECT_TIMEOUT, DATABASE_STATEMENT_TIMEOUT in settings), and
`CONN_HEALTH_CHECKS` replaces a broken persistent connection at the next request, so the service
recovers by itself when the database is back.
"""

import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse, JsonResponse, UnreadablePostError
from django.utils.translation import gettext as _
from django.views import defaults

logger = logging.getLogger("cms.outages")

OUTAGE_ERRORS = (OperationalError, InterfaceError)
OUTAGE_CODE = "SERVICE_UNAVAILABLE"


def is_outage(error: BaseException | None) -> bool:
    """Whether `error` (or an exception it was raised from) means a database is unreachable."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, OUTAGE_ERRORS):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def is_api_request(request: HttpRequest) -> bool:
    return request.path.startswith("/graphql")


def unavailable(request: HttpRequest) -> HttpResponse:
    """The 503 a client gets while the database is unreachable."""
    retry_after = str(settings.VNG_OUTAGE_RETRY_AFTER)
    if is_api_request(request):
        message = _(
            "The service is temporarily unavailable because its database cannot be reached. "
            "Try again in %(seconds)s seconds; this is not a 'not found'."
        ) % {"seconds": retry_after}
        response = JsonResponse(
            {"errors": [{"message": message, "extensions": {"code": OUTAGE_CODE}}]}, status=503
        )
    else:
        message = _(
            "The content service is temporarily unavailable because its database cannot be "
            "reached. Try again in %(seconds)s seconds."
        ) % {"seconds": retry_after}
        response = HttpResponse(message + "\n", status=503, content_type="text/plain")
    response["Retry-After"] = retry_after
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """handler500: a 503 for database outages, Django's 500 (JSON for the API) otherwise."""
    error = sys.exc_info()[1]
    if is_outage(error):
        return unavailable(request)
    if isinstance(error, UnreadablePostError):
        # The client stopped sending its body (gunicorn's body timeout, cms/gunicorn.py).
        return _client_error(request, _("The request body did not arrive in time; send it again."))
    if is_api_request(request):
        message = _("Something went wrong on the server; it has been logged. Try again later.")
        return JsonResponse({"errors": [{"message": message}]}, status=500)
    return defaults.server_error(request, *args, **kwargs)


def _client_error(request: HttpRequest, message: str) -> HttpResponse:
    if is_api_request(request):
        response = JsonResponse({"errors": [{"message": message}]}, status=400)
    else:
        response = HttpResponse(message + "\n", status=400, content_type="text/plain")
    return response


def database_error() -> DatabaseError | None:
    """The error of the first database that does not answer `SELECT 1`, or None."""
    for alias in settings.DATABASES:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
        except OUTAGE_ERRORS as error:
            return error
    return None


# What the API's error policy (MaskErrors) says instead of an unexpected resolver exception.
MASKED_MESSAGE = "Unexpected error."


def raise_if_database_down(result) -> None:
    """Called with a GraphQL execution result: raise the database's error when a resolver failed
    unexpectedly and a database is unreachable, so the client gets a 503 instead of null data.
    Refused documents and input errors cost no query: only masked resolver errors are probed."""
    errors = getattr(result, "errors", None) or []
    masked = [error for error in errors if error.path and error.message == MASKED_MESSAGE]
    if not masked:
        return
    # The resolver's own exception first: the database may be back by the time a probe runs.
    caused = (e.original_error for e in masked if is_outage(getattr(e, "original_error", None)))
    error = next(caused, None) or database_error()
    if error is not None:
        logger.warning("A GraphQL request failed while the database was unreachable: %s", error)
        raise error
