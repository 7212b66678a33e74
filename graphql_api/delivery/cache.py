"""The response cache: answers of public queries, shared by every worker and node.

An entry is the response body with its ETag, language and the version of every tag it was
tagged with (`graphql_api.delivery.tags`). Invalidating a tag gives it a new version, so every
entry tagged with it stops matching — one write per tag, whatever the number of entries, and
entries that no longer match simply age out. An entry is served only when all its tags still
have the versions it was stored with (one multi-get); a tag whose version is missing (evicted)
counts as changed.

A response computed while content changed could carry the old content under the new versions,
so a miss notes the *generation* (a token every invalidation replaces) before it runs and stores
its answer only if the generation is still the same afterwards.

It uses the `default` Django cache: Redis (`cms.cache.TolerantRedisCache`) in production, where
an unreachable Redis is a logged miss and nothing is stored; the local-memory cache without
Redis (per process, same behaviour). Cache reads are counted in `vng_cache_operations`.

Each process also keeps the entries it served last (`LOCAL_ENTRIES`, least recently used
first out): a repeat then costs one round trip to Redis — the generation (and, when it moved
since the entry was last found valid, its tag versions) read in the same pipeline as the
rate-limit counter (`lookup`) — instead of reading the entry as well. A local copy is never
served after a change: every invalidation moves the generation.
"""

import hashlib
import json
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from graphql import GraphQLSyntaxError, OperationDefinitionNode, parse, print_ast

from cms.observability import record_cache_read
from graphql_api import ratelimit

PREFIX = "dc:"
GENERATION_KEY = f"{PREFIX}gen"
LOCAL_ENTRIES = 256


class Recent:
    """A small least-recently-used map kept by each process (thread-safe). `clear()` of this
    module empties every one of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()
        _every_recent.append(self)

    def get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_every_recent: list[Recent] = []
_local = Recent(LOCAL_ENTRIES)


def cache():
    return caches[settings.VNG_API_CACHE_ALIAS]


@dataclass
class Entry:
    body: bytes
    etag: str
    languages: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)
    expires: float = 0.0  # time.time() when it must no longer be served
    # Kept by the process that serves it: the generation at which its versions last matched,
    # and the headers of a hit.
    checked: str | None = field(default=None, compare=False, repr=False)
    headers: dict | None = field(default=None, compare=False, repr=False)

    @property
    def tags(self) -> list[str]:
        return sorted(self.versions)


@dataclass(frozen=True)
class Document:
    """What the cache needs to know of a query text."""

    digest: str  # of the normalised document: same operation, same digest
    operations: dict  # operation name (None for an anonymous one) → "query" / "mutation" / …


@lru_cache(maxsize=512)
def read_document(query: str) -> Document | None:
    """The normalised digest and operation types of `query`; None when it does not parse
    (the view then answers with the parser's error, uncached)."""
    try:
        node = parse(query, no_location=True, max_tokens=settings.VNG_GRAPHQL_LIMITS["MAX_TOKENS"])
    except (GraphQLSyntaxError, RecursionError):
        return None
    operations = {
        (definition.name.value if definition.name else None): definition.operation.value
        for definition in node.definitions
        if isinstance(definition, OperationDefinitionNode)
    }
    return Document(hashlib.sha256(print_ast(node).encode()).hexdigest(), operations)


def operation_type(document: Document, operation_name: str | None) -> str | None:
    """ "query", "mutation", … of the operation that would run; None when that is unclear."""
    if operation_name is None and len(document.operations) == 1:
        return next(iter(document.operations.values()))
    return document.operations.get(operation_name)


@lru_cache(maxsize=1)
def _schema_version() -> str:
    """Changes with the schema, so a deploy that changes the API never serves old answers."""
    from graphql_api.schema import schema

    return hashlib.sha256(schema.as_str().encode()).hexdigest()[:12]


def entry_key(document: Document, operation_name: str | None, variables: dict | None) -> str:
    material = json.dumps(
        [_schema_version(), document.digest, operation_name, variables or {}],
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return f"{PREFIX}e:{hashlib.sha256(material.encode()).hexdigest()}"


def _tag_key(tag: str) -> str:
    return f"{PREFIX}t:{tag}"


def _tag_timeout() -> int:
    # Versions outlive the entries that refer to them; an evicted version is a miss, not an error.
    return settings.VNG_API_CACHE_SECONDS * 2


@dataclass
class Found:
    """What `lookup` learnt (in one round trip with Redis)."""

    entry: Entry | None  # the answer to serve; None: compute it
    verdict: ratelimit.Verdict | None  # with the charge counted (None: not counted)
    generation: str | None  # to hand to `store` after computing the answer


def lookup(key: str, charge: ratelimit.Charge | None = None) -> Found:
    """The stored entry for `key` if every tag it carries is unchanged, with `charge` counted
    in the rate limit and the generation read for `store`.

    With Redis, one pipeline: the generation, the entry's tag versions and the rate counter.
    An entry this process already found valid at the current generation needs no tag versions
    at all (nothing was invalidated anywhere since); after a change somewhere they are read in a
    second round trip. An entry this process has not served yet costs one read more. Without
    Redis, the same calls one by one on the local-memory cache."""
    store_ = cache()
    entry = _local.get(key)
    if entry is None or not entry.versions or entry.expires <= time.time():
        # Untagged or expired local copies are only trusted as Redis has them.
        entry = store_.get(key)
    if not isinstance(entry, Entry):
        entry = None
    tag_keys = [_tag_key(tag) for tag in entry.versions] if entry is not None else []
    if hasattr(store_, "pipeline") and (charge is None or ratelimit.shares_redis(store_)):
        checked = entry.checked if entry is not None else None
        read_tags = entry is not None and checked is None
        since, current, verdict = _read_together(store_, tag_keys if read_tags else [], charge)
        if entry is not None and not read_tags and since != checked:
            current = store_.get_many(tag_keys)  # something changed somewhere: were ours?
            read_tags = True
    else:
        read_tags = True
        current = store_.get_many(tag_keys) if tag_keys else {}
        since = generation()
        verdict = charge.count() if charge is not None else None
    if entry is not None and read_tags:
        if any(current.get(_tag_key(tag)) != version for tag, version in entry.versions.items()):
            entry = None
        elif since is not None:
            entry.checked = since
    if entry is not None:
        _local.put(key, entry)
    return Found(entry, verdict, since)


def _read_together(store_, tag_keys: list[str], charge: ratelimit.Charge | None):
    """Generation, tag versions (read after it: see `drop_tags`) and rate counter in one Redis
    pipeline."""

    def build(pipe, make_key):
        pipe.get(make_key(GENERATION_KEY))
        if tag_keys:
            pipe.mget([make_key(tag_key) for tag_key in tag_keys])
        if charge is not None:
            charge.queue(pipe)

    replies = store_.pipeline(build)
    if replies is None:  # Redis is unreachable: a miss, and the charge is not counted yet
        return None, {}, None
    since = store_.loads(replies.pop(0))
    current = {}
    if tag_keys:
        raw = replies.pop(0)
        current = {k: store_.loads(v) for k, v in zip(tag_keys, raw, strict=True) if v is not None}
        record_cache_read(True, len(current))
        record_cache_read(False, len(tag_keys) - len(current))
    verdict = charge.verdict(replies) if charge is not None else None
    return since, current, verdict


def generation() -> str | None:
    return cache().get(GENERATION_KEY)


def store(
    key: str, entry_without_versions: Entry, tags: set[str], since: str | None, seconds=None
) -> bool:
    """Store an answer tagged with `tags` for `VNG_API_CACHE_SECONDS` (or `seconds` when
    sooner: something it shows expires then), unless content changed since `since` (the
    generation read before the answer was computed). Says whether it was stored."""
    store_ = cache()
    keys = {_tag_key(tag): tag for tag in tags}
    found = store_.get_many(list(keys))
    missing = {tag_key: secrets.token_hex(8) for tag_key in keys if tag_key not in found}
    for tag_key, version in missing.items():
        if store_.add(tag_key, version, _tag_timeout()):
            found[tag_key] = version
        else:  # another worker gave it a version just now
            found[tag_key] = store_.get(tag_key)
    if any(version is None for version in found.values()) or len(found) != len(keys):
        return False
    if generation() != since:
        return False
    entry_without_versions.versions = {keys[tag_key]: found[tag_key] for tag_key in keys}
    timeout = settings.VNG_API_CACHE_SECONDS
    timeout = min(timeout, seconds) if seconds else timeout
    entry_without_versions.expires = time.time() + timeout
    store_.set(key, entry_without_versions, timeout)
    return True


def drop_tags(tags: set[str]) -> None:
    """Give every tag a new version (its entries stop matching) and start a new generation."""
    if not tags:
        return
    store_ = cache()
    # A new generation before the versions: an answer computed meanwhile is not stored (`store`
    # reads its versions, then the generation). And another after them: a process that found an
    # entry valid at the first one (`lookup` reads the generation, then the versions) checks
    # the versions again.
    store_.set(GENERATION_KEY, secrets.token_hex(8), None)
    store_.set_many({_tag_key(tag): secrets.token_hex(8) for tag in tags}, timeout=_tag_timeout())
    store_.set(GENERATION_KEY, secrets.token_hex(8), None)


def clear() -> None:
    """Forget every answer (tests; an operator after a Redis outage)."""
    for recent in _every_recent:
        recent.clear()
    cache().clear()
