"""Admin hooks of the promotion export: the menu item and the URLs of its screen.

Imported from `themes/wagtail_hooks.py` so that Wagtail registers the hooks at start-up.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from themes.export.views import (
    PromotionExportDownloadView,
    PromotionExportJobView,
    PromotionExportView,
)


@hooks.register("register_admin_urls")
def register_promotion_export_urls():
    return [
        path("promotion-export/", PromotionExportView.as_view(), name="promotion_export"),
        path(
            "promotion-export/<int:pk>/",
            PromotionExportJobView.as_view(),
            name="promotion_export_job",
        ),
        path(
            "promotion-export/<int:pk>/download/",
            PromotionExportDownloadView.as_view(),
            name="promotion_export_download",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_promotion_export_menu_item():
    return MenuItem(
        _("Promotion export"), reverse("promotion_export"), icon_name="download", order=400
    )
