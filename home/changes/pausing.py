"""Pausing a subscription and telling its owner, in English whatever language is active: the
reason is stored with the subscription and mailed to the partner's developers (`make messages`
leaves this module out of the Dutch catalogue; the delivery log itself is in the site's
language, `delivery.send`)."""

import logging

from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _

from home.changes.models import Subscription

logger = logging.getLogger(__name__)


@translation.override("en")
def failing_for(days: int) -> str:
    return _("Every delivery failed for %(days)s days.") % {"days": days}


@translation.override("en")
def key_revoked() -> str:
    return _("The partner's API key was revoked.")


@translation.override("en")
def pause(subscription: Subscription, reason: str) -> None:
    """Pause a failing subscription and tell its owner (once)."""
    if not Subscription.objects.filter(pk=subscription.pk, active=True).update(
        active=False, paused_reason=reason
    ):
        return
    logger.warning("Webhook subscription %s paused: %s", subscription.pk, reason)
    owners = subscription.owner_addresses()
    if owners:
        send_mail(
            _("Webhooks to %(url)s are paused") % {"url": subscription.url},
            _(
                "The webhook subscription “%(name)s” (%(url)s) has been paused: %(reason)s\n\n"
                "Events are kept and can be read from the change feed. Fix the receiver, then ask "
                "an administrator to make the subscription active again (Settings → Webhooks); "
                "pending deliveries are then sent."
            )
            % {"name": subscription.name, "url": subscription.url, "reason": reason},
            None,
            owners,
        )
