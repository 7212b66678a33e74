"""Persisted queries: Apollo's automatic persisted queries, and registered operations.

Automatic persisted queries (APQ, as Apollo clients send them): the request carries
`extensions.persistedQuery = {"version": 1, "sha256Hash": "<hex>"}`, over GET or POST.

- hash without `query`: the document registered under that hash runs; an unknown hash answers
  the error `PersistedQueryNotFound` (code `PERSISTED_QUERY_NOT_FOUND`), on which the client
  sends the hash again with the `query`;
- hash with `query`: the hash must be the SHA-256 of the query text; the query is registered
  (in the shared cache, for `VNG_API_APQ_SECONDS`) and runs.

Registered operations: `manage.py load_operations` stores a partner's `.graphql` files for its
key (`RegisteredOperation`). A key marked "registered operations only" runs only those — sent
as text (spacing does not matter) or by their hash — and is refused (403,
`OPERATION_NOT_REGISTERED`) anything else, including new APQ registrations.
"""

import hashlib

from django.conf import settings
from django.utils.translation import gettext as _

from graphql_api.delivery import cache as response_cache
from graphql_api.delivery.http import refusal

NOT_FOUND = "PersistedQueryNotFound"
NOT_FOUND_CODE = "PERSISTED_QUERY_NOT_FOUND"
NOT_REGISTERED_CODE = "OPERATION_NOT_REGISTERED"
_PREFIX = "apq:"
# Texts of APQ hashes this process has seen: a hash names one text for ever, so a repeat needs
# no read of the shared cache.
_texts = response_cache.Recent(512)


class Answer(Exception):  # noqa: N818 - carries the answer to send instead of running
    def __init__(self, response):
        super().__init__(response.status_code)
        self.response = response


def _bad(message: str) -> Answer:
    return Answer(refusal(message, 400, "PERSISTED_QUERY_INVALID"))


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def persisted_hash(extensions) -> str | None:
    """The hash of an APQ request, None for an ordinary one; `Answer` for a malformed one."""
    if not isinstance(extensions, dict) or "persistedQuery" not in extensions:
        return None
    persisted = extensions["persistedQuery"]
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise _bad(_("Only version 1 of persisted queries is supported; send “version”: 1."))
    digest = persisted.get("sha256Hash")
    if not isinstance(digest, str) or len(digest) != 64:
        raise _bad(_("“sha256Hash” must be the 64 hexadecimal characters of the query's SHA-256."))
    return digest.lower()


def resolve(query: str | None, extensions, key) -> str | None:
    """The query text to run (`query` itself for an ordinary request); registers APQ queries.
    `Answer` with the error to send when the hash is unknown or does not match."""
    digest = persisted_hash(extensions)
    if digest is None:
        return query
    if query is not None:
        if sha256_of(query) != digest:
            raise _bad(
                _("The “sha256Hash” is not the SHA-256 of the query; hash the exact query text.")
            )
        if key is None or not key.persisted_only:
            response_cache.cache().set(_PREFIX + digest, query, settings.VNG_API_APQ_SECONDS)
            _texts.put(digest, query)
        return query
    if key is not None and digest in key.documents:
        return key.documents[digest]
    if key is None or not key.persisted_only:
        found = _texts.get(digest) or response_cache.cache().get(_PREFIX + digest)
        if isinstance(found, str):
            _texts.put(digest, found)
            return found
    raise Answer(refusal(NOT_FOUND, 200, NOT_FOUND_CODE))


def check_allowed(document_digest: str | None, key) -> None:
    """Refuse a document that is not registered for a key restricted to its allowlist."""
    if key is None or not key.persisted_only:
        return
    if document_digest is None or document_digest not in key.digests:
        raise Answer(
            refusal(
                _(
                    "This API key may only run its registered operations, and this document is "
                    "not one of them. Register it with the VNG International team "
                    "(manage.py load_operations) or send a registered one."
                ),
                403,
                NOT_REGISTERED_CODE,
            )
        )
