"""Which pages the tree lets the public see, kept in a table (`home.models.PageExposure`).

A page is exposed when no view restriction is on it or on a page above it, no page above it
(the tree root aside) is unpublished or expired, and it is, or is below, the default site's
root page or one of its translations. With the earliest expiry time of the pages above it,
that is everything the visibility rule needs from the tree; the rest it reads from the page
row itself (`visibility`).

Only changes to pages, view restrictions and sites alter it, and every one of them is
followed here in the same transaction (`connect`): a new page, a page whose publication or
expiry changed (its subtree), a moved page (its subtree), a view restriction added or removed
(its subtree), a site changed (everything). A deleted page takes its row with it. Writes that
bypass Django's signals (bulk SQL, `QuerySet.update` of pages) must call `refresh` or
`rebuild` themselves; `manage.py refresh_exposure` rebuilds the table, and every `migrate`
does too.
"""

import logging

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Substr
from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

logger = logging.getLogger(__name__)

# Ancestors are found by their paths: the prefixes of the page's path (Wagtail's tree paths are
# fixed-width steps), so every lookup uses the index on `path`. Pages deeper than this are
# never exposed (fail closed); the site is four levels deep.
MAX_TREE_DEPTH = 8

# What a page's descendants read from it.
_INHERITED = ("live", "expired", "expire_at", "path")


def _own_and_ancestor_paths():
    return [
        Substr(OuterRef("path"), 1, depth * Page.steplen) for depth in range(1, MAX_TREE_DEPTH + 1)
    ]


def _ancestors():
    """The pages above the outer page, the tree root left out."""
    return Page.objects.filter(depth__gt=1, path__in=_own_and_ancestor_paths()).exclude(
        path=OuterRef("path")
    )


def exposed_q() -> Q:
    """The tree conditions, checked page by page (used to fill the table, not to serve)."""
    root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
    restricted = PageViewRestriction.objects.filter(page__path__in=_own_and_ancestor_paths())
    hidden_above = _ancestors().filter(Q(live=False) | Q(expired=True))
    in_site = Page.objects.filter(
        translation_key=Subquery(root_key), path__in=_own_and_ancestor_paths()
    )
    return (
        Q(depth__lte=MAX_TREE_DEPTH) & ~Exists(restricted) & ~Exists(hidden_above) & Exists(in_site)
    )


def _earliest_expiry_above() -> Subquery:
    return Subquery(
        _ancestors().filter(expire_at__isnull=False).order_by("expire_at").values("expire_at")[:1]
    )


def refresh(pages: QuerySet) -> None:
    """Recompute the rows of `pages` (a queryset of generic pages): two statements."""
    from home.models import PageExposure

    table = PageExposure._meta.db_table
    rows = (
        pages.filter(exposed_q())
        .annotate(_expiry_above=_earliest_expiry_above())
        .order_by()
        .values_list("pk", "_expiry_above")
    )
    select, params = rows.query.sql_with_params()
    with transaction.atomic():
        PageExposure.objects.filter(page_id__in=pages.order_by().values("pk")).delete()
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {table} (page_id, ancestors_expire_at) {select}", params)


def refresh_subtree(page: Page) -> None:
    """Recompute the rows of `page` and every page below it."""
    refresh(Page.objects.filter(path__startswith=page.path))


def _snapshot() -> set:
    from home.models import PageExposure

    return set(PageExposure.objects.values_list("page_id", "ancestors_expire_at"))


def rebuild() -> int:
    """Recompute the whole table; returns how many rows it changed (added, removed or with
    another expiry), which is 0 unless something bypassed the signals."""
    with transaction.atomic():
        before = _snapshot()
        refresh(Page.objects.all())
        return len(before ^ _snapshot())


def check() -> int:
    """The worker's hourly safety net: rebuild, and warn when the table had drifted."""
    changed = rebuild()
    if changed:
        logger.warning(
            "%s exposed-page rows were out of date (a write bypassed Django's signals); "
            "they are rebuilt now. Call home.serving.exposure.refresh after bulk SQL on pages.",
            changed,
        )
    return changed


# --- keeping it current ---


def _remember_inherited(sender, instance, raw=False, **kwargs):
    if isinstance(instance, Page) and instance.pk and not raw:
        instance._exposure_before = (
            Page.objects.filter(pk=instance.pk).values_list(*_INHERITED).first()
        )


def _page_saved(sender, instance, created=False, raw=False, **kwargs):
    if not isinstance(instance, Page):
        return
    before = getattr(instance, "_exposure_before", None)
    if created or raw or before != tuple(getattr(instance, name) for name in _INHERITED):
        refresh_subtree(instance)


def _page_moved(sender, instance, **kwargs):
    refresh_subtree(instance)


def _restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        refresh_subtree(page)


def _site_changed(sender, **kwargs):
    rebuild()


def _migrated(sender, app_config=None, **kwargs):
    from home.models import PageExposure

    if PageExposure._meta.db_table in connection.introspection.table_names():
        rebuild()


def connect(home_config) -> None:
    """Follow every change that alters the table (called from the home app's `ready`)."""
    pre_save.connect(_remember_inherited, dispatch_uid="exposure-pre-save")
    post_save.connect(_page_saved, dispatch_uid="exposure-page-saved")
    post_page_move.connect(_page_moved, dispatch_uid="exposure-page-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed, sender=PageViewRestriction, dispatch_uid=f"exposure-pvr-{signal}"
        )
        signal.connect(_site_changed, sender=Site, dispatch_uid=f"exposure-site-{signal}")
    post_migrate.connect(_migrated, sender=home_config, dispatch_uid="exposure-migrated")
