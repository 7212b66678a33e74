"""The leak suite: nothing unpublished, private, scheduled, expired, untranslated-but-aliased
or draft-translated is reachable through any path of the API, in any language."""

import json

import pytest

pytestmark = pytest.mark.django_db

LOCALES = ["nl", "en", "fr", "es", "ar"]
HIDDEN = [
    "draft",
    "login",
    "password",
    "groups",
    "scheduled",
    "expired",
    "secret_year",
    "secret_theme",
    "secret_campaign",
    "waste_fr_draft",
    "dutch_only_fr_alias",
]
SECRET_WORDS = ["Geheim", "brouillon"]

PAGE_FIELDS = """
  __typename id title urlPath locale
  translations { locale title urlPath }
  parent { id title }
  ancestors { id title }
  children(pagination: {limit: 100}) { totalCount results { id title } }
"""
RELATIONS = f"""
  ... on BestPracticePage {{
    themes {{ {PAGE_FIELDS} }}
    pillars {{ id title }}
    goals {{ number name }}
    primaryGoal {{ number }}
  }}
  ... on ActivityPage {{ themes {{ id title }} pillars {{ id title }} }}
  ... on CampaignPage {{ predecessor {{ id title }} }}
"""


def ids_in(value) -> set[str]:
    """Every `id` anywhere in a JSON response."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and isinstance(item, str):
                found.add(item)
            else:
                found |= ids_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= ids_in(item)
    return found


def assert_no_leak(tree, body):
    text = json.dumps(body, ensure_ascii=False)
    for word in SECRET_WORDS:
        assert word not in text
    hidden_ids = {tree.id(name) for name in HIDDEN}
    assert not ids_in(body) & hidden_ids


FRAGMENTS = {
    "P": f"fragment P on Page {{ {PAGE_FIELDS} }}",
    "R": f"fragment R on Page {{ {RELATIONS} }}",
}
ARGS = "locale: $locale, fallback: $fallback"
LEAK_QUERIES = {
    "bestPractices": f"bestPractices({ARGS}, pagination: {{limit: 100}}) {{"
    " totalCount results { ...P ...R } }",
    "pages": f"pages({ARGS}, pagination: {{limit: 100}}) {{"
    " totalCount results { id title translations { locale title } ...R } }",
    "underIndex": f"pages({ARGS}, filters: {{childOf: $index}}) {{"
    " totalCount results { id title } }",
    "underHome": f"pages({ARGS}, filters: {{descendantOf: $home}}, pagination: {{limit: 100}})"
    " { totalCount results { id title } }",
    "programmes": f"programmes({ARGS}) {{ ...P }}",
    "themes": f"themes({ARGS}) {{ ...P }}",
    "secretYear": f"themes(year: 2017, {ARGS}) {{ id }}",
    "pillars": f"pillars({ARGS}) {{ ...P }}",
    "activities": f"activities({ARGS}) {{ ...P ...R }}",
    "campaigns": f"campaigns({ARGS}) {{ ...P ...R }}",
    "newsletterIssues": f"newsletterIssues({ARGS}) {{ totalCount results {{ ...P }} }}",
    "search": f'search(query: "Geheim", {ARGS}) {{ totalCount results {{ id }} }}',
    "searchAll": f'search(query: "e", {ARGS}, pagination: {{limit: 100}}) {{'
    " totalCount results { id title } }",
}


@pytest.fixture(autouse=True)
def everything_at_once(settings):
    """These documents ask for every field and relation of 100 items at once, on purpose, to
    find leaks; the cost budget that refuses such documents from partners is in test_cost.py."""
    settings.VNG_GRAPHQL_LIMITS = {**settings.VNG_GRAPHQL_LIMITS, "MAX_COST": 100_000}


@pytest.mark.parametrize(
    ("locale", "fallback"), [*((code, True) for code in LOCALES), ("fr", False)]
)
@pytest.mark.parametrize("field", LEAK_QUERIES)
def test_lists_and_edges_never_show_hidden_pages(tree, gql, locale, fallback, field):
    query = LEAK_QUERIES[field]
    variables = {"locale": locale, "fallback": fallback}
    declared = "$locale: String, $fallback: Boolean!"
    for name in ("index", "home"):
        if f"${name}" in query:
            variables[name] = tree.id(name)
            declared += f", ${name}: ID"
    document = f"query({declared}) {{ {field}: {query} }}"
    document += " ".join(text for name, text in FRAGMENTS.items() if f"...{name}" in query)
    body = gql(document, variables)
    assert_no_leak(tree, body)
    data = body["data"][field]
    if isinstance(data, dict):
        # The counts agree with the lists: hidden pages are not counted either.
        assert data["totalCount"] == len(data["results"])
    if field in ("search", "secretYear"):
        assert data in ({"totalCount": 0, "results": []}, [])
    if fallback and field in ("bestPractices", "underIndex"):
        assert data["totalCount"] == 3


@pytest.mark.parametrize("name", HIDDEN[:9])
def test_hidden_pages_are_not_found_by_id_or_path(tree, gql, name):
    page = tree.pages[name]
    body = gql(
        """query($id: ID!, $path: String!) {
            byId: page(id: $id) { id title }
            byIdFr: page(id: $id, locale: "fr") { id title }
            byPath: page(urlPath: $path) { id title } }""",
        {"id": str(page.pk), "path": "/nl" + page.url_path[len("/home") :]},
    )
    assert body["data"] == {"byId": None, "byIdFr": None, "byPath": None}


def test_a_restricted_section_hides_its_descendants(tree, gql):
    body = gql("""query($id: ID!) { page(id: $id) { id } }""", {"id": tree.id("secret_theme")})
    assert body["data"]["page"] is None


def test_an_alias_is_never_served_as_its_language(tree, gql):
    alias = tree.pages["dutch_only_fr_alias"]
    body = gql(
        """query($id: ID!) { page(id: $id) { id locale requestedLocale isFallback
            translations { locale } } }""",
        {"id": str(alias.pk)},
    )
    assert body["data"]["page"] == {
        "id": tree.id("dutch_only"),
        "locale": "nl",
        "requestedLocale": "fr",
        "isFallback": True,
        "translations": [{"locale": "nl"}],
    }


def test_an_unpublished_translation_is_not_listed_or_served(tree, gql):
    body = gql(
        """query($id: ID!) {
            draft: page(id: $id) { id locale isFallback }
            byPath: page(urlPath: "/fr/voorbeelden/afval/") { id locale isFallback } }""",
        {"id": tree.id("waste_fr_draft")},
    )
    english = {"id": tree.id("waste_en"), "locale": "en", "isFallback": True}
    assert body["data"] == {"draft": english, "byPath": english}
