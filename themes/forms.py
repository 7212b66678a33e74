"""Admin forms shared by the page types."""

from decimal import Decimal

from django import forms
from django.forms.models import ModelChoiceIteratorValue
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks import BlockField
from wagtail.models import Locale, TranslatableMixin

from themes.blocks import ExampleBodyBlock
from themes.choosers import (
    GoalCheckboxSelectMultiple,
    ReferenceAutocomplete,
    goal_choices_by_agenda,
)
from themes.numbers import plain_number


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


class BestPracticePageForm(SameLanguageChoicesPageForm):
    """The best-practice form: key figures are edited in one place, the "Key figures" tab.

    The body field keeps the shared `BodyBlock` in the model (the API and older revisions read
    it), but the form offers `ExampleBodyBlock`, which has no key-figures block; migration
    0004 moved the figures that were in bodies to the tab.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        body = self.fields.get("body")
        if body is None:
            return
        block = ExampleBodyBlock()
        self.fields["body"] = BlockField(
            block=block, required=body.required, label=body.label, help_text=body.help_text
        )
        if self.instance.pk:
            self.initial["body"] = block.to_python(list(self.instance.body.raw_data))


class TypedNumberInput(forms.TextInput):
    """A number shown as the editor typed it: 40, not the stored 40.00."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, Decimal):
            return plain_number(value)
        return super().format_value(value)
