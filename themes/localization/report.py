"""The rows of the "Translation status" report: filters, the links that lead to the work
("translate" a missing language, "update" an out-of-date one) and the CSV for agencies."""

import csv

from django import forms
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import TranslationSource

from home.serving.languages import content_language_codes

STATES = {
    "missing": _("missing or not translated"),
    "partial": _("partly translated"),
    "out_of_date": _("out of date"),
    "machine": _("machine-translated, to review"),
    "draft": _("not published"),
    "complete": _("complete"),
}


def cell_states(cell) -> set[str]:
    """The filter states a report cell is in (none for the source language)."""
    status = cell["status"]
    if cell["is_source"] or status is None:
        return set()
    if not status.exists or status.is_alias:
        return {"missing"}
    states = set()
    if status.out_of_date:
        states.add("out_of_date")
    if status.machine_strings:
        states.add("machine")
    if not status.live:
        states.add("draft")
    states.add("complete" if status.complete else "partial")
    return states


class StatusFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("State"), required=False, choices=[("", _("Any")), *STATES.items()]
    )
    type = forms.ChoiceField(label=_("Type"), required=False)
    promoted = forms.BooleanField(label=_("Promoted internationally only"), required=False)

    def __init__(self, *args, page_types=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            ("", _("Any")),
            *((c, c) for c in content_language_codes()),
        ]
        self.fields["type"].choices = [
            ("", _("Any")),
            *page_types,
            ("reference", _("Reference data")),
        ]


def keep_row(row, language: str, state: str) -> bool:
    """Whether a row passes the language and state filters."""
    cells = [cell for cell in row["cells"] if not language or cell["code"] == language]
    if not state:
        return True
    return any(state in cell_states(cell) for cell in cells)


def add_work_links(rows) -> None:
    """Give each cell the link that starts its work: translate a missing (or untranslated
    alias) language, update an out-of-date one from its source."""
    keys = {row["object"].translation_key for row in rows}
    sources = {
        (str(object_id), code): pk
        for pk, object_id, code in TranslationSource.objects.filter(object_id__in=keys).values_list(
            "pk", "object_id", "locale__language_code"
        )
    }
    for row in rows:
        obj = row["object"]
        source_id = sources.get((str(obj.translation_key), row["source_locale"]))
        for cell in row["cells"]:
            states = cell_states(cell)
            cell["translate_url"] = (
                translate_url(obj, cell["code"]) if "missing" in states else None
            )
            cell["update_url"] = (
                reverse("wagtail_localize:update_translations", args=[source_id])
                if "out_of_date" in states and source_id
                else None
            )


def translate_url(obj, code: str) -> str:
    """wagtail-localize's "Translate" form for `obj`, with the language `code` ticked."""
    if hasattr(obj, "get_parent"):
        url = reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    else:
        meta = obj._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, obj.pk],
        )
    return f"{url}?select_locale={code}"


def csv_response(rows, languages, base_url: str) -> HttpResponse:
    """The report as CSV for translation agencies: one line per item, a column per language."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
    writer = csv.writer(response)
    writer.writerow(["type", "title", "source", *languages, "admin_url"])
    for row in rows:
        values = []
        for cell in row["cells"]:
            values.append(_cell_text(cell))
        writer.writerow(
            [row["kind"], _title(row["object"]), row["source_locale"], *values,
             base_url + row["edit_url"]]
        )  # fmt: skip
    return response


def _title(obj) -> str:
    title = obj.get_admin_display_title() if hasattr(obj, "get_admin_display_title") else obj
    # A title starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + str(title) if str(title)[:1] in "=+-@" else str(title)


def _cell_text(cell) -> str:
    status = cell["status"]
    if cell["is_source"]:
        return "source"
    if status is None or not status.exists:
        return "missing"
    if status.is_alias:
        return "not translated"
    parts = [f"{status.percent_complete}%"]
    if status.machine_strings:
        parts.append(f"{cell['machine_percent']}% machine")
    if status.out_of_date:
        parts.append("out of date")
    if not status.live:
        parts.append("draft")
    return ", ".join(parts)
