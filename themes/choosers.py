"""Searchable choosers for reference data on the page edit forms.

Municipalities, countries and partner organisations are many-to-many fields with hundreds of
options; instead of a native multi-select box, editors type a few letters of a name or code and
pick from the matches (wagtail-autocomplete's `AutocompletePanel`). Goals are few, so they stay
tick boxes, grouped by agenda and shown with their colour.

wagtail-autocomplete's admin endpoints would answer for any model named in the request; ours
answer only for the reference data on `CHOOSABLE_MODELS`, and for translatable models only in
the language of the page being edited (the widget carries it as `themes.Country@fr`).
"""

from django import forms
from django.apps import apps
from django.http import HttpResponseBadRequest
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, TranslatableMixin
from wagtailautocomplete import views as autocomplete_views
from wagtailautocomplete.edit_handlers import AutocompletePanel, _can_create, _is_single_value
from wagtailautocomplete.widgets import Autocomplete

from themes.models.choosing import CHOOSER_LIMIT

CHOOSABLE_MODELS = {"themes.Municipality", "themes.Country", "themes.Organisation"}


class ReferenceAutocomplete(Autocomplete):
    """The autocomplete widget, restricted to one language for translatable models."""

    locale_code = None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.locale_code:
            context["widget"]["target_model"] += f"@{self.locale_code}"
        return context


class ReferenceChooserPanel(AutocompletePanel):
    """A searchable chooser for a reference-data field; several at once for many-to-many."""

    def widget_overrides(self):
        return {
            self.field_name: ReferenceAutocomplete(
                target_model=self.target_model,
                can_create=_can_create(self.target_model),
                is_single=_is_single_value(self.db_field),
            )
        }


def _chosen_model(request, data):
    """The model and language the request asks for, if it is one editors may choose from."""
    label, _at, locale_code = data.get("type", "").partition("@")
    if label not in CHOOSABLE_MODELS:
        return None, None
    model = apps.get_model(label)
    locale = None
    if locale_code and issubclass(model, TranslatableMixin):
        locale = Locale.objects.filter(language_code=locale_code).first()
    return model, locale


def search(request):
    model, locale = _chosen_model(request, request.POST)
    if model is None:
        return HttpResponseBadRequest(_("Choose from municipalities, countries or organisations."))
    query = request.POST.get("query", "")
    results = model.autocomplete_custom_queryset_filter(query, request=request)
    if locale is not None:
        results = results.filter(locale=locale)
    exclude = [pk for pk in request.POST.get("exclude", "").split(",") if pk.isdigit()]
    results = results.exclude(pk__in=exclude)[:CHOOSER_LIMIT]
    return autocomplete_views.JsonResponse(
        {"items": [autocomplete_views.render_page(obj) for obj in results]}
    )


def objects(request):
    model, _locale = _chosen_model(request, request.GET)
    if model is None:
        return HttpResponseBadRequest(_("Choose from municipalities, countries or organisations."))
    request.GET = request.GET.copy()
    request.GET["type"] = model._meta.label
    return autocomplete_views.objects(request, public=False)


def create(request):
    model, _locale = _chosen_model(request, request.POST)
    if model is None:
        return HttpResponseBadRequest(_("Choose from municipalities, countries or organisations."))
    request.POST = request.POST.copy()
    request.POST["type"] = model._meta.label
    # The library checks the `add` permission and calls the model's `autocomplete_create`.
    return autocomplete_views.create(request)


search = autocomplete_views.require_POST(search)

# Mounted under /admin/ by a `register_admin_urls` hook, which requires admin access.
urlpatterns = [
    path("autocomplete/search/", search, name="reference_autocomplete_search"),
    path("autocomplete/objects/", objects, name="reference_autocomplete_objects"),
    path("autocomplete/create/", create, name="reference_autocomplete_create"),
]


# --- goals ---


class GoalCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Tick boxes for goals, grouped by agenda, each with its official colour swatch."""

    option_template_name = "themes/widgets/goal_option.html"

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        option["colour"] = getattr(instance, "colour", "")
        return option


def goal_choices_by_agenda(queryset):
    """Choices for `queryset` of goals as (agenda, [(pk, "11. Sustainable cities"), …]) groups."""
    groups = {}
    for goal in queryset.select_related("agenda").order_by("agenda__sort_order", "number"):
        agenda = goal.agenda.short_name or goal.agenda.name
        if goal.agenda.is_historical:
            agenda = _("%(agenda)s (historical)") % {"agenda": agenda}
        groups.setdefault(agenda, []).append(goal)
    return groups
