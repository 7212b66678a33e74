"""A partly translated example carries a notice in the promotion export, as a fallback does:
the API reports it PARTIAL with its share, and the export page says so to the reader."""

import pytest
from django.core.management import call_command
from wagtail.models import Site

from tests import factories as f
from themes.localization.strings import translate_with_strings


@pytest.mark.django_db
def test_a_partial_translation_shows_its_share_in_the_export(tmp_path):
    home = Site.objects.get(is_default_site=True).root_page.specific
    translate_with_strings(home, "en", {}, publish=True)
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
    translate_with_strings(index, "en", {"Voorbeelden": "Examples"}, publish=True)
    page = f.BestPracticePageFactory(
        parent=index,
        title="Zonnestroom delen",
        slug="zonnestroom-delen",
        summary="Buren delen de stroom van één dak.",
        promote_internationally=True,
    )
    page.save_revision().publish()
    # Title and slug in English; the summary stays Dutch.
    translate_with_strings(
        page, "en", {"Zonnestroom delen": "Sharing solar power", page.slug: "sharing-solar-power"}
    )

    call_command("export_promotion", "--locale", "en", "--out", str(tmp_path), verbosity=0)

    html = (tmp_path / "en/examples/sharing-solar-power.html").read_text()
    notice = html.split('class="notice notice--fallback notice--partial"')[1].split("</p>")[0]
    assert "This example is only partly translated (67 %)" in notice
    assert "the rest is shown in the original language (nl)" in notice
