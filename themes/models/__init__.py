from themes.models.best_practices import (
    BestPracticeIndexPage,
    BestPracticePage,
    Download,
    ExternalLink,
    KeyFigure,
)
from themes.models.campaigns import CampaignEvent, CampaignMembership, CampaignPage, SocialAccount
from themes.models.engagement import (
    AdviceRequest,
    MembershipRequest,
    NewsletterDelivery,
    NewsletterSend,
    Subscriber,
)
from themes.models.newsletters import NewsletterIndexPage, NewsletterIssuePage
from themes.models.programme import ActivityPage, PillarPage, ProgrammeYearPage, ThemePage
from themes.models.reference import (
    Agenda,
    ContactPerson,
    Country,
    Goal,
    Municipality,
    Organisation,
    Province,
)

__all__ = [
    "ActivityPage",
    "AdviceRequest",
    "Agenda",
    "BestPracticeIndexPage",
    "BestPracticePage",
    "CampaignEvent",
    "CampaignMembership",
    "CampaignPage",
    "ContactPerson",
    "Country",
    "Download",
    "ExternalLink",
    "Goal",
    "KeyFigure",
    "MembershipRequest",
    "Municipality",
    "NewsletterDelivery",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "NewsletterSend",
    "Organisation",
    "PillarPage",
    "ProgrammeYearPage",
    "Province",
    "SocialAccount",
    "Subscriber",
    "ThemePage",
]
