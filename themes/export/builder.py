"""Write the static site of one export: per language an index with filter pages, one page per
example, an about page and two feeds; shared CSS and the image renditions.

Every link is relative (`root` is the way back to the top of the export from the page being
written), so the site works from a zip on a laptop (file://) as well as on any static host.
"""

import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from django.template.loader import get_template
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from themes.export import feeds, jsonld
from themes.export.content import Edition, Example, Image, Language, Term
from themes.export.i18n import export_language, words
from themes.export.images import copy_renditions, picture
from themes.export.richtext import clean_body_html

ASSETS = Path(__file__).resolve().parent / "assets"
PAGE_SIZE = 48
FILTER_KINDS = ("theme", "goal", "country")
LOWERCASE_LANGUAGE_NAMES = {"fr", "es"}  # languages that write language names in lower case
CARD = SimpleLazyObject(lambda: get_template("export/_card.html"))
FILTERS = SimpleLazyObject(lambda: get_template("export/_filters.html"))


@dataclass
class Report:
    """What was written: pages and files per language, for the command's summary and the tests."""

    examples: dict[str, list[str]] = field(default_factory=dict)  # language → example titles
    files: int = 0
    images: int = 0


def language_name(code, in_language):
    """The name of a language as a sentence in another says it: "English", "anglais"."""
    name = translation.get_language_info(code)["name_translated"]
    return name.lower() if in_language in LOWERCASE_LANGUAGE_NAMES else name


def sort_key(term: Term):
    """Goals by number, other terms by name."""
    return (term.kind, int(term.key) if term.kind == "goal" else 0, term.name.casefold())


def filter_headings():
    return {"theme": words("Themes"), "goal": words("Global Goals"), "country": words("Countries")}


class SiteBuilder:
    def __init__(self, editions: list[Edition], root: Path, *, base_url="", languages=()):
        """`languages`: every language of the site (the text of an example may be in one that
        is not exported, e.g. Dutch as a fallback); the exported ones are always known."""
        self.editions = editions
        self.languages = {language.code: language for language in languages}
        self.languages.update({e.language.code: e.language for e in editions})
        self.root = root
        self.base_url = base_url.rstrip("/") + "/" if base_url else ""
        self.report = Report()
        self.available = set()  # storage names of the renditions copied into the export
        self.cards, self.menus = {}, {}
        self.done = 0
        # every page and feed, the language chooser and the images
        self.total = sum(self._page_count(edition) for edition in editions) + 2
        self.files = {}  # (language, group key) → path of the example page
        self.targets = {}  # language → {API url path of any version: export path}
        self.stems = {}  # language → {term identity (None: all examples): listing path stem}
        for edition in editions:
            code = edition.language.code
            self.stems[code] = {None: f"{code}/index"}
            taken = set()
            for term in sorted({t for e in edition.examples for t in e.terms}, key=sort_key):
                stem = f"{code}/{term.kind}/{term.key}"
                while stem in taken:
                    stem += "-2"
                taken.add(stem)
                self.stems[code][term.identity] = stem
            taken = set()
            for example in edition.examples:
                name = example.slug or example.id
                while name in taken:
                    name = f"{name}-{example.id}"
                taken.add(name)
                self.files[code, example.group_key] = f"{code}/examples/{name}.html"
            # body links are the pages' partner-website addresses (the API's `url`)
            self.targets[code] = {
                address: self.files[code, example.group_key]
                for example in edition.examples
                for address in example.group_key | example.link_addresses
            }

    # --- paths ---

    def listing_path(self, code, term: Term | None = None, number=1):
        stem = self.stems[code][term.identity if term else None]
        return f"{stem}.html" if number == 1 else f"{stem}-{number}.html"

    def example_path(self, code, example: Example):
        return self.files[code, example.group_key]

    def absolute(self, path):
        return f"{self.base_url}{quote(path)}" if self.base_url else ""

    # --- the build ---

    def build(self):
        """Write the site; yields (files done, files in all, the file just written) as it goes.
        `self.report` says what was written once the generator is exhausted."""
        shutil.copytree(ASSETS, self.root / "assets")
        self.available = copy_renditions(self.editions, self.root)
        self.report.images = len(self.available)
        yield self._step(_("images"))
        yield from self._write_language_chooser()
        for edition in self.editions:
            with export_language(edition.language.code):
                yield from self._write_edition(edition)

    def _page_count(self, edition):
        terms = self._terms(edition)
        listings = sum(
            self._pages_needed(len(examples)) for examples in [edition.examples, *terms.values()]
        )
        return len(edition.examples) + listings + 3  # about page and two feeds

    @staticmethod
    def _pages_needed(count):
        return max(1, -(-count // PAGE_SIZE))

    def _step(self, message):
        self.done += 1
        self.report.files += 1
        return self.done, self.total, message

    def _write(self, path, text):
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def _render(self, template, path, context):
        self._write(path, get_template(template).render(context))
        yield self._step(path)

    def _write_language_chooser(self):
        """The top index.html, in English: it links to each language by its own name."""
        with export_language("en"):
            context = {
                "root": "",
                "language": Language("en", "English", "ltr"),
                "title": words("Examples of Dutch local governance"),
                "languages": [
                    {"language": e.language, "href": self.listing_path(e.language.code)}
                    for e in self.editions
                ],
                "alternates": [],
            }
            yield from self._render("export/languages.html", "index.html", context)

    def _write_edition(self, edition: Edition):
        code = edition.language.code
        examples = sorted(edition.examples, key=lambda e: e.title.casefold())
        self.report.examples[code] = [e.title for e in examples]
        terms = self._terms(edition)
        navigation = self._filter_navigation(code, terms)
        yield from self._write_listing(edition, examples, navigation, None)
        for term, matching in sorted(terms.items(), key=lambda item: sort_key(item[0])):
            yield from self._write_listing(edition, matching, navigation, term)
        for example in examples:
            yield from self._write_example(edition, example)
        yield from self._render(
            "export/about.html",
            f"{code}/about.html",
            self._context(
                edition,
                f"{code}/about.html",
                words("About these examples"),
                about=edition.about,
                counterpart=lambda other: f"{other}/about.html",
            ),
        )
        yield from self._write_feeds(edition, examples)

    @staticmethod
    def _terms(edition):
        terms = defaultdict(list)
        for example in edition.examples:
            for term in example.terms:
                terms[term].append(example)
        return terms

    def _filter_navigation(self, code, terms):
        groups = {kind: [] for kind in FILTER_KINDS}
        for term, examples in sorted(terms.items(), key=lambda item: sort_key(item[0])):
            groups[term.kind].append(
                {"term": term, "count": len(examples), "path": self.listing_path(code, term)}
            )
        headings = filter_headings()
        return [
            {"kind": kind, "heading": headings[kind], "terms": groups[kind]}
            for kind in FILTER_KINDS
            if groups[kind]
        ]

    def _write_listing(self, edition, examples, navigation, term: Term | None):
        code = edition.language.code
        pages = self._pages_needed(len(examples))
        for number in range(1, pages + 1):
            path = self.listing_path(code, term, number)
            chunk = examples[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
            title = term.name if term else words("Examples of Dutch local governance")
            context = self._context(
                edition,
                path,
                title,
                term=term,
                filters=self._filters(edition, navigation, "../" * path.count("/"), term),
                cards=[self._card(edition, example, "../" * path.count("/")) for example in chunk],
                total=len(examples),
                pagination=self._pagination(code, term, number, pages),
                counterpart=lambda other, term=term: self._listing_counterpart(other, term),
            )
            yield from self._render("export/listing.html", path, context)

    def _listing_counterpart(self, other, term):
        """The same filter in another language, or that language's index when it has no
        examples for it."""
        if term is None or term.identity not in self.stems[other]:
            return self.listing_path(other)
        return f"{self.stems[other][term.identity]}.html"

    def _pagination(self, code, term, number, pages):
        if pages == 1:
            return None
        return {
            "number": number,
            "pages": pages,
            "previous": self.listing_path(code, term, number - 1) if number > 1 else "",
            "next": self.listing_path(code, term, number + 1) if number < pages else "",
        }

    def _language(self, code):
        return self.languages.get(code) or Language(code, code, "ltr")

    def _card(self, edition, example, root):
        """The card of an example on a listing, rendered once per language and folder depth:
        an example appears on the index and on each of its filter pages."""
        code = edition.language.code
        key = (code, example.group_key, root)
        if key not in self.cards:
            card = {
                "example": example,
                "text_language": self._language(example.language),
                "href": root + quote(self.example_path(code, example)),
                "image": picture(example.hero, root, self.available),
            }
            self.cards[key] = CARD.render({"card": card, "language": edition.language})
        return self.cards[key]

    def _filters(self, edition, navigation, root, current: Term | None):
        """The filter menu of a listing, rendered once per language and folder depth; the
        current filter is marked afterwards."""
        key = (edition.language.code, root)
        if key not in self.menus:
            context = {"navigation": navigation, "root": root, "language": edition.language}
            self.menus[key] = FILTERS.render(context)
        html = self.menus[key]
        if current is None:
            return html
        href = f'href="{root}{quote(self.listing_path(edition.language.code, current))}"'
        return mark_safe(html.replace(href, f'{href} aria-current="page"', 1))  # noqa: S308

    def _write_example(self, edition, example):
        code = edition.language.code
        path = self.example_path(code, example)
        root = "../" * path.count("/")
        context = self._context(
            edition,
            path,
            example.title,
            example=example,
            text_language=self._language(example.language),
            language_names={
                "requested": language_name(code, code),
                "shown": language_name(example.language, code),
                "source": language_name(example.source_language or example.language, code),
            },
            body=[self._body_block(code, path, block) for block in example.body],
            hero=picture(example.hero, root, self.available),
            links={
                kind: [
                    {"term": t, "href": root + quote(self.listing_path(code, t))}
                    for t in example.terms
                    if t.kind == kind
                ]
                for kind in FILTER_KINDS
            },
            jsonld=jsonld.for_example(example, url=self.absolute(path) or path.rsplit("/", 1)[-1]),
            counterpart=lambda other: (
                self.files.get((other, example.group_key)) or self.listing_path(other)
            ),
        )
        yield from self._render("export/example.html", path, context)

    def _body_block(self, code, path, block):
        root = "../" * path.count("/")
        value = dict(block.value)
        if "html" in value:
            targets = self.targets[code]
            value["html"] = clean_body_html(
                value["html"], lambda url: root + quote(targets[url]) if url in targets else None
            )
        if isinstance(value.get("image"), Image):
            value["image"] = picture(value["image"], root, self.available)
        return {"kind": block.kind, "value": value}

    def _write_feeds(self, edition, examples):
        code = edition.language.code
        entries = [
            feeds.Entry(
                example,
                self.absolute(self.example_path(code, example))
                or self.example_path(code, example).split("/", 1)[1],
            )
            for example in examples
        ]
        meta = feeds.FeedInfo(
            language=code,
            title=words("Examples of Dutch local governance"),
            description=words(
                "Best practices of Dutch municipalities, selected by VNG International."
            ),
            home_page_url=self.absolute(self.listing_path(code)) or "index.html",
            json_url=self.absolute(f"{code}/feed.json") or "feed.json",
            atom_url=self.absolute(f"{code}/feed.atom") or "feed.atom",
        )
        self._write(f"{code}/feed.json", feeds.json_feed(meta, entries))
        yield self._step(f"{code}/feed.json")
        self._write(f"{code}/feed.atom", feeds.atom_feed(meta, entries))
        yield self._step(f"{code}/feed.atom")

    def _context(self, edition, path, title, *, counterpart, **extra):
        code = edition.language.code
        root = "../" * path.count("/")
        others = [e.language for e in self.editions]
        switcher = [
            {
                "language": language,
                "href": root + quote(path if language.code == code else counterpart(language.code)),
                "current": language.code == code,
            }
            for language in others
        ]
        return {
            "root": root,
            "language": edition.language,
            "title": title,
            "path": path,
            "switcher": switcher,
            "alternates": switcher,
            "home": root + self.listing_path(code),
            "about_href": root + f"{code}/about.html",
            "feed_json": root + f"{code}/feed.json",
            "feed_atom": root + f"{code}/feed.atom",
            **extra,
        }
