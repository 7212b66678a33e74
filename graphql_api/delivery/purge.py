"""Purge backends: tell a CDN in front which tags to drop (`Surrogate-Key` / `Cache-Tag`).

`VNG_API_PURGE_BACKEND` names the class (dotted path); its `purge(tags)` is called after every
invalidation, when the transaction has committed. Shipped:

- `NoPurge` (default): nothing in front caches by tag;
- `RecordingPurge`: keeps the calls in memory (tests, and to see what would be purged);
- `WagtailFrontendCachePurge`: hands the tags to each backend of Wagtail's
  `WAGTAILFRONTENDCACHE` that can purge by tag (a `purge_tags(tags)` method, e.g. a subclass
  of Wagtail's Cloudflare backend you configure); Wagtail's own backends purge URLs, and an
  API answer has no URL of its own, so those are skipped with a warning.
"""

import logging
import threading

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("graphql_api.delivery")


class NoPurge:
    def purge(self, tags: list[str]) -> None:
        pass


class RecordingPurge:
    """Remembers every call (class-wide, shared by the process's threads)."""

    calls: list[list[str]] = []
    _lock = threading.Lock()

    def purge(self, tags: list[str]) -> None:
        with self._lock:
            RecordingPurge.calls.append(list(tags))

    @classmethod
    def purged(cls) -> set[str]:
        return {tag for call in cls.calls for tag in call}

    @classmethod
    def reset(cls) -> None:
        with cls._lock:
            cls.calls.clear()


class WagtailFrontendCachePurge:
    def purge(self, tags: list[str]) -> None:
        from wagtail.contrib.frontend_cache.utils import get_backends

        for name, backend in get_backends().items():
            if hasattr(backend, "purge_tags"):
                backend.purge_tags(tags)
            else:
                logger.warning(
                    "The frontend-cache backend %s purges URLs only; API answers are purged by "
                    "tag. Give it a purge_tags(tags) method or use another purge backend.",
                    name,
                )


def purge_backend():
    return import_string(settings.VNG_API_PURGE_BACKEND)()
