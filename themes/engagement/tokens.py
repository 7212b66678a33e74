"""Signed links for newsletter subscribers: confirm (expires) and unsubscribe (does not).

A token signs the subscriber's random `token_key`, never the address, so links reveal nothing
and stop working when the row is erased or the key is replaced.
"""

from django.conf import settings
from django.core import signing

from themes.models import Subscriber

SALTS = {"confirm": "vng.newsletter.confirm", "unsubscribe": "vng.newsletter.unsubscribe"}


class TokenError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code  # "INVALID_TOKEN" or "EXPIRED_TOKEN"


def make_token(purpose: str, subscriber: Subscriber) -> str:
    return signing.TimestampSigner(salt=SALTS[purpose]).sign(subscriber.token_key)


def read_token(purpose: str, token: str) -> Subscriber:
    """The subscriber a token was made for, or `TokenError`."""
    max_age = settings.VNG_ENGAGEMENT_CONFIRM_MAX_AGE if purpose == "confirm" else None
    try:
        key = signing.TimestampSigner(salt=SALTS[purpose]).unsign(
            (token or "")[:200], max_age=max_age
        )
    except signing.SignatureExpired as error:
        raise TokenError("EXPIRED_TOKEN") from error
    except signing.BadSignature as error:
        raise TokenError("INVALID_TOKEN") from error
    subscriber = Subscriber.objects.filter(token_key=key).first()
    if subscriber is None:
        raise TokenError("INVALID_TOKEN")
    return subscriber
