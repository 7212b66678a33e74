"""The typed per-request context every resolver receives as `info.context`."""

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.http import HttpRequest, HttpResponse
from strawberry.django.context import StrawberryDjangoContext

T = TypeVar("T")


@dataclass
class Context(StrawberryDjangoContext):
    """The request, the response under construction and per-request caches.

    Objects carry the language they were asked for (`home.serving.versions.asked_locale`), so
    one document may ask for several languages through aliases.
    Call `mark_private()` when the response must not be cached by anyone (draft previews):
    the view then sends `Cache-Control: private, no-store` instead of the public caching header.
    """

    request: HttpRequest
    response: HttpResponse
    private: bool = False
    # What the answer read, for the response cache (`graphql_api.delivery.tags.Collector`).
    delivery_tags: Any = None
    _memo: dict[Hashable, Any] = field(default_factory=dict, repr=False)

    def mark_private(self) -> None:
        """Make this response uncacheable (`Cache-Control: private, no-store`)."""
        self.private = True

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` once per request for `key`; later calls return the stored value."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]
