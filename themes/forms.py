"""Admin forms shared by the page types."""

from django import forms
from django.forms.models import ModelChoiceIteratorValue
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, TranslatableMixin

from themes.choosers import (
    GoalCheckboxSelectMultiple,
    ReferenceAutocomplete,
    goal_choices_by_agenda,
)


class SameLanguageChoicesPageForm(WagtailAdminPageForm):
    """Offer translatable related objects (themes, goals, agendas, countries…) in the page's own
    language only, so an editor never links a Dutch page to the English theme by mistake.

    A language that has none of an object type yet keeps the full list, so the field stays usable.
    Goals are grouped by agenda (Global Goals and Millennium goals both have a goal 1), with their
    colour; the searchable choosers search in the page's language.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            translatable = issubclass(queryset.model, TranslatableMixin)
            if locale_id is not None and translatable:
                same_language = queryset.filter(locale_id=locale_id)
                if same_language.exists():
                    field.queryset = same_language
                    if isinstance(field.widget, ReferenceAutocomplete):
                        field.widget.locale_code = Locale.objects.get(pk=locale_id).language_code
            if queryset.model._meta.label == "themes.Goal":
                group_goals_by_agenda(field)


def group_goals_by_agenda(field):
    """Show a goal field's choices under their agenda's name, with colour swatches for boxes."""
    grouped = [
        (agenda, [(ModelChoiceIteratorValue(goal.pk, goal), str(goal)) for goal in goals])
        for agenda, goals in goal_choices_by_agenda(field.queryset).items()
    ]
    if isinstance(field.widget, forms.CheckboxSelectMultiple):
        attrs = field.widget.attrs
        field.widget = GoalCheckboxSelectMultiple(attrs=attrs)
    else:
        grouped.insert(0, ("", field.empty_label or "---------"))
    field.choices = grouped
