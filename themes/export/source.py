"""Read the export's content through the public GraphQL API, run in process.

Nothing here touches the content models: every example, name and image comes from
`graphql_api.schema.schema`, executed with a request for the default site exactly as a partner's
GET would be. So the export can never show what the API would not (drafts, private pages, pages
not flagged for promotion), and every export exercises the partner contract.
"""

from decimal import Decimal
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.translation import gettext as _
from wagtail.models import Site

from themes.export import queries
from themes.export.content import (
    About,
    Block,
    Edition,
    Example,
    Image,
    Language,
    Term,
    Translation,
    readable_text_colour,
)

# Examples per list query. The API's cost budget applies to the export as to any partner: one
# example with its body and ten image sizes costs about 150, so 25 stay well under MAX_COST.
PAGE_SIZE = 25
SRCSET_WIDTHS = [320, 640, 960, 1200]
CARD_WIDTHS = [320, 640]


class SourceError(Exception):
    """The API refused a query of the export; the message carries the API's own errors."""


class ApiSource:
    """Runs the export's queries against the schema with one context for the default site."""

    def __init__(self):
        from graphql_api.schema import schema  # imported late: the schema imports every model

        self.schema = schema

    def _context(self):
        from graphql_api.context import Context

        site = Site.objects.filter(is_default_site=True).first()
        host = site.hostname if site and site.hostname != "*" else "localhost"
        if host not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
            host = next((h for h in settings.ALLOWED_HOSTS if "*" not in h), host)
        request = RequestFactory().get("/graphql/", HTTP_HOST=host)
        return Context(request=request, response=HttpResponse())

    def run(self, query, **variables):
        result = self.schema.execute_sync(
            query, variable_values=variables, context_value=self._context()
        )
        if result.errors:
            messages = "; ".join(error.message for error in result.errors)
            raise SourceError(
                _("The GraphQL API refused the export's query: %(errors)s") % {"errors": messages}
            )
        return result.data

    # --- what the export asks for ---

    def languages(self) -> list[Language]:
        return [
            Language(
                code=item["code"],
                name=item["name"],
                direction=item["direction"].lower(),
                is_default=item["isDefault"],
            )
            for item in self.run(queries.LOCALES)["locales"]
        ]

    def count(self, code) -> int:
        """How many examples the export of one language would have."""
        return self.run(queries.COUNT, locale=code)["bestPractices"]["totalCount"]

    def edition(self, language: Language, progress=None) -> Edition:
        code = language.code
        return Edition(
            language=language,
            examples=[example_from_api(item, code) for item in self._all(queries.EXAMPLES, code)],
            about=self.about(code),
        )

    def _all(self, query, code):
        """Every promoted example of a language, a page of `PAGE_SIZE` at a time."""
        offset, results = 0, []
        while True:
            page = self.run(query, locale=code, limit=PAGE_SIZE, offset=offset)["bestPractices"]
            results.extend(page["results"])
            offset += PAGE_SIZE
            if offset >= page["totalCount"] or not page["results"]:
                return results

    def about(self, code) -> About:
        data = self.run(queries.ABOUT, locale=code)
        about = About()
        programmes = sorted(data["programmes"], key=lambda item: item["year"], reverse=True)
        if programmes:
            programme = programmes[0]
            about.programme_title = programme["title"]
            about.programme_summary = programme["summary"]
            about.programme_year = str(programme["year"])
            themes = self.run(queries.THEMES, locale=code, year=programme["year"])["themes"]
            about.programme_themes = [
                f"{theme['number']}. {theme['title']}"
                for theme in sorted(themes, key=lambda item: item["number"])
            ]
        running = [item for item in data["campaigns"] if not item.get("endedOn")]
        if running or data["campaigns"]:
            campaign = (running or data["campaigns"])[0]
            about.campaign_title = campaign["title"]
            about.campaign_intro = campaign["intro"]
            about.campaign_started = campaign.get("startedOn") or ""
        return about


# --- from API shapes to the export's own ---


def example_from_api(item, requested) -> Example:
    served = item["locale"]
    translations = [
        Translation(
            url_path=t["urlPath"],
            machine_translated=bool(t["machineTranslated"]),
            url=t.get("url", ""),
        )
        for t in item["translations"]
    ]
    own = next((t for t in translations if t.url_path == item["urlPath"]), None)
    status = item.get("translationStatus") or {}
    partial = status.get("state") == "PARTIAL" and not item["isFallback"]
    return Example(
        partial_percent=status.get("percentComplete") if partial else None,
        source_language=status.get("sourceLocale") or "",
        id=str(item["id"]),
        title=item["title"],
        slug=item["slug"],
        url_path=item["urlPath"],
        summary=item["summary"],
        language=served,
        requested_language=requested,
        is_fallback=bool(item["isFallback"]),
        machine_translated=bool(own and own.machine_translated),
        translations=[t for t in translations if t.url_path != item["urlPath"]],
        link_addresses=frozenset(t.url for t in translations if t.url),
        themes=[theme_term(theme) for theme in item["themes"]],
        goals=[goal_term(goal) for goal in item["goals"]],
        countries=[Term("country", c["isoCode"], c["name"]) for c in item["partnerCountries"]],
        municipalities=[m["name"] for m in item["municipalities"]],
        partner_cities=item.get("partnerCities") or "",
        region=item.get("region") or "",
        start_date=item.get("startDate") or "",
        end_date=item.get("endDate") or "",
        first_published_at=item.get("firstPublishedAt") or "",
        last_published_at=item.get("lastPublishedAt") or "",
        hero=image_from_api(item["heroImage"]),
        key_figures=[figure_from_api(figure) for figure in item["keyFigures"]],
        body=[block for block in map(block_from_api, item["body"]) if block],
    )


def theme_term(theme):
    paths = frozenset([theme["urlPath"], *(t["urlPath"] for t in theme["translations"])])
    return Term("theme", theme["slug"], theme["title"], group=paths)


def figure_from_api(figure):
    """A key figure with its number as people write it: 40, not 40.00."""
    value = Decimal(figure["value"])
    text = f"{value.normalize():f}" if value == value.to_integral() else f"{value.normalize()}"
    return {"value": text, "unit": figure["unit"] or "", "label": figure["label"]}


def goal_term(goal):
    colour = goal["colour"]
    return Term("goal", str(goal["number"]), goal["name"], colour, readable_text_colour(colour))


def storage_name(url):
    """The storage name of a rendition from its public address (MEDIA_URL + name)."""
    path = unquote(urlparse(url).path)
    prefix = urlparse(settings.MEDIA_URL).path
    if not path.startswith(prefix):
        raise SourceError(
            _("The image address %(url)s is not under MEDIA_URL; the export cannot copy it.")
            % {"url": url}
        )
    return path[len(prefix) :]


def parse_srcset(srcset):
    candidates = []
    for candidate in filter(None, (part.strip() for part in srcset.split(","))):
        url, width = candidate.rsplit(" ", 1)
        candidates.append((storage_name(url), int(width.rstrip("w"))))
    return candidates


def image_from_api(data, *, alt=None, credit=None):
    if not data:
        return None
    fallback = data["fallback"]
    return Image(
        src=storage_name(fallback["url"]),
        width=fallback["width"],
        height=fallback["height"],
        alt=alt if alt is not None else data["alt"],
        credit=(credit if credit is not None else data["credit"]) or "",
        srcset=parse_srcset(data["srcset"]),
    )


def block_from_api(data):
    """The body blocks the export shows; embeds, documents, calls to action and page links are
    left out: they point at addresses outside the export."""
    kind = data.get("__typename", "")
    if kind == "ParagraphBlock":
        return Block("paragraph", {"html": data["html"]})
    if kind == "HeadingBlock":
        return Block("heading", {"text": data["text"], "level": f"h{data['level']}"})
    if kind == "QuoteBlock":
        return Block("quote", {"text": data["text"], "attribution": data["attribution"] or ""})
    if kind == "ImageBlock":
        image = image_from_api(data["image"], alt=data["alt"], credit=data["credit"])
        return Block("image", {"image": image, "caption": data["caption"] or ""})
    if kind == "KeyFiguresBlock":
        return Block("key_figures", {"figures": [figure_from_api(f) for f in data["figures"]]})
    if kind == "FAQItemBlock":
        return Block("faq_item", {"question": data["question"], "html": data["answerHtml"]})
    return None
