"""API keys of partners, their daily use, and the operations registered for their allowlist."""

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SECRET_PREFIX = "vng_"  # noqa: S105 - the visible start of every key, not a secret


def hash_secret(secret: str) -> str:
    """Secrets are 32 random bytes, so a plain SHA-256 cannot be guessed back (no salt needed);
    only this hash is stored."""
    return hashlib.sha256(secret.encode()).hexdigest()


def validate_rate(value: str) -> None:
    from graphql_api.ratelimit import parse_rate

    if value:
        try:
            parse_rate(value)
        except ValueError as error:
            raise ValidationError(str(error)) from error


class ApiKey(models.Model):
    """A partner's key to the public API, sent as `Authorization: Bearer <key>`."""

    name = models.CharField(_("partner"), max_length=120, help_text=_("Who uses this key."))
    contact = models.CharField(
        _("contact"),
        max_length=250,
        blank=True,
        help_text=_("Whom to write to about this key: a name and e-mail address."),
    )
    allowed_origins = models.TextField(
        _("allowed origins"),
        blank=True,
        help_text=_(
            "Web origins whose browser code may call the API, one per line, e.g. "
            "https://www.partner.example (scheme, host and port; no path)."
        ),
    )
    rate = models.CharField(
        _("rate limit"),
        max_length=30,
        blank=True,
        validators=[validate_rate],
        help_text=_(
            "Requests allowed per period, e.g. 5000/hour or 100/minute. Empty: the default for "
            "keys (VNG_API_KEY_RATE)."
        ),
    )
    persisted_only = models.BooleanField(
        _("registered operations only"),
        default=False,
        help_text=_(
            "Only run the operations registered for this key (manage.py load_operations); "
            "any other document is refused."
        ),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to revoke the key: it then gets 401.")
    )
    prefix = models.CharField(_("key starts with"), max_length=16, editable=False, unique=True)
    secret_hash = models.CharField(max_length=64, editable=False, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    def save(self, *args, **kwargs):
        if not self.active and self.revoked_at is None:
            self.revoked_at = timezone.now()
        if self.active:
            self.revoked_at = None
        super().save(*args, **kwargs)

    def set_new_secret(self) -> str:
        """Give the key a new secret and return it: the only time it can be read."""
        prefix = secrets.token_hex(4)
        secret = f"{SECRET_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
        self.prefix, self.secret_hash = f"{SECRET_PREFIX}{prefix}", hash_secret(secret)
        return secret

    def origins(self) -> list[str]:
        return [
            line.strip().rstrip("/") for line in self.allowed_origins.splitlines() if line.strip()
        ]

    def clean(self) -> None:
        for origin in self.origins():
            scheme, _sep, rest = origin.partition("://")
            if scheme not in ("http", "https") or not rest or "/" in rest:
                raise ValidationError(
                    {
                        "allowed_origins": _(
                            "“%(origin)s” is not an origin; write it as https://host or "
                            "https://host:port, without a path."
                        )
                        % {"origin": origin}
                    }
                )


class ApiKeyUsage(models.Model):
    """Requests answered for a key on one day (copied from Redis by `record_api_usage`)."""

    key = models.ForeignKey(ApiKey, on_delete=models.CASCADE, related_name="usage")
    day = models.DateField()
    requests = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("API key use per day")
        ordering = ["-day"]
        constraints = [models.UniqueConstraint(fields=["key", "day"], name="one_usage_per_day")]

    def __str__(self) -> str:
        return f"{self.key_id} {self.day}: {self.requests}"


class RegisteredOperation(models.Model):
    """A document a partner registered (its allowlist), loaded by `manage.py load_operations`."""

    key = models.ForeignKey(ApiKey, on_delete=models.CASCADE, related_name="operations")
    name = models.CharField(max_length=200, help_text=_("The file it came from."))
    document = models.TextField()
    sha256 = models.CharField(
        max_length=64, help_text=_("SHA-256 of the document's text, as sent by Apollo clients.")
    )
    digest = models.CharField(
        max_length=64, help_text=_("SHA-256 of the normalised document (spacing ignored).")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["key", "sha256"], name="one_registration_per_text")
        ]

    def __str__(self) -> str:
        return self.name
