"""The read-only panel on a best-practice page: is it in the promotion export, in which languages."""

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
