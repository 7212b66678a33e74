"""Creating and checking subscriptions (shared by the admin and `manage.py webhooks`)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from home.changes.models import (
    EVENT_TYPES,
    TEST_EVENT,
    Delivery,
    Event,
    Subscription,
    new_secret,
)
from home.changes.outbound import RefusedAddress, check_url

TYPE_CODES = [code for code, _label in EVENT_TYPES]


def language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def clean_url(url: str) -> str:
    try:
        check_url(url)
    except RefusedAddress as refused:
        raise ValidationError(str(refused)) from refused
    return url


def clean_choices(values, valid, what: str) -> list[str]:
    unknown = [value for value in values if value not in valid]
    if unknown:
        raise ValidationError(
            _("Unknown %(what)s %(values)s; choose from %(valid)s.")
            % {"what": what, "values": ", ".join(unknown), "valid": ", ".join(valid)}
        )
    return [value for value in valid if value in values]


def create(name, url, *, event_types=(), languages=(), owner_email="", api_key=None, user=None):
    """A new active subscription after checking every field (raises `ValidationError`)."""
    subscription = Subscription(
        name=name,
        url=clean_url(url),
        event_types=clean_choices(event_types, TYPE_CODES, _("event type")),
        languages=clean_choices(languages, language_codes(), _("language")),
        owner_email=owner_email,
        api_key=api_key,
        created_by=user,
    )
    subscription.full_clean()
    subscription.save()
    return subscription


def rotate_secret(subscription: Subscription) -> str:
    subscription.secret = new_secret()
    subscription.save(update_fields=["secret"])
    return subscription.secret


def resume(subscription: Subscription) -> None:
    Subscription.objects.filter(pk=subscription.pk).update(
        active=True, paused_reason="", failing_since=None
    )


def send_test_event(subscription: Subscription) -> Delivery:
    """Queue a `webhook.test` event for this subscription only (not in the change feed)."""
    event = Event.objects.create(
        type=TEST_EVENT,
        object_type="test",
        object_model="Subscription",
        object_id=str(subscription.pk),
    )
    return Delivery.objects.create(
        event=event, subscription=subscription, object_key=f"test:{event.pk}"
    )
