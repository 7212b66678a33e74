"""Admin forms shared by the page types."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


class SameLanguageChoicesPageForm(WagtailAdminPageForm):
    """Offer translatable related objects (themes, goals, agendas, countries…) in the page's own
    language only, so an editor never links a Dutch page to the English theme by mistake.

    A language that has none of an object type yet keeps the full list, so the field stays usable.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, TranslatableMixin):
                continue
            same_language = queryset.filter(locale_id=locale_id)
            if same_language.exists():
                field.queryset = same_language
