"""The public engagement mutations: newsletter sign-up (double opt-in), confirm, unsubscribe,
campaign membership requests and advice requests; and `newsletterConsent`.

Every mutation answers `private, no-store`, counts one attempt per IP and per address against
limits shared by all workers (`graphql_api.ratelimit`), quietly drops input whose honeypot
field is filled, and returns field errors with codes and messages in the requested `locale`.
A valid sign-up gets the same answer whether the address is new, pending or confirmed.
"""

import contextlib

import strawberry
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from strawberry.types import Info

from graphql_api import ratelimit
from themes.engagement import services
from themes.engagement.consent import consent_text, consent_version
from themes.engagement.forms import AdviceRequestForm, MembershipRequestForm, SubscribeForm
from themes.engagement.tokens import TokenError, read_token

HONEYPOT = (
    "Anti-spam trap: render it as a hidden, empty form field and pass on its value. "
    "A filled-in value makes the mutation answer `ok` and store nothing."
)


@strawberry.type(description="One thing to fix in the input.")
class FieldError:
    field: str | None = strawberry.field(
        description="The input field, e.g. `email`; null for the request as a whole."
    )
    code: str = strawberry.field(description="Stable code, listed in docs/partners.md.")
    message: str = strawberry.field(description="What to change, in the requested language.")


@strawberry.type(description="The answer to an engagement mutation.")
class EngagementResult:
    ok: bool = strawberry.field(description="True when the request was accepted.")
    message: str | None = strawberry.field(description="What happens next, to show the visitor.")
    errors: list[FieldError] = strawberry.field(description="What to fix when `ok` is false.")


@strawberry.input(description="A newsletter sign-up.")
class NewsletterSubscriptionInput:
    email: str
    locale: str = strawberry.field(description="Language of the newsletter and of all mails.")
    consent: bool = strawberry.field(
        description="The visitor ticked the consent text of `newsletterConsent`."
    )
    topics: list[str] | None = None
    website: str | None = strawberry.field(default=None, description=HONEYPOT)


@strawberry.input(description="A municipality's request to join a campaign.")
class CampaignMembershipRequestInput:
    campaign: str = strawberry.field(description="The campaign page's id or slug.")
    municipality: str = strawberry.field(description="The CBS code, e.g. GM0363.")
    contact_name: str
    email: str
    role: str = strawberry.field(description="The contact's role, e.g. alderman.")
    locale: str
    message: str | None = None
    website: str | None = strawberry.field(default=None, description=HONEYPOT)


@strawberry.input(description="A question for the advisory services.")
class AdviceRequestInput:
    organisation: str
    country: str = strawberry.field(description="ISO 3166-1 code, e.g. NL.")
    email: str
    name: str
    topic: str = strawberry.field(description="The id of a theme page.")
    question: str
    locale: str
    website: str | None = strawberry.field(default=None, description=HONEYPOT)


@strawberry.type(description="The consent text a sign-up form shows next to its check box.")
class NewsletterConsent:
    text: str
    version: str


def _language(code: str | None) -> str:
    valid = [language for language, _name in settings.LANGUAGES]
    return code if code in valid else settings.LANGUAGE_CODE


def _field_error(error: dict) -> FieldError:
    """A form error with the field named as in the GraphQL input (camelCase)."""
    field = error["field"]
    if field:
        head, *rest = field.split("_")
        field = head + "".join(part.title() for part in rest)
    return FieldError(field=field, code=error["code"], message=error["message"])


def _client_ip(info: Info) -> str:
    return info.context.request.META.get("REMOTE_ADDR", "")


def _rate_limited(scope: str, subject: str, limit: int) -> EngagementResult | None:
    verdict = ratelimit.hit(scope, subject, limit=limit, window=settings.VNG_ENGAGEMENT_RATE_WINDOW)
    if verdict.allowed:
        return None
    minutes = max(1, -(-verdict.retry_after // 60))
    message = _("Too many attempts; try again in %(minutes)s minutes.") % {"minutes": minutes}
    return EngagementResult(
        ok=False,
        message=None,
        errors=[FieldError(field=None, code="RATE_LIMITED", message=message)],
    )


def _handle(
    info: Info, name: str, form_class, data: dict, accept, success: str
) -> EngagementResult:
    info.context.mark_private()
    with translation.override(_language(data.get("locale"))):
        limited = _rate_limited(f"{name}:ip", _client_ip(info), settings.VNG_ENGAGEMENT_RATE_PER_IP)
        if limited:
            return limited
        if data.pop("website", None):  # the honeypot: look successful, keep nothing
            return EngagementResult(ok=True, message=_(success), errors=[])
        form = form_class(data)
        if not form.is_valid():
            return EngagementResult(
                ok=False, message=None, errors=[_field_error(e) for e in form.field_errors()]
            )
        limited = _rate_limited(
            f"{name}:address", form.cleaned_data["email"], settings.VNG_ENGAGEMENT_RATE_PER_ADDRESS
        )
        if limited:
            return limited
        accept(form.cleaned_data)
        return EngagementResult(ok=True, message=_(success), errors=[])


def _token_result(info: Info, purpose: str, action, token: str, locale, success: str):
    info.context.mark_private()
    if locale is None:  # answer in the subscriber's language when the token names one
        with contextlib.suppress(TokenError):
            locale = read_token(purpose, token).language
    with translation.override(_language(locale)):
        limited = _rate_limited("token:ip", _client_ip(info), settings.VNG_ENGAGEMENT_RATE_PER_IP)
        if limited:
            return limited
        try:
            action(token)
        except TokenError as error:
            message = (
                _("This link has expired; sign up again to get a new one.")
                if error.code == "EXPIRED_TOKEN"
                else _("This link is not valid; copy the whole link from the mail.")
            )
            return EngagementResult(
                ok=False,
                message=None,
                errors=[FieldError(field="token", code=error.code, message=message)],
            )
        return EngagementResult(ok=True, message=_(success), errors=[])


# Success messages, translated when shown.
SUBSCRIBED = gettext_noop(
    "Thank you. Check your inbox: unless you are already subscribed, you will get a mail with "
    "a link to confirm your subscription."
)
REQUESTED = gettext_noop("Thank you. We received your request and will answer by e-mail.")
CONFIRMED = gettext_noop("Your subscription is confirmed. The next newsletter comes to your inbox.")
UNSUBSCRIBED = gettext_noop("You are unsubscribed and will get no more newsletters.")


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Sign up for the newsletter; a mail with a confirmation link follows. The "
        "answer is the same whether or not the address is already known."
    )
    def subscribe_to_newsletter(
        self, info: Info, input: NewsletterSubscriptionInput
    ) -> EngagementResult:
        data = {
            "email": input.email,
            "locale": input.locale,
            "consent": input.consent,
            "topics": list(input.topics or []),
            "website": input.website,
        }

        def accept(cleaned):
            services.subscribe(cleaned["email"], cleaned["locale"], cleaned["topics"])

        return _handle(info, "subscribe", SubscribeForm, data, accept, SUBSCRIBED)

    @strawberry.mutation(description="Confirm a sign-up with the token of the mail's link.")
    def confirm_newsletter_subscription(
        self, info: Info, token: str, locale: str | None = None
    ) -> EngagementResult:
        return _token_result(info, "confirm", services.confirm, token, locale, CONFIRMED)

    @strawberry.mutation(description="Unsubscribe with the token of a mail's unsubscribe link.")
    def unsubscribe_from_newsletter(
        self, info: Info, token: str, locale: str | None = None
    ) -> EngagementResult:
        return _token_result(info, "unsubscribe", services.unsubscribe, token, locale, UNSUBSCRIBED)

    @strawberry.mutation(description="Ask for a municipality to join a campaign.")
    def request_campaign_membership(
        self, info: Info, input: CampaignMembershipRequestInput
    ) -> EngagementResult:
        data = {
            "campaign": input.campaign,
            "municipality": input.municipality,
            "contact_name": input.contact_name,
            "email": input.email,
            "role": input.role,
            "message": input.message or "",
            "locale": input.locale,
            "website": input.website,
        }
        return _handle(
            info, "membership", MembershipRequestForm, data, services.request_membership, REQUESTED
        )

    @strawberry.mutation(description="Ask the advisory services a question.")
    def request_advice(self, info: Info, input: AdviceRequestInput) -> EngagementResult:
        data = {
            "organisation": input.organisation,
            "country": input.country,
            "email": input.email,
            "name": input.name,
            "topic": input.topic,
            "question": input.question,
            "locale": input.locale,
            "website": input.website,
        }
        return _handle(info, "advice", AdviceRequestForm, data, services.request_advice, REQUESTED)


@strawberry.type
class Query:
    @strawberry.field(description="The consent text and version to show on a sign-up form.")
    def newsletter_consent(self, locale: str | None = None) -> NewsletterConsent:
        language = _language(locale)
        return NewsletterConsent(text=consent_text(language), version=consent_version())
