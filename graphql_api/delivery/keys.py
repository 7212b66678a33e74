"""API keys: who is calling, with which rights, and counting what they use.

`Authorization: Bearer <key>` names a partner's key (`graphql_api.models.ApiKey`); no header is
anonymous use. A header with an unknown or revoked key is refused with 401 — never silently
treated as anonymous, so a partner notices a revoked key at once.

What a request needs of its key (rate, origins, allowlist) is kept in the shared cache for
`KEY_CACHE_SECONDS`, so a request costs no SQL for it; saving or deleting a key or its
operations forgets the cached copy at once (revocation applies to the next request, on every
node). Requests are counted per key and day in the cache and copied into `ApiKeyUsage` (with
`last_used_at`) by `manage.py record_api_usage`.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from graphql_api.delivery import cache as response_cache
from graphql_api.models import ApiKey, RegisteredOperation, hash_secret

KEY_CACHE_SECONDS = 300
USAGE_SECONDS = 40 * 86400  # daily use counts are kept until record_api_usage copied them
UNKNOWN = "unknown"
_PREFIX = "dk:"


class KeyRefused(Exception):  # noqa: N818 - answered as a 401
    def __init__(self, revoked: bool):
        super().__init__("revoked" if revoked else "unknown")
        self.revoked = revoked


@dataclass
class KeyInfo:
    id: int
    name: str
    active: bool
    rate: str
    origins: list[str]
    persisted_only: bool
    # normalised digest → True, and sha256 of the text → text, of the registered operations
    digests: set[str] = field(default_factory=set)
    documents: dict[str, str] = field(default_factory=dict)


def _cache_key(secret_hash: str) -> str:
    return f"{_PREFIX}{secret_hash}"


def _load(secret_hash: str) -> KeyInfo | str:
    key = ApiKey.objects.filter(secret_hash=secret_hash).first()
    if key is None:
        return UNKNOWN
    operations = list(key.operations.values_list("digest", "sha256", "document"))
    return KeyInfo(
        id=key.pk,
        name=key.name,
        active=key.active,
        rate=key.rate or settings.VNG_API_KEY_RATE,
        origins=key.origins(),
        persisted_only=key.persisted_only,
        digests={digest for digest, _sha, _doc in operations},
        documents={sha: document for _digest, sha, document in operations},
    )


def bearer_secret(request) -> str | None:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if not header:
        return None
    scheme, _sep, secret = header.partition(" ")
    return secret.strip() if scheme.lower() == "bearer" else header


def authenticate(request) -> KeyInfo | None:
    """The key of the request, None for anonymous use; `KeyRefused` for a bad one."""
    secret = bearer_secret(request)
    if secret is None:
        return None
    secret_hash = hash_secret(secret)
    store = response_cache.cache()
    info = store.get(_cache_key(secret_hash))
    if info is None:
        info = _load(secret_hash)
        store.set(_cache_key(secret_hash), info, KEY_CACHE_SECONDS)
    if not isinstance(info, KeyInfo):
        raise KeyRefused(revoked=False)
    if not info.active:
        raise KeyRefused(revoked=True)
    return info


def _usage_key(key_id: int, day: datetime.date) -> str:
    return f"{_PREFIX}use:{key_id}:{day.isoformat()}"


def count_use(info: KeyInfo) -> None:
    """One more request today for the key (the cache; `record_api_usage` keeps it). With Redis
    one round trip (the counter and the time of last use in a pipeline)."""
    store = response_cache.cache()
    now = timezone.now()
    key = _usage_key(info.id, now.date())
    last = f"{_PREFIX}last:{info.id}"
    if hasattr(store, "pipeline"):

        def build(pipe, make_key):
            pipe.incr(make_key(key))  # an integer, which the cache stores as such
            pipe.expire(make_key(key), USAGE_SECONDS, nx=True)
            pipe.set(make_key(last), store.dumps(now), ex=USAGE_SECONDS)

        store.pipeline(build)
        return
    if not store.add(key, 1, USAGE_SECONDS):
        try:
            store.incr(key)
        except ValueError:  # expired between add and incr
            store.add(key, 1, USAGE_SECONDS)
    store.set(last, now, USAGE_SECONDS)


def usage_today(key_id: int, day: datetime.date | None = None) -> int:
    return response_cache.cache().get(_usage_key(key_id, day or timezone.now().date())) or 0


def last_used(key_id: int):
    return response_cache.cache().get(f"{_PREFIX}last:{key_id}")


def forget(key: ApiKey) -> None:
    if key.secret_hash:
        response_cache.cache().delete(_cache_key(key.secret_hash))


def _key_changed(sender, instance, **kwargs):
    from graphql_api.delivery.cors import forget_origins

    forget(instance)
    forget_origins()


def _operation_changed(sender, instance, **kwargs):
    key = ApiKey.objects.filter(pk=instance.key_id).first()
    if key is not None:
        forget(key)


def connect() -> None:
    post_save.connect(_key_changed, sender=ApiKey, dispatch_uid="delivery-key-saved")
    post_delete.connect(_key_changed, sender=ApiKey, dispatch_uid="delivery-key-deleted")
    for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            _operation_changed, sender=RegisteredOperation, dispatch_uid=f"delivery-op-{name}"
        )
