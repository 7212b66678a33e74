"""The one way to compute a page's routed path with its language prefix (`/fr/exemples/x/`).

Wagtail's `url_path` starts with the path of the page's language home (`/home-fr/exemples/x/`);
the routed path replaces that with the language code. The home's path comes with the page when
the queryset went through `with_paths`, or from a mapping of every home loaded once.
"""

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from wagtail.models import Locale, Page

from home.serving.languages import code_of

STEPLEN = Page.steplen


def home_path_annotation() -> Subquery:
    """The url_path of the page's language home (its depth-2 ancestor)."""
    return Subquery(
        Page.objects.filter(path=Substr(OuterRef("path"), 1, 2 * STEPLEN)).values("url_path")[:1]
    )


def with_paths(queryset: QuerySet) -> QuerySet:
    """Pages with what `url_path` needs, in the same query: their home's path and locale."""
    return queryset.annotate(_home_path=home_path_annotation()).select_related("locale")


def home_paths() -> dict[str, str]:
    """Tree path → url_path of every language home. One query."""
    return dict(Page.objects.filter(depth=2).values_list("path", "url_path"))


def locale_codes() -> dict[int, str]:
    """Locale id → language code. One query."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def language_of(page, codes: dict[int, str] | None = None) -> str:
    """The page's language code, without a query when its locale (or `codes`) is loaded."""
    if "locale" in page._state.fields_cache or codes is None:
        return code_of(page)
    return codes[page.locale_id]


def url_path(page, *, homes: dict[str, str] | None = None, codes=None) -> str:
    """The routed path of `page`, e.g. /fr/exemples/x/ (its home is /fr/)."""
    home_path = getattr(page, "_home_path", None)
    if home_path is None:
        home_path = (homes if homes is not None else home_paths()).get(page.path[: 2 * STEPLEN], "")
    rest = page.url_path[len(home_path) :] if page.url_path.startswith(home_path) else ""
    return f"/{language_of(page, codes)}/{rest}"
