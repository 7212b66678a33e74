"""The mails of public engagement, each rendered in the recipient's language from templates in
`themes/templates/engagement/mail/`: `<name>_subject.txt`, `<name>.txt` and (optional)
`<name>.html`. Newsletter-related mails carry the unsubscribe link and the RFC 8058 one-click
`List-Unsubscribe` / `List-Unsubscribe-Post` headers."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from themes.engagement.tokens import make_token
from themes.models import Subscriber


def link(url_name: str, token: str) -> str:
    base = settings.VNG_ENGAGEMENT_LINK_BASE.rstrip("/")
    return f"{base}{reverse(url_name)}?{urlencode({'token': token})}"


def unsubscribe_link(subscriber: Subscriber) -> str:
    return link("newsletter_unsubscribe", make_token("unsubscribe", subscriber))


def unsubscribe_headers(subscriber: Subscriber) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<{unsubscribe_link(subscriber)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def build(
    name: str, to: str, language: str, context: dict, headers: dict | None = None
) -> EmailMultiAlternatives:
    """One mail from the templates of `name`, rendered in `language`."""
    with translation.override(language):
        context = {**context, "language": language}
        subject = render_to_string(f"engagement/mail/{name}_subject.txt", context)
        text = render_to_string(f"engagement/mail/{name}.txt", context)
        try:
            html = render_to_string(f"engagement/mail/{name}.html", context)
        except TemplateDoesNotExist:
            html = None
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()), body=text, to=[to], headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def send(message: EmailMultiAlternatives, connection=None) -> None:
    message.connection = connection or get_connection()
    message.send(fail_silently=False)


def confirmation_mail(subscriber: Subscriber) -> EmailMultiAlternatives:
    return build(
        "confirm",
        subscriber.email,
        subscriber.language,
        {
            "confirm_url": link("newsletter_confirm", make_token("confirm", subscriber)),
            "unsubscribe_url": unsubscribe_link(subscriber),
            "valid_days": max(1, settings.VNG_ENGAGEMENT_CONFIRM_MAX_AGE // 86400),
        },
        unsubscribe_headers(subscriber),
    )
