"""The export as a whole: built once per module from `site_data`, then read like a visitor and a
feed reader would (HTML parsed with html.parser, feeds with json and xml.etree)."""

import io
import json
import re
import zipfile
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as ET

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from tests.themes.export.site_data import PROMOTED_AR, PROMOTED_EN

ATOM = "{http://www.w3.org/2005/Atom}"
ABSENT = ["Concept", "Besloten", "Niet gepromoot", "Not promoted"]


class Page(HTMLParser):
    """What the tests read from one HTML file: its links, resources, JSON-LD and texts."""

    def __init__(self, text):
        super().__init__()
        self.references, self.jsonld, self.html_attrs, self.alternates = [], [], {}, {}
        self.notices, self.badges, self.images, self.headings = [], [], [], []
        self._script = self._notice = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        for name in ("href", "src"):
            if attrs.get(name):
                self.references.append((tag, attrs[name]))
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.references.append((tag, candidate.split()[0]))
        if tag == "link" and attrs.get("hreflang"):
            self.alternates[attrs["hreflang"]] = attrs["href"]
        if tag == "script":
            self._script = attrs.get("type")
        if tag == "p" and "notice" in (attrs.get("class") or ""):
            self._notice = attrs["class"]
        if tag == "span" and attrs.get("class") == "goal-badge":
            self.badges.append(attrs["style"])
        if tag == "img":
            self.images.append(attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        if tag == "p":
            self._notice = None

    def handle_data(self, data):
        if self._script == "application/ld+json":
            self.jsonld.append(json.loads(data))
        if self._notice:
            self.notices.append((self._notice, data))


def html_files(root):
    return sorted(path for path in root.rglob("*.html"))


@pytest.fixture(scope="module")
def site(export_site, django_db_blocker, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "site"
    with django_db_blocker.unblock():
        call_command(
            "export_promotion", "--locale", "en", "--locale", "ar", "--out", str(out), verbosity=0
        )
    return out


def titles_in(site, code):
    """The titles of the example pages of one language, read from their <h1>."""
    titles = []
    for path in sorted((site / code / "examples").glob("*.html")):
        titles.append(re.search(r"<h1>(.*?)</h1>", path.read_text()).group(1))
    return sorted(titles)


def test_each_language_has_exactly_the_live_promoted_examples(site):
    assert titles_in(site, "en") == PROMOTED_EN
    assert titles_in(site, "ar") == sorted(PROMOTED_AR)
    assert sorted(p.name for p in site.iterdir()) == [
        ".vng-promotion-export",
        "ar",
        "assets",
        "en",
        "index.html",
        "media",
    ]
    everything = "".join(
        path.read_text() for path in site.rglob("*") if path.suffix in {".html", ".json", ".atom"}
    )
    for title in ABSENT:
        assert title not in everything


def test_every_internal_link_and_asset_resolves_and_nothing_is_fetched_from_elsewhere(site):
    checked = 0
    for path in html_files(site):
        page = Page(path.read_text())
        for tag, reference in page.references:
            parts = urlsplit(reference)
            if parts.scheme in {"http", "https", "mailto"}:
                # Only plain links may leave the export; nothing the browser loads by itself.
                assert tag == "a", (path, reference)
                continue
            assert not parts.scheme and not parts.netloc, (path, reference)
            if not parts.path:
                continue  # a fragment on the same page
            target = (path.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{path.relative_to(site)} → {reference}"
            assert site.resolve() in target.parents
            checked += 1
    assert checked > 200
    css = (site / "assets" / "export.css").read_text()
    assert "url(" not in css and "@import" not in css


def test_pages_have_language_direction_and_alternates(site):
    ar = Page((site / "ar/examples/mtar-zonnestroom-delen.html").read_text())
    assert ar.html_attrs == {"lang": "ar", "dir": "rtl"}
    assert ar.alternates == {
        "en": "../../en/examples/sharing-solar-power.html",
        "ar": "../../ar/examples/mtar-zonnestroom-delen.html",
    }
    en = Page((site / "en/index.html").read_text())
    assert en.html_attrs == {"lang": "en", "dir": "ltr"}
    assert en.alternates == {"en": "../en/index.html", "ar": "../ar/index.html"}


def test_json_ld_describes_each_example(site):
    page = Page((site / "en/examples/sharing-solar-power.html").read_text())
    [data] = page.jsonld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["name"] == "Sharing solar power"
    assert data["description"] == "Neighbours share the power of one roof."
    assert data["inLanguage"] == "en"
    assert data["url"] == "sharing-solar-power.html"
    assert data["temporalCoverage"] == "2016-03-01/2018-12-31"
    assert data["spatialCoverage"] == [
        {"@type": "Country", "name": "Ghana", "identifier": "GH"},
        {"@type": "City", "name": "Kumasi"},
    ]
    assert data["locationCreated"][0]["name"] == "Utrecht"
    assert [(goal["termCode"], goal["name"]) for goal in data["about"]] == [
        ("7", "Affordable and Clean Energy"),
        ("11", "Sustainable Cities and Communities"),
    ]
    for path in (site / "ar" / "examples").glob("*.html"):
        [data] = Page(path.read_text()).jsonld
        assert {"name", "description", "inLanguage", "url", "spatialCoverage", "about"} <= set(data)


def test_both_feeds_parse_and_list_the_same_items(site):
    for code, expected in (("en", PROMOTED_EN), ("ar", PROMOTED_AR)):
        feed = json.loads((site / code / "feed.json").read_text())
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        atom = ET.parse(site / code / "feed.atom").getroot()  # noqa: S314 (our own file)
        entries = atom.findall(f"{ATOM}entry")
        json_items = [(item["id"], item["title"], item["url"]) for item in feed["items"]]
        atom_items = [
            (e.findtext(f"{ATOM}id"), e.findtext(f"{ATOM}title"), e.find(f"{ATOM}link").get("href"))
            for e in entries
        ]
        assert json_items == atom_items
        assert sorted(title for _id, title, _url in json_items) == sorted(expected)
        for _id, _title, url in json_items:
            assert (site / code / url).is_file()


def test_machine_translation_and_fallback_notices_appear_where_they_apply(site):
    def notices(path):
        return [kind for kind, _text in Page((site / path).read_text()).notices]

    assert notices("ar/examples/mtar-zonnestroom-delen.html") == ["notice notice--machine"]
    assert notices("ar/examples/separating-waste.html") == ["notice notice--fallback"]
    assert notices("ar/examples/alleen-nederlands.html") == ["notice notice--fallback"]
    # English translates 3 of the example's strings: a partial translation says so, in the
    # words of the fallback notice.
    english = Page((site / "en/examples/sharing-solar-power.html").read_text())
    assert [kind for kind, _text in english.notices] == ["notice notice--partial"]
    assert re.fullmatch(
        r"Only \d{1,2} % of this example is translated into English so far; "
        r"the rest is shown in Dutch\.",
        english.notices[0][1],
    )
    assert notices("en/examples/alleen-nederlands.html") == ["notice notice--fallback"]
    text = (site / "ar/examples/separating-waste.html").read_text()
    assert '<article class="example" lang="en" dir="ltr">' in text


def test_example_page_shows_badges_images_and_resolved_body_links(site):
    page = Page((site / "en/examples/sharing-solar-power.html").read_text())
    assert page.badges[:2] == [
        "background-color: #FCC30B; color: #000000",
        "background-color: #FD9D24; color: #000000",
    ]
    hero = page.images[0]
    assert hero["alt"] == "Zonnepanelen op het stadhuis"
    # Each test module uploads the image anew, so the storage may add a suffix to its name.
    name = r"\.\./\.\./media/images/export-zon(_\w+)?\.width-"
    assert re.fullmatch(name + r"800\.png", hero["src"])
    assert [
        re.fullmatch(name + r"(\d+)\.png (\d+)w", c).group(2, 3) for c in hero["srcset"].split(", ")
    ] == [
        ("320", "320"),
        ("640", "640"),
        ("960", "960"),
        ("1200", "1200"),
    ]
    text = (site / "en/examples/sharing-solar-power.html").read_text()
    assert "Foto: Gemeente Utrecht" in text
    # The link to an exported example points at its file; the API dropped the one to a draft.
    assert (
        '<a href="../../en/examples/separating-waste.html" rel="noopener">afval scheiden</a>'
        in text
    )
    assert "afval scheiden</a> en het concept.</p>" in text


def test_filter_pages_list_the_examples_of_their_goal_theme_and_country(site):
    goal = (site / "en/goal/11.html").read_text()
    assert "Sharing solar power" in goal and "Separating waste" not in goal
    assert (site / "en/theme/duurzaamheid.html").is_file()
    assert (site / "ar/country/GH.html").is_file()
    assert sorted(p.name for p in (site / "en/goal").iterdir()) == ["11.html", "7.html"]


def test_the_zip_holds_the_same_site(export_site, db, tmp_path, site):
    target = tmp_path / "promotion.zip"
    call_command(
        "export_promotion", "--locale", "en", "--locale", "ar", "--zip", str(target), verbosity=0
    )
    with zipfile.ZipFile(target) as archive:
        names = {name.removeprefix("promotion/") for name in archive.namelist()}
    on_disk = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert names == on_disk - {".vng-promotion-export"}
    assert [p.name for p in tmp_path.iterdir()] == ["promotion.zip"]


def test_a_bad_locale_is_a_clear_error_and_writes_nothing(export_site, db, tmp_path):
    with pytest.raises(CommandError) as error:
        call_command(
            "export_promotion", "--locale", "en", "--locale", "xx", "--out", str(tmp_path / "site")
        )
    assert str(error.value) == "Unknown language “xx”. Choose from: nl, en, fr, es, ar."
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_is_a_clear_error_and_writes_nothing(export_site, db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(CommandError) as error:
        call_command("export_promotion", "--locale", "en", "--out", str(blocker / "site"))
    assert str(error.value) == (
        f"The folder {blocker} does not exist or is not a folder; create it or choose another "
        "output path."
    )
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


def test_a_folder_with_other_files_is_not_overwritten(export_site, db, tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="is not empty and does not hold an earlier export"):
        call_command("export_promotion", "--locale", "en", "--out", str(tmp_path / "site"))
    assert [p.name for p in (tmp_path / "site").iterdir()] == ["notes.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_an_earlier_export_is_replaced_whole(export_site, db, tmp_path):
    out = tmp_path / "site"
    call_command("export_promotion", "--all-locales", "--out", str(out), verbosity=0)
    assert (out / "fr" / "index.html").is_file()
    call_command("export_promotion", "--locale", "en", "--out", str(out), verbosity=0)
    assert sorted(p.name for p in out.iterdir()) == [
        ".vng-promotion-export",
        "assets",
        "en",
        "index.html",
        "media",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_failure_while_writing_leaves_no_half_written_export(export_site, db, tmp_path):
    """The zip target is checked first; here it turns into a folder only after the check, so
    the failure happens at the very end, after every page was written."""
    from themes.export.run import ExportError, export_steps

    out, target = tmp_path / "site", tmp_path / "late.zip"
    steps = export_steps(["en"], out=out, zip_path=target)
    next(steps)
    target.mkdir()
    with pytest.raises((ExportError, IsADirectoryError, OSError)):
        list(steps)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["late.zip"]
    assert list(target.iterdir()) == []


def test_the_export_reads_a_flat_number_of_queries(
    export_site, db, tmp_path, django_assert_max_num_queries
):
    with django_assert_max_num_queries(60):
        call_command(
            "export_promotion",
            "--locale",
            "en",
            "--locale",
            "ar",
            "--out",
            str(tmp_path / "s"),
            verbosity=0,
        )


def test_the_arabic_version_speaks_arabic(site):
    index = (site / "ar/index.html").read_text()
    assert "<h1>أمثلة من الحكم المحلي الهولندي</h1>" in index
    assert '<p class="count">3 أمثلة</p>' in index
    notices = Page((site / "ar/examples/separating-waste.html").read_text()).notices
    assert notices == [
        (
            "notice notice--fallback",
            "هذا المثال غير متوفر بعد باللغة العربيّة؛ وهو معروض باللغة الإنجليزيّة.",
        )
    ]


def test_the_about_page_presents_the_programme_and_the_campaign(site):
    about = (site / "en/about.html").read_text()
    headings = re.findall(r"<h([123])[^>]*>(.*?)</h\1>", about)
    assert headings == [
        ("1", "About these examples"),
        ("2", "Beleidsopdracht 2016"),
        ("3", "Themes"),
        ("2", "Gemeenten4GlobalGoals"),
    ]
    assert "<li>4. Duurzaamheid</li>" in about
    assert "Running since 2016-01-01." in about


def test_every_page_has_one_h1_and_headings_in_order(site):
    for path in html_files(site):
        levels = Page(path.read_text()).headings
        assert levels[0] == 1 and levels.count(1) == 1, path
        assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), (path, levels)


def test_the_command_reports_in_english_whatever_the_site_language(export_site, db, tmp_path):
    output = io.StringIO()
    with translation.override("nl"):
        call_command(
            "export_promotion", "--locale", "en", "--out", str(tmp_path / "s"), stdout=output
        )
    lines = output.getvalue().splitlines()
    assert lines[-3].endswith("100% Done")
    assert lines[-1].startswith("Exported ")
