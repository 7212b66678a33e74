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


def _with_message(base: type[ValidationRule], message: str) -> type[ValidationRule]:
    """A strawberry limit rule whose error says what to change instead of what was found."""

    class LimitValidator(base):
        def report_error(self, error: GraphQLError) -> None:
            super().report_error(
                GraphQLError(message, error.nodes, extensions={"code": LIMIT_ERROR_CODE})
            )

    return LimitValidator


@lru_cache(maxsize=1)
def _limit_rules(max_depth: int, max_aliases: int, max_directives: int, introspection: bool):
    """The extra validation rules, built once so validation results can be cached."""
    rules = [
        _with_message(
            depth_validator(max_depth, None, None),
            _("The query is nested deeper than %(max)s levels; split it into smaller queries.")
            % {"max": max_depth},
        ),
        _with_message(
            aliases_validator(max_aliases),
            _("The document uses more than %(max)s aliases; use at most %(max)s.")
            % {"max": max_aliases},
        ),
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


def _is_public(error: GraphQLError) -> bool:
    """Syntax, validation, limit and input errors are shown; resolver failures are not."""
    original = error.original_error
    return original is None or isinstance(original, GraphQLError)


class PublicErrors(MaskErrors):
    """Masks unexpected errors and strips schema suggestions outside DEBUG."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda error: not _is_public(error))

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed = super()._process_errors(errors)
        if suggestions_hidden():
            for error in processed:
                error.message = _SUGGESTION.sub("", error.message)
        return processed
