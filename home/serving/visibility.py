"""The one rule for what the public may see. Every path to a page, image or document goes
through it: the API, the promotion export (which reads the API) and the admin's panels.

A page is visible when it is

- live and not scheduled (`go_live_at` empty or past, by the database's clock),
- not expired (`expired` false and `expire_at` empty or in the future),
- public: no view restriction of any kind (login, password, groups) on the page or an ancestor,
- below no unpublished or expired ancestor,
- not an alias (a synced copy nobody translated must never be shown as that language),
- in the default site: the site root page or one of its translations (Wagtail keeps translated
  home pages as siblings of the site root), or below one of them.

The tree conditions are kept per page in a table (`exposure`); the rest is on the page row, so
applying the rule adds no query of its own: `visible_pages(BestPracticePage.objects.all())` is
still one query.

Images and documents are public unless their collection (or a collection above it) has a view
restriction.
"""

from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Length, Now, Substr
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page

_RULE: list[Q] = []


def visibility_q() -> Q:
    """The visibility rule as a `Q` for any page queryset (generic or specific). Built once
    per process: it compares with the database's clock (`Now()`), so the same expression
    serves every query, and building it is not free."""
    if not _RULE:
        _RULE.append(_visibility_q())
    return _RULE[0]


def _visibility_q() -> Q:
    """What the page row says (live, not scheduled, not expired, not an alias), and what its
    place in the tree says, read from the one row `exposure` keeps per exposed page. Every
    condition is on the row or one primary-key lookup, so a list can be read in its order and
    stop after one page, and its cost does not grow with the size of the table."""
    from home.models import PageExposure

    now = Now()
    exposed = PageExposure.objects.filter(page_id=OuterRef("pk")).filter(
        Q(ancestors_expire_at__isnull=True) | Q(ancestors_expire_at__gt=now)
    )
    return (
        Q(live=True, expired=False, alias_of__isnull=True)
        & (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        & Exists(exposed)
    )


def visible_pages(queryset: QuerySet | None = None) -> QuerySet:
    """The pages of `queryset` (default: all pages) the public may see. Adds no query."""
    if queryset is None:
        queryset = Page.objects.all()
    return queryset.filter(visibility_q())


def visible_page_ids(ids: Iterable[int]) -> set[int]:
    """Which of the page ids are visible, in one query (none for an empty input)."""
    ids = {int(page_id) for page_id in ids if page_id is not None}
    if not ids:
        return set()
    return set(visible_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def is_page_visible(page: Page | None) -> bool:
    """Whether the public may see `page` (a generic or specific page). One query."""
    if page is None or page.pk is None:
        return False
    return page.pk in visible_page_ids([page.pk])


# --- images and documents ---


def _in_public_collection(prefix: str = "") -> Exists:
    """For an image or document queryset (or, with `prefix` such as "hero_image__", for the
    image a foreign key points at): its collection is not restricted, nor one above it."""
    restricted = CollectionViewRestriction.objects.filter(
        collection__path=Substr(
            OuterRef(f"{prefix}collection__path"), 1, Length("collection__path")
        )
    )
    return ~Exists(restricted)


def public_through(foreign_key: str) -> Exists:
    """An expression for a queryset of objects with an image or document foreign key: true
    when what it points at is public (or nothing). Adds no query of its own."""
    return _in_public_collection(f"{foreign_key}__")


def public_images(queryset: QuerySet | None = None) -> QuerySet:
    """The images of `queryset` (default: all) outside restricted collections. Adds no query."""
    if queryset is None:
        queryset = get_image_model().objects.all()
    return queryset.filter(_in_public_collection())


def public_documents(queryset: QuerySet | None = None) -> QuerySet:
    """The documents of `queryset` (default: all) outside restricted collections."""
    if queryset is None:
        queryset = get_document_model().objects.all()
    return queryset.filter(_in_public_collection())
