import pytest
from wagtail.models import Site


def _flushes_the_database(item) -> bool:
    """Transactional tests (live_server, transaction=True) empty every table when they end,
    including what the data migrations wrote (locales, the home page, the site, groups)."""
    marker = item.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run the tests that flush the database last, after pytest-django's own ordering, so that
    module-scoped data fixtures elsewhere always start from the migrated bootstrap data."""
    items.sort(key=_flushes_the_database)


@pytest.fixture(autouse=True, scope="session")
def _session_keys_removed_at_the_end():
    """With Redis, the session's keys (under a prefix of its own, cms/settings/test.py) go when
    it ends, so sessions sharing a Redis database leave nothing behind."""
    yield
    from graphql_api import ratelimit
    from graphql_api.delivery import cache

    cache.clear()
    ratelimit.reset()


@pytest.fixture(autouse=True)
def _cold_api_cache():
    """Each test starts with an empty API response cache, no recorded purges and fresh rate
    counters: query counts and answers never depend on an earlier test."""
    from graphql_api import ratelimit
    from graphql_api.delivery import cache
    from graphql_api.delivery.purge import RecordingPurge

    cache.clear()  # the shared cache and this process's copies
    RecordingPurge.reset()
    ratelimit.reset()
    yield


@pytest.fixture
def home_page(db):
    """The Dutch home page the data migration creates as the site root."""
    return Site.objects.get(is_default_site=True).root_page.specific
