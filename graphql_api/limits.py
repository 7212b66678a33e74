"""What the public endpoint accepts, and how it reports what it refuses.

Every number lives in `settings.VNG_GRAPHQL_LIMITS`. Documents are refused before any resolver
runs: too many tokens at parse time; fragment explosions and directive floods before validation
(`graphql_api.document`); too deep / too many aliases / introspection at validation time; over
the cost budget after it (`graphql_api.cost`); the extension `graphql_api.budget.RequestLimits`
runs these steps. Malformed, too large or batched requests are refused by the view
(`graphql_api.views`, `graphql_api.requests`) before parsing.

Errors: messages of limit and input errors say what to change and are shown as they are;
any other error from a resolver is masked ("Unexpected error."), and outside DEBUG no message
carries "Did you mean …" suggestions, so the schema cannot be guessed through typos.
"""

import re
from functools import lru_cache

from django.conf import settings
from django.db import OperationalError
from django.utils.translation import gettext as _
from graphql import GraphQLError, ValidationRule
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaskErrors
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.schema import MaybeNullValidationRule, OneOfInputValidationRule

from cms.outages import is_outage

INPUT_ERROR_CODE = "BAD_USER_INPUT"
LIMIT_ERROR_CODE = "LIMIT_EXCEEDED"
TIMEOUT_ERROR_CODE = "TIMEOUT"


def limit(name: str) -> int:
    """One number of `settings.VNG_GRAPHQL_LIMITS`, e.g. `limit("MAX_DEPTH")`."""
    return settings.VNG_GRAPHQL_LIMITS[name]


def suggestions_hidden() -> bool:
    """Outside DEBUG, error messages carry no "Did you mean" hints about the schema."""
    return not settings.DEBUG


def introspection_allowed() -> bool:
    return settings.DEBUG or settings.VNG_GRAPHQL_INTROSPECTION


class InputError(GraphQLError):
    """A bad argument: the message says what to change. Never masked."""

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": INPUT_ERROR_CODE})


def check_year(year: int) -> None:
    """A calendar year the database can compare dates with, else an `InputError`."""
    if not 1 <= year <= 9999:
        raise InputError(
            _("The year %(year)s is out of range; give a year from 1 to 9999.") % {"year": year}
        )


class OperationTimeout(GraphQLError):
    """The operation ran past its time budget; the view answers 503. Never masked."""

    def __init__(self) -> None:
        super().__init__(timeout_message(), extensions={"code": TIMEOUT_ERROR_CODE})


def timeout_message() -> str:
    return _(
        "The query took longer than the service allows and was stopped; ask for fewer items "
        "or fields, or try again later."
    )


def _is_statement_timeout(error: BaseException | None) -> bool:
    """PostgreSQL cancelled a statement (`statement_timeout`, SQLSTATE 57014)."""
    if not isinstance(error, OperationalError):
        return False
    return getattr(getattr(error, "__cause__", None), "sqlstate", None) == "57014"


@lru_cache(maxsize=1)
def _limit_rules(max_depth: int, max_aliases: int, introspection: bool):
    """The extra validation rules, built once so validation results can be cached.

    Directives are counted before validation (`graphql_api.document`), with fragments."""
    rules = [
        depth_validator(max_depth, None, None),
        aliases_validator(max_aliases),
        MaybeNullValidationRule,
        OneOfInputValidationRule,
    ]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


def limit_rules() -> tuple[type[ValidationRule], ...]:
    return _limit_rules(limit("MAX_DEPTH"), limit("MAX_ALIASES"), introspection_allowed())


_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")
# strawberry's and graphql-core's limit messages, reworded to say what to change.
_LIMIT_MESSAGES = [
    (
        re.compile(r"^'.*' exceeds maximum operation depth of (?P<max>\d+)$"),
        lambda max: (
            _("The query is nested deeper than %(max)s levels; split it into smaller queries.")
            % {"max": max}
        ),
    ),
    (
        re.compile(r"^\d+ aliases found\. Allowed: (?P<max>\d+)$"),
        lambda max: (
            _("The document uses more than %(max)s aliases; use at most %(max)s.") % {"max": max}
        ),
    ),
    (
        re.compile(r"^Syntax Error: Document contains more than (?P<max>\d+) tokens\."),
        lambda max: (
            _("The document has more than %(max)s tokens; ask for fewer fields or split the query.")
            % {"max": max}
        ),
    ),
]


def _reworded(error: GraphQLError) -> None:
    for pattern, message in _LIMIT_MESSAGES:
        match = pattern.match(error.message)
        if match:
            error.message = message(match["max"])
            error.extensions = {**(error.extensions or {}), "code": LIMIT_ERROR_CODE}
            return


def _is_public(error: GraphQLError) -> bool:
    """Syntax, validation, limit, input and timeout errors are shown; resolver failures are
    not."""
    original = error.original_error
    return original is None or isinstance(original, GraphQLError)


def is_timeout(error: GraphQLError) -> bool:
    return (error.extensions or {}).get("code") == TIMEOUT_ERROR_CODE


def tidy_error(error: GraphQLError) -> None:
    """Reword limit errors to say what to change; drop schema suggestions outside DEBUG.

    Called by the schema's `process_errors` for every error (parse, validation, execution).
    A statement PostgreSQL cancelled becomes a public timeout error (the view answers 503)."""
    if _is_statement_timeout(error.original_error):
        error.message = timeout_message()
        error.extensions = {"code": TIMEOUT_ERROR_CODE}
        error.original_error = OperationTimeout()
        return
    _reworded(error)
    if suggestions_hidden():
        error.message = _SUGGESTION.sub("", error.message)


class PublicErrors(MaskErrors):
    """Masks unexpected resolver errors as "Unexpected error."; shows input and limit errors."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not _is_public(error))

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        """Keep a database outage as the masked error's cause (never shown to the client), so
        the view answers 503 even when the database is back before it could probe it."""
        masked = super().anonymise_error(error)
        if is_outage(error.original_error):
            masked.original_error = error.original_error
        return masked
