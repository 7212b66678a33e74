"""The public GraphQL endpoint; the schema itself is built in `graphql_api.schema`."""

from django.urls import path

from graphql_api.views import graphql_view

urlpatterns = [path("graphql/", graphql_view, name="graphql")]
