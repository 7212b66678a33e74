"""The read-only panel on a best-practice page: is it in the promotion export, in which languages."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from themes.export.status import export_status


class PromotionExportPanel(Panel):
    """Shows, per language, whether the example appears in the promotion export."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("In the promotion export"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "export/admin/status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            statuses = export_status(self.instance)
            context["statuses"] = statuses
            context["included"] = [status for status in statuses if status.included]
            context["flagged"] = getattr(self.instance, "promote_internationally", False)
            return context


def add_promotion_export_panel() -> None:
    """Show the panel on the best-practice page's Promote tab (called when the app is ready).

    The page model does not import the export; the export adds its panel to the model instead.
    Works with the model's default tabs (`promote_panels`) and with an explicit
    `edit_handler` whose promote tab is headed "Promote".
    """
    from themes.models import BestPracticePage

    if any(isinstance(p, PromotionExportPanel) for p in BestPracticePage.promote_panels):
        return
    handler = BestPracticePage.__dict__.get("edit_handler")
    if handler is None:
        BestPracticePage.promote_panels = [*BestPracticePage.promote_panels, PromotionExportPanel()]
        return
    with translation.override("en"):  # the app starts in the site's language (Dutch)
        promote = next(
            (tab for tab in handler.children if str(tab.heading).lower() == "promote"), handler
        )
    promote.children = [*promote.children, PromotionExportPanel()]
