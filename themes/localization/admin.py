"""Admin hooks of translation: the "Translation status" report in the Reports menu.

Imported from `themes/wagtail_hooks.py` so that Wagtail registers the hooks at start-up.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from themes.localization import synced_trees  # noqa: F401 (registers its hooks)
from themes.localization.partial import confirm_partial_publish
from themes.localization.views import TranslationStatusReportView


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="globe",
        order=1000,
    )


# Before wagtail-localize's own hook, which takes over the edit view of synced translations.
hooks.register("before_edit_page", confirm_partial_publish, order=-1)
