"""Validation of the public engagement inputs, independent of GraphQL.

Each form cleans hostile input: every text has a length limit from
`settings.VNG_ENGAGEMENT_LIMITS`, HTML tags and control characters are removed (only plain text
is kept), and references (campaign, municipality, country, theme) are looked up among what is
live. Error messages are full sentences in the active language; `field_errors()` returns them
with stable codes for partners.
"""

import html
import re

import nh3
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from themes.models import CampaignMembership, CampaignPage, Country, Municipality, ThemePage

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CODES = {"required": "REQUIRED", "invalid": "INVALID", "max_length": "TOO_LONG"}


def limit(name: str) -> int:
    return settings.VNG_ENGAGEMENT_LIMITS[name]


def plain(value: str) -> str:
    """Text without HTML (tags dropped, script and style contents too) or control characters."""
    text = html.unescape(nh3.clean(value or "", tags=set(), attributes={}))
    return CONTROL.sub("", text).strip()


class PlainTextField(forms.CharField):
    def __init__(self, *, limit_name: str, label: str, **kwargs):
        self.label_text = label
        super().__init__(max_length=limit(limit_name), **kwargs)

    def to_python(self, value):
        return plain(super().to_python(value))

    def run_validators(self, value):
        if value and len(value) > self.max_length:
            raise ValidationError(
                _("%(field)s is %(length)s characters long; shorten it to at most %(max)s.")
                % {"field": self.label_text, "length": len(value), "max": self.max_length},
                code="max_length",
            )


def required(label: str) -> dict:
    return {"required": _("%(field)s is missing; fill it in.") % {"field": label}}


class EngagementForm(forms.Form):
    email = forms.EmailField(max_length=254)
    locale = forms.CharField(max_length=8)

    def __init__(self, data):
        super().__init__(data)
        self.fields["email"].error_messages = {
            **required(_("The e-mail address")),
            "invalid": _("This is not a valid e-mail address; check it for typos."),
            "max_length": _("The e-mail address is too long; use at most 254 characters."),
        }
        self.fields["locale"].error_messages = required(_("The language"))

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_locale(self):
        code = self.cleaned_data["locale"]
        valid = [code for code, _name in settings.LANGUAGES]
        if code not in valid:
            raise ValidationError(
                _("Unknown language “%(code)s”; use one of: %(valid)s.")
                % {"code": code[:8], "valid": ", ".join(valid)},
                code="UNKNOWN_LOCALE",
            )
        return code

    def field_errors(self) -> list[dict]:
        """[{field, code, message}] of every error, in the active language."""
        errors = []
        for field, items in self.errors.as_data().items():
            for error in items:
                message = error.message % error.params if error.params else error.message
                errors.append(
                    {
                        "field": None if field == "__all__" else field,
                        "code": CODES.get(error.code, error.code or "INVALID"),
                        "message": str(message),
                    }
                )
        return errors


class SubscribeForm(EngagementForm):
    consent = forms.BooleanField(required=False)
    topics = forms.JSONField(required=False)

    def clean_consent(self):
        if not self.cleaned_data.get("consent"):
            raise ValidationError(
                _("Consent is needed to send you the newsletter; tick the consent box."),
                code="CONSENT_REQUIRED",
            )
        return True

    def clean_topics(self):
        topics = [plain(str(topic)) for topic in (self.cleaned_data.get("topics") or [])]
        if len(topics) > limit("TOPICS"):
            raise ValidationError(
                _("Choose at most %(max)s topics.") % {"max": limit("TOPICS")}, code="TOO_MANY"
            )
        if any(len(topic) > limit("TOPIC_CHARS") for topic in topics):
            raise ValidationError(
                _("A topic is longer than %(max)s characters; shorten it.")
                % {"max": limit("TOPIC_CHARS")},
                code="TOO_LONG",
            )
        return sorted({topic for topic in topics if topic})


class MembershipRequestForm(EngagementForm):
    campaign = forms.CharField()
    municipality = forms.CharField()
    contact_name = PlainTextField(limit_name="NAME_CHARS", label="contactName")
    role = PlainTextField(limit_name="NAME_CHARS", label="role")
    message = PlainTextField(limit_name="MESSAGE_CHARS", label="message", required=False)

    def __init__(self, data):
        super().__init__(data)
        for name, label in [
            ("campaign", _("The campaign")),
            ("municipality", _("The municipality code")),
            ("contact_name", _("The contact name")),
            ("role", _("The role")),
        ]:
            self.fields[name].error_messages = required(label)
            self.fields[name].label_text = label

    def clean_campaign(self):
        value = self.cleaned_data["campaign"].strip()[: limit("IDENTIFIER_CHARS")]
        pages = CampaignPage.objects.live().public()
        lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
        campaign = pages.filter(**lookup).first()
        if campaign is None:
            raise ValidationError(
                _("There is no campaign “%(campaign)s”; use the id or slug of a campaign page.")
                % {"campaign": value},
                code="UNKNOWN_CAMPAIGN",
            )
        return campaign

    def clean_municipality(self):
        code = self.cleaned_data["municipality"].strip().upper()[: limit("IDENTIFIER_CHARS")]
        municipality = Municipality.objects.select_related("successor").filter(cbs_code=code)
        municipality = municipality.first()
        if municipality is None:
            raise ValidationError(
                _(
                    "There is no municipality with CBS code “%(code)s”; use the code of an "
                    "existing municipality, GM followed by four digits."
                )
                % {"code": code},
                code="UNKNOWN_MUNICIPALITY",
            )
        if municipality.valid_to and municipality.valid_to < timezone.localdate():
            successor = municipality.successor
            if successor:
                message = _(
                    "%(name)s (%(code)s) no longer exists: it merged into %(successor)s; "
                    "use the code %(successor_code)s."
                ) % {
                    "name": municipality.name,
                    "code": code,
                    "successor": successor.name,
                    "successor_code": successor.cbs_code,
                }
            else:
                message = _(
                    "%(name)s (%(code)s) no longer exists; use the code of the municipality "
                    "it became part of."
                ) % {"name": municipality.name, "code": code}
            raise ValidationError(message, code="MUNICIPALITY_MERGED")
        return municipality

    def clean(self):
        data = super().clean()
        campaign, municipality = data.get("campaign"), data.get("municipality")
        if campaign and municipality:
            pages = campaign.get_translations(inclusive=True)
            member = CampaignMembership.objects.filter(page__in=pages, municipality=municipality)
            if member.exists():
                self.add_error(
                    "municipality",
                    ValidationError(
                        _("%(name)s is already a member of %(campaign)s; nothing more is needed.")
                        % {"name": municipality.name, "campaign": campaign.title},
                        code="ALREADY_MEMBER",
                    ),
                )
        return data


class AdviceRequestForm(EngagementForm):
    organisation = PlainTextField(limit_name="NAME_CHARS", label="organisation")
    country = forms.CharField()
    name = PlainTextField(limit_name="NAME_CHARS", label="name")
    topic = forms.CharField()
    question = PlainTextField(limit_name="MESSAGE_CHARS", label="question")

    def __init__(self, data):
        super().__init__(data)
        for name, label in [
            ("organisation", _("The organisation")),
            ("country", _("The country")),
            ("name", _("The name")),
            ("topic", _("The topic")),
            ("question", _("The question")),
        ]:
            self.fields[name].error_messages = required(label)
            self.fields[name].label_text = label

    def clean_country(self):
        code = self.cleaned_data["country"].strip().upper()[: limit("IDENTIFIER_CHARS")]
        if not Country.objects.filter(iso_code=code).exists():
            raise ValidationError(
                _("“%(code)s” is not a known country; use a two-letter ISO 3166-1 code, e.g. NL.")
                % {"code": code},
                code="UNKNOWN_COUNTRY",
            )
        return code

    def clean_topic(self):
        value = self.cleaned_data["topic"].strip()[: limit("IDENTIFIER_CHARS")]
        theme = None
        if value.isdigit():
            theme = ThemePage.objects.live().public().filter(pk=int(value)).first()
        if theme is None:
            raise ValidationError(
                _("There is no theme with id “%(id)s”; use the id of a theme from the API.")
                % {"id": value},
                code="UNKNOWN_TOPIC",
            )
        return theme
