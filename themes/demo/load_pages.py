"""Build the Dutch source tree of the demo below the Dutch home page.

Pages are looked up by slug below their parent and only created when missing; a new page is
saved as a revision and published, the way an editor would.
"""

import json
import uuid
from dataclasses import dataclass, field
from html import escape

from django.core.serializers.json import DjangoJSONEncoder
from wagtail.models import Page

from themes.demo import common, images
from themes.demo.best_practices_international import INTERNATIONAL_PROJECTS
from themes.demo.best_practices_municipal import MUNICIPAL_PRACTICES
from themes.demo.campaign import G4GG_CAMPAIGN, MILLENNIUM_CAMPAIGN
from themes.demo.load_reference import Reference
from themes.demo.newsletters import BEST_PRACTICE_INDEX, ISSUES, NEWSLETTER_INDEX
from themes.demo.programme import ACTIVITIES, PILLARS, PROGRAMME_YEAR, THEMES
from themes.models import (
    ActivityPage,
    BestPracticeIndexPage,
    BestPracticePage,
    CampaignEvent,
    CampaignMembership,
    CampaignPage,
    ExternalLink,
    KeyFigure,
    NewsletterIndexPage,
    NewsletterIssuePage,
    PillarPage,
    ProgrammeYearPage,
    SocialAccount,
    ThemePage,
)

BEST_PRACTICES = [
    *({"origin": "municipal", **spec} for spec in MUNICIPAL_PRACTICES),
    *({"origin": "international", **spec} for spec in INTERNATIONAL_PROJECTS),
]
_ID_NAMESPACE = uuid.UUID("5b0c6d0e-2016-4b1a-9c3e-766e67000000")


@dataclass
class Tree:
    """The Dutch pages of the demo by slug, plus how many were created in this run."""

    pages: dict[str, Page] = field(default_factory=dict)
    themes: dict[int, ThemePage] = field(default_factory=dict)
    pillars: dict[int, PillarPage] = field(default_factory=dict)
    created: int = 0
    images_created: int = 0


class Body:
    """A StreamField value in Wagtail's raw JSON form, with stable block ids."""

    def __init__(self, key: str):
        self.key, self.blocks = key, []

    def _id(self) -> str:
        return str(uuid.uuid5(_ID_NAMESPACE, f"{self.key}/{len(self.blocks)}"))

    def add(self, block_type: str, value) -> "Body":
        self.blocks.append({"type": block_type, "value": value, "id": self._id()})
        return self

    def paragraph(self, text: str) -> "Body":
        return self.add("paragraph", f"<p>{escape(text, quote=False)}</p>")

    def heading(self, text: str) -> "Body":
        return self.add("heading", {"text": text, "level": "h2"})

    def json(self) -> str:
        return json.dumps(self.blocks, cls=DjangoJSONEncoder)


def rich_paragraphs(*texts: str) -> str:
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def rich_steps(steps: list[str]) -> str:
    if len(steps) == 1:
        return rich_paragraphs(steps[0])
    return "<ol>" + "".join(f"<li>{escape(step, quote=False)}</li>" for step in steps) + "</ol>"


def child(tree: Tree, parent: Page, model, slug: str, build) -> Page:
    """The child page of `parent` with this slug; `build()` makes it when it does not exist."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = build()
        page.slug = slug
        parent.add_child(instance=page)
        page.save_revision().publish()
        tree.created += 1
    tree.pages[slug] = page
    return page


def build_programme(tree: Tree, home: Page, ref: Reference) -> None:
    spec, text = PROGRAMME_YEAR, PROGRAMME_YEAR["text"]

    def make_year():
        page = ProgrammeYearPage(
            title=text["title"],
            year=spec["year"],
            project_code=spec["project_code"],
            country=ref.countries[spec["country"]],
            region=spec["region"],
            start_date=spec["start_date"],
            end_date=spec["end_date"],
            field_of_expertise=text["field_of_expertise"],
            policy_fields=text["policy_fields"],
            funding=text["funding"],
            summary=text["summary"],
            body=Body(spec["slug"])
            .paragraph(text["intro"])
            .heading(text["heading"])
            .paragraph(text["text"])
            .json(),
        )
        page.partners = [ref.organisations[key] for key in spec["partners"]]
        return page

    year = child(tree, home, ProgrammeYearPage, spec["slug"], make_year)
    for model, specs, registry in (
        (ThemePage, THEMES, tree.themes),
        (PillarPage, PILLARS, tree.pillars),
    ):
        for item in specs:
            registry[item["number"]] = child(
                tree, year, model, item["slug"], lambda m=model, s=item: _taxonomy(m, s, ref)
            )
    for item in ACTIVITIES:
        child(tree, year, ActivityPage, item["slug"], lambda s=item: _activity(s, tree))


def _taxonomy(model, spec, ref: Reference):
    text = spec["text"]
    page = model(
        title=text["title"],
        number=spec["number"],
        short_description=text["short_description"],
        body=Body(spec["slug"]).paragraph(text["intro"]).json(),
    )
    if model is ThemePage:
        page.goals = [ref.sdgs[number] for number in spec["goals"]]
    return page


def _activity(spec, tree: Tree):
    page = ActivityPage(
        title=spec["text"]["title"],
        track=spec["track"],
        kind=spec["kind"],
        summary=spec["text"]["summary"],
        start_date=PROGRAMME_YEAR["start_date"],
        end_date=PROGRAMME_YEAR["end_date"],
    )
    page.themes = [tree.themes[number] for number in spec["themes"]]
    page.pillars = [tree.pillars[number] for number in spec["pillars"]]
    return page


def build_best_practices(tree: Tree, home: Page, ref: Reference) -> None:
    text = BEST_PRACTICE_INDEX["text"]
    index = child(
        tree,
        home,
        BestPracticeIndexPage,
        BEST_PRACTICE_INDEX["slug"],
        lambda: BestPracticeIndexPage(title=text["title"], intro=text["intro"]),
    )
    for seed, spec in enumerate(BEST_PRACTICES, start=1):
        child(
            tree,
            index,
            BestPracticePage,
            spec["slug"],
            lambda s=spec, n=seed: _best_practice(s, n, tree, ref),
        )


def _images(spec, seed: int, tree: Tree, ref: Reference):
    colours = [ref.sdgs[number].colour for number in spec["goals"]]
    title = spec["text"]["title"]
    hero, created_hero = images.get_or_create_image(
        title=f"{title} (illustratie)",
        description=common.hero_alt("nl", spec["goals"]),
        colours=colours,
        seed=seed * 2,
    )
    detail, created_detail = images.get_or_create_image(
        title=f"{title} (detail)",
        description=common.detail_alt("nl", spec["goals"]),
        colours=list(reversed(colours)),
        seed=seed * 2 + 1,
        size=images.DETAIL_SIZE,
    )
    tree.images_created += int(created_hero) + int(created_detail)
    return hero, detail


def _best_practice(spec, seed: int, tree: Tree, ref: Reference):
    text = spec["text"]
    hero, detail = _images(spec, seed, tree, ref)
    figures = [(value, unit, text["figures"][label]) for value, unit, label in spec["figures"]]
    links = [(url, text["links"][label]) for url, label in spec["links"]]
    cta = common.CALL_TO_ACTION["nl"]
    body = (
        Body(spec["slug"])
        .paragraph(text["intro"])
        .heading(text["heading"])
        .paragraph(text["text"])
        .add(
            "image",
            {
                "image": detail.pk,
                "alt": common.detail_alt("nl", spec["goals"]),
                "caption": common.DETAIL_CAPTION["nl"],
                "credit": "",
            },
        )
        .add("quote", {"text": text["quote"], "attribution": spec["quote_by"]})
        .add(
            "call_to_action",
            {
                "title": cta["title"],
                "text": "",
                "page": None,
                "url": links[0][0],
                "label": cta["label"],
            },
        )
    )
    municipalities = [ref.municipalities[code] for code in spec["municipalities"]]
    award_year, award_category = spec.get("award", (None, ""))
    funder = (
        ref.organisations[spec["funder"]]
        if "funder" in spec
        else ref.organisations[spec["municipalities"][0]]
    )
    page = BestPracticePage(
        title=text["title"],
        origin=spec["origin"],
        partner_cities=spec.get("partner_cities", ""),
        region=spec.get("region", "netherlands"),
        project_code=spec.get("project_code", ""),
        primary_goal=ref.sdgs[spec["goals"][0]],
        start_date=spec["start_date"],
        end_date=spec.get("end_date"),
        summary=text["summary"],
        body=body.json(),
        hero_image=hero,
        hero_alt=common.hero_alt("nl", spec["goals"]),
        funder=funder,
        contact_person=ref.contacts[spec["contact"]],
        award_year=award_year,
        award_category=award_category,
        promote_internationally=spec.get("promote", False),
    )
    page.municipalities = municipalities
    page.partner_countries = [ref.countries[code] for code in spec.get("countries", [])]
    page.themes = [tree.themes[number] for number in spec["themes"]]
    page.pillars = [tree.pillars[number] for number in spec["pillars"]]
    page.goals = [ref.sdgs[number] for number in spec["goals"]]
    page.agendas = [ref.agendas[code] for code in spec["agendas"]]
    page.partners = [ref.organisations[key] for key in spec["partners"]]
    page.key_figures = [
        KeyFigure(value=str(value), unit=unit, label=label) for value, unit, label in figures
    ]
    page.links = [ExternalLink(url=url, title=title) for url, title in links]
    return page


def build_campaigns(tree: Tree, home: Page, ref: Reference) -> None:
    millennium = child(
        tree,
        home,
        CampaignPage,
        MILLENNIUM_CAMPAIGN["slug"],
        lambda: _campaign(MILLENNIUM_CAMPAIGN, None, tree, ref),
    )
    child(
        tree,
        home,
        CampaignPage,
        G4GG_CAMPAIGN["slug"],
        lambda: _campaign(G4GG_CAMPAIGN, millennium, tree, ref),
    )


def _campaign(spec, predecessor, tree: Tree, ref: Reference):
    text = spec["text"]
    principles = Body(f"{spec['slug']}/principles")
    for title, explanation in text["principles"]:
        principles.add("principle", {"title": title, "text": explanation})
    faq = Body(f"{spec['slug']}/faq")
    for question, answer in text.get("faq", []):
        faq.add("faq_item", {"question": question, "answer": rich_paragraphs(answer)})
    page = CampaignPage(
        title=text["title"],
        short_name=text["short_name"],
        intro=text["intro"],
        started_on=spec["started_on"],
        ended_on=spec.get("ended_on"),
        predecessor=predecessor,
        agenda=ref.agendas[spec["agenda"]],
        how_to_join=rich_steps(text["how_to_join"]),
        join_url=spec.get("join_url", ""),
        vision=rich_paragraphs(text["vision"]),
        principles=principles.json(),
        faq=faq.json(),
    )
    page.events = [
        CampaignEvent(
            kind=kind,
            date=day,
            place=place,
            title=text["events"][index][0],
            description=text["events"][index][1],
        )
        for kind, day, place, index in spec.get("events", [])
    ]
    page.social_accounts = [
        SocialAccount(network=network, handle=handle, url=url)
        for network, handle, url in spec.get("social_accounts", [])
    ]
    page.memberships = [
        CampaignMembership(
            municipality=ref.municipalities[code], joined_on=day, decision_type=decision
        )
        for code, day, decision in spec["members"]
    ]
    return page


def build_newsletters(tree: Tree, home: Page) -> None:
    text = NEWSLETTER_INDEX["text"]
    index = child(
        tree,
        home,
        NewsletterIndexPage,
        NEWSLETTER_INDEX["slug"],
        lambda: NewsletterIndexPage(title=text["title"], intro=text["intro"]),
    )
    for spec in ISSUES:
        child(tree, index, NewsletterIssuePage, spec["slug"], lambda s=spec: _issue(s, tree))


def _issue(spec, tree: Tree):
    text = spec["text"]
    body = (
        Body(spec["slug"])
        .heading(text["heading"])
        .paragraph(text["text"])
        .heading(text["heading_2"])
        .paragraph(text["text_2"])
        .add("page_link", {"page": tree.pages[spec["link_to"]].pk, "label": text["link_label"]})
    )
    return NewsletterIssuePage(
        title=text["title"],
        number=spec["number"],
        issue_date=spec["issue_date"],
        intro=text["intro"],
        body=body.json(),
    )


def build_tree(home: Page, ref: Reference) -> Tree:
    tree = Tree()
    build_programme(tree, home, ref)
    build_best_practices(tree, home, ref)
    build_campaigns(tree, home, ref)
    build_newsletters(tree, home)
    return tree
