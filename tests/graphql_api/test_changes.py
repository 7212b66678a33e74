"""The change feed `changes(since, locale, pagination)` and the `changedSince` list filters."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from home.changes.models import Event
from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory, ImageFactory

FEED = """
query Feed($since: DateTime!, $locale: String, $after: String, $limit: Int) {
  changes(since: $since, locale: $locale, pagination: {after: $after, limit: $limit}) {
    cursor hasMore
    events {
      id type tombstone occurredAt cursor affectedPageIds
      object { type model id translationKey locale urlPath urlPathBefore }
    }
  }
}
"""


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def history(db, home_page):
    """Publishes, a translation, an unpublish, a deletion and an image, in this order."""
    start = timezone.now() - timedelta(seconds=1)
    index = BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden", slug="voorbeelden")
    Event.objects.all().delete()
    waste = publish(BestPracticePageFactory(parent=index, title="Afval", slug="afval"))
    water = publish(BestPracticePageFactory(parent=index, title="Water", slug="water"))
    english = Locale.objects.get(language_code="en")
    publish(home_page.copy_for_translation(english))
    publish(index.copy_for_translation(english))
    waste_en = waste.copy_for_translation(english)
    waste_en.title = "Waste"
    waste_en.save()
    publish(waste_en)
    waste.unpublish()
    Page.objects.get(pk=water.pk).delete()
    ImageFactory(title="Kaart")
    return {"start": start, "waste": waste, "water": water, "waste_en": waste_en}


def test_the_feed_lists_changes_in_order_with_tombstones(gql, history):
    feed = gql(FEED, {"since": history["start"].isoformat(), "limit": 50})["data"]["changes"]
    summary = [(e["type"], e["object"]["id"], e["tombstone"]) for e in feed["events"]]
    waste, water, waste_en = (str(history[k].pk) for k in ("waste", "water", "waste_en"))
    assert [row for row in summary if row[1] in {waste, water, waste_en}] == [
        ("page.published", waste, False),
        ("page.published", water, False),
        ("translation.published", waste_en, False),
        ("page.unpublished", waste, True),
        ("page.deleted", water, True),
    ]
    assert summary[-1][0] == "image.changed"
    deleted = next(e for e in feed["events"] if e["type"] == "page.deleted")
    assert deleted["object"] == {
        "type": "page",
        "model": "BestPracticePage",
        "id": water,
        "translationKey": str(history["water"].translation_key),
        "locale": "nl",
        "urlPath": "/nl/voorbeelden/water/",
        "urlPathBefore": None,
    }
    assert feed["hasMore"] is False and feed["cursor"] == feed["events"][-1]["cursor"]


def test_the_cursor_pages_through_every_event_once(gql, history):
    everything = gql(FEED, {"since": history["start"].isoformat(), "limit": 100})["data"]
    expected = [e["id"] for e in everything["changes"]["events"]]
    seen, after = [], None
    for _ in range(20):
        page = gql(FEED, {"since": history["start"].isoformat(), "after": after, "limit": 2})
        feed = page["data"]["changes"]
        assert len(feed["events"]) <= 2
        seen += [e["id"] for e in feed["events"]]
        after = feed["cursor"]
        if not feed["hasMore"]:
            break
    assert seen == expected and len(expected) >= 7
    # Reading on from the last cursor: nothing new yet, and the same cursor to wait with.
    again = gql(FEED, {"since": history["start"].isoformat(), "after": after})["data"]["changes"]
    assert again == {"cursor": after, "hasMore": False, "events": []}


def test_a_locale_keeps_its_own_events_and_those_without_a_language(gql, history):
    feed = gql(FEED, {"since": history["start"].isoformat(), "locale": "en", "limit": 50})
    events = feed["data"]["changes"]["events"]
    assert {e["object"]["locale"] for e in events} <= {"en", None}
    assert "translation.published" in {e["type"] for e in events}
    assert "image.changed" in {e["type"] for e in events}


def test_since_filters_by_time(gql, history):
    later = timezone.now().isoformat()
    feed = gql(FEED, {"since": later})["data"]["changes"]
    assert feed["events"] == [] and feed["cursor"] is None


def test_bad_input_is_refused_with_what_to_do(gql, db, settings):
    recent = timezone.now().isoformat()
    body = gql(FEED, {"since": recent, "after": "nonsense"}, expect_errors=True)
    assert (
        "is not one this feed gave; pass a `cursor` value unchanged"
        in (body["errors"][0]["message"])
    )
    old = (timezone.now() - timedelta(days=91)).isoformat()
    body = gql(FEED, {"since": old}, expect_errors=True)
    assert "Events are kept for 90 days" in body["errors"][0]["message"]
    body = gql(FEED, {"since": recent, "locale": "xx"}, expect_errors=True)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


def test_events_are_held_back_until_they_settle(gql, history, settings):
    settings.VNG_CHANGE_FEED_SETTLE_SECONDS = 3600
    feed = gql(FEED, {"since": history["start"].isoformat()})["data"]["changes"]
    assert feed["events"] == []


def test_changed_since_narrows_the_lists(gql, history):
    waste_en = history["waste_en"]
    query = """query($since: DateTime!) {
      bestPractices(locale: "en", fallback: false, filters: {changedSince: $since}) {
        results { id } }
      pages(locale: "en", fallback: false, filters: {changedSince: $since}) { results { id } }
    }"""
    before = (waste_en.last_published_at - timedelta(seconds=1)).isoformat()
    data = gql(query, {"since": before})["data"]
    assert data["bestPractices"]["results"] == [{"id": str(waste_en.pk)}]
    assert {"id": str(waste_en.pk)} in data["pages"]["results"]
    after = (waste_en.last_published_at + timedelta(seconds=1)).isoformat()
    data = gql(query, {"since": after})["data"]
    assert data["bestPractices"]["results"] == [] and data["pages"]["results"] == []
