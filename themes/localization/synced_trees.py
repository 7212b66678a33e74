"""Synchronised trees: every page of the source language exists in every other language.

wagtail-localize's locale synchronisation (`LocaleSynchronization`, one per target language,
written by migration `themes.0007`) copies a page created in the source language into every
synchronised language as an *alias*: a synced copy nobody has translated yet. Such copies are
never served as that language (`home.serving.visibility` leaves aliases out; readers get the
fallback), and the translation status report lists them as "to translate".

wagtail-localize creates the copies when an editor creates a page; this module moves them (and
any translation) along when the source page moves, and deletes the untranslated copies with
their source, so the trees stay alike. `sync_locale_trees` copies pages that predate the
synchronisation.
"""

from django.db.models.signals import post_save
from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save
from wagtail_localize.synctree import synchronize_tree


def synced_locale_ids() -> set[int]:
    return set(LocaleSynchronization.objects.values_list("locale_id", flat=True))


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_synced_trees(pages: list[Page], action: str):
    """Move: the page's versions in synchronised languages follow it. Delete: its untranslated
    copies go with it (translations stay: people wrote them)."""
    locale_ids = synced_locale_ids()
    if action == "move":
        return {
            page: Page.objects.translation_of(page, inclusive=False).filter(
                locale_id__in=locale_ids
            )
            for page in pages
        }
    if action == "delete":
        return {
            page: Page.objects.filter(alias_of=page, locale_id__in=locale_ids) for page in pages
        }
    return None


def synchronise_all_trees() -> dict[str, int]:
    """Copy every source page that has no version yet into each synchronised language; return
    the number of pages per language code afterwards."""
    counts = {}
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)
        counts[sync.locale.language_code] = Page.objects.filter(locale=sync.locale).count()
    return counts


def sync_trees_unless_loading_data(sender, instance, raw=False, **kwargs):
    """Sync the trees when someone saves a language's synchronisation, not when a fixture or a
    test database restore writes the row (`raw`): that would copy the tree mid-restore."""
    if not raw:
        instance.sync_trees()


def replace_wagtail_localize_receiver() -> None:
    """wagtail-localize syncs on every save of the setting, raw ones included (called from
    `themes.apps` when the app is ready)."""
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(
        sync_trees_unless_loading_data,
        sender=LocaleSynchronization,
        dispatch_uid="themes.sync_trees_unless_loading_data",
    )
