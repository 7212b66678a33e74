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
    campaign = CampaignPage.objects.filter(locale=source_locale).order_by("-started_on").first()
    members = CampaignMembership.objects.filter(page=campaign).values("municipality")
    candidates = Municipality.objects.filter(valid_to__isnull=True).exclude(pk__in=members)
    if campaign:
        for municipality, email, status in zip(
            candidates[:2],
            ["griffie@gemeente-a.example.org", "bestuur@gemeente-b.example.org"],
            [MembershipRequest.Status.NEW, MembershipRequest.Status.NEW],
            strict=False,
        ):
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
