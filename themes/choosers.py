"""Searchable choosers for reference data on page forms (wagtail-autocomplete), and goals grouped
by agenda with their colour.

- `ReferenceAutocomplete`: type a few letters, pick from matches, selected items stay in view as
  chips. It posts its choice as wagtail-autocomplete's JSON; a plain list of ids (what the
  multi-select used to post, and what scripts and tests post) is accepted as well.
- The search, lookup and "create new" endpoints under /admin/autocomplete/ answer only for the
  models in `AUTOCOMPLETE_MODELS`, and "create new" only for models that allow it and only with
  the add permission: the package's own endpoints would search any model by its label.
- `GoalsByAgenda`: the goals as checkboxes in one group per agenda, each with its colour swatch.
"""

import json

from django import forms
from django.http import HttpResponseBadRequest
from django.urls import path
from wagtailautocomplete import views as autocomplete_views
from wagtailautocomplete.widgets import Autocomplete

AUTOCOMPLETE_MODELS = frozenset({"themes.Municipality", "themes.Country", "themes.Organisation"})


class ReferenceAutocomplete(Autocomplete):
    """An autocomplete for a many-to-many or foreign key to reference data."""

    def value_from_datadict(self, data, files, name):
        raw = data.getlist(name) if hasattr(data, "getlist") else data.get(name)
        if isinstance(raw, list) and len(raw) == 1:
            raw = raw[0]
        if isinstance(raw, list):  # several plain ids
            return [value for value in raw if value]
        if not raw:
            return [] if not self.is_single else None
        try:
            value = json.loads(raw)
        except ValueError:
            return raw if self.is_single else [raw]  # one plain id
        if isinstance(value, list):
            return [item["pk"] for item in value if isinstance(item, dict) and "pk" in item]
        if isinstance(value, dict):
            return value.get("pk")
        return [str(value)] if not self.is_single and value is not None else value

    def format_value(self, value):
        if value and not isinstance(value, list) and not self.is_single:
            value = [value]
        return super().format_value(value)


def _allowed(view, *, create=False):
    def guarded(request, *args, **kwargs):
        params = request.POST if request.method == "POST" else request.GET
        if params.get("type") not in AUTOCOMPLETE_MODELS:
            return HttpResponseBadRequest("This list cannot be searched here.")
        return view(request, *args, **kwargs)

    return guarded


urlpatterns = [
    path("search/", _allowed(autocomplete_views.search), {"public": False}),
    path("objects/", _allowed(autocomplete_views.objects), {"public": False}),
    # The package's create view checks the add permission and the model's `autocomplete_create`.
    path("create/", _allowed(autocomplete_views.create)),
]


class GoalsByAgenda(forms.CheckboxSelectMultiple):
    """Goal checkboxes grouped under their agenda, each with the goal's colour."""

    option_template_name = "themes/admin/goal_option.html"

    def optgroups(self, name, value, attrs=None):
        options = [
            option for _g, group, _i in super().optgroups(name, value, attrs) for option in group
        ]
        goals = [getattr(option["value"], "instance", None) for option in options]
        agenda_model = type(goals[0])._meta.get_field("agenda").related_model if goals else None
        agendas = (
            agenda_model._default_manager.in_bulk({goal.agenda_id for goal in goals if goal})
            if agenda_model
            else {}
        )
        grouped: dict = {}
        for option, goal in zip(options, goals, strict=True):
            agenda = agendas.get(goal.agenda_id) if goal is not None else None
            if goal is not None and agenda is not None:
                short = agenda.short_name or agenda.code.upper()
                option["label"] = f"{short} {goal.number} · {goal.name}"
                option["colour"] = goal.colour
            grouped.setdefault(agenda, []).append(option)
        return [
            (str(agenda) if agenda is not None else "", group, index)
            for index, (agenda, group) in enumerate(grouped.items())
        ]
