"""The response cache on the local-memory cache (and on Redis with REDIS_URL): repeats cost no
SQL, and every kind of change drops exactly the answers that read the changed object — here
always through a relation, a chooser block or a rich-text link — and nothing else."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from graphql_api.delivery.purge import RecordingPurge
from tests import factories as f
from tests.graphql_api.delivery.queries import EXAMPLE, LIST, OTHER

pytestmark = pytest.mark.django_db

EXAMPLE_PATH = {"path": "/nl/voorbeelden/zon/"}


def _warm(api, *requests):
    """Answer each request once (a miss) and check the second time is a hit."""
    for query, variables in requests:
        assert api(query, variables).cache == "MISS"
        assert api(query, variables).cache == "HIT"


def test_a_repeat_is_served_from_the_cache_without_sql(api, site):
    first = api(EXAMPLE, EXAMPLE_PATH)
    assert first.status == 200 and first.cache == "MISS" and first.queries > 0
    assert first.body["data"]["page"]["themes"] == [{"title": "Klimaat"}]

    again = api(EXAMPLE, EXAMPLE_PATH)
    assert (again.status, again.cache, again.queries) == (200, "HIT", 0)
    assert again.body == first.body
    assert again.headers["ETag"] == first.headers["ETag"]

    # The same operation written differently (spacing) and sent as GET is the same entry.
    spaced = EXAMPLE.replace("\n", "\n\n  ")
    assert api(spaced, EXAMPLE_PATH, method="GET").cache == "HIT"


def test_cacheable_answers_carry_etag_tags_language_and_caching_headers(api, site):
    answer = api(LIST, {"locale": "fr"})
    assert answer.headers["Cache-Control"] == ("public, max-age=300, stale-while-revalidate=60")
    assert answer.headers["Content-Language"] == "fr"
    assert {"Accept", "Accept-Encoding", "Origin"} <= {
        part.strip() for part in answer.headers["Vary"].split(",")
    }
    tags = answer.headers["Surrogate-Key"].split(" ")
    assert "list-themes.bestpracticepage-fr" in tags
    assert f"page-{site['example'].pk}" in tags
    assert f"page-{site['theme'].pk}" in tags  # reached only through the relation
    assert answer.headers["Cache-Tag"] == ",".join(tags)
    assert answer.headers["ETag"].startswith('"') and len(answer.headers["ETag"]) == 42


def test_a_cached_answer_carries_the_headers_of_the_computed_one(api, site):
    """A hit is answered before the session and locale middleware (DeliveryMiddleware): it
    still carries every header the computed answer had, and neither varies with the visitor's
    Accept-Language (the language is an argument of the query)."""
    computed = api(LIST, {"locale": "fr"}, headers={"Accept-Language": "ar"})
    cached = api(LIST, {"locale": "fr"}, headers={"Accept-Language": "ar"})
    assert (computed.cache, cached.cache) == ("MISS", "HIT")
    per_request = {"X-Cache", "X-Request-ID", "RateLimit-Remaining", "RateLimit-Reset"}
    assert {name: value for name, value in cached.headers.items() if name not in per_request} == {
        name: value for name, value in computed.headers.items() if name not in per_request
    }
    assert "accept-language" not in computed.headers["Vary"].lower()
    assert computed.headers["Content-Language"] == "fr"


def test_if_none_match_gets_304_without_body(api, site):
    etag = api(EXAMPLE, EXAMPLE_PATH).headers["ETag"]
    for cache_state in ("HIT", "HIT"):
        not_modified = api(EXAMPLE, EXAMPLE_PATH, headers={"If-None-Match": etag})
        assert (not_modified.status, not_modified.body) == (304, None)
        assert not_modified.headers["ETag"] == etag
        assert cache_state == "HIT"
    other = api(EXAMPLE, EXAMPLE_PATH, headers={"If-None-Match": '"something-else"'})
    assert other.status == 200 and other.body["data"]["page"]["title"] == "Zonnestroom"


def test_errors_and_mutations_are_never_cached(api, site):
    bad = api('{ page(urlPath: "voorbeelden") { title } }')
    assert bad.headers["Cache-Control"] == "private, no-store" and "X-Cache" not in bad.headers
    mutation = """mutation { unsubscribeFromNewsletter(token: "nope") { ok } }"""
    for _ in range(2):
        answer = api(mutation)
        assert answer.status == 200 and answer.body["data"]["unsubscribeFromNewsletter"]
        assert "X-Cache" not in answer.headers and "ETag" not in answer.headers
        assert answer.headers["Cache-Control"] == "private, no-store"


def _title(site, name, new_title, publish):
    page = site[name]

    def change():
        page.title = new_title
        page.save_revision().publish()

    publish(change)


def test_publishing_a_theme_changes_the_examples_that_name_it_and_nothing_else(api, site, publish):
    _warm(api, (EXAMPLE, EXAMPLE_PATH), (LIST, {"locale": "nl"}), (OTHER, None))
    _title(site, "theme", "Klimaat en energie", publish)

    assert api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["themes"] == [
        {"title": "Klimaat en energie"}
    ]
    listed = api(LIST, {"locale": "nl"}).body["data"]["bestPractices"]["results"]
    assert {"title": "Zonnestroom", "themes": [{"title": "Klimaat en energie"}]} in listed
    assert api(OTHER).cache == "HIT"  # another example, another theme: kept
    assert f"page-{site['theme'].pk}" in RecordingPurge.purged()


def test_unpublishing_a_page_chosen_in_a_block_changes_the_answer(api, site, publish):
    _warm(api, (EXAMPLE, EXAMPLE_PATH), (OTHER, None))
    body = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"]
    assert {"page": {"title": "Doelpagina", "urlPath": "/nl/voorbeelden/doel/"}} in body

    publish(site["target"].unpublish)
    body = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"]
    assert not any("page" in block for block in body)
    assert api(OTHER).cache == "HIT"

    publish(lambda: site["target"].save_revision().publish())  # and back
    body = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"]
    assert {"page": {"title": "Doelpagina", "urlPath": "/nl/voorbeelden/doel/"}} in body


def test_moving_a_page_linked_in_rich_text_changes_the_link(api, site, home_page, publish):
    archive = f.BestPracticeIndexPageFactory(parent=home_page, slug="archief")
    _warm(api, (EXAMPLE, EXAMPLE_PATH), (OTHER, None))
    html = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"][1]["html"]
    assert "/nl/voorbeelden/gelinkt/" in html

    publish(lambda: site["linked"].move(archive, pos="last-child"))
    html = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"][1]["html"]
    assert "/nl/archief/gelinkt/" in html
    assert api(OTHER).cache == "HIT"


def test_deleting_a_chosen_page_changes_the_answer(api, site, publish):
    _warm(api, (EXAMPLE, EXAMPLE_PATH), (OTHER, None))
    publish(site["target"].delete)
    body = api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["body"]
    assert not any("page" in block for block in body)
    assert api(OTHER).cache == "HIT"


def test_saving_a_snippet_changes_answers_that_reach_it_through_a_relation(api, site, publish):
    _warm(api, (EXAMPLE, EXAMPLE_PATH), (OTHER, None))
    goal = site["goal"]

    def rename():
        goal.name = "Inclusieve steden"
        goal.save()

    publish(rename)
    assert api(EXAMPLE, EXAMPLE_PATH).body["data"]["page"]["goals"] == [
        {"name": "Inclusieve steden"}
    ]
    assert api(OTHER).cache == "HIT"


def test_saving_an_image_changes_answers_that_show_it(api, site, publish):
    image = f.ImageFactory(credit="Foto: oud")
    example = site["example"]
    example.hero_image, example.hero_alt = image, "Zonnepanelen"
    example.save_revision().publish()
    query = '{ page(urlPath: "/nl/voorbeelden/zon/") { ... on BestPracticePage { heroImage { credit } } } }'
    _warm(api, (query, None), (OTHER, None))

    def recredit():
        image.credit = "Foto: nieuw"
        image.save()

    publish(recredit)
    assert api(query).body["data"]["page"]["heroImage"] == {"credit": "Foto: nieuw"}
    assert api(OTHER).cache == "HIT"


def test_a_new_translation_drops_the_lists_of_its_language_only(api, site, publish):
    goals = "query Goals($locale: String) { goals(locale: $locale) { name locale } }"
    countries = "query Countries($locale: String) { countries(locale: $locale) { name } }"
    f.CountryFactory()
    _warm(api, (goals, {"locale": "fr"}), (countries, {"locale": "fr"}), (OTHER, None))
    assert api(goals, {"locale": "fr"}).body["data"]["goals"] == [
        {"name": "Duurzame steden", "locale": "nl"}
    ]

    def translate():
        french = site["goal"].copy_for_translation(Locale.objects.get(language_code="fr"))
        french.name = "Villes durables"
        french.save()

    publish(translate)
    assert api(goals, {"locale": "fr"}).body["data"]["goals"] == [
        {"name": "Villes durables", "locale": "fr"}
    ]
    assert api(countries, {"locale": "fr"}).cache == "HIT"  # another list of the language
    assert api(OTHER).cache == "HIT"


def test_publishing_a_page_translation_changes_the_fallback_answer(api, site, publish):
    french = {"path": "/nl/voorbeelden/zon/", "locale": "fr"}
    query = "query($path: String!, $locale: String) { page(urlPath: $path, locale: $locale) { title locale } }"
    _warm(api, (query, french), (OTHER, None))
    assert api(query, french).body["data"]["page"] == {"title": "Zonnestroom", "locale": "nl"}
    assert api(query, french).headers["Content-Language"] == "fr"

    def translate():
        copy = site["example"].copy_for_translation(
            Locale.objects.get(language_code="fr"), copy_parents=True
        )
        copy.title = "Énergie solaire"
        copy.save_revision().publish()

    publish(translate)
    assert api(query, french).body["data"]["page"] == {"title": "Énergie solaire", "locale": "fr"}
    assert api(OTHER).cache == "HIT"


def test_scheduled_publishing_and_expiry_change_the_lists(api, site, publish):
    now = timezone.now()
    scheduled = f.BestPracticePageFactory(parent=site["index"], slug="later", live=False)
    scheduled.go_live_at = now + datetime.timedelta(minutes=5)
    scheduled.save_revision().publish()  # scheduled, not live
    _warm(api, (LIST, {"locale": "nl"}), (OTHER, None))
    titles = {
        row["title"] for row in api(LIST, {"locale": "nl"}).body["data"]["bestPractices"]["results"]
    }
    assert scheduled.title not in titles

    with time_machine.travel(now + datetime.timedelta(minutes=10), tick=False):
        publish(lambda: call_command("publish_scheduled"))
        # The visibility rule reads the database's clock, which time_machine cannot move: put
        # the publication time where that clock is, as it would be ten minutes from now.
        type(scheduled).objects.filter(pk=scheduled.pk).update(go_live_at=now)
        answer = api(LIST, {"locale": "nl"})
        titles = {row["title"] for row in answer.body["data"]["bestPractices"]["results"]}
        assert scheduled.title in titles
        assert api(OTHER).cache == "HIT"

    other = site["other"]
    type(other).objects.filter(pk=other.pk).update(expire_at=now - datetime.timedelta(seconds=1))
    publish(lambda: call_command("publish_scheduled"))
    titles = {
        row["title"] for row in api(LIST, {"locale": "nl"}).body["data"]["bestPractices"]["results"]
    }
    assert "Ander voorbeeld" not in titles
    assert api(OTHER).body["data"]["page"] is None


def test_a_page_that_expires_is_not_kept_past_its_expiry(api, site, delivered):
    from graphql_api.delivery import cache

    other = site["other"]
    soon = timezone.now() + datetime.timedelta(seconds=90)
    type(other).objects.filter(pk=other.pk).update(expire_at=soon)
    stored = {}
    original = cache.cache().set

    def spy(key, value, timeout=None, **kwargs):
        stored[key] = timeout
        return original(key, value, timeout, **kwargs)

    cache.cache().set = spy
    try:
        api(OTHER)
    finally:
        del cache.cache().set
    entry_timeouts = [timeout for key, timeout in stored.items() if ":e:" in key]
    assert entry_timeouts and all(timeout <= 90 for timeout in entry_timeouts)
