"""JSON Feed 1.1 and Atom (RFC 4287) for one language: the same items in the same order, so a
partner site can syndicate whichever format its software reads."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

from themes.export.content import Example

ATOM = "http://www.w3.org/2005/Atom"
PUBLISHER = "VNG International"


@dataclass
class FeedInfo:
    language: str
    title: str
    description: str
    home_page_url: str
    json_url: str
    atom_url: str


@dataclass
class Entry:
    example: Example
    url: str

    @property
    def id(self):
        return (
            f"urn:vng-promotion:{self.example.requested_language}:best-practice:{self.example.id}"
        )

    @property
    def updated(self):
        return self.example.last_published_at or self.example.first_published_at or _EPOCH

    @property
    def tags(self):
        return [term.name for term in self.example.terms]


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC).isoformat()


def json_feed(info: FeedInfo, entries: list[Entry]):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "description": info.description,
        "home_page_url": info.home_page_url,
        "feed_url": info.json_url,
        "language": info.language,
        "authors": [{"name": PUBLISHER}],
        "items": [
            {
                "id": entry.id,
                "url": entry.url,
                "title": entry.example.title,
                "summary": entry.example.summary,
                "content_text": entry.example.summary,
                "date_published": entry.example.first_published_at or entry.updated,
                "date_modified": entry.updated,
                "language": entry.example.language,
                "tags": entry.tags,
            }
            for entry in entries
        ],
    }
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def atom_feed(info: FeedInfo, entries: list[Entry]):
    ET.register_namespace("", ATOM)

    def child(parent, tag, text=None, **attributes):
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(
        f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": info.language}
    )
    child(feed, "id", f"urn:vng-promotion:{info.language}:feed")
    child(feed, "title", info.title)
    child(feed, "subtitle", info.description)
    child(feed, "updated", max((e.updated for e in entries), default=_EPOCH))
    child(child(feed, "author"), "name", PUBLISHER)
    child(feed, "link", rel="self", href=info.atom_url, type="application/atom+xml")
    child(feed, "link", rel="alternate", href=info.home_page_url, type="text/html")
    for entry in entries:
        item = child(
            feed, "entry", **{"{http://www.w3.org/XML/1998/namespace}lang": entry.example.language}
        )
        child(item, "id", entry.id)
        child(item, "title", entry.example.title)
        child(item, "link", rel="alternate", href=entry.url, type="text/html")
        child(item, "updated", entry.updated)
        if entry.example.first_published_at:
            child(item, "published", entry.example.first_published_at)
        child(item, "summary", entry.example.summary)
        for tag in entry.tags:
            child(item, "category", term=tag)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"
