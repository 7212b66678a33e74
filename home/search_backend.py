"""Wagtail's database search backend, with a PostgreSQL text search configuration per language.

On PostgreSQL every page is indexed with the configuration of its own language
(`settings.VNG_SEARCH_CONFIGS`: dutch, english, french, spanish; Arabic with PostgreSQL's
`arabic` configuration when the server has it, else `simple`), so "steden" and "stad" share a
Dutch stem and "villes" and "ville" a French one; a query in one language is matched against
that language's pages with that language's configuration (`with_config`). Other databases get
Wagtail's own choice (SQLite's FTS5 backend on the demo), which has no stemming per language.

Indexing runs where Wagtail runs it: a task per saved object (the worker in production),
reading the object back from the database, so the index holds the published content, never a
draft's; `manage.py update_index` rebuilds it.
"""

import copy
from collections import defaultdict
from functools import lru_cache

from django.conf import settings
from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend


@lru_cache(maxsize=16)
def _available(config: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_catalog.pg_ts_config WHERE cfgname = %s", [config])
        return cursor.fetchone() is not None


def language_config(code: str | None) -> str:
    """The text search configuration of a language, `simple` when the server lacks it."""
    config = settings.VNG_SEARCH_CONFIGS.get(code or "", "simple")
    return config if config == "simple" or _available(config) else "simple"


@lru_cache(maxsize=1)
def _locale_codes() -> dict:
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def config_of(obj) -> str:
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return language_config(None)
    codes = _locale_codes()
    if locale_id not in codes:
        _locale_codes.cache_clear()
        codes = _locale_codes()
    return language_config(codes.get(locale_id))


def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )

    class LanguageIndex(PostgresIndex):
        """Index each object with its language's configuration."""

        def add_items(self, model, objs):
            groups = defaultdict(list)
            for obj in objs:
                groups[config_of(obj)].append(obj)
            for config, group in groups.items():
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class LanguagePostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex

        def with_config(self, config: str):
            """This backend searching and indexing with another text search configuration."""
            other = copy.copy(self)
            other.config = config
            return other

    return LanguagePostgresSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_backend(params)


def backend_for_language(backend, code: str):
    """`backend` searching with the configuration of `code` (itself where that means nothing)."""
    if hasattr(backend, "with_config"):
        return backend.with_config(language_config(code))
    return backend
