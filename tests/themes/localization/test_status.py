"""Translation status: per language, exists, complete, machine share, out of date; and the report."""

from django.conf import settings
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page

from home.serving.languages import locale_codes
from tests import factories as f
from tests.themes.editors import create_editor, log_in
from themes.localization.machine import machine_translate
from themes.localization.status import LocaleStatus, translation_status, translation_statuses
from themes.localization.strings import translate_with_strings

# The report, whatever the number of pages and items (session, user, permissions …); with Redis
# the session is read from the cache (`cached_db`), one query fewer.
# The locale table is read once per process (`home.serving.languages.locale_codes`), warmed
# before counting.
QUERIES = 35 - settings.SESSION_ENGINE.endswith("cached_db")


class StatusTests(TestCase):
    """A Dutch page with 3 strings: English by hand (live), French by machine (draft),
    Spanish only an alias, no Arabic."""

    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        cls.index = f.BestPracticeIndexPageFactory(parent=home)
        cls.page = f.BestPracticePageFactory(parent=cls.index, title="Zonnedaken", summary="Samen.")
        cls.page.save_revision().publish()
        cls.english = translate_with_strings(
            cls.page,
            "en",
            {"Zonnedaken": "Solar roofs", "Samen.": "Together.", cls.page.slug: "solar-roofs"},
        )
        machine_translate(cls.page, "fr")
        translate_with_strings(cls.page, "fr", {"Samen.": "Ensemble."}, publish=False)
        cls.page.copy_for_translation(
            Locale.objects.get(language_code="es"), alias=True, copy_parents=True
        )

    def test_every_language(self):
        status = translation_status(self.page)

        assert status.source_locale == "nl"
        assert status.locales == (
            LocaleStatus("en", True, True, False, 3, 3, 0, 100, 0.0, False, True),
            LocaleStatus("fr", True, False, False, 3, 3, 2, 100, 2 / 3, False, True),
            LocaleStatus("es", True, True, True, 3, 0, 0, 0, 0.0, False, False),
            LocaleStatus("ar", False, False, False, 3, 0, 0, 0, 0.0, False, False),
        )

    def test_same_status_from_a_translation(self):
        assert translation_status(self.english) == translation_status(self.page)

    def test_out_of_date_after_the_source_changes_until_synced(self):
        self.page.summary = "Samen sterk."
        self.page.save_revision().publish()

        stale = translation_status(self.page)
        assert [s.locale for s in stale.locales if s.out_of_date] == ["en", "fr"]

        translate_with_strings(self.page, "en", {"Samen sterk.": "Stronger together."})
        synced = translation_status(self.page)
        assert [s.locale for s in synced.locales if s.out_of_date] == ["fr"]
        assert synced.for_locale("fr").translated_strings == 2  # "Samen sterk." is new

    def test_snippet_status(self):
        goal = f.GoalFactory(number=3, name="Gezondheid", description="Gezond leven.")
        translate_with_strings(goal, "fr", {"Gezondheid": "Santé"})

        french = translation_status(goal).for_locale("fr")
        assert (french.exists, french.live, french.translated_strings, french.total_strings) == (
            True,
            True,
            1,
            2,
        )

    def test_many_objects_in_a_fixed_number_of_queries(self):
        locale_codes()  # the per-process locale table, read once
        with CaptureQueriesContext(connection) as one:
            translation_statuses([self.page])
        others = [
            f.BestPracticePageFactory(parent=self.index, title=f"Voorbeeld {n}") for n in range(3)
        ]
        for page in others:
            translate_with_strings(page, "en", {page.title: f"Example {page.pk}"})

        with self.assertNumQueries(len(one)):
            statuses = translation_statuses([self.page, *others])

        assert [s.for_locale("en").percent_complete for s in statuses] == [100, 33, 33, 33]


class StatusReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.page = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")
        machine_translate(cls.page, "fr")
        cls.goal = f.GoalFactory(number=4, name="Onderwijs", description="Goed onderwijs.")
        translate_with_strings(cls.goal, "es", {"Onderwijs": "Educación"})
        cls.editor = create_editor()

    def cells(self, html, marker):
        row = html[html.index(marker) :]
        row = row[: row.index("</tr>")]
        return {
            cell.split('"')[0]: " ".join(cell.split(">", 1)[1].replace("<br>", " ").split())
            for cell in row.split('<td data-locale="')[1:]
        }

    def test_editor_sees_status_per_page_and_language(self):
        log_in(self.client, self.editor)
        locale_codes()

        with self.assertNumQueries(QUERIES):
            response = self.client.get(reverse("translation_status_report"))

        assert response.status_code == 200
        html = response.content.decode()
        assert "Translation status" in html
        cells = self.cells(html, f'data-page="{self.page.pk}"')
        french = self.page.get_translation(Locale.objects.get(language_code="fr"))
        assert cells["nl"] == "<strong>source</strong> </td>"
        assert cells["fr"] == (
            f'<a href="/admin/pages/{french.pk}/edit/"> 100 %</a> 100 % machine draft </td>'
        )
        assert cells["ar"] == (
            '<span class="w-text-grey-400">missing</span> '
            f'<a href="/admin/localize/submit/page/{self.page.pk}/?select_locale=ar" '
            'class="translate-link">translate</a> </td>'
        )

    def test_reference_data_has_its_own_table(self):
        log_in(self.client, self.editor)
        html = self.client.get(reverse("translation_status_report")).content.decode()

        cells = self.cells(html, f'data-item="{self.goal.translation_key}"')
        spanish = self.goal.get_translation(Locale.objects.get(language_code="es"))
        assert (
            cells["es"]
            == f'<a href="/admin/snippets/themes/goal/edit/{spanish.pk}/"> 50 %</a> </td>'
        )
        assert cells["nl"] == "<strong>source</strong> </td>"

    def test_more_pages_cost_no_more_queries(self):
        for number in range(3):
            f.BestPracticePageFactory(parent=self.page.get_parent(), title=f"Extra {number}")
        log_in(self.client, self.editor)
        locale_codes()
        with self.assertNumQueries(QUERIES):
            self.client.get(reverse("translation_status_report"))

    def test_report_is_in_the_reports_menu(self):
        log_in(self.client, self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        assert reverse("translation_status_report") in response.content.decode()

    def test_anonymous_visitors_are_sent_to_the_login(self):
        response = self.client.get(reverse("translation_status_report"))
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
