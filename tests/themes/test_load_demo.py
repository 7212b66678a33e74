"""`manage.py load_demo` fills an empty database with the content the issue asks for, and a
second run changes nothing.

The command runs once per module inside a transaction that is rolled back at the end, so the
other test modules still start from the bare migrated database.
"""

import io
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.migrations.recorder import MigrationRecorder
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from home.models import CreditedImage
from themes.localization.status import translation_status
from themes.models import (
    ActivityPage,
    Agenda,
    BestPracticeIndexPage,
    BestPracticePage,
    CampaignMembership,
    CampaignPage,
    ContactPerson,
    Country,
    Goal,
    KeyFigure,
    Municipality,
    NewsletterIssuePage,
    Organisation,
    PillarPage,
    ProgrammeYearPage,
    Province,
    ThemePage,
)

SDG_COLOURS = {
    1: "#E5243B", 2: "#DDA63A", 3: "#4C9F38", 4: "#C5192D", 5: "#FF3A21", 6: "#26BDE2",
    7: "#FCC30B", 8: "#A21942", 9: "#FD6925", 10: "#DD1367", 11: "#FD9D24", 12: "#BF8B2E",
    13: "#3F7E44", 14: "#0A97D9", 15: "#56C02B", 16: "#00689D", 17: "#19486A",
}  # fmt: skip
SAMPLE_MUNICIPALITIES = {
    "GM0363": "Amsterdam", "GM0599": "Rotterdam", "GM0518": "'s-Gravenhage",
    "GM0344": "Utrecht", "GM0828": "Oss", "GM0150": "Deventer", "GM0785": "Goirle",
    "GM0197": "Aalten", "GM0362": "Amstelveen", "GM0086": "Opsterland",
    "GM1900": "Súdwest-Fryslân", "GM1699": "Noordenveld", "GM0275": "Rheden",
    "GM0855": "Tilburg", "GM0080": "Leeuwarden", "GM0037": "Stadskanaal", "GM0664": "Goes",
    "GM0917": "Heerlen", "GM0809": "Loon op Zand", "GM0744": "Baarle-Nassau",
    "GM0867": "Waalwijk", "GM0034": "Almere", "GM0629": "Wassenaar", "GM1992": "Voorne aan Zee",
}  # fmt: skip
PROMOTED = {
    "oss-global-goals-in-de-begroting",
    "deventer-partners-verbinden",
    "utrecht-global-goals-stad",
    "rotterdam-sdg-dashboard",
    "baarle-grensoverschrijdende-duurzaamheidsvisie",
    "amsterdam-almere-veerkrachtige-steden",
    "den-haag-lokaal-bestuur-midden-oosten",
    "leeuwarden-waterkennis-voor-delegaties",
}
CREDIT = "Illustration: VNG International (generated)"


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """Run load_demo once for the module; roll everything back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def locale(code):
    return Locale.objects.get(language_code=code)


def nl_pages(model):
    return model.objects.filter(locale=locale("nl"))


def row_counts():
    models = [Page, Revision, CreditedImage, Agenda, Goal, Country, ContactPerson, Organisation,
              Province, Municipality, CampaignMembership, KeyFigure, Translation,
              StringTranslation]  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


# --- reference data -------------------------------------------------------------------------


def test_provinces_and_sample_municipalities_with_cbs_codes(demo):
    assert Province.objects.count() == 12
    assert Province.objects.get(cbs_code="PV27").name == "Noord-Holland"
    stored = dict(
        Municipality.objects.filter(cbs_code__in=SAMPLE_MUNICIPALITIES).values_list(
            "cbs_code", "name"
        )
    )
    assert stored == SAMPLE_MUNICIPALITIES
    assert Municipality.objects.get(cbs_code="GM0344").province.cbs_code == "PV26"
    assert Municipality.objects.get(cbs_code="GM1992").valid_from == date(2023, 1, 1)


def test_brielle_merged_into_voorne_aan_zee(demo):
    brielle = Municipality.objects.get(cbs_code="GM0501")
    assert brielle.valid_to == date(2022, 12, 31)
    assert brielle.successor.cbs_code == "GM1992"
    assert Municipality.objects.count() == 25


def test_seventeen_goals_with_official_colours_and_names(demo):
    goals = Goal.objects.filter(agenda__code="sdg", locale=locale("nl"))
    assert dict(goals.values_list("number", "colour")) == SDG_COLOURS
    assert goals.get(number=1).name == "Geen armoede"
    assert (
        Goal.objects.get(agenda__code="sdg", number=13, locale=locale("en")).name
        == "Climate Action"
    )
    assert Goal.objects.get(agenda__code="sdg", number=1, locale=locale("ar")).name == "لا فقر"
    assert Goal.objects.get(agenda__code="sdg", number=6, locale=locale("es")).name == (
        "Agua limpia y saneamiento"
    )


def test_agendas_with_the_millennium_goals_as_history(demo):
    agendas = Agenda.objects.filter(locale=locale("nl"))
    assert set(agendas.values_list("code", flat=True)) == {
        "sdg", "sendai", "paris", "new-urban-agenda", "eu-urban-agenda", "mdg",
    }  # fmt: skip
    assert list(agendas.filter(is_historical=True).values_list("code", flat=True)) == ["mdg"]
    assert Goal.objects.filter(agenda__code="mdg", locale=locale("nl")).count() == 8
    assert agendas.get(code="sdg").reference == "A/RES/70/1"


def test_countries_organisations_and_fictional_contacts(demo):
    assert Country.objects.get(iso_code="NL", locale=locale("fr")).name == "Pays-Bas"
    assert set(Organisation.objects.values_list("acronym", flat=True)) >= {"VNG", "UCLG", "CEMR"}
    assert nl_pages(ContactPerson).count() == 6
    assert all(p.email.endswith("@example.org") for p in ContactPerson.objects.all())


# --- programme year -------------------------------------------------------------------------


def test_programme_year_2016_with_its_fact_sheet(demo):
    year = nl_pages(ProgrammeYearPage).get()
    assert (year.year, year.project_code, year.region) == (2016, "B", "world")
    assert (year.start_date, year.end_date) == (date(2016, 1, 1), date(2016, 12, 31))
    assert year.country.iso_code == "NL"
    assert year.field_of_expertise == "Building More Effective Public Administration"
    assert year.funding == "VNG"
    assert list(year.partners.values_list("acronym", flat=True)) == ["VNG"]


def test_five_themes_and_three_pillars_below_the_year(demo):
    year = nl_pages(ProgrammeYearPage).get()
    themes = ThemePage.objects.child_of(year).order_by("number")
    pillars = PillarPage.objects.child_of(year).order_by("number")
    assert list(themes.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    assert list(pillars.values_list("number", flat=True)) == [1, 2, 3]
    assert themes.get(number=4).title == "Duurzaamheid"
    assert pillars.get(number=3).title == "Internationale promotie"


def test_activities_in_both_tracks_linked_to_themes_and_pillars(demo):
    activities = nl_pages(ActivityPage)
    assert set(activities.values_list("track", "kind")) == {
        ("policy", "advocacy"), ("services", "campaign"), ("services", "newsletter"),
        ("services", "advisory"),
    }  # fmt: skip
    assert activities.filter(track="policy").count() == 3
    for activity in activities:
        assert activity.themes.exists() and activity.pillars.exists(), activity.slug


# --- best practices -------------------------------------------------------------------------


def test_sixteen_best_practices_of_both_origins(demo):
    practices = nl_pages(BestPracticePage)
    assert practices.count() == 16
    assert practices.filter(origin="municipal").count() == 12
    assert practices.filter(origin="international").count() == 4
    assert set(practices.filter(promote_internationally=True).values_list("slug", flat=True)) == (
        PROMOTED
    )


def test_every_best_practice_is_fully_linked(demo):
    for page in nl_pages(BestPracticePage):
        assert page.municipalities.exists(), page.slug
        assert page.themes.exists() and page.pillars.exists() and page.agendas.exists(), page.slug
        assert page.goals.filter(pk=page.primary_goal_id).exists(), page.slug
        assert page.hero_image.credit == CREDIT and page.hero_alt, page.slug
        assert page.contact_person and page.funder and page.key_figures.exists(), page.slug
        assert [block.block_type for block in page.body] == [
            "paragraph", "heading", "paragraph", "image", "quote", "call_to_action",
        ], page.slug  # fmt: skip
        if page.origin == "international":
            assert page.partner_countries.exists() and page.partner_cities, page.slug


def test_awards_use_the_three_categories(demo):
    awarded = nl_pages(BestPracticePage).exclude(award_category="")
    assert set(awarded.values_list("award_category", flat=True)) == {
        "connector", "visionary", "pioneer",
    }  # fmt: skip
    oss = awarded.get(slug="oss-global-goals-in-de-begroting")
    assert (oss.award_year, oss.award_category) == (2020, "pioneer")


def test_generated_images_have_title_description_and_credit(demo):
    images = CreditedImage.objects.all()
    assert images.count() == 32
    assert set(images.values_list("credit", flat=True)) == {CREDIT}
    assert all(image.title and image.description for image in images)
    assert set(images.values_list("width", "height")) == {(1600, 900), (1200, 800)}


# --- campaign and newsletters ---------------------------------------------------------------


def test_campaign_with_members_faq_events_and_predecessor(demo):
    campaign = nl_pages(CampaignPage).get(slug="gemeenten4globalgoals")
    assert campaign.started_on == date(2016, 1, 1) and campaign.ended_on is None
    assert campaign.memberships.count() == 24
    assert set(campaign.memberships.values_list("municipality__cbs_code", flat=True)) == set(
        SAMPLE_MUNICIPALITIES
    )
    assert {"executive", "council"} <= set(
        campaign.memberships.values_list("decision_type", flat=True)
    )
    assert len(campaign.faq) == 4
    assert set(campaign.events.values_list("kind", flat=True)) == {"meetup", "flag-day", "award"}
    assert campaign.events.get(kind="flag-day").date == date(2016, 9, 25)
    assert set(campaign.social_accounts.values_list("handle", flat=True)) == {
        "@G4GlobalGoals", "#Gemeenten4GlobalGoals",
    }  # fmt: skip
    millennium = campaign.predecessor.specific
    assert (millennium.started_on, millennium.ended_on) == (date(2007, 1, 1), date(2015, 12, 31))
    assert millennium.agenda.code == "mdg"


def test_three_monthly_newsletter_issues(demo):
    issues = nl_pages(NewsletterIssuePage).order_by("issue_date")
    assert list(issues.values_list("number", "issue_date")) == [
        (1, date(2016, 9, 1)), (2, date(2016, 10, 1)), (3, date(2016, 11, 1)),
    ]  # fmt: skip


def test_every_page_is_published_with_a_revision(demo):
    pages = Page.objects.filter(depth__gt=2, alias_of__isnull=True)
    assert pages.count() > 0
    assert not pages.filter(live=False).exists()
    assert not pages.filter(has_unpublished_changes=True).exists()
    assert not pages.filter(live_revision__isnull=True).exists()


# --- translations ---------------------------------------------------------------------------


def test_everything_is_in_english_except_the_november_issue(demo):
    en = locale("en")
    missing = [
        page.slug
        for page in Page.objects.filter(locale=locale("nl"), depth__gt=1)
        if not Page.objects.filter(translation_key=page.translation_key, locale=en,
                                   alias_of__isnull=True).exists()
    ]  # fmt: skip
    assert missing == ["nieuwsbrief-november-2016"]
    oss = BestPracticePage.objects.get(locale=en, slug="oss-global-goals-in-the-budget")
    assert oss.title == "Oss: the Global Goals in every budget line"
    status = translation_status(oss.get_translation(locale("nl")))
    assert next(s for s in status.locales if s.locale == "en").complete


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_themes_pillars_goals_and_campaigns_in_other_languages(demo, code):
    target = locale(code)
    assert ThemePage.objects.filter(locale=target, alias_of__isnull=True).count() == 5
    assert PillarPage.objects.filter(locale=target, alias_of__isnull=True).count() == 3
    assert CampaignPage.objects.filter(locale=target, alias_of__isnull=True).count() == 2
    assert Goal.objects.filter(locale=target, agenda__code="sdg").count() == 17


def test_promoted_pages_in_french_spanish_and_arabic_with_deliberate_gaps(demo):
    promoted = nl_pages(BestPracticePage).filter(promote_internationally=True)
    for code in ("fr", "es", "ar"):
        translated = {
            page.slug
            for page in promoted
            if page.get_translations().filter(locale=locale(code), alias_of__isnull=True).exists()
        }
        expected = (
            PROMOTED - {"leeuwarden-waterkennis-voor-delegaties"} if code == "ar" else PROMOTED
        )
        assert translated == expected, code


def test_french_examples_point_to_french_goals_and_themes(demo):
    page = BestPracticePage.objects.get(
        locale=locale("fr"), slug="oss-objectifs-mondiaux-dans-le-budget"
    )
    assert page.title == "Oss : les objectifs mondiaux dans chaque ligne du budget"
    assert set(page.goals.values_list("locale__language_code", flat=True)) == {"fr"}
    assert set(page.themes.values_list("locale__language_code", flat=True)) == {"fr"}
    assert (
        page.primary_goal.name == "Mesures relatives à la lutte contre les changements climatiques"
    )


def test_one_partial_and_one_machine_translation(demo):
    rotterdam = nl_pages(BestPracticePage).get(slug="rotterdam-sdg-dashboard")
    french = next(s for s in translation_status(rotterdam).locales if s.locale == "fr")
    assert french.exists and not french.complete and 0 < french.percent_complete < 100

    baarle = nl_pages(BestPracticePage).get(slug="baarle-grensoverschrijdende-duurzaamheidsvisie")
    spanish = next(s for s in translation_status(baarle).locales if s.locale == "es")
    assert spanish.live and spanish.machine_strings == spanish.total_strings > 0
    assert baarle.get_translation(locale("es")).title.startswith("[MT:es] ")


def test_deliberately_missing_translations_are_synced_copies_to_translate(demo):
    issue = nl_pages(NewsletterIssuePage).get(number=3)
    assert issue.get_translation(locale("en")).alias_of_id == issue.pk
    leeuwarden = nl_pages(BestPracticePage).get(slug="leeuwarden-waterkennis-voor-delegaties")
    assert leeuwarden.get_translation(locale("ar")).alias_of_id == leeuwarden.pk


def test_every_dutch_page_exists_in_every_language(demo):
    """Synchronised trees: a translation, or a synced copy marked untranslated."""
    for page in Page.objects.filter(locale=locale("nl"), depth__gt=1):
        codes = set(
            Page.objects.filter(translation_key=page.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
        assert codes == {"nl", "en", "fr", "es", "ar"}, page.slug


@pytest.mark.parametrize(
    ("code", "year_slug", "examples_slug"),
    [("fr", "mission-2016", "exemples"), ("es", "encargo-2016", "ejemplos"),
     ("ar", "mandate-2016", "examples"), ("en", "policy-assignment-2016", "examples")],
)  # fmt: skip
def test_structural_pages_are_translated_with_translated_slugs(
    demo, code, year_slug, examples_slug
):
    year = nl_pages(ProgrammeYearPage).get().get_translation(locale(code))
    assert (year.alias_of_id, year.slug) == (None, year_slug)
    assert year.title != "Beleidsopdracht 2016"
    index = nl_pages(BestPracticeIndexPage).get().get_translation(locale(code))
    assert (index.alias_of_id, index.slug) == (None, examples_slug)
    status = next(s for s in translation_status(year.get_translation(locale("nl"))).locales
                  if s.locale == code)  # fmt: skip
    assert status.complete


# --- the command ----------------------------------------------------------------------------


def test_reports_progress_and_the_admin_url_without_a_login(demo):
    assert "Reference data: 12 provinces, 25 municipalities" in demo
    assert "16 best practices, 27 campaign memberships" in demo  # 24 + 3 Millennium members
    assert "Translations into ar:" in demo
    assert "Admin: http://testserver/admin/" in demo
    assert "Demo login" not in demo
    assert not get_user_model().objects.exists()


def test_second_run_changes_nothing_and_creates_the_dev_logins(demo, settings):
    before = row_counts()
    settings.VNG_DEMO_LOGINS = [
        {"username": "editor", "password": "demo-editor-2016", "role": "editor"},
        {"username": "moderator", "password": "demo-moderator-2016", "role": "moderator"},
        {"username": "admin", "password": "demo-admin-2016", "role": "administrator"},
    ]
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert row_counts() == before
    assert "(0 new)" in out.getvalue()
    assert "Demo logins (dev only), one per role:" in out.getvalue()
    assert "  editor: editor / demo-editor-2016 — writes and translates pages" in out.getvalue()
    assert "  administrator: admin / demo-admin-2016 — everything" in out.getvalue()
    users = {user.username: user for user in get_user_model().objects.all()}
    assert {
        name: (user.is_superuser, [group.name for group in user.groups.all()])
        for name, user in users.items()
    } == {
        "editor": (False, ["Editors"]),
        "moderator": (False, ["Moderators"]),
        "admin": (True, []),
    }
    assert users["editor"].check_password("demo-editor-2016")

    call_command("load_demo", stdout=io.StringIO())
    assert get_user_model().objects.count() == 3


def test_refuses_a_database_that_is_not_migrated(db):
    before = row_counts()
    MigrationRecorder.Migration.objects.filter(app="themes").delete()
    with pytest.raises(CommandError, match=r"Run `python manage\.py migrate` first"):
        call_command("load_demo", stdout=io.StringIO())
    assert row_counts() == before


def test_engagement_requests_waiting_and_answered(demo):
    from themes.models import AdviceRequest, MembershipRequest, Subscriber

    statuses = sorted(MembershipRequest.objects.values_list("status", flat=True))
    assert statuses == ["approved", "new"]
    assert sorted(AdviceRequest.objects.values_list("status", flat=True)) == ["answered", "new"]
    assert sorted(Subscriber.objects.values_list("email", "status")) == [
        ("lezer@example.org", "confirmed"),
        ("reader@example.org", "pending"),
    ]
    waiting = MembershipRequest.objects.get(status="new")
    assert not waiting.campaign.memberships.filter(municipality=waiting.municipality).exists()
