"""The outbox of change events, webhook subscriptions, their deliveries, and background jobs.

An `Event` is written in the same database transaction as the change it describes (see
`home/changes/receivers.py`), together with one `Delivery` per matching active `Subscription`;
the worker (`manage.py worker`) sends the deliveries. Events also feed the GraphQL change feed.
"""

import base64
import secrets
import uuid
from email.utils import getaddresses

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

PAGE_PUBLISHED = "page.published"
PAGE_UNPUBLISHED = "page.unpublished"
PAGE_DELETED = "page.deleted"
PAGE_MOVED = "page.moved"
TRANSLATION_PUBLISHED = "translation.published"
SNIPPET_CHANGED = "snippet.changed"
IMAGE_CHANGED = "image.changed"
TEST_EVENT = "webhook.test"

EVENT_TYPES = [
    (PAGE_PUBLISHED, _("A page was published")),
    (PAGE_UNPUBLISHED, _("A page was unpublished (by an editor or by expiry)")),
    (PAGE_DELETED, _("A page was deleted")),
    (PAGE_MOVED, _("A page was moved (its URL path changed)")),
    (TRANSLATION_PUBLISHED, _("A translation of a page was published")),
    (SNIPPET_CHANGED, _("Reference data (goals, agendas, municipalities, …) changed")),
    (IMAGE_CHANGED, _("An image changed or was deleted")),
]
TOMBSTONE_TYPES = {PAGE_UNPUBLISHED, PAGE_DELETED}


def new_secret() -> str:
    """A Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class Event(models.Model):
    """Something partners may need to hear of: a page, snippet or image that changed."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    type = models.CharField(max_length=40, db_index=True)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    object_type = models.CharField(max_length=20, help_text="page, snippet, image (or test)")
    object_model = models.CharField(max_length=100, help_text="e.g. BestPracticePage, Goal")
    object_id = models.CharField(max_length=40)
    translation_key = models.UUIDField(null=True, blank=True)
    locale = models.CharField(max_length=10, blank=True, db_index=True)
    url_path = models.CharField(max_length=1000, blank=True)
    url_path_before = models.CharField(max_length=1000, blank=True)
    affected_page_ids = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("change event")
        verbose_name_plural = _("change events")

    def __str__(self):
        return f"{self.type} {self.object_model} {self.object_id}"

    @property
    def is_tombstone(self) -> bool:
        return self.type in TOMBSTONE_TYPES

    @property
    def object_key(self) -> str:
        return f"{self.object_type}:{self.object_model}:{self.object_id}"

    def payload(self) -> dict:
        """The JSON body of a webhook (and the fields of the change feed)."""
        return {
            "type": self.type,
            "timestamp": self.occurred_at.isoformat(),
            "data": {
                "eventId": str(self.uuid),
                "tombstone": self.is_tombstone,
                "object": {
                    "type": self.object_type,
                    "model": self.object_model,
                    "id": self.object_id,
                    "translationKey": str(self.translation_key) if self.translation_key else None,
                    "locale": self.locale or None,
                    "urlPath": self.url_path or None,
                    "urlPathBefore": self.url_path_before or None,
                },
                "affectedPageIds": [str(page_id) for page_id in self.affected_page_ids],
            },
        }


class Subscription(models.Model):
    """A partner's endpoint that receives signed webhooks for the events and languages chosen."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("Who receives these webhooks, e.g. “Partner X”.")
    )
    url = models.URLField(
        _("URL"),
        max_length=1000,
        help_text=_("The HTTPS address the events are POSTed to."),
    )
    secret = models.CharField(max_length=100, default=new_secret, editable=False)
    event_types = models.JSONField(
        _("event types"), default=list, blank=True, help_text=_("Empty: every event type.")
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Empty: every language. Events without a language are always sent."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Paused subscriptions receive nothing.")
    )
    paused_reason = models.CharField(max_length=500, blank=True, editable=False)
    owner_email = models.EmailField(
        _("owner's e-mail"),
        blank=True,
        help_text=_("Who is told when deliveries keep failing and the subscription is paused."),
    )
    api_key = models.ForeignKey(
        "graphql_api.ApiKey",
        verbose_name=_("partner API key"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="webhook_subscriptions",
        help_text=_(
            "The partner key that owns this subscription: revoking the key pauses it, and the "
            "key's contact hears about failures when no owner e-mail is given."
        ),
    )
    failing_since = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")

    def __str__(self):
        return self.name

    def owner_addresses(self) -> list[str]:
        """Whom to tell when deliveries keep failing: the owner e-mail, else the key's contact."""
        if self.owner_email:
            return [self.owner_email]
        contact = self.api_key.contact if self.api_key_id else ""
        return [address for _name, address in getaddresses([contact]) if "@" in address]

    def wants(self, event: Event) -> bool:
        if self.event_types and event.type not in self.event_types and event.type != TEST_EVENT:
            return False
        return not (self.languages and event.locale and event.locale not in self.languages)


class Delivery(models.Model):
    """One event for one subscription, and how sending it went."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        DELIVERING = "delivering", _("being delivered")
        DELIVERED = "delivered", _("delivered")
        FAILED = "failed", _("failed")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    object_key = models.CharField(max_length=200)  # deliveries of one object go out in order
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    response_status = models.PositiveIntegerField(null=True, blank=True)
    response_excerpt = models.TextField(blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"], name="one_delivery_per_event")
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="delivery_due"),
            models.Index(fields=["subscription", "object_key", "status"], name="delivery_object"),
        ]

    def __str__(self):
        return f"{self.event} → {self.subscription}"

    @property
    def message_id(self) -> str:
        """The `webhook-id`: the same for every attempt of this delivery."""
        return f"msg_{self.event.uuid.hex}"


class Job(models.Model):
    """A piece of background work the worker runs once (e.g. a promotion export)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("waiting for the worker")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    kind = models.CharField(max_length=50)
    params = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    message = models.CharField(max_length=500, blank=True)
    result = models.CharField(max_length=500, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        indexes = [models.Index(fields=["status", "created_at"], name="job_queue")]

    def __str__(self):
        return f"{self.kind} #{self.pk} ({self.status})"
