"""Every root field and filter against the small multilingual site, with exact results."""

import pytest

pytestmark = pytest.mark.django_db

BEST_PRACTICES = """query($locale: String, $fallback: Boolean! = true, $filters: BestPracticeFilter,
  $order: BestPracticeOrder! = NEWEST) {
  bestPractices(locale: $locale, fallback: $fallback, filters: $filters, order: $order) {
    totalCount results { title locale requestedLocale isFallback urlPath }
  }
}"""


def best_practices(gql, **variables):
    return gql(BEST_PRACTICES, variables)["data"]["bestPractices"]


def titles(listing):
    return [(item["title"], item["locale"], item["isFallback"]) for item in listing["results"]]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "nl",
            [
                ("Zonnepanelen in Utrecht", "nl", False),
                ("Afval in Amsterdam", "nl", False),
                ("Alleen in het Nederlands", "nl", False),
            ],
        ),
        (
            "en",
            [
                ("Solar panels in Utrecht", "en", False),
                ("Waste in Amsterdam", "en", False),
                ("Alleen in het Nederlands", "nl", True),
            ],
        ),
        (
            "fr",
            [
                ("Panneaux solaires à Utrecht", "fr", False),
                ("Waste in Amsterdam", "en", True),
                ("Alleen in het Nederlands", "nl", True),
            ],
        ),
        (
            "es",
            [
                ("Solar panels in Utrecht", "en", True),
                ("Waste in Amsterdam", "en", True),
                ("Alleen in het Nederlands", "nl", True),
            ],
        ),
        (
            "ar",
            [
                ("Solar panels in Utrecht", "en", True),
                ("Waste in Amsterdam", "en", True),
                ("Alleen in het Nederlands", "nl", True),
            ],
        ),
    ],
)
def test_best_practices_fall_back_per_item_in_every_locale(tree, gql, locale, expected):
    listing = best_practices(gql, locale=locale)
    assert titles(listing) == expected
    assert listing["totalCount"] == 3
    assert {item["requestedLocale"] for item in listing["results"]} == {locale}


def test_without_fallback_only_true_translations_are_listed(tree, gql):
    listing = best_practices(gql, locale="fr", fallback=False)
    assert titles(listing) == [("Panneaux solaires à Utrecht", "fr", False)]
    assert listing["totalCount"] == 1
    assert listing["results"][0]["urlPath"] == "/fr/voorbeelden/zon/"


def test_default_locale_is_dutch(tree, gql):
    assert titles(best_practices(gql))[0] == ("Zonnepanelen in Utrecht", "nl", False)


def test_unknown_locale_is_an_input_error_listing_the_valid_codes(tree, gql):
    body = gql(BEST_PRACTICES, {"locale": "de"}, expect_errors=True)
    assert body["errors"][0]["message"] == "Unknown language “de”; use one of: nl, en, fr, es, ar."
    assert body["data"] is None


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"goal": 11}, ["Solar panels in Utrecht", "Waste in Amsterdam"]),
        ({"goal": 13}, ["Solar panels in Utrecht", "Alleen in het Nederlands"]),
        ({"municipality": "GM0363"}, ["Waste in Amsterdam"]),
        ({"country": "bf"}, ["Waste in Amsterdam"]),
        ({"region": "AFRICA"}, ["Waste in Amsterdam"]),
        ({"origin": "MUNICIPAL"}, ["Solar panels in Utrecht", "Alleen in het Nederlands"]),
        (
            {"year": 2017},
            ["Solar panels in Utrecht", "Waste in Amsterdam", "Alleen in het Nederlands"],
        ),
        ({"year": 2014}, ["Alleen in het Nederlands"]),
        ({"promoted": True}, ["Solar panels in Utrecht"]),
        ({"promoted": False}, ["Waste in Amsterdam", "Alleen in het Nederlands"]),
        ({"search": "ouagadougou"}, ["Waste in Amsterdam"]),
        ({"search": "solar"}, ["Solar panels in Utrecht"]),
        ({"goal": 11, "municipality": "GM0344"}, ["Solar panels in Utrecht"]),
    ],
)
def test_best_practice_filters(tree, gql, filters, expected):
    listing = best_practices(gql, locale="en", filters=filters)
    assert [item["title"] for item in listing["results"]] == expected
    assert listing["totalCount"] == len(expected)


def test_best_practice_theme_and_pillar_filters_match_any_language_version(tree, gql):
    theme_fr = tree.id("theme4_fr")
    listing = best_practices(gql, locale="fr", filters={"theme": theme_fr})
    assert titles(listing) == [("Panneaux solaires à Utrecht", "fr", False)]
    listing = best_practices(gql, locale="nl", filters={"theme": tree.id("theme1")})
    assert titles(listing) == [("Afval in Amsterdam", "nl", False)]
    assert best_practices(gql, filters={"pillar": tree.id("pillar3")})["totalCount"] == 0


def test_best_practice_orders(tree, gql):
    oldest = best_practices(gql, locale="nl", order="OLDEST")
    assert [item["title"] for item in oldest["results"]] == [
        "Alleen in het Nederlands",
        "Afval in Amsterdam",
        "Zonnepanelen in Utrecht",
    ]
    by_title = best_practices(gql, locale="nl", order="TITLE")
    assert [item["title"] for item in by_title["results"]] == [
        "Afval in Amsterdam",
        "Alleen in het Nederlands",
        "Zonnepanelen in Utrecht",
    ]


def test_pagination_keeps_the_total(tree, gql):
    body = gql(
        """{ bestPractices(locale: "en", pagination: {offset: 1, limit: 1}) {
            totalCount results { title } } }"""
    )
    assert body["data"]["bestPractices"] == {
        "totalCount": 3,
        "results": [{"title": "Waste in Amsterdam"}],
    }
    past_end = gql(
        """{ bestPractices(pagination: {offset: 10, limit: 5}) { totalCount results { title } } }"""
    )
    assert past_end["data"]["bestPractices"] == {"totalCount": 3, "results": []}


def test_relations_follow_the_requested_language(tree, gql):
    body = gql(
        """{ bestPractices(locale: "fr", filters: {search: "Utrecht"}) { results {
            themes { title locale isFallback } goals { number name locale isFallback }
            municipalities { cbsCode name province { name } }
        } } }"""
    )
    (solar,) = body["data"]["bestPractices"]["results"]
    # The restricted "Geheim thema" is linked too, and must not show.
    assert solar["themes"] == [{"title": "Durabilité", "locale": "fr", "isFallback": False}]
    assert solar["goals"] == [
        {"number": 11, "name": "Villes durables", "locale": "fr", "isFallback": False},
        {"number": 13, "name": "Klimaatactie", "locale": "nl", "isFallback": True},
    ]
    assert solar["municipalities"] == [
        {"cbsCode": "GM0344", "name": "Utrecht", "province": {"name": "Utrecht"}}
    ]


def test_translations_and_machine_notice(tree, gql):
    body = gql(
        """query($id: ID!) { page(id: $id) { title translations {
            locale title urlPath machineTranslated } } }""",
        {"id": tree.id("solar")},
    )
    assert body["data"]["page"]["translations"] == [
        {
            "locale": "nl",
            "title": "Zonnepanelen in Utrecht",
            "urlPath": "/nl/voorbeelden/zon/",
            "machineTranslated": False,
        },
        {
            "locale": "en",
            "title": "Solar panels in Utrecht",
            "urlPath": "/en/voorbeelden/zon/",
            "machineTranslated": False,
        },
        {
            "locale": "fr",
            "title": "Panneaux solaires à Utrecht",
            "urlPath": "/fr/voorbeelden/zon/",
            "machineTranslated": True,
        },
    ]


def test_machine_notice_describes_the_live_version(tree, gql):
    """A machine translation imported into a draft of a live, human-made translation does not
    mark what readers see as machine-made until it is published."""
    from themes.localization.strings import translate_with_strings

    waste = tree.pages["waste"]
    query = """query($id: ID!) { page(id: $id) { translations { locale machineTranslated } } }"""
    translate_with_strings(
        waste, "en", {"Afval in Amsterdam": "Waste (machine draft)"}, machine=True, publish=False
    )
    english = gql(query, {"id": tree.id("waste")})["data"]["page"]["translations"][1]
    assert english == {"locale": "en", "machineTranslated": False}
    translate_with_strings(waste, "en", {"Afval in Amsterdam": "Waste (machine)"}, machine=True)
    english = gql(query, {"id": tree.id("waste")})["data"]["page"]["translations"][1]
    assert english == {"locale": "en", "machineTranslated": True}


def test_children_past_the_end_still_count(tree, gql):
    query = """query($id: ID!) { page(id: $id) {
        children(pagination: {offset: 50, limit: 5}) { totalCount results { id } } } }"""
    children = gql(query, {"id": tree.id("index")})["data"]["page"]["children"]
    assert children == {"totalCount": 3, "results": []}


def test_translation_status(tree, gql):
    query = """query($id: ID!) { page(id: $id) { translationStatus {
        sourceLocale state outOfDate } } }"""
    source = gql(query, {"id": tree.id("solar")})["data"]["page"]["translationStatus"]
    assert source == {"sourceLocale": "nl", "state": "SOURCE", "outOfDate": False}
    french = gql(query, {"id": tree.id("solar_fr")})["data"]["page"]["translationStatus"]
    assert french["sourceLocale"] == "nl"
    assert french["state"] in ("COMPLETE", "PARTIAL")


def test_page_by_url_path_and_language_switch(tree, gql):
    query = """query($path: String!, $locale: String) {
        page(urlPath: $path, locale: $locale) {
            __typename id title locale requestedLocale isFallback urlPath url slug
            ... on BestPracticePage { summary }
        } }"""
    page = gql(query, {"path": "/fr/voorbeelden/zon/"})["data"]["page"]
    assert page == {
        "__typename": "BestPracticePage",
        "id": tree.id("solar_fr"),
        "title": "Panneaux solaires à Utrecht",
        "locale": "fr",
        "requestedLocale": "fr",
        "isFallback": False,
        "urlPath": "/fr/voorbeelden/zon/",
        "url": "http://testserver/fr/voorbeelden/zon/",
        "slug": "zon",
        "summary": "Utrecht legt zonnepanelen op scholen.",
    }
    english = gql(query, {"path": "/fr/voorbeelden/zon/", "locale": "en"})["data"]["page"]
    assert (english["title"], english["locale"], english["isFallback"]) == (
        "Solar panels in Utrecht",
        "en",
        False,
    )
    # An alias is never served as French: the Dutch source is, marked as a fallback.
    alias = gql(query, {"path": "/fr/voorbeelden/alleen-nl/"})["data"]["page"]
    assert (alias["id"], alias["locale"], alias["requestedLocale"], alias["isFallback"]) == (
        tree.id("dutch_only"),
        "nl",
        "fr",
        True,
    )
    assert gql(query, {"path": "/nl/bestaat-niet/"})["data"]["page"] is None


def test_url_path_without_language_prefix_is_an_input_error(tree, gql):
    body = gql('{ page(urlPath: "/voorbeelden/zon/") { title } }', expect_errors=True)
    assert body["errors"][0]["message"] == (
        "The path “/voorbeelden/zon/” has no language prefix; start it with one of: "
        "/nl/, /en/, /fr/, /es/, /ar/."
    )


def test_parent_ancestors_children(tree, gql):
    body = gql(
        """query($id: ID!) { page(id: $id, locale: "fr") {
            title parent { title locale } ancestors { title locale }
            children { totalCount results { title } } } }""",
        {"id": tree.id("index")},
    )
    page = body["data"]["page"]
    assert page["title"] == "Exemples"
    assert page["parent"] == {"title": "VNG International", "locale": "fr"}
    assert page["ancestors"] == [{"title": "VNG International", "locale": "fr"}]
    assert page["children"] == {
        "totalCount": 3,
        "results": [
            {"title": "Panneaux solaires à Utrecht"},
            {"title": "Waste in Amsterdam"},
            {"title": "Alleen in het Nederlands"},
        ],
    }


def test_pages_filters(tree, gql):
    query = """query($filters: PageFilter, $locale: String) {
        pages(locale: $locale, filters: $filters) { totalCount results { __typename title } } }"""

    def run(locale="nl", **filters):
        return gql(query, {"filters": filters, "locale": locale})["data"]["pages"]

    assert run(type="NEWSLETTER_ISSUE_PAGE") == {
        "totalCount": 2,
        "results": [
            {"__typename": "NewsletterIssuePage", "title": "Januari"},
            {"__typename": "NewsletterIssuePage", "title": "Februari"},
        ],
    }
    assert [p["title"] for p in run(childOf=tree.id("year"))["results"]] == [
        "Vernieuwing van het bestuur",
        "Duurzaamheid",
        "Internationale promotie",
        "Lobby in Brussel",
        "Campagne",
    ]
    assert run(locale="en", descendantOf=tree.id("news"))["totalCount"] == 2
    # the theme by its title, the example by its theme's name (the search covers both); with
    # PostgreSQL's English stemming "sustainable" in a summary counts too
    found = run(locale="en", search="sustainability")["results"]
    assert found[0] == {"__typename": "ThemePage", "title": "Sustainability"}
    assert {"__typename": "BestPracticePage", "title": "Solar panels in Utrecht"} in found


def test_search(tree, gql):
    body = gql(
        """{ search(query: "utrecht", locale: "fr", types: [BEST_PRACTICE_PAGE]) {
            totalCount results { title locale } } }"""
    )
    assert body["data"]["search"] == {
        "totalCount": 1,
        "results": [{"title": "Panneaux solaires à Utrecht", "locale": "fr"}],
    }


def test_programme_lists(tree, gql):
    body = gql(
        """query($theme: ID) { programmes(locale: "fr") { title year locale isFallback }
            themes(year: 2016, locale: "fr") { title number locale goals { number } }
            pillars(year: 2016) { title }
            policy: activities(filters: {track: POLICY}) { title themes { title } }
            byTheme: activities(locale: "en", filters: {theme: $theme}) { title }
        }""",
        {"theme": tree.id("theme4")},
    )
    data = body["data"]
    assert data["programmes"] == [
        {"title": "Policy 2016", "year": 2016, "locale": "en", "isFallback": True}
    ]
    assert data["themes"] == [
        {"title": "Vernieuwing van het bestuur", "number": 1, "locale": "nl", "goals": []},
        {
            "title": "Durabilité",
            "number": 4,
            "locale": "fr",
            "goals": [{"number": 11}, {"number": 13}],
        },
    ]
    assert data["pillars"] == [{"title": "Internationale promotie"}]
    assert data["policy"] == [
        {"title": "Lobby in Brussel", "themes": [{"title": "Vernieuwing van het bestuur"}]}
    ]
    assert data["byTheme"] == [{"title": "Campagne"}]


def test_campaigns_and_newsletters(tree, gql):
    body = gql(
        """{ campaigns { title startedOn endedOn agenda { code name }
                predecessor { title } howToJoin }
            newsletterIssues(pagination: {limit: 1}) { totalCount results { title number } } }"""
    )
    data = body["data"]
    assert data["campaigns"] == [
        {
            "title": "Gemeenten4GlobalGoals",
            "startedOn": "2016-01-01",
            "endedOn": None,
            "agenda": {"code": "sdg", "name": "Duurzame ontwikkelingsdoelen"},
            "predecessor": {"title": "Millennium Gemeente"},
            "howToJoin": "<p>Meld u aan met het formulier.</p>",
        },
        {
            "title": "Millennium Gemeente",
            "startedOn": "2007-01-01",
            "endedOn": "2015-12-31",
            "agenda": None,
            "predecessor": None,
            "howToJoin": "<p>Meld u aan met het formulier.</p>",
        },
    ]
    assert data["newsletterIssues"] == {
        "totalCount": 2,
        "results": [{"title": "Februari", "number": 2}],
    }


def test_taxonomy(tree, gql):
    body = gql(
        """{ goals(locale: "fr") { number name colour locale isFallback agenda { name locale } }
            agendas(locale: "en") { code name isFallback }
            provinces { cbsCode name }
            municipalities(filters: {province: "PV27"}) { totalCount results { cbsCode } }
            active: municipalities(filters: {activeOn: "2023-01-01", province: "PV27"}) {
                results { name successor { name } } }
            named: municipalities(filters: {name: "wee"}) { results { name successor { name } } }
        }"""
    )
    data = body["data"]
    assert data["goals"] == [
        {
            "number": 11,
            "name": "Villes durables",
            "colour": "#FD9D24",
            "locale": "fr",
            "isFallback": False,
            "agenda": {"name": "Sustainable Development Goals", "locale": "en"},
        },
        {
            "number": 13,
            "name": "Klimaatactie",
            "colour": "#3F7E44",
            "locale": "nl",
            "isFallback": True,
            "agenda": {"name": "Sustainable Development Goals", "locale": "en"},
        },
    ]
    assert data["agendas"] == [
        {"code": "sdg", "name": "Sustainable Development Goals", "isFallback": False},
        {"code": "sendai", "name": "Sendai-kader", "isFallback": True},
    ]
    assert {"cbsCode": "PV27", "name": "Noord-Holland"} in data["provinces"]
    assert data["municipalities"] == {
        "totalCount": 2,
        "results": [{"cbsCode": "GM0363"}, {"cbsCode": "GM0457"}],
    }
    assert data["active"] == {"results": [{"name": "Amsterdam", "successor": None}]}
    assert data["named"] == {"results": [{"name": "Weesp", "successor": {"name": "Amsterdam"}}]}


def test_locales(gql):
    body = gql("{ locales { code name isDefault direction fallbacks } }")
    assert body["data"]["locales"] == [
        {
            "code": "nl",
            "name": "Nederlands",
            "isDefault": True,
            "direction": "LTR",
            "fallbacks": ["en"],
        },
        {
            "code": "en",
            "name": "English",
            "isDefault": False,
            "direction": "LTR",
            "fallbacks": ["nl"],
        },
        {
            "code": "fr",
            "name": "Français",
            "isDefault": False,
            "direction": "LTR",
            "fallbacks": ["en", "nl"],
        },
        {
            "code": "es",
            "name": "Español",
            "isDefault": False,
            "direction": "LTR",
            "fallbacks": ["en", "nl"],
        },
        {
            "code": "ar",
            "name": "العربية",
            "isDefault": False,
            "direction": "RTL",
            "fallbacks": ["en", "nl"],
        },
    ]
