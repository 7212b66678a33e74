"""HTTP semantics of API answers: ETag and 304, caching headers, tags for a CDN, rate headers.

- `ETag`: strong, the SHA-256 of the body (the same bytes give the same tag on every node);
  `If-None-Match` with it → 304 without a body.
- `Cache-Control: public, max-age=VNG_GRAPHQL_CACHE_MAX_AGE,
  stale-while-revalidate=VNG_API_STALE_WHILE_REVALIDATE` on cacheable answers.
- `Vary: Accept, Accept-Encoding, Origin`: the answer is the same for every key and every
  anonymous caller, so `Authorization` is deliberately not in it.
- `Content-Language`: the language(s) asked for by the operation.
- `Surrogate-Key` (space separated, Fastly and others) and `Cache-Tag` (comma separated,
  Cloudflare) with the answer's cache tags. When they do not fit in
  `VNG_API_TAG_HEADER_BYTES`, no tags are sent and the answer says `s-maxage=0`: a CDN cannot
  be told to purge it, so it revalidates every time (a cheap 304 from our cache).
- `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` on every answer; with 429 also
  `Retry-After`.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags

from graphql_api.ratelimit import Verdict


def etag_of(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:40]}"'


def public_cache_control() -> str:
    return (
        f"public, max-age={settings.VNG_GRAPHQL_CACHE_MAX_AGE}, "
        f"stale-while-revalidate={settings.VNG_API_STALE_WHILE_REVALIDATE}"
    )


def tag_headers(tags) -> dict[str, str]:
    """The tag headers, or {} when they would be longer than `VNG_API_TAG_HEADER_BYTES`."""
    surrogate = " ".join(sorted(tags))
    if not surrogate or len(surrogate) > settings.VNG_API_TAG_HEADER_BYTES:
        return {}
    return {"Surrogate-Key": surrogate, "Cache-Tag": surrogate.replace(" ", ",")}


def decorate(response: HttpResponse, *, etag: str, tags, languages) -> HttpResponse:
    """Headers of a cacheable answer."""
    response["ETag"] = etag
    patch_vary_headers(response, ["Accept", "Accept-Encoding", "Origin"])
    if languages:
        response["Content-Language"] = ", ".join(sorted(languages))
    headers = tag_headers(tags)
    too_many = bool(tags) and not headers
    response["Cache-Control"] = public_cache_control() + (", s-maxage=0" if too_many else "")
    for name, value in headers.items():
        response[name] = value
    return response


def not_modified(request, response: HttpResponse) -> HttpResponse:
    """A 304 when `If-None-Match` names the answer's ETag; the answer otherwise."""
    given = request.META.get("HTTP_IF_NONE_MATCH")
    etag = response.get("ETag")
    if not given or not etag:
        return response
    if given.strip() == "*" or etag in parse_etags(given):
        short = HttpResponseNotModified()
        for name in ("ETag", "Cache-Control", "Vary", "Content-Language", "Surrogate-Key",
                     "Cache-Tag"):  # fmt: skip
            if name in response:
                short[name] = response[name]
        return short
    return response


def rate_headers(response: HttpResponse, verdict: Verdict | None) -> HttpResponse:
    if verdict is not None:
        response["RateLimit-Limit"] = str(verdict.limit)
        response["RateLimit-Remaining"] = str(verdict.remaining)
        response["RateLimit-Reset"] = str(verdict.retry_after)
        if not verdict.allowed:
            response["Retry-After"] = str(verdict.retry_after)
    return response


def refusal(message: str, status: int, code: str, extra_headers=None) -> HttpResponse:
    """A JSON error answer in the GraphQL shape, never cached."""
    from django.http import JsonResponse

    response = JsonResponse(
        {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    for name, value in (extra_headers or {}).items():
        response[name] = value
    return response
