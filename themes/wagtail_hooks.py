"""Admin registration: reference data as snippets with list filters, grouped in one menu."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from themes import choosers
from themes.engagement import admin as engagement_admin  # noqa: F401 (registers its hooks)
from themes.export import admin as promotion_export_admin  # noqa: F401 (registers its hooks)
from themes.localization import admin as translation_admin  # noqa: F401 (registers its hooks)
from themes.models import (
    Agenda,
    ContactPerson,
    Country,
    Goal,
    Municipality,
    Organisation,
    Province,
)


class AgendaViewSet(SnippetViewSet):
    model = Agenda
    icon = "list-ul"
    list_display = ["name", "code", "adopted_on", "is_historical"]


class GoalViewSet(SnippetViewSet):
    model = Goal
    icon = "pick"
    list_display = ["number", "name", "colour", "agenda"]
    list_filter = ["agenda"]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    list_display = ["name", "cbs_code", "iso_code"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "home"
    list_display = ["name", "cbs_code", "province", "valid_from", "valid_to"]
    list_filter = ["province"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "iso_code"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "url"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    list_display = ["name", "role", "email"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Reference data")
    menu_icon = "folder-open-inverse"
    menu_order = 300
    items = (
        AgendaViewSet,
        GoalViewSet,
        ProvinceViewSet,
        MunicipalityViewSet,
        CountryViewSet,
        OrganisationViewSet,
        ContactPersonViewSet,
    )


register_snippet(ReferenceDataGroup)


@hooks.register("register_admin_urls")
def register_autocomplete_urls():
    """The reference-data choosers' search (wagtail-autocomplete's JS calls admin/autocomplete/)."""
    return [path("autocomplete/", include((choosers.urlpatterns, "autocomplete")))]
