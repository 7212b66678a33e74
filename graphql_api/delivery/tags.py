"""Cache tags: names for what a response read, collected while it is answered.

A tag names one object or one list:

- `page-<pk>`, `image-<pk>`, `document-<pk>`, `<app>.<model>-<pk>` (snippets such as
  `themes.goal-3`): an object the response read, in whatever language version it was served;
- `list-<app>.<model>-<code>`: a list of a translatable model asked for in language `code`
  (which new objects join), `list-<app>.<model>` for models without languages, and
  `list-page-<code>` for lists of pages of any type (`pages`, `search`, a page by path that was
  not found);
- `children-<pk>`: the children of a page (any language version of page `pk`).

Resolvers register what they read through `record` (every object passing through
`graphql_api.locales.remember_batch` and the link targets of rich text and chooser blocks) and
`record_list`; `graphql_api.delivery.invalidation.affected_tags` gives the tags a change drops.
"""

from django.db import models
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin


def object_tag(obj_or_model, pk=None) -> str:
    """The tag of one object (or of `pk` of a model)."""
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    pk = obj_or_model.pk if pk is None else pk
    return f"{kind_of(model)}-{pk}"


def kind_of(model: type[models.Model]) -> str:
    if issubclass(model, Page):
        return "page"
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    return model._meta.label_lower


def list_tag(model: type[models.Model], code: str | None = None) -> str:
    """The tag of a list of `model` asked for in language `code`."""
    kind = "page" if model is Page else model._meta.label_lower
    if not issubclass(model, TranslatableMixin):
        return f"list-{kind}"
    return f"list-{kind}-{code}"


def children_tag(page_pk) -> str:
    return f"children-{page_pk}"


class Collector:
    """The tags and languages one response read (`Context.delivery`)."""

    def __init__(self) -> None:
        self.tags: set[str] = set()
        self.languages: set[str] = set()
        self.expires = None  # the earliest `expire_at` of what was read

    @property
    def seconds(self) -> int | None:
        """Seconds until something read expires (the answer must not outlive it), or None."""
        if self.expires is None:
            return None
        return max(1, int((self.expires - timezone.now()).total_seconds()))

    def add_objects(self, objects) -> None:
        for obj in objects:
            if obj is None or obj.pk is None:
                continue
            self.tags.add(object_tag(obj))
            expire_at = getattr(obj, "expire_at", None)
            if expire_at is not None and (self.expires is None or expire_at < self.expires):
                self.expires = expire_at
            code = getattr(obj, "_asked_locale", None)  # never a query: no `obj.locale`
            if code:
                self.languages.add(code)


def collector_of(holder) -> Collector | None:
    """The collector of a request or a GraphQL context, if the response may be cached."""
    return getattr(holder, "delivery_tags", None)


def record(holder, objects) -> None:
    """Note that the response of `holder` (a context or request) read `objects`."""
    collector = collector_of(holder)
    if collector is not None:
        collector.add_objects(objects)


def record_list(holder, model: type[models.Model], code: str | None = None) -> None:
    """Note that the response of `holder` ran a list of `model` in language `code`."""
    collector = collector_of(holder)
    if collector is not None:
        collector.tags.add(list_tag(model, code))
        if code and issubclass(model, TranslatableMixin):
            collector.languages.add(code)


def record_tag(holder, tag: str) -> None:
    collector = collector_of(holder)
    if collector is not None:
        collector.tags.add(tag)
