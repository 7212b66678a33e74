"""The status report's filters, the state of each cell in words, and its CSV export.

A cell (one language of one page or item) is in one of these states:

- `missing`: no version in that language;
- `to_translate`: a synced copy (an alias) nobody translated yet; readers get another language;
- `partial`: a translation with strings still untranslated;
- `complete`: every string translated;
and, besides, `out_of_date` when the source changed after the translation was last synced.
"""

import csv

from django import forms
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from home.serving.languages import content_language_codes
from themes.localization.status import LocaleStatus

STATES = {
    "missing": _("missing"),
    "to_translate": _("to translate (synced copy)"),
    "partial": _("partly translated"),
    "complete": _("complete"),
    "out_of_date": _("out of date"),
}


def state_of(status: LocaleStatus | None) -> str:
    """`missing`, `to_translate`, `partial` or `complete` (the source has no state)."""
    if status is None or not status.exists:
        return "missing"
    if status.is_alias:
        return "to_translate"
    return "complete" if status.complete else "partial"


def matches(status, language: str, state: str) -> bool:
    """Whether an object's status has `state` in `language` (any language when empty)."""
    if not state:
        return True
    codes = [language] if language else [s.locale for s in status.locales]
    for code in codes:
        locale_status = status.for_locale(code)
        if locale_status is None:  # the source language
            continue
        if state == "out_of_date" and locale_status.out_of_date:
            return True
        if state == state_of(locale_status):
            return True
    return False


class ReportFilters(forms.Form):
    """What the report shows: a language, a state, a type, only promoted examples."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)
    promoted = forms.BooleanField(label=_("Only promoted examples"), required=False)

    def __init__(self, data, *, types, **kwargs):
        super().__init__(data, **kwargs)
        everything = [("", _("All"))]
        self.fields["language"].choices = everything + [(c, c) for c in content_language_codes()]
        self.fields["state"].choices = everything + list(STATES.items())
        self.fields["type"].choices = everything + sorted(types.items(), key=lambda t: str(t[1]))

    def values(self) -> dict:
        """The valid filters (an invalid value is dropped; the form shows why)."""
        if self.is_valid():
            return self.cleaned_data
        return {name: self.cleaned_data.get(name, "") for name in self.fields}


def csv_response(rows, filename="translation-status.csv") -> HttpResponse:
    """The rows as CSV for a translation agency: one line per page or item, one column per
    language with its state, the share translated and "out of date"."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    codes = content_language_codes()
    writer.writerow(["type", "title", "source language", "admin url", *codes])
    for row in rows:
        cells = []
        for cell in row["cells"]:
            if cell["is_source"]:
                cells.append("source")
                continue
            state = state_of(cell["status"])
            text = f"{state} {cell['status'].percent_complete}%" if state == "partial" else state
            if cell["status"] and cell["status"].out_of_date:
                text += " out_of_date"
            cells.append(text)
        title = _spreadsheet_safe(str(row["object"]))
        writer.writerow([row["kind"], title, row["source_locale"], row["url"], *cells])
    return response


def _spreadsheet_safe(text: str) -> str:
    """A title a spreadsheet shows as text, never runs as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
