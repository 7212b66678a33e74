"""`{% partial_translation page %}`: "17 % translated" for a partial translation in a listing."""

from django import template
from django.utils.translation import gettext as _

from themes.localization.partial import partial_shares

register = template.Library()


@register.simple_tag(takes_context=True)
def partial_translation(context, page):
    """The share translated of `page` when it is a partial translation, else "".

    Computed once for every page of the listing's table (a fixed number of queries)."""
    table = context.get("table")
    shares = getattr(table, "_partial_shares", None)
    if shares is None:
        shares = partial_shares(list(getattr(table, "data", None) or [page]))
        if table is not None:
            table._partial_shares = shares
    share = shares.get(page.pk)
    return "" if share is None else _("%(percent)s %% translated") % {"percent": share}
