"""Composes the per-domain Query classes into the one public schema."""

import strawberry
from strawberry_django.optimizer import DjangoOptimizerExtension


@strawberry.type
class Query:
    @strawberry.field(description="Health check: always true when the API answers.")
    def ok(self) -> bool:
        return True


schema = strawberry.Schema(query=Query, extensions=[DjangoOptimizerExtension()])
