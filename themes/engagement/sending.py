"""Sending a newsletter issue to the confirmed subscribers of its language, in batches.

`queue_issue()` (the admin's "send to subscribers") records a `NewsletterSend`; the worker
(`manage.py worker`, or `manage.py send_engagement_mail` for this work alone) calls `run()`, which first writes one `NewsletterDelivery` per
subscriber (unique per issue and address) and then sends the pending ones batch by batch over
one SMTP connection per batch. Each row is claimed (`sending`) before its mail goes out and
marked `sent` after, so a crash and restart never mails an address twice.
"""

import logging
import re

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import strip_tags

from themes.engagement import mail, services
from themes.models import NewsletterDelivery, NewsletterIssuePage, NewsletterSend, Subscriber

logger = logging.getLogger(__name__)
Delivery = NewsletterDelivery.Status


def queue_issue(issue: NewsletterIssuePage, user) -> tuple[NewsletterSend, bool]:
    """Ask the worker to send `issue` to its language's subscribers (once per issue)."""
    return NewsletterSend.objects.get_or_create(
        issue=issue,
        defaults={"language": issue.locale.language_code, "requested_by": user},
    )


def issue_mail(issue: NewsletterIssuePage, to: str, language: str, unsubscribe_url: str, headers):
    with translation.override(language):
        body_html = render_to_string(
            "engagement/mail/_newsletter_body.html", {"page": issue, "language": language}
        )
    body_text = re.sub(r"\n\s*\n+", "\n\n", strip_tags(body_html)).strip()
    context = {"page": issue, "body_text": body_text, "unsubscribe_url": unsubscribe_url}
    return mail.build("newsletter", to, language, context, headers)


def send_test(issue: NewsletterIssuePage, user) -> None:
    """The issue as a subscriber gets it, to the editor's own address."""
    url = mail.link("newsletter_unsubscribe", "test")
    language = issue.locale.language_code
    mail.send(issue_mail(issue.specific, user.email, language, url, {}))


def _prepare(send: NewsletterSend) -> None:
    subscribers = Subscriber.objects.filter(
        status=Subscriber.Status.CONFIRMED, language=send.language
    ).values_list("pk", flat=True)
    NewsletterDelivery.objects.bulk_create(
        [NewsletterDelivery(send=send, subscriber_id=pk) for pk in subscribers],
        ignore_conflicts=True,
        batch_size=1000,
    )
    send.status = NewsletterSend.Status.SENDING
    send.save(update_fields=["status"])


def _send_batch(send: NewsletterSend, issue, batch_size: int) -> int:
    ids = list(
        send.deliveries.filter(status=Delivery.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)[:batch_size]
    )
    if not ids:
        return 0
    with get_connection() as connection:
        for pk in ids:
            if not NewsletterDelivery.objects.filter(pk=pk, status=Delivery.PENDING).update(
                status=Delivery.SENDING
            ):
                continue  # another worker has it
            delivery = NewsletterDelivery.objects.select_related("subscriber").get(pk=pk)
            subscriber = delivery.subscriber
            if subscriber.status != Subscriber.Status.CONFIRMED:
                NewsletterDelivery.objects.filter(pk=pk).update(status=Delivery.FAILED)
                continue
            message = issue_mail(
                issue,
                subscriber.email,
                send.language,
                mail.unsubscribe_link(subscriber),
                mail.unsubscribe_headers(subscriber),
            )
            try:
                mail.send(message, connection)
            except Exception:
                # Refused before it was accepted: not sent, so it may go out on the next run.
                NewsletterDelivery.objects.filter(pk=pk).update(status=Delivery.PENDING)
                raise
            NewsletterDelivery.objects.filter(pk=pk).update(
                status=Delivery.SENT, sent_at=timezone.now()
            )
    return len(ids)


def run(batch_size: int | None = None, max_batches: int | None = None) -> int:
    """Send pending newsletter mails; returns how many batches ran."""
    batch_size = batch_size or settings.VNG_NEWSLETTER_BATCH_SIZE
    batches = 0
    for send in NewsletterSend.objects.exclude(status=NewsletterSend.Status.DONE).order_by("pk"):
        if send.status == NewsletterSend.Status.QUEUED:
            with transaction.atomic():
                _prepare(send)
        issue = send.issue.specific
        while max_batches is None or batches < max_batches:
            if not _send_batch(send, issue, batch_size):
                send.status = NewsletterSend.Status.DONE
                send.finished_at = timezone.now()
                send.save(update_fields=["status", "finished_at"])
                break
            batches += 1
    return batches


def send_engagement_mail(batch_size: int | None = None, max_batches: int | None = None):
    """One pass of the engagement mail: queued confirmation mails, then newsletter batches.
    Run by the worker (`manage.py worker`) every `VNG_WORKER_MAIL_SECONDS`."""
    return services.send_due_confirmations(), run(batch_size=batch_size, max_batches=max_batches)
