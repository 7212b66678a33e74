"""Admin registration: the site settings (one per site and language) as a translatable snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SiteSettings


class SiteSettingsViewSet(SnippetViewSet):
    model = SiteSettings
    icon = "cog"
    menu_label = _("Site settings")
    menu_order = 800
    add_to_settings_menu = True
    list_display = ["organisation_name", "site", "frontend_url"]


register_snippet(SiteSettingsViewSet)
