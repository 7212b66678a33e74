"""How reference data offers itself in the editors' autocomplete choosers (wagtail-autocomplete):
the label an editor reads, what typing matches, and what "create new" makes.

`themes.choosers` serves the choosers; these mixins only describe the models. Searching goes
through the ORM (`icontains` on name and codes): the lists are small (342 municipalities, a few
hundred countries per language) and the result must not depend on a search index being built.
"""

from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _

# How many matches a chooser offers at a time; editors narrow down by typing.
CHOOSER_LIMIT = 30


def _matching(model, query, *fields):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": query.strip()})
    return model._default_manager.filter(condition)


class MunicipalityChoice:
    """Chosen by name, CBS code or province; shows province and code, and marks merged ones."""

    def autocomplete_label(self):
        label = _("%(name)s — %(province)s, %(code)s") % {
            "name": self.name,
            "province": self.province.name,
            "code": self.cbs_code,
        }
        if self.valid_to:
            label += " " + _("(merged %(date)s)") % {"date": date_format(self.valid_to)}
        return label

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        matches = _matching(cls, search_query, "name", "cbs_code", "province__name")
        # Existing municipalities first; merged ones stay choosable for historical examples.
        return matches.select_related("province").order_by(
            F("valid_to").asc(nulls_first=True), "name"
        )


class CountryChoice:
    """Chosen by name or ISO code, in the language of the page being edited."""

    def autocomplete_label(self):
        return f"{self.name} ({self.iso_code})"

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        return _matching(cls, search_query, "name", "iso_code").order_by("name")


class OrganisationChoice:
    """Chosen by name or acronym; an editor may create a missing partner by its name."""

    def autocomplete_label(self):
        return str(self)

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query, request=None):
        return _matching(cls, search_query, "name", "acronym").order_by("name")

    @classmethod
    def autocomplete_create(cls, value):
        """Create the organisation an editor typed; validated like the snippet form."""
        organisation = cls(name=value.strip())
        organisation.full_clean()
        organisation.save()
        return organisation
