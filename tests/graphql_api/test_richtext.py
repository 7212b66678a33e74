"""Rich text: links resolved for the served language and the visibility rule, output sanitised."""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page

from graphql_api.richtext import render_rich_text, render_rich_texts
from tests.graphql_api.content_data import content_site_fixture, graphql

content_site = content_site_fixture()
pytestmark = pytest.mark.django_db

INTRO = '{ page(urlPath: "%s") { ... on HomePage { intro } } }'


def set_intro(home, html: str) -> None:
    home = Page.objects.get(pk=home.pk).specific
    home.intro = html
    home.save_revision().publish()


def test_home_intro_links_point_at_the_served_language_and_hidden_pages_lose_their_link(
    client, content_site
):
    site = content_site
    html = (
        f'<p>Zie <a linktype="page" id="{site["target"].pk}">afval</a>, '
        f'<a linktype="page" id="{site["draft"].pk}">concept</a> en '
        f'<a linktype="page" id="{site["private"].pk}">besloten</a>.</p>'
    )
    set_intro(site["home"], html)
    set_intro(site["home_en"], html)  # a translation keeps the Dutch page ids

    nl, _ = graphql(client, INTRO % "/nl/")
    en, _ = graphql(client, INTRO % "/en/")

    assert nl == {
        "data": {
            "page": {
                "intro": '<p>Zie <a href="http://testserver/nl/voorbeelden/afval-scheiden/">afval</a>, '
                "concept en besloten.</p>"
            }
        }
    }
    assert en == {
        "data": {
            "page": {
                "intro": '<p>Zie <a href="http://testserver/en/examples/separating-waste/">afval</a>, '
                "concept en besloten.</p>"
            }
        }
    }


def test_scripts_event_handlers_styles_and_javascript_links_are_removed(client, content_site):
    set_intro(
        content_site["home"],
        '<p onclick="steal()" style="color:red" class="x">Hallo'
        '<script>alert(1)</script><iframe src="https://evil.example"></iframe> '
        '<a href="javascript:alert(2)">klik</a> <a href="https://vng.nl/" target="_blank" '
        'onmouseover="steal()">VNG</a> <img src="x" onerror="steal()"></p>',
    )
    answer, _ = graphql(client, INTRO % "/nl/")
    assert answer == {
        "data": {
            "page": {
                "intro": '<p>Hallo <a>klik</a> <a href="https://vng.nl/">VNG</a> <img src="x"></p>'
            }
        }
    }


def test_languages_without_the_page_fall_back_along_the_chain(content_site):
    target = content_site["target"]
    html = f'<a linktype="page" id="{target.pk}">x</a>'
    # French has no version: its fallback chain is fr → en → nl.
    assert (
        render_rich_text(html, "fr")
        == '<a href="http://testserver/en/examples/separating-waste/">x</a>'
    )
    # Linking to the English version from Dutch text gives the Dutch version.
    english = f'<a linktype="page" id="{content_site["target_en"].pk}">x</a>'
    assert (
        render_rich_text(english, "nl")
        == '<a href="http://testserver/nl/voorbeelden/afval-scheiden/">x</a>'
    )


def test_a_hidden_translation_falls_back_to_a_visible_one(content_site):
    target_en = Page.objects.get(pk=content_site["target_en"].pk)
    target_en.unpublish()
    html = f'<a linktype="page" id="{content_site["target"].pk}">x</a>'
    assert (
        render_rich_text(html, "en")
        == '<a href="http://testserver/nl/voorbeelden/afval-scheiden/">x</a>'
    )


def test_deleted_pages_and_documents_keep_their_text(content_site):
    html = (
        '<p><a linktype="page" id="999999">weg</a> <a linktype="document" id="999999">ook</a></p>'
    )
    assert render_rich_text(html, "nl") == "<p>weg ook</p>"


def test_embedded_images_and_media(content_site):
    image = content_site["image"]
    html = (
        f'<embed embedtype="image" id="{image.pk}" format="left" alt="Het dak"/>'
        '<embed embedtype="media" url="https://www.youtube.com/watch?v=abc123"/>'
        '<embed embedtype="image" id="999999" format="left" alt="weg"/>'
    )
    assert render_rich_text(html, "nl") == (
        '<img alt="Het dak" height="400" '
        'src="http://testserver/media/images/content-zon.width-800.png" width="800">'
        '<p><a href="https://www.youtube.com/watch?v=abc123">'
        "https://www.youtube.com/watch?v=abc123</a></p>"
    )


def test_many_links_in_many_texts_take_one_page_query(content_site, django_assert_num_queries):
    site = content_site
    texts = [
        f'<a linktype="page" id="{site[name].pk}">{name}</a>'
        for name in ("target", "draft", "private", "article", "target_en")
    ] * 10
    render_rich_texts(texts[:1], "en")  # site root paths are cached after the first call
    with django_assert_num_queries(1):
        rendered = render_rich_texts(texts, "en")
    assert rendered[:5] == [
        '<a href="http://testserver/en/examples/separating-waste/">target</a>',
        "draft",
        "private",
        '<a href="http://testserver/en/examples/sharing-power/">article</a>',
        '<a href="http://testserver/en/examples/separating-waste/">target_en</a>',
    ]


def test_documents_in_a_restricted_collection_lose_their_link(content_site):
    document = get_document_model().objects.get(pk=content_site["document"].pk)
    html = f'<p><a linktype="document" id="{document.pk}">verslag</a></p>'
    url = f"http://testserver/documents/{document.pk}/content-verslag.pdf"
    assert render_rich_text(html, "nl") == f'<p><a href="{url}">verslag</a></p>'

    internal = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.LOGIN
    )
    document.collection = internal.add_child(name="Verslagen")  # restricted through its parent
    document.save()
    assert render_rich_text(html, "nl") == "<p>verslag</p>"
