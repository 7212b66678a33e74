"""What the public endpoint accepts, and how it reports what it refuses.

Every number lives in `settings.VNG_GRAPHQL_LIMITS`. Documents are refused before any resolver
runs: too many tokens at parse time, too deep / too many aliases / too many directives /
introspection at validation time. Request bodies that are too large or that batch several
operations are refused by the view (`graphql_api.views`) before parsing.

Errors: messages of limit and input errors say what to change and are shown as they are;
any other error from a resolver is masked ("Unexpected error."), and outside DEBUG no message
carries "Did you mean …" suggestions, so the schema cannot be guessed through typos.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from django.conf import settings
from django.utils.translation import gettext as _
from graphql import (
    DirectiveNode,
    GraphQLError,
    ValidationContext,
    ValidationRule,
    validate,
)
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaskErrors, SchemaExtension
from strawberry.extensions.max_aliases import create_validator as aliases_validator
from strawberry.extensions.query_depth_limiter import create_validator as depth_validator
from strawberry.schema.schema import MaybeNullValidationRule, OneOfInputValidationRule

INPUT_ERROR_CODE = "BAD_USER_INPUT"
LIMIT_ERROR_CODE = "LIMIT_EXCEEDED"


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


def _directive_validator(max_directives: int) -> type[ValidationRule]:
    class MaxDirectivesValidator(ValidationRule):
        """At most `max_directives` directives (`@include`, `@skip`, …) in a document."""

        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            self.count = 0

        def enter_directive(self, node: DirectiveNode, *_args) -> None:
            self.count += 1
            if self.count == max_directives + 1:
                self.report_error(
                    GraphQLError(
                        _("The document uses more than %(max)s directives; use at most %(max)s.")
                        % {"max": max_directives},
                        node,
                        extensions={"code": LIMIT_ERROR_CODE},
                    )
                )

    return MaxDirectivesValidator


@lru_cache(maxsize=1)
def _limit_rules(max_depth: int, max_aliases: int, max_directives: int, introspection: bool):
    """The extra validation rules, built once so validation results can be cached."""
    rules = [
        depth_validator(max_depth, None, None),
        aliases_validator(max_aliases),
        _directive_validator(max_directives),
        MaybeNullValidationRule,
        OneOfInputValidationRule,
    ]
    if not introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


def limit_rules() -> tuple[type[ValidationRule], ...]:
    return _limit_rules(
        limit("MAX_DEPTH"), limit("MAX_ALIASES"), limit("MAX_DIRECTIVES"), introspection_allowed()
    )


@lru_cache(maxsize=4)
def _validation_cache(maxsize: int):
    @lru_cache(maxsize=maxsize)
    def cached_validate(schema, document, rules, hide_suggestions):
        return validate(schema, document, rules, hide_suggestions=hide_suggestions)

    return cached_validate


class RequestLimits(SchemaExtension):
    """Token limit at parse time; depth, alias, directive and introspection rules at validation,
    with a bounded validation cache (size `VALIDATION_CACHE_SIZE`)."""

    def on_operation(self) -> Iterator[None]:
        self.execution_context.parse_options["max_tokens"] = limit("MAX_TOKENS")
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        rules = (*context.validation_rules, *limit_rules())
        cached_validate = _validation_cache(limit("VALIDATION_CACHE_SIZE"))
        context.pre_execution_errors = cached_validate(
            context.schema._schema, context.graphql_document, rules, suggestions_hidden()
        )
        yield


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
    """Syntax, validation, limit and input errors are shown; resolver failures are not."""
    original = error.original_error
    return original is None or isinstance(original, GraphQLError)


def tidy_error(error: GraphQLError) -> None:
    """Reword limit errors to say what to change; drop schema suggestions outside DEBUG.

    Called by the schema's `process_errors` for every error (parse, validation, execution)."""
    _reworded(error)
    if suggestions_hidden():
        error.message = _SUGGESTION.sub("", error.message)


class PublicErrors(MaskErrors):
    """Masks unexpected resolver errors as "Unexpected error."; shows input and limit errors."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not _is_public(error))
