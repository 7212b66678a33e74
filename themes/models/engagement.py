"""Public engagement: newsletter subscribers (double opt-in), requests to join the campaign,
advice requests, and the record of newsletter sends.

Everything here is personal data: `themes.engagement.privacy` exports and erases it per
address, and `purge_engagement` removes what is older than the retention settings.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token_key() -> str:
    return uuid.uuid4().hex


class Subscriber(models.Model):
    """Someone who signed up for the monthly newsletter in one language."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, db_index=True
    )
    topics = models.JSONField(_("topics"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    consent_text = models.TextField(_("consent text"), help_text=_("What the person agreed to."))
    consent_version = models.CharField(_("consent version"), max_length=40)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # The confirmation mail the worker still has to send, and when the last one went out.
    confirmation_due = models.BooleanField(default=False, db_index=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # Signed into every link; a new key (or erasing the row) invalidates all earlier links.
    token_key = models.CharField(max_length=32, default=new_token_key, unique=True, editable=False)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):  # no address: labels end up in the admin's logs
        return _("subscriber %(id)s") % {"id": self.pk}


class RequestStatus(models.TextChoices):
    NEW = "new", _("new")
    APPROVED = "approved", _("approved")
    REFUSED = "refused", _("refused")


class MembershipRequest(models.Model):
    """A municipality that asks to join a campaign; an editor approves or refuses it."""

    Status = RequestStatus

    campaign = models.ForeignKey(
        "themes.CampaignPage",
        on_delete=models.CASCADE,
        related_name="membership_requests",
        verbose_name=_("campaign"),
    )
    municipality = models.ForeignKey(
        "themes.Municipality",
        on_delete=models.CASCADE,
        related_name="membership_requests",
        verbose_name=_("municipality"),
    )
    contact_name = models.CharField(_("contact name"), max_length=200)
    email = models.EmailField(_("e-mail address"), max_length=254, db_index=True)
    role = models.CharField(_("role"), max_length=200)
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    joined_on = models.DateField(
        _("joined on"), null=True, blank=True, help_text=_("The membership date when approved.")
    )
    refusal_reason = models.TextField(_("reason for refusal"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("campaign membership request")
        verbose_name_plural = _("campaign membership requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.municipality} → {self.campaign}"


class AdviceRequest(models.Model):
    """A question from a municipality or an organisation for the advisory services."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        ASSIGNED = "assigned", _("assigned")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    organisation = models.CharField(_("organisation"), max_length=200)
    country = models.CharField(_("country"), max_length=2, help_text=_("ISO 3166-1 code."))
    email = models.EmailField(_("e-mail address"), max_length=254, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    topic = models.ForeignKey(
        "themes.ThemePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("topic"),
    )
    question = models.TextField(_("question"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="advice_requests",
        verbose_name=_("assigned to"),
        help_text=_("The staff member who answers; they get a mail when assigned."),
    )
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("advice request")
        verbose_name_plural = _("advice requests")
        ordering = ["-created_at"]

    def __str__(self):  # no personal data: labels end up in the admin's logs
        return _("advice request %(id)s") % {"id": self.pk}


class NewsletterSend(models.Model):
    """One issue sent to the confirmed subscribers of its language, in batches by the worker."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SENDING = "sending", _("sending")
        DONE = "done", _("done")

    issue = models.OneToOneField(
        "themes.NewsletterIssuePage",
        on_delete=models.CASCADE,
        related_name="send",
        verbose_name=_("issue"),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter send")
        verbose_name_plural = _("newsletter sends")
        ordering = ["-requested_at"]

    def __str__(self):
        return str(self.issue)

    def progress(self) -> dict[str, int]:
        counts = dict(
            self.deliveries.values_list("status").annotate(n=models.Count("pk")).order_by()
        )
        return {status: counts.get(status, 0) for status in NewsletterDelivery.Status.values}


class NewsletterDelivery(models.Model):
    """One issue to one address. The unique row is what makes sending idempotent: it is claimed
    (`sending`) before the mail goes out and marked `sent` after, so a restart never mails an
    address twice (a crash between the two leaves `sending`, reported, never retried)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    send = models.ForeignKey(NewsletterSend, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "subscriber"], name="one_delivery_per_issue_and_address"
            )
        ]

    def __str__(self):
        return f"{self.send} → {self.subscriber}"
