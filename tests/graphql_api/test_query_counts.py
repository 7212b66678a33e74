"""SQL stays flat: the number of queries does not grow with the number of results."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.queries import BEST_PRACTICES_LIST_WITH_TOTAL
from tests import factories as f
from themes.localization.strings import translate_with_strings

pytestmark = pytest.mark.django_db

BEST_PRACTICES = BEST_PRACTICES_LIST_WITH_TOTAL


def add_best_practices(tree, image, numbers: range):
    """More examples with two themes, two goals, a municipality and a hero image; every
    second one also in English."""
    for number in numbers:
        page = f.BestPracticePageFactory(
            parent=tree.pages["index"],
            title=f"Voorbeeld {number}",
            slug=f"voorbeeld-{number}",
            start_date=datetime.date(2010, 1, 1),
            hero_image=image,
            hero_alt="Zonnepanelen op een dak",
        )
        page.themes.set([tree.pages["theme4"], tree.pages["theme1"]])
        page.goals.set([tree.snippets["goal11"], tree.snippets["goal13"]])
        page.municipalities.set([tree.snippets["utrecht"]])
        page.save_revision().publish()
        if number % 2 == 0:
            translate_with_strings(page, "en", {f"Voorbeeld {number}": f"Example {number}"})


def count_queries(gql, query: str) -> tuple[int, dict]:
    gql(query)  # warm the per-process caches (parser, validation, content types)
    with CaptureQueriesContext(connection) as captured:
        body = gql(query)
    return len(captured), body


def test_best_practice_list_is_flat_and_within_budget(tree, gql):
    image = f.ImageFactory()
    image.get_rendition("fill-400x300")
    add_best_practices(tree, image, range(4))
    small, body = count_queries(gql, BEST_PRACTICES)
    assert body["data"]["bestPractices"]["totalCount"] == 7

    add_best_practices(tree, image, range(4, 30))
    large, body = count_queries(gql, BEST_PRACTICES)
    assert body["data"]["bestPractices"]["totalCount"] == 33
    results = body["data"]["bestPractices"]["results"]
    example = next(item for item in results if item["title"] == "Example 4")
    assert example["themes"] == [
        {
            "title": "Vernieuwing van het bestuur",
            "urlPath": "/nl/beleidsopdracht-2016/vernieuwing/",
        },
        {"title": "Sustainability", "urlPath": "/en/beleidsopdracht-2016/duurzaamheid/"},
    ]
    assert example["goals"] == [
        {"number": 11, "name": "Sustainable cities", "colour": "#FD9D24"},
        {"number": 13, "name": "Klimaatactie", "colour": "#3F7E44"},
    ]
    assert example["heroImage"]["alt"] == "Zonnepanelen op een dak"
    assert "fill-400x300" in example["heroImage"]["rendition"]["url"]
    assert [t["locale"] for t in example["translations"]] == ["nl", "en"]
    assert (small, large) == (large, large)
    assert large <= 8


def test_page_by_path_with_body_is_within_budget(tree, gql):
    query = """{ page(urlPath: "/fr/voorbeelden/zon/") {
      title urlPath locale isFallback
      translations { locale urlPath machineTranslated }
      ... on BestPracticePage {
        summary
        body { __typename ... on ParagraphBlock { id html } }
        themes { title } goals { number name } municipalities { name }
      }
    } }"""
    queries, body = count_queries(gql, query)
    assert body["data"]["page"]["title"] == "Panneaux solaires à Utrecht"
    assert queries <= 8


def test_the_total_is_counted_only_when_the_list_goes_on(tree, gql):
    """`totalCount` never counts with a window over every row: a page that reaches the end of
    the list knows the total; only a longer list (or an offset past the end) adds a COUNT."""
    image = f.ImageFactory()
    add_best_practices(tree, image, range(4))  # 7 examples in Dutch
    document = "{ bestPractices(locale: \"nl\", pagination: {offset: %d, limit: %d})" \
        " { totalCount results { title } } }"  # fmt: skip

    def totals(offset, limit):
        gql(document % (offset, limit))
        with CaptureQueriesContext(connection) as captured:
            body = gql(document % (offset, limit))["data"]["bestPractices"]
        sql = [query["sql"].upper() for query in captured]
        assert not [text for text in sql if " OVER (" in text]
        counts = [text for text in sql if "COUNT(" in text]
        return body["totalCount"], len(body["results"]), len(counts)

    assert totals(0, 50) == (7, 7, 0)
    assert totals(5, 50) == (7, 2, 0)
    assert totals(0, 7) == (7, 7, 0)
    assert totals(0, 5) == (7, 5, 1)
    assert totals(10, 5) == (7, 0, 1)
