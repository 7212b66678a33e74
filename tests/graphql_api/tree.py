"""A small multilingual site for the API tests, built once per test module and rolled back.

nl is the source language; en and fr homes and indexes are real translations, es and ar have
no home (so everything falls back), and a row of pages that must never be served: a draft,
login / password / group-restricted pages (one with a child), a scheduled and an expired page,
an unpublished French translation, and a French alias.
"""

import contextlib
import datetime
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from tests import factories as f
from themes.localization.strings import translate_with_strings


@contextlib.contextmanager
def rolled_back(django_db_blocker):
    """Build data outside the per-test transactions and throw it away afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@dataclass
class Tree:
    pages: dict = field(default_factory=dict)
    snippets: dict = field(default_factory=dict)

    def id(self, name: str) -> str:
        return str(self.pages[name].pk)


def restrict(page, kind: str):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=kind,
        password="secret" if kind == PageViewRestriction.PASSWORD else "",
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get(name="Editors")])
    return restriction


def build_tree() -> Tree:  # noqa: PLR0915 - one readable script of the site
    tree = Tree()
    p, s = tree.pages, tree.snippets
    now = timezone.now()

    # --- reference data ---
    s["sdg"] = agenda = f.AgendaFactory(code="sdg", name="Duurzame ontwikkelingsdoelen")
    s["sendai"] = f.AgendaFactory(code="sendai", name="Sendai-kader", sort_order=2)
    s["goal11"] = f.GoalFactory(agenda=agenda, number=11, name="Duurzame steden", colour="#FD9D24")
    s["goal13"] = f.GoalFactory(agenda=agenda, number=13, name="Klimaatactie", colour="#3F7E44")
    s["goal11_en"] = translate_with_strings(
        s["goal11"], "en", {"Duurzame steden": "Sustainable cities"}
    )
    s["goal11_fr"] = translate_with_strings(
        s["goal11"], "fr", {"Duurzame steden": "Villes durables"}
    )
    s["sdg_en"] = translate_with_strings(
        agenda, "en", {"Duurzame ontwikkelingsdoelen": "Sustainable Development Goals"}
    )
    s["nh"] = f.ProvinceFactory(cbs_code="PV27", iso_code="NL-NH", name="Noord-Holland")
    s["ut"] = f.ProvinceFactory(cbs_code="PV26", iso_code="NL-UT", name="Utrecht")
    s["amsterdam"] = f.MunicipalityFactory(cbs_code="GM0363", name="Amsterdam", province=s["nh"])
    s["utrecht"] = f.MunicipalityFactory(cbs_code="GM0344", name="Utrecht", province=s["ut"])
    s["weesp"] = f.MunicipalityFactory(
        cbs_code="GM0457",
        name="Weesp",
        province=s["nh"],
        valid_to=datetime.date(2022, 3, 23),
        successor=s["amsterdam"],
    )
    s["bf"] = f.CountryFactory(iso_code="BF", name="Burkina Faso")
    s["bf_fr"] = translate_with_strings(s["bf"], "fr", {"Burkina Faso": "Burkina Faso (fr)"})

    # --- homes: nl is the site root; en and fr are translations, es and ar have none ---
    p["home"] = home = Site.objects.get(is_default_site=True).root_page.specific
    p["home_en"] = translate_with_strings(home, "en", {})
    p["home_fr"] = translate_with_strings(home, "fr", {})

    # --- programme 2016 ---
    p["year"] = year = f.ProgrammeYearPageFactory(parent=home, title="Beleidsopdracht 2016")
    p["theme1"] = f.ThemePageFactory(
        parent=year, title="Vernieuwing van het bestuur", number=1, slug="vernieuwing"
    )
    p["theme4"] = f.ThemePageFactory(
        parent=year, title="Duurzaamheid", number=4, slug="duurzaamheid"
    )
    p["theme4"].goals.set([s["goal11"], s["goal13"]])
    p["theme4"].save_revision().publish()
    p["pillar3"] = f.PillarPageFactory(
        parent=year, title="Internationale promotie", number=3, slug="promotie"
    )
    p["lobby"] = f.ActivityPageFactory(
        parent=year, title="Lobby in Brussel", track="policy", slug="lobby"
    )
    p["lobby"].themes.set([p["theme1"]])
    p["lobby"].save_revision().publish()
    p["campaign_activity"] = f.ActivityPageFactory(
        parent=year, title="Campagne", track="services", kind="campaign", slug="campagne"
    )
    p["campaign_activity"].themes.set([p["theme4"]])
    p["campaign_activity"].save_revision().publish()
    p["year_en"] = translate_with_strings(year, "en", {"Beleidsopdracht 2016": "Policy 2016"})
    p["theme4_en"] = translate_with_strings(p["theme4"], "en", {"Duurzaamheid": "Sustainability"})
    p["theme4_fr"] = translate_with_strings(p["theme4"], "fr", {"Duurzaamheid": "Durabilité"})

    # --- best practices ---
    p["index"] = index = f.BestPracticeIndexPageFactory(
        parent=home, title="Voorbeelden", slug="voorbeelden"
    )
    p["solar"] = solar = f.BestPracticePageFactory(
        parent=index,
        title="Zonnepanelen in Utrecht",
        slug="zon",
        summary="Utrecht legt zonnepanelen op scholen.",
        promote_internationally=True,
        start_date=datetime.date(2016, 3, 1),
        end_date=datetime.date(2017, 6, 30),
    )
    solar.goals.set([s["goal11"], s["goal13"]])
    solar.themes.set([p["theme4"]])
    solar.municipalities.set([s["utrecht"]])
    solar.save_revision().publish()
    p["waste"] = waste = f.BestPracticePageFactory(
        parent=index,
        title="Afval in Amsterdam",
        slug="afval",
        origin="international",
        region="africa",
        summary="Amsterdam helpt Ouagadougou met afvalbeheer.",
        start_date=datetime.date(2015, 1, 1),
    )
    waste.goals.set([s["goal11"]])
    waste.themes.set([p["theme1"]])
    waste.municipalities.set([s["amsterdam"]])
    waste.partner_countries.set([s["bf"]])
    waste.save_revision().publish()
    p["dutch_only"] = f.BestPracticePageFactory(
        parent=index,
        title="Alleen in het Nederlands",
        slug="alleen-nl",
        summary="Dit voorbeeld is niet vertaald.",
        start_date=datetime.date(2014, 1, 1),
    )
    p["dutch_only"].goals.set([s["goal13"]])
    p["dutch_only"].save_revision().publish()

    p["index_en"] = translate_with_strings(index, "en", {"Voorbeelden": "Examples"})
    p["index_fr"] = translate_with_strings(index, "fr", {"Voorbeelden": "Exemples"})
    p["solar_en"] = translate_with_strings(
        solar, "en", {"Zonnepanelen in Utrecht": "Solar panels in Utrecht"}
    )
    p["solar_fr"] = translate_with_strings(
        solar, "fr", {"Zonnepanelen in Utrecht": "Panneaux solaires à Utrecht"}, machine=True
    )
    p["waste_en"] = translate_with_strings(
        waste, "en", {"Afval in Amsterdam": "Waste in Amsterdam"}
    )

    # --- never to be served ---
    p["waste_fr_draft"] = translate_with_strings(
        waste, "fr", {"Afval in Amsterdam": "Déchets (brouillon)"}, publish=False
    )
    # A draft imported into a live translation: the live English title stays what is served.
    translate_with_strings(
        solar, "en", {"Zonnepanelen in Utrecht": "Solar panels (brouillon)"}, publish=False
    )
    fr = Locale.objects.get(language_code="fr")
    p["dutch_only_fr_alias"] = p["dutch_only"].copy_for_translation(fr, alias=True)
    p["draft"] = f.BestPracticePageFactory(parent=index, title="Geheim concept", live=False)
    p["login"] = f.BestPracticePageFactory(parent=index, title="Geheim inloggen")
    restrict(p["login"], PageViewRestriction.LOGIN)
    p["password"] = f.BestPracticePageFactory(parent=index, title="Geheim wachtwoord")
    restrict(p["password"], PageViewRestriction.PASSWORD)
    p["groups"] = f.BestPracticePageFactory(parent=index, title="Geheim groepen")
    restrict(p["groups"], PageViewRestriction.GROUPS)
    p["scheduled"] = f.BestPracticePageFactory(
        parent=index,
        title="Geheim gepland",
        live=False,
        go_live_at=now + datetime.timedelta(days=3),
    )
    p["expired"] = f.BestPracticePageFactory(
        parent=index, title="Geheim verlopen", expire_at=now - datetime.timedelta(days=1)
    )
    for name in ("draft", "login", "password", "groups", "scheduled", "expired"):
        p[name].goals.set([s["goal11"]])
        p[name].themes.set([p["theme4"]])
        p[name].save()
    p["secret_year"] = secret_year = f.ProgrammeYearPageFactory(
        parent=home,
        title="Geheim jaar 2017",
        year=2017,
        slug="geheim-2017",
        start_date=datetime.date(2017, 1, 1),
        end_date=datetime.date(2017, 12, 31),
    )
    restrict(secret_year, PageViewRestriction.LOGIN)
    p["secret_theme"] = f.ThemePageFactory(parent=secret_year, title="Geheim thema", number=9)
    solar.themes.add(p["secret_theme"])
    solar.save()

    # --- campaigns and newsletter ---
    p["secret_campaign"] = f.CampaignPageFactory(
        parent=home,
        title="Geheime campagne",
        slug="geheim",
        started_on=datetime.date(2000, 1, 1),
        ended_on=datetime.date(2006, 12, 31),
    )
    restrict(p["secret_campaign"], PageViewRestriction.LOGIN)
    p["millennium"] = f.CampaignPageFactory(
        parent=home,
        title="Millennium Gemeente",
        slug="millennium",
        started_on=datetime.date(2007, 1, 1),
        ended_on=datetime.date(2015, 12, 31),
        predecessor=p["secret_campaign"],
    )
    p["g4gg"] = f.CampaignPageFactory(
        parent=home,
        title="Gemeenten4GlobalGoals",
        slug="g4gg",
        started_on=datetime.date(2016, 1, 1),
        predecessor=p["millennium"],
        agenda=agenda,
    )
    p["news"] = news = f.NewsletterIndexPageFactory(parent=home, title="Nieuwsbrief", slug="nieuws")
    p["issue1"] = f.NewsletterIssuePageFactory(
        parent=news, title="Januari", number=1, issue_date=datetime.date(2016, 1, 1)
    )
    p["issue2"] = f.NewsletterIssuePageFactory(
        parent=news, title="Februari", number=2, issue_date=datetime.date(2016, 2, 1)
    )
    for page in p.values():
        if hasattr(page, "refresh_from_db"):
            page.refresh_from_db()
    return tree


__all__ = ["Page", "Tree", "build_tree", "rolled_back"]
