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

All conditions are SQL subqueries on the page's tree path, so applying the rule adds no query
of its own: `visible_pages(BestPracticePage.objects.all())` is still one query.

Images and documents are public unless their collection (or a collection above it) has a view
restriction.
"""

from collections.abc import Iterable

from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Length, Now, Substr
from django.db.models.lookups import In
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site

# Ancestors are found by their paths: the prefixes of the page's path (Wagtail's tree paths are
# fixed-width steps), so every lookup below uses the index on `path`. Pages deeper than this are
# never shown (fail closed); the site is four levels deep.
MAX_TREE_DEPTH = 8


def _own_and_ancestor_paths():
    """Expressions for the paths of the outer page and of each of its ancestors."""
    return [
        Substr(OuterRef("path"), 1, depth * Page.steplen) for depth in range(1, MAX_TREE_DEPTH + 1)
    ]


def _restricted():
    """A view restriction on the page or one of its ancestors."""
    return Exists(PageViewRestriction.objects.filter(page__path__in=_own_and_ancestor_paths()))


def _hidden_ancestor(now):
    """An ancestor (the tree root excluded) that is unpublished or expired."""
    return Exists(
        Page.objects.filter(_hidden(now), depth__gt=1, path__in=_own_and_ancestor_paths()).exclude(
            path=OuterRef("path")
        )
    )


def _in_default_site():
    """The page is, or is below, the default site's root page or one of its translations."""
    root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
    return Exists(
        Page.objects.filter(translation_key=Subquery(root_key), path__in=_own_and_ancestor_paths())
    )


def _hidden(now) -> Q:
    return Q(live=False) | Q(expired=True) | Q(expire_at__lte=now)


def _open_parents(now, *, in_site: bool) -> QuerySet:
    """The paths of the pages whose children pass the tree conditions as far as the parent
    decides them: the page and its ancestors carry no view restriction, neither it (unless it
    is the tree root) nor an ancestor is hidden, and (`in_site`) it is, or is below, a
    default-site root.

    Only pages with children can be parents, so the set is small whatever the size of the
    table (the index `home_page_parents` holds just them). A page whose `numchild` were wrong
    (0 with children) would leave its children out: the rule fails closed.
    """
    parents = Page.objects.filter(numchild__gt=0).filter(
        ~_restricted(), ~_hidden_ancestor(now), ~(_hidden(now) & Q(depth__gt=1))
    )
    if in_site:
        parents = parents.filter(_in_default_site())
    return parents.order_by().values("path")


def _parent_path() -> Substr:
    return Substr("path", 1, (F("depth") - 1) * Page.steplen)


_RULE: list[Q] = []


def visibility_q() -> Q:
    """The visibility rule as a `Q` (see `_visibility_q`). Built once per process: it compares
    with the database's clock (`Now()`), so the same expression serves every query, and
    building its subqueries was a fifth of the API's CPU per request."""
    if not _RULE:
        _RULE.append(_visibility_q())
    return _RULE[0]


def _visibility_q() -> Q:
    """The visibility rule as a `Q` for any page queryset (generic or specific).

    The tree conditions of a page are those of its parent plus its own: not restricted itself,
    and (for being in the site) a site root itself. So each row is checked against two small
    sets of "open parents" computed once per query (hashed by PostgreSQL, indexed by SQLite),
    instead of looking up each of its ancestors three times: the cost of a row no longer
    depends on the size of the table, and a subquery that applies the rule again (the language
    fallback) is as cheap.
    """
    now = Now()
    root_key = Site.objects.filter(is_default_site=True).values("root_page__translation_key")[:1]
    is_site_root = Q(translation_key=Subquery(root_key))
    below_open_parent = Q(depth__gt=1) & Q(In(_parent_path(), _open_parents(now, in_site=True)))
    site_root_with_open_parent = is_site_root & (
        Q(depth=1) | Q(In(_parent_path(), _open_parents(now, in_site=False)))
    )
    return (
        Q(live=True, expired=False, alias_of__isnull=True)
        & (Q(go_live_at__isnull=True) | Q(go_live_at__lte=now))
        & (Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        & Q(depth__lte=MAX_TREE_DEPTH)
        & ~Q(In(F("id"), PageViewRestriction.objects.order_by().values("page_id")))
        & (below_open_parent | site_root_with_open_parent)
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
