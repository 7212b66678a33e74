"""A partial translation shows its share in the admin's page listing and asks before it is
published ("33 % translated — publish anyway?")."""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page

from tests import factories as f
from themes.localization.strings import translate_with_strings


class PartialTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = Page.objects.get(depth=2)
        index = f.BestPracticeIndexPageFactory(parent=home)
        cls.page = f.BestPracticePageFactory(parent=index, title="Zonnedaken", summary="Samen.")
        cls.page.save_revision().publish()
        cls.french = translate_with_strings(
            cls.page, "fr", {"Zonnedaken": "Toits solaires"}, publish=False
        )

    def setUp(self):
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_superuser("chief", "chief@example.com", "pw")
        self.client.force_login(user)
        self.client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"

    def test_publishing_a_partial_translation_asks_first(self):
        url = reverse("wagtailadmin_pages:edit", args=[self.french.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {"action": "publish"})
        assert response.status_code == 200
        html = response.content.decode()
        assert "33 % translated — publish anyway?" in html
        assert 'name="confirm-partial-publish"' in html
        assert not Page.objects.get(pk=self.french.pk).live

        with self.captureOnCommitCallbacks(execute=True):  # wagtail-localize publishes on commit
            response = self.client.post(url, {"action": "publish", "confirm-partial-publish": "1"})
        assert response.status_code in (200, 302)
        assert Page.objects.get(pk=self.french.pk).live

    def test_a_complete_translation_is_published_without_asking(self):
        english = translate_with_strings(
            self.page,
            "en",
            {"Zonnedaken": "Solar roofs", "Samen.": "Together.", self.page.slug: "solar"},
            publish=False,
        )
        url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, {"action": "publish"})
        assert "publish anyway" not in response.content.decode()
        assert Page.objects.get(pk=english.pk).live

    def test_the_page_listing_shows_the_share(self):
        french_index = self.french.get_parent()
        response = self.client.get(reverse("wagtailadmin_explore", args=[french_index.pk]))
        html = response.content.decode()
        assert "33 % translated" in html
        dutch = self.client.get(reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]))
        assert "% translated" not in dutch.content.decode()
