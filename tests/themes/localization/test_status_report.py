"""The status report leads to the work: filters, a link on every row, "translate" from a missing
or untranslated cell, "update" from an out-of-date one, and a CSV export for agencies."""

import csv
import io

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page

from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.localization.machine import machine_translate
from themes.localization.strings import translate_with_strings


class ReportTests(TestCase):
    """Solar: English complete, French partial, Spanish a synced copy; Wind: promoted, English
    out of date; a goal translated into Spanish."""

    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.solar = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")
        cls.solar.save_revision().publish()
        translate_with_strings(
            cls.solar,
            "en",
            {"Zonnedaken": "Solar roofs", "Samen.": "Together.", cls.solar.slug: "solar-roofs"},
        )
        translate_with_strings(cls.solar, "fr", {"Samen.": "Ensemble."})
        cls.solar.copy_for_translation(
            Locale.objects.get(language_code="es"), alias=True, copy_parents=True
        )
        cls.wind = f.BestPracticePageFactory(
            parent=index, title="Wind", summary="Molens.", promote_internationally=True
        )
        cls.wind.save_revision().publish()
        machine_translate(cls.wind, "en")
        cls.wind.summary = "Meer molens."
        cls.wind.save_revision().publish()
        cls.goal = f.GoalFactory(number=4, name="Onderwijs", description="Goed onderwijs.")
        translate_with_strings(cls.goal, "es", {"Onderwijs": "Educación"})
        cls.url = reverse("translation_status_report")

    def setUp(self):
        log_in(self.client, create_editor())

    def page_rows(self, **filters):
        html = self.client.get(self.url, filters).content.decode()
        return {page.title for page in (self.solar, self.wind) if f'data-page="{page.pk}"' in html}

    def test_filters_by_language_and_state(self):
        assert self.page_rows() == {"Zonnedaken", "Wind"}
        assert self.page_rows(language="fr", state="partial") == {"Zonnedaken"}
        assert self.page_rows(language="es", state="to_translate") == {"Zonnedaken"}
        assert self.page_rows(language="en", state="out_of_date") == {"Wind"}
        assert self.page_rows(language="en", state="complete") == {"Zonnedaken", "Wind"}
        assert self.page_rows(state="missing", language="ar") == {"Zonnedaken", "Wind"}

    def test_filters_by_type_and_promotion(self):
        assert self.page_rows(type="bestpracticepage") == {"Zonnedaken", "Wind"}
        assert self.page_rows(type="goal") == set()
        assert self.page_rows(promoted="on") == {"Wind"}

    def test_a_bad_filter_value_is_reported_not_a_failure(self):
        response = self.client.get(self.url, {"language": "xx", "state": "nonsense"})
        assert response.status_code == 200
        assert "Select a valid choice." in response.content.decode()

    def test_cells_link_to_translate_and_update(self):
        html = self.client.get(self.url).content.decode()
        translate = reverse("wagtail_localize:submit_page_translation", args=[self.solar.pk])
        assert f'href="{translate}?select_locale=es" class="translate-link"' in html
        update = reverse(
            "wagtail_localize:update_translations",
            args=[self._source_id(self.wind)],
        )
        assert f'href="{update}" class="update-link"' in html
        # The translate link opens wagtail-localize's form with the language ticked.
        form = self.client.get(f"{translate}?select_locale=es")
        assert form.status_code == 200

    def _source_id(self, page):
        from wagtail_localize.models import TranslationSource

        return TranslationSource.objects.get(object_id=page.translation_key).pk

    def test_every_reference_row_is_a_link(self):
        html = self.client.get(self.url).content.decode()
        row = html[html.index(f'data-item="{self.goal.translation_key}"') :]
        edit = reverse("wagtailsnippets_themes_goal:edit", args=[self.goal.pk])
        assert row.index(f'<a href="{edit}">') < row.index("</tr>")
        translate = reverse(
            "wagtail_localize:submit_snippet_translation", args=["themes", "goal", self.goal.pk]
        )
        assert f"{translate}?select_locale=fr" in row[: row.index("</tr>")]

    def test_csv_for_agencies(self):
        response = self.client.get(self.url, {"language": "fr", "format": "csv"})
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        assert rows[0] == [
            "type",
            "title",
            "source language",
            "admin url",
            "nl",
            "en",
            "fr",
            "es",
            "ar",
        ]
        by_title = {row[1]: row for row in rows[1:]}
        assert by_title["Zonnedaken"][2:] == [
            "nl",
            f"/admin/pages/{self.solar.pk}/edit/",
            "source",
            "complete",
            "partial 33%",
            "to_translate",
            "missing",
        ]
        assert by_title["Wind"][5] == "complete out_of_date"
        assert by_title["4. Onderwijs"][6:] == ["missing", "partial 50%", "missing"]
