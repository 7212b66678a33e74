"""Signal handlers that turn Wagtail's changes into change events.

Pages: `page_published` (a translation gives `translation.published`; a page that is published
but not public — private, expired, outside the site — gives a `page.unpublished` tombstone, so
partners drop it), `page_unpublished` (also sent when `publish_scheduled` unpublishes an expired
page), `post_page_move`, and `pre_delete` (while the page's path can still be read). Snippets
named in `VNG_CHANGE_EVENT_SNIPPETS` and images: `post_save` / `post_delete`.
"""

import threading

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationSource

from home.changes import models as m
from home.changes.events import record
from home.changes.pausing import key_revoked
from home.changes.references import affected_by_object, affected_by_page
from home.serving.languages import code_of
from home.serving.paths import url_path
from home.serving.visibility import is_page_visible

# Pages whose deletion is under way in this thread: Wagtail unpublishes a live page before
# deleting it (its own pre_delete handler, connected after ours), which must not add a
# `page.unpublished` next to the `page.deleted`.
_deleting = threading.local()


def _being_deleted() -> set:
    if not hasattr(_deleting, "pks"):
        _deleting.pks = set()
    return _deleting.pks


def _is_translation(page) -> bool:
    """Whether `page` is a translation rather than the version others are translated from."""
    source_locale = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    if source_locale is not None:
        return source_locale != page.locale_id
    return (
        Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk)
        .exclude(locale_id=page.locale_id)
        .exists()
    )


def _page_fields(page, **extra) -> dict:
    return {
        "object_type": "page",
        "object_model": page.specific_class.__name__ if page.specific_class else "Page",
        "object_id": str(page.pk),
        "translation_key": page.translation_key,
        "locale": code_of(page),
        **extra,
    }


def on_page_published(sender, instance, **kwargs):
    page = instance
    if page.alias_of_id:
        return
    if not is_page_visible(page):
        record(
            type=m.PAGE_UNPUBLISHED,
            affected_page_ids=affected_by_page(page),
            **_page_fields(page),
        )
        return
    kind = m.TRANSLATION_PUBLISHED if _is_translation(page) else m.PAGE_PUBLISHED
    record(
        type=kind,
        url_path=url_path(page),
        affected_page_ids=affected_by_page(page),
        **_page_fields(page),
    )


def on_page_unpublished(sender, instance, **kwargs):
    if instance.alias_of_id or instance.pk in _being_deleted():
        return
    record(
        type=m.PAGE_UNPUBLISHED,
        url_path=url_path(instance),
        affected_page_ids=affected_by_page(instance),
        **_page_fields(instance),
    )


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    page = Page.objects.get(pk=instance.pk)
    if not page.live or page.alias_of_id:
        return
    before = kwargs.get("url_path_before", "")
    homes = {p.path: p.url_path for p in Page.objects.filter(depth=2)}
    home_path = homes.get(page.path[: 2 * Page.steplen], "")
    language = code_of(page)
    routed_before = (
        f"/{language}/{before[len(home_path) :]}" if before.startswith(home_path) else ""
    )
    record(
        type=m.PAGE_MOVED,
        url_path=url_path(page, homes=homes),
        url_path_before=routed_before,
        affected_page_ids=affected_by_page(page, extra=[parent_page_before.pk]),
        **_page_fields(page),
    )


def on_page_deleted(sender, instance, **kwargs):
    if sender is not Page or instance.depth <= 1 or instance.alias_of_id or not instance.live:
        return
    _being_deleted().add(instance.pk)
    record(
        type=m.PAGE_DELETED,
        url_path=url_path(instance),
        affected_page_ids=affected_by_page(instance),
        **_page_fields(instance),
    )


def on_page_gone(sender, instance, **kwargs):
    _being_deleted().discard(instance.pk)


def _object_fields(kind, instance) -> dict:
    locale = getattr(instance, "locale", None) if hasattr(instance, "locale_id") else None
    return {
        "object_type": kind,
        "object_model": type(instance).__name__,
        "object_id": str(instance.pk),
        "translation_key": getattr(instance, "translation_key", None),
        "locale": locale.language_code if locale else "",
        "affected_page_ids": affected_by_object(instance),
    }


def on_snippet_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    record(type=m.SNIPPET_CHANGED, **_object_fields("snippet", instance))


def on_image_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    record(type=m.IMAGE_CHANGED, **_object_fields("image", instance))


def on_api_key_saved(sender, instance, **kwargs):
    """A revoked partner key stops its webhooks too (they resume with the subscription)."""
    if not instance.active:
        m.Subscription.objects.filter(api_key=instance, active=True).update(
            active=False, paused_reason=key_revoked()
        )


def connect():
    # By label: the API's key model is above this layer, which never imports it.
    post_save.connect(
        on_api_key_saved, sender="graphql_api.ApiKey", dispatch_uid="changes_api_key_saved"
    )
    page_published.connect(on_page_published, dispatch_uid="changes_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="changes_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="changes_page_moved")
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="changes_page_deleted")
    post_delete.connect(on_page_gone, sender=Page, dispatch_uid="changes_page_gone")
    for label in settings.VNG_CHANGE_EVENT_SNIPPETS:
        model = apps.get_model(label)
        post_save.connect(on_snippet_changed, sender=model, dispatch_uid=f"changes_save_{label}")
        post_delete.connect(on_snippet_changed, sender=model, dispatch_uid=f"changes_del_{label}")
    image = get_image_model()
    post_save.connect(on_image_changed, sender=image, dispatch_uid="changes_image_saved")
    post_delete.connect(on_image_changed, sender=image, dispatch_uid="changes_image_deleted")
