"""What happens on a sign-up, a confirmation, an unsubscription, a request and its decision.

The public entry points answer the same for every address (nothing tells whether an address is
known); confirmation mails are queued on the row (`confirmation_due`) and sent by the worker, so
new, pending and confirmed addresses also take the same path through the request.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from themes.engagement import mail
from themes.engagement.consent import consent_text, consent_version
from themes.engagement.tokens import TokenError, read_token
from themes.models import (
    AdviceRequest,
    CampaignMembership,
    MembershipRequest,
    Subscriber,
)
from themes.models.engagement import new_token_key

logger = logging.getLogger(__name__)


# --- newsletter ---


def subscribe(email: str, language: str, topics: list[str]) -> None:
    """Sign `email` up (or again); queue a confirmation mail unless one went out within the
    resend interval or the address is already confirmed."""
    now = timezone.now()
    fields = {
        "language": language,
        "topics": topics,
        "consent_text": consent_text(language),
        "consent_version": consent_version(),
    }
    try:
        with transaction.atomic():
            subscriber, created = Subscriber.objects.select_for_update().get_or_create(
                email=email, defaults={**fields, "confirmation_due": True}
            )
            if created or subscriber.status == Subscriber.Status.CONFIRMED:
                subscriber_id = subscriber.pk if created else None
            else:
                if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
                    subscriber.status = Subscriber.Status.PENDING
                    subscriber.token_key = new_token_key()
                    subscriber.unsubscribed_at = None
                    subscriber.confirmation_sent_at = None
                for name, value in fields.items():
                    setattr(subscriber, name, value)
                last = subscriber.confirmation_sent_at
                interval = datetime.timedelta(seconds=settings.VNG_ENGAGEMENT_RESEND_INTERVAL)
                if last is None or now - last >= interval:
                    subscriber.confirmation_due = True
                subscriber.save()
                subscriber_id = subscriber.pk if subscriber.confirmation_due else None
    except IntegrityError:  # a simultaneous first sign-up of the same address won
        return
    if subscriber_id and settings.VNG_ENGAGEMENT_SEND_IMMEDIATELY:
        transaction.on_commit(send_due_confirmations)


def send_due_confirmations(limit: int = 500) -> int:
    """Send the queued confirmation mails; each is claimed first so no two workers send it."""
    sent = 0
    for pk in Subscriber.objects.filter(confirmation_due=True).values_list("pk", flat=True)[:limit]:
        claimed = Subscriber.objects.filter(pk=pk, confirmation_due=True).update(
            confirmation_due=False, confirmation_sent_at=timezone.now()
        )
        if not claimed:
            continue
        subscriber = Subscriber.objects.get(pk=pk)
        try:
            mail.send(mail.confirmation_mail(subscriber))
        except Exception:
            Subscriber.objects.filter(pk=pk).update(confirmation_due=True)
            logger.exception("Confirmation mail to subscriber %s failed; will retry.", pk)
            raise
        sent += 1
    return sent


def confirm(token: str) -> Subscriber:
    """Confirm the subscription of a confirm token; `TokenError` when invalid or expired."""
    subscriber = read_token("confirm", token)
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        raise TokenError("INVALID_TOKEN")
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.confirmation_due = False
        subscriber.save(update_fields=["status", "confirmed_at", "confirmation_due"])
    return subscriber


def unsubscribe(token: str) -> None:
    """Stop all mail to the address of an unsubscribe token (idempotent)."""
    subscriber = read_token("unsubscribe", token)
    if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.confirmation_due = False
        subscriber.topics = []
        subscriber.save(update_fields=["status", "unsubscribed_at", "confirmation_due", "topics"])


# --- campaign membership ---


def request_membership(data: dict) -> None:
    campaign, municipality = data["campaign"], data["municipality"]
    duplicate = MembershipRequest.objects.filter(
        campaign=campaign,
        municipality=municipality,
        email=data["email"],
        status=MembershipRequest.Status.NEW,
    )
    if duplicate.exists():
        return
    MembershipRequest.objects.create(
        campaign=campaign,
        municipality=municipality,
        contact_name=data["contact_name"],
        email=data["email"],
        role=data["role"],
        message=data.get("message") or "",
        language=data["locale"],
    )


@transaction.atomic
def approve_membership(request: MembershipRequest, user, joined_on=None) -> None:
    """Add the municipality to the campaign (every language version, live and in the latest
    revision, so a later edit keeps it), mark the request approved and mail the requester."""
    request.joined_on = joined_on or timezone.localdate()
    for page in request.campaign.get_translations(inclusive=True).specific():
        add_membership(page, request.municipality, request.joined_on, user)
    request.status = MembershipRequest.Status.APPROVED
    request.decided_by, request.decided_at = user, timezone.now()
    request.save()
    # Last, inside the transaction: if the mail server refuses, nothing is approved.
    mail.send(
        mail.build("membership_approved", request.email, request.language, {"request": request})
    )


def add_membership(page, municipality, joined_on, user) -> None:
    if page.memberships.filter(municipality=municipality).exists():
        return
    had_draft = page.has_unpublished_changes
    row = CampaignMembership.objects.create(
        page=page, municipality=municipality, joined_on=joined_on
    )
    if page.latest_revision_id is None:
        return
    latest = page.get_latest_revision_as_object()
    if not any(m.municipality_id == municipality.pk for m in latest.memberships.all()):
        latest.memberships.add(
            CampaignMembership(
                pk=row.pk, page=latest, municipality=municipality, joined_on=joined_on
            )
        )
    revision = latest.save_revision(user=user, clean=False, log_action=True)
    if not had_draft:
        # The right to approve requests is the right to publish this one change: editors
        # handle requests, while publishing the page otherwise needs a moderator.
        revision.publish(user=user, skip_permission_checks=True)


def refuse_membership(request: MembershipRequest, user, reason: str) -> None:
    request.status = MembershipRequest.Status.REFUSED
    request.refusal_reason = reason
    request.decided_by, request.decided_at = user, timezone.now()
    request.save()
    mail.send(
        mail.build("membership_refused", request.email, request.language, {"request": request})
    )


# --- advice ---


def request_advice(data: dict) -> None:
    AdviceRequest.objects.create(
        organisation=data["organisation"],
        country=data["country"],
        email=data["email"],
        name=data["name"],
        topic=data["topic"],
        question=data["question"],
        language=data["locale"],
    )


def assign_advice(request: AdviceRequest, assignee) -> None:
    """Assign to a staff member and mail them (in the site's default language)."""
    request.assignee = assignee
    if request.status == AdviceRequest.Status.NEW:
        request.status = AdviceRequest.Status.ASSIGNED
    request.save()
    if assignee.email:
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "advice_requests:edit", args=[request.pk]
        )
        mail.send(
            mail.build(
                "advice_assigned",
                assignee.email,
                settings.LANGUAGE_CODE,
                {"request": request, "admin_url": admin_url},
            )
        )
