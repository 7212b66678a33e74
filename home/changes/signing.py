"""Standard Webhooks signatures (https://www.standardwebhooks.com/).

The signed content is `{webhook-id}.{webhook-timestamp}.{body}`; the key is the base64 part of the
subscription's `whsec_…` secret; `webhook-signature` is `v1,<base64 HMAC-SHA256>`.
"""

import base64
import hashlib
import hmac


def secret_key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix("whsec_"))


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    content = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
        "content-type": "application/json",
    }


def verify(secret: str, message_id: str, timestamp: str, body: bytes, signature_header: str):
    """True when one of the space-separated signatures matches (what a receiver does)."""
    expected = sign(secret, message_id, int(timestamp), body)
    return any(hmac.compare_digest(expected, given) for given in signature_header.split())
