from django.apps import AppConfig


class GraphqlApiConfig(AppConfig):
    name = "graphql_api"
    verbose_name = "GraphQL API"

    def ready(self):
        from home.preview import register_preview_renderer

        # By dotted path: importing the API here would define its types before the schema
        # module sets the language of their descriptions.
        register_preview_renderer("graphql_api.preview.preview_sections")
