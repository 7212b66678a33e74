"""Demo sign-ups and requests, so the Engagement menu and the dashboard panel show something:
two newsletter subscribers, pending and decided membership requests, new and answered advice
requests. Addresses are on example.org. Idempotent: keyed on the e-mail address."""

from django.utils import timezone

from themes.engagement.consent import consent_text, consent_version
from themes.models import (
    AdviceRequest,
    CampaignMembership,
    CampaignPage,
    MembershipRequest,
    Municipality,
    Subscriber,
    ThemePage,
)


def load_engagement(source_locale) -> int:
    """Create what is missing; returns how many rows are new."""
    created = 0
    for email, language, status in [
        ("lezer@example.org", "nl", Subscriber.Status.CONFIRMED),
        ("reader@example.org", "en", Subscriber.Status.PENDING),
    ]:
        _row, new = Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "status": status,
                "consent_text": consent_text(language),
                "consent_version": consent_version(),
                "confirmed_at": timezone.now() if status == "confirmed" else None,
            },
        )
        created += new
    for campaign, municipality, email, status in _membership_demo(source_locale):
        _row, new = MembershipRequest.objects.get_or_create(
            email=email,
            defaults={
                "campaign": campaign,
                "municipality": municipality,
                "contact_name": "Demo contact",
                "role": "wethouder",
                "message": "Wij willen graag meedoen met de campagne.",
                "language": "nl",
                "status": status,
                "joined_on": timezone.localdate() if status == "approved" else None,
            },
        )
        created += new
    theme = ThemePage.objects.filter(locale=source_locale).first()
    for email, status, question in [
        ("desk@city.example.org", AdviceRequest.Status.NEW, "How do we start a city link?"),
        ("info@ngo.example.org", AdviceRequest.Status.ANSWERED, "Who funds local water projects?"),
    ]:
        _row, new = AdviceRequest.objects.get_or_create(
            email=email,
            defaults={
                "organisation": "Demo organisation",
                "country": "KE",
                "name": "Demo person",
                "topic": theme,
                "question": question,
                "language": "en",
                "status": status,
            },
        )
        created += new
    return created


def _membership_demo(source_locale):
    """A request waiting for each campaign that has an existing non-member, and an approved
    one for the running campaign's latest member."""
    rows = []
    campaigns = CampaignPage.objects.filter(locale=source_locale).order_by("-started_on")
    for number, campaign in enumerate(campaigns):
        members = CampaignMembership.objects.filter(page=campaign)
        outside = Municipality.objects.filter(valid_to__isnull=True).exclude(
            pk__in=members.values("municipality")
        )
        candidate = outside.order_by("cbs_code").first()
        if candidate:
            rows.append((campaign, candidate, f"griffie{number}@gemeente.example.org", "new"))
        latest = members.order_by("-joined_on").select_related("municipality").first()
        if number == 0 and latest:
            rows.append((campaign, latest.municipality, "bestuur@gemeente.example.org", "approved"))
    return rows
