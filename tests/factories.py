"""Factories for reference data and pages. Pages need a parent: pass `parent=`."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import CreditedImage, HomePage
from themes import models as m


def default_locale():
    return Locale.get_default()


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Province
        django_get_or_create = ("cbs_code",)

    cbs_code = factory.Sequence(lambda n: f"PV{30 + n % 70:02d}")
    iso_code = factory.Sequence(lambda n: f"NL-{n:02d}")
    name = factory.Sequence(lambda n: f"Province {n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Municipality
        django_get_or_create = ("cbs_code",)

    cbs_code = factory.Sequence(lambda n: f"GM{9000 + n:04d}")
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    province = factory.SubFactory(ProvinceFactory)
    valid_from = datetime.date(2000, 1, 1)


class AgendaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Agenda
        django_get_or_create = ("code", "locale")

    code = "sdg"
    name = "Sustainable Development Goals"
    short_name = "SDGs"
    locale = factory.LazyFunction(default_locale)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Goal
        django_get_or_create = ("agenda", "number", "locale")

    agenda = factory.SubFactory(AgendaFactory)
    number = factory.Sequence(lambda n: n % 17 + 1)
    name = factory.LazyAttribute(lambda o: f"Goal {o.number}")
    colour = "#E5243B"
    locale = factory.LazyFunction(default_locale)


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Country
        django_get_or_create = ("iso_code", "locale")

    iso_code = "NL"
    name = "Nederland"
    locale = factory.LazyFunction(default_locale)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.ContactPerson

    name = factory.Sequence(lambda n: f"Contact {n}")
    locale = factory.LazyFunction(default_locale)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CreditedImage

    credit = "Illustration: VNG International"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "VNG International"


class ProgrammeYearPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.ProgrammeYearPage

    title = "Beleidsopdracht 2016"
    year = 2016
    project_code = "B"
    start_date = datetime.date(2016, 1, 1)
    end_date = datetime.date(2016, 12, 31)
    field_of_expertise = "Building More Effective Public Administration"
    summary = "De beleidsopdracht van 2016."


class ThemePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.ThemePage

    title = factory.Sequence(lambda n: f"Thema {n}")
    number = factory.Sequence(lambda n: n % 9 + 1)
    short_description = "Een strategisch thema."


class PillarPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.PillarPage

    title = factory.Sequence(lambda n: f"Pijler {n}")
    number = factory.Sequence(lambda n: n % 9 + 1)
    short_description = "Een pijler."


class ActivityPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.ActivityPage

    title = factory.Sequence(lambda n: f"Activiteit {n}")
    track = "policy"
    kind = "advocacy"
    summary = "Een activiteit."


class BestPracticeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.BestPracticeIndexPage

    title = "Voorbeelden"


class BestPracticePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.BestPracticePage

    title = factory.Sequence(lambda n: f"Voorbeeld {n}")
    origin = "municipal"
    start_date = datetime.date(2016, 3, 1)
    summary = "Een voorbeeld van goed lokaal bestuur."


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.CampaignPage

    title = "Gemeenten4GlobalGoals"
    intro = "De campagne voor gemeenten die aan de Global Goals werken."
    started_on = datetime.date(2016, 1, 1)
    how_to_join = "<p>Meld u aan met het formulier.</p>"


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.NewsletterIndexPage

    title = "Nieuwsbrief"


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = m.NewsletterIssuePage

    title = factory.Sequence(lambda n: f"Nieuwsbrief {n}")
    number = factory.Sequence(lambda n: n + 1)
    issue_date = factory.Sequence(lambda n: datetime.date(2016 + n // 12, n % 12 + 1, 1))
    intro = "Het nieuws van deze maand."
