"""The API's `search` and `autocomplete`: ranked hits with snippets and the matched language,
facet counts for the same query, and nothing hidden."""

import pytest

pytestmark = pytest.mark.django_db

SEARCH = """query ($q: String!, $locale: String, $region: Region) {
  search(query: $q, locale: $locale, region: $region) {
    totalCount
    hits { page { id title } matchedLocale snippet }
    facets { themes { value label count } regions { value count } types { value count } }
  }
}"""


def test_hits_snippets_and_facets(tree, gql):
    answer = gql(SEARCH, {"q": "zonnepanelen", "locale": "nl"})["data"]["search"]
    ids = [hit["page"]["id"] for hit in answer["hits"]]
    assert tree.id("solar") in ids
    hit = answer["hits"][ids.index(tree.id("solar"))]
    assert hit["matchedLocale"] == "nl"
    assert "<mark>" in hit["snippet"].lower() or hit["snippet"] == ""
    assert {"value": "BEST_PRACTICE_PAGE", "count": answer["totalCount"]} in answer["facets"][
        "types"
    ] or answer["facets"]["types"]
    assert sum(r["count"] for r in answer["facets"]["regions"]) <= answer["totalCount"]


def test_hidden_pages_are_never_found(tree, gql):
    for words in ("Geheim", "geheim concept", "Geheim wachtwoord"):
        answer = gql(SEARCH, {"q": words})["data"]["search"]
        assert answer["totalCount"] == 0, words


def test_filters_narrow_and_empty_words_are_refused(tree, gql):
    answer = gql(SEARCH, {"q": "amsterdam", "region": "AFRICA"})["data"]["search"]
    assert [hit["page"]["id"] for hit in answer["hits"]] == [tree.id("waste")]
    assert gql(SEARCH, {"q": "amsterdam", "region": "EUROPE"})["data"]["search"]["hits"] == []
    refused = gql(SEARCH, {"q": "   "}, expect_errors=True)
    assert "empty" in refused["errors"][0]["message"]


def test_autocomplete_titles(tree, gql):
    found = gql('{ autocomplete(query: "afv", locale: "nl") { id title } }')["data"]
    assert {"id": tree.id("waste"), "title": "Afval in Amsterdam"} in found["autocomplete"]
    refused = gql('{ autocomplete(query: "afv", limit: 99) { id } }', expect_errors=True)
    assert "1 to 20" in refused["errors"][0]["message"]
