"""Which cached answers a change affects, and dropping them when the transaction commits.

`affected_tags(obj)` is the one answer to "which responses may show something different now
that `obj` changed" (the webhooks reuse it):

- every language version of `obj` (a fallback answer read the version in another language);
- the lists of its model in every language whose fallback chain includes its language (a new
  French example joins the French list, and the Arabic one that falls back to French …), and for
  a page the lists of pages and the children of its parent;
- the objects that refer to it — foreign keys, StreamField chooser blocks, rich-text links —
  from Wagtail's `ReferenceIndex` (an answer that showed a link to an unpublished page, without
  the page, shows it again);
- the objects it refers to (a theme's list of examples changes when an example naming it is
  published);
- for a moved page, everything below it (their paths changed).

`invalidate(obj)` collects those tags now and drops them when the transaction commits, before
the editor's request returns; the purge backend (`graphql_api.delivery.purge`) is called with
the same tags, so a CDN in front drops its copies too.
"""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, TranslatableMixin

from graphql_api.delivery import cache
from graphql_api.delivery.purge import purge_backend
from graphql_api.delivery.tags import children_tag, list_tag, object_tag
from home.serving.languages import fallback_chain
from home.serving.references import referred, referring

logger = logging.getLogger("graphql_api.delivery")


def _versions(obj) -> list:
    """`obj` and its other language versions."""
    model = type(obj)
    if isinstance(obj, Page):
        return list(Page.objects.filter(translation_key=obj.translation_key).only("pk", "path"))
    if isinstance(obj, TranslatableMixin):
        return list(model._default_manager.filter(translation_key=obj.translation_key).only("pk"))
    return [obj]


def _languages_listing(code: str | None) -> list[str]:
    """The languages whose lists show content written in `code` (their fallback chain has it)."""
    codes = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if code is None:
        return codes
    return [language for language in codes if code in fallback_chain(language)]


def _list_tags(obj) -> set[str]:
    model = type(obj)
    if not isinstance(obj, TranslatableMixin):
        return {list_tag(model)}
    code = getattr(getattr(obj, "locale", None), "language_code", None)
    models = [model]
    if isinstance(obj, Page):
        models = [type(obj.specific_deferred) if type(obj) is Page else model, Page]
    return {list_tag(each, language) for each in models for language in _languages_listing(code)}


def _reference_tags(obj) -> set[str]:
    """Tags of the objects referring to `obj` and of the objects `obj` refers to. Objects that
    merely choose `obj` in a many-to-many field show it through its own tag already."""
    related = referring(obj, many_to_many=False) | referred(obj)
    return {object_tag(model, pk) for model, pk in related}


def affected_tags(obj, *, descendants: bool = False) -> set[str]:
    """The cache tags of every answer that may change when `obj` changes (see the module)."""
    versions = _versions(obj)
    tags = {object_tag(version) for version in versions} | _list_tags(obj)
    if isinstance(obj, Page):
        for version in versions:
            parent_path = version.path[: -Page.steplen]
            if parent_path:
                parent = Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()
                if parent:
                    tags.add(children_tag(parent))
            if descendants:
                below = Page.objects.filter(path__startswith=version.path, depth__gt=version.depth)
                tags.update(object_tag(Page, pk) for pk in below.values_list("pk", flat=True))
    tags |= _reference_tags(obj.specific if isinstance(obj, Page) else obj)
    return tags


def drop(tags: set[str]) -> None:
    """Drop the answers tagged with any of `tags` now (and at the CDN through the backend)."""
    cache.drop_tags(tags)
    try:
        purge_backend().purge(sorted(tags))
    except Exception:  # a CDN's trouble must not fail the editor's publish
        logger.exception("Purging the CDN failed for %s tags.", len(tags))


def invalidate(obj, *, descendants: bool = False, extra: set[str] | frozenset = frozenset()):
    """Drop what `obj`'s change affects when the current transaction commits."""
    tags = affected_tags(obj, descendants=descendants) | set(extra)
    transaction.on_commit(lambda: drop(tags))
    return tags
