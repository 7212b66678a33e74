"""Personal data held by public engagement: export and erase per address, purge by age."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from themes.models import AdviceRequest, MembershipRequest, NewsletterDelivery, Subscriber

MODELS = [Subscriber, MembershipRequest, AdviceRequest]


def _rows(email: str):
    email = email.strip().lower()
    return {model: model.objects.filter(email__iexact=email) for model in MODELS}


def export(email: str) -> dict:
    """Everything held about `email`, as JSON-ready data."""
    data = {}
    for model, rows in _rows(email).items():
        data[model._meta.model_name] = [
            {field.name: field.value_from_object(row) for field in model._meta.concrete_fields}
            for row in rows
        ]
    data["newsletterdelivery"] = list(
        NewsletterDelivery.objects.filter(subscriber__email__iexact=email.strip()).values(
            "send__issue__title", "status", "sent_at"
        )
    )
    return data


def json_encoder():
    return DjangoJSONEncoder


@transaction.atomic
def erase(email: str) -> dict[str, int]:
    """Delete every row about `email`, with the admin's log entries of those rows."""
    counts = {}
    for model, rows in _rows(email).items():
        ids = [str(pk) for pk in rows.values_list("pk", flat=True)]
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=ids
        ).delete()
        counts[model._meta.model_name] = rows.delete()[0]
    return counts


def purge(now=None) -> dict[str, int]:
    """Delete unconfirmed sign-ups and decided or closed requests older than the retention."""
    now = now or timezone.now()
    pending_before = now - datetime.timedelta(days=settings.VNG_ENGAGEMENT_PENDING_RETENTION_DAYS)
    requests_before = now - datetime.timedelta(days=settings.VNG_ENGAGEMENT_REQUEST_RETENTION_DAYS)
    return {
        "subscriber": Subscriber.objects.filter(
            status__in=[Subscriber.Status.PENDING, Subscriber.Status.UNSUBSCRIBED],
            created_at__lt=pending_before,
        ).delete()[0],
        "membershiprequest": MembershipRequest.objects.filter(
            created_at__lt=requests_before
        ).delete()[0],
        "advicerequest": AdviceRequest.objects.filter(created_at__lt=requests_before).delete()[0],
    }
