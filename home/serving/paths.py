"""The one way to compute a page's routed path with its language prefix (`/fr/exemples/x/`).

Wagtail's `url_path` starts with the path of the page's language home (`/home-fr/exemples/x/`);
the routed path replaces that with the language code. The home's path comes with the page when
the queryset went through `with_paths`, or from a mapping of every home loaded once.
"""

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Substr
from wagtail.models import Page

from home.serving.languages import code_of

STEPLEN = Page.steplen


def home_path_annotation() -> Subquery:
    """The url_path of the page's language home (its depth-2 ancestor)."""
    return Subquery(
        Page.objects.filter(path=Substr(OuterRef("path"), 1, 2 * STEPLEN)).values("url_path")[:1]
    )


def with_paths(queryset: QuerySet) -> QuerySet:
    """Pages with what `url_path` needs, in the same query: their home's path (the language
    comes from the cached locale table, `code_of`)."""
    return queryset.annotate(_home_path=home_path_annotation())


def home_paths() -> dict[str, str]:
    """Tree path → url_path of every language home. One query."""
    return dict(Page.objects.filter(depth=2).values_list("path", "url_path"))


def url_path(page, *, homes: dict[str, str] | None = None) -> str:
    """The routed path of `page`, e.g. /fr/exemples/x/ (its home is /fr/)."""
    home_path = getattr(page, "_home_path", None)
    if home_path is None:
        home_path = (homes if homes is not None else home_paths()).get(page.path[: 2 * STEPLEN], "")
    rest = page.url_path[len(home_path) :] if page.url_path.startswith(home_path) else ""
    return f"/{code_of(page)}/{rest}"
