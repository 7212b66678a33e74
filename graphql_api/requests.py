"""The HTTP envelope of a GraphQL request: what makes a body readable, and the time budget.

Every request the view cannot read is answered with a JSON 400 whose message says what to send
instead: a body that is not UTF-8, JSON that does not parse (or nests deeper than
`MAX_JSON_DEPTH`, or holds an integer Python refuses to convert), a body that is not a JSON
object, a document with several operations and no `operationName`.

An operation that runs past `OPERATION_SECONDS` is stopped at its next SQL statement with a
`TIMEOUT` error; the view answers 503.
"""

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager

from cross_web import HTTPException
from django.db import connection
from django.utils.translation import gettext as _
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError

from graphql_api.limits import OperationTimeout, limit

BAD_REQUEST_CODE = "BAD_REQUEST"


class BadRequest(HTTPException):
    """A request the view cannot read; answered as JSON with this status and message."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(status, message)


def _depth(value: object) -> int:
    """How deeply JSON arrays and objects nest in `value` (0 for a scalar); no recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level + 1)
        stack.extend((child, level + 1) for child in children)
    return deepest


def decode_json(data: str | bytes) -> object:
    """The JSON value of a body or query parameter, or `BadRequest` saying what is wrong."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise BadRequest(
                _(
                    "The request body is not UTF-8 (byte %(position)s). Send JSON encoded as "
                    "UTF-8, uncompressed."
                )
                % {"position": error.start}
            ) from error
    try:
        value = json.loads(data)
    except RecursionError as error:
        raise BadRequest(_too_deep()) from error
    except ValueError as error:  # JSONDecodeError, and integers over Python's 4,300 digits
        raise BadRequest(
            _("The request is not valid JSON (%(problem)s). Send a JSON object.")
            % {"problem": str(error)[:120]}
        ) from error
    if _depth(value) > limit("MAX_JSON_DEPTH"):
        raise BadRequest(_too_deep())
    return value


def _too_deep() -> str:
    return _(
        "The JSON of the request nests deeper than %(max)s levels; send flatter variables "
        "and extensions."
    ) % {"max": limit("MAX_JSON_DEPTH")}


def require_object(value: object) -> None:
    if not isinstance(value, dict):
        raise BadRequest(
            _(
                'The request body must be a JSON object such as {"query": "{ locales { code } }"}'
                ", not %(kind)s."
            )
            % {"kind": type(value).__name__ if value is not None else "null"}
        )


def several_operations_message() -> str:
    return _(
        "The document has several operations (or none); name the one to run in “operationName”."
    )


# strawberry's own refusals, as sentences that say what to do.
_REASONS = {
    "Unsupported content type": lambda: _(
        "Send the request as JSON with the header Content-Type: application/json, or as a GET "
        "with ?query=…."
    ),
    "No GraphQL query found in the request": lambda: _(
        "The request has no query; send the GraphQL document in “query”."
    ),
    "GraphQL only supports GET and POST requests.": lambda: _(
        "Use GET or POST to send GraphQL queries."
    ),
    "Not Found": lambda: _(
        "This endpoint has no query editor; send GraphQL queries as GET with ?query=… or as POST."
    ),
}


def refusal_message(error: HTTPException) -> str:
    """The message for strawberry's `HTTPException`, reworded where we know it."""
    cause = error.__cause__
    if isinstance(cause, CannotGetOperationTypeError):
        if cause.operation_name is None:
            return several_operations_message()
        return _(
            "The document has no operation named “%(name)s”; send the name of one of its "
            "operations in “operationName”."
        ) % {"name": cause.operation_name}
    if isinstance(cause, InvalidOperationTypeError):
        return _("Only queries can be sent with GET; send other operations with POST.")
    reason = _REASONS.get(error.reason)
    return reason() if reason else error.reason


@contextmanager
def time_budget() -> Iterator[None]:
    """Stop the operation at its next SQL statement once `OPERATION_SECONDS` have passed.

    Every slow path of the API runs SQL (lists, relations, renditions), so checking before
    each statement cuts off a runaway operation without a check in every resolver."""
    deadline = time.monotonic() + limit("OPERATION_SECONDS")

    def guard(execute, sql, params, many, context):
        if time.monotonic() > deadline:
            raise OperationTimeout
        return execute(sql, params, many, context)

    with connection.execute_wrapper(guard):
        yield
