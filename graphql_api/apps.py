from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GraphqlApiConfig(AppConfig):
    name = "graphql_api"
    verbose_name = _("GraphQL API")

    def ready(self):
        from home.preview import register_preview_renderer

        # By dotted path: importing the API here would define its types before the schema
        # module sets the language of their descriptions.
        register_preview_renderer("graphql_api.preview.preview_sections")

        from django.conf import settings
        from django.core.exceptions import ImproperlyConfigured

        from graphql_api.delivery import cors, keys, signals
        from graphql_api.ratelimit import parse_rate

        for name in ("VNG_API_ANON_RATE", "VNG_API_KEY_RATE"):
            try:
                parse_rate(getattr(settings, name))
            except ValueError as error:
                raise ImproperlyConfigured(f"{name}: {error}") from error
        signals.connect()
        keys.connect()
        cors.connect()
