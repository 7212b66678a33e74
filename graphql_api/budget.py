"""The schema extension that applies every document limit, in the order that keeps refusals cheap.

1. parse: at most `MAX_TOKENS` tokens;
2. the document's shape (`graphql_api.document`): fragment cycles and explosions, directive
   floods — before graphql-core's validation, whose overlap check is what a fragment bomb abuses;
3. validation with our extra rules (depth, aliases, introspection), cached (bounded LRU);
4. the cost budget and rendition bound (`graphql_api.cost`), for the operation that will run.

Every executed operation reports `extensions.cost = {requested, limit}`. None of this runs SQL.
"""

from collections.abc import Iterator
from functools import lru_cache

from graphql import GraphQLError, OperationDefinitionNode, validate
from strawberry.extensions import SchemaExtension

from graphql_api.cost import budget_errors, estimate
from graphql_api.document import shape_errors
from graphql_api.limits import limit, limit_rules, suggestions_hidden
from graphql_api.requests import BAD_REQUEST_CODE, several_operations_message


@lru_cache(maxsize=4)
def _validation_cache(maxsize: int):
    @lru_cache(maxsize=maxsize)
    def cached_validate(schema, document, rules, hide_suggestions):
        errors = shape_errors(document)
        if errors:
            return errors
        return validate(schema, document, rules, hide_suggestions=hide_suggestions)

    return cached_validate


def _operation_name_errors(context) -> list[GraphQLError]:
    """The specification: a document with several operations runs only the one named in
    `operationName` (strawberry would run the first)."""
    if getattr(context, "_provided_operation_name", None) is not None:
        return []
    operations = [
        definition
        for definition in context.graphql_document.definitions
        if isinstance(definition, OperationDefinitionNode)
    ]
    if len(operations) < 2:
        return []
    return [GraphQLError(several_operations_message(), extensions={"code": BAD_REQUEST_CODE})]


class RequestLimits(SchemaExtension):
    """Tokens at parse time; shape, validation rules and cost before execution."""

    cost: int | None = None

    def on_operation(self) -> Iterator[None]:
        self.execution_context.parse_options["max_tokens"] = limit("MAX_TOKENS")
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        rules = (*context.validation_rules, *limit_rules())
        cached_validate = _validation_cache(limit("VALIDATION_CACHE_SIZE"))
        errors = list(
            cached_validate(
                context.schema._schema, context.graphql_document, rules, suggestions_hidden()
            )
        )
        if not errors:
            errors = _operation_name_errors(context)
        if not errors:
            found = estimate(
                context.schema._schema,
                context.graphql_document,
                context.operation_name,
                context.variables,
            )
            if found is not None:
                self.cost = found.cost
                errors = budget_errors(found)
        context.pre_execution_errors = errors
        yield

    def get_results(self) -> dict:
        if self.cost is None:
            return {}
        return {"cost": {"requested": self.cost, "limit": limit("MAX_COST")}}
