"""Sending one webhook request, with the guard against server-side request forgery.

The host is resolved once; if any of its addresses is loopback, private, link-local, multicast,
reserved or unspecified the request is refused (unless `ALLOW_PRIVATE_ADDRESSES`), and the
connection goes to the address that was checked, so a second DNS answer cannot point it
elsewhere. Redirects are never followed: a 3xx answer is a failed attempt.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from django.conf import settings
from django.utils.translation import gettext as _


class RefusedAddress(Exception):
    """The URL may not be delivered to; the message says why and what to do."""


@dataclass
class Answer:
    status: int
    excerpt: str


def _options():
    return settings.VNG_WEBHOOKS


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def check_url(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, address to connect to) for `url`, or `RefusedAddress`."""
    parts = urlsplit(url)
    allowed = ("https", "http") if _options()["ALLOW_HTTP"] else ("https",)
    if parts.scheme not in allowed:
        raise RefusedAddress(
            _("Use an https:// address for webhooks (the URL starts with “%(scheme)s”).")
            % {"scheme": parts.scheme or "nothing"}
        )
    if not parts.hostname:
        raise RefusedAddress(_("The webhook URL has no host name; give a full https:// address."))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except OSError as error:
        raise RefusedAddress(
            _("The host %(host)s cannot be resolved (%(error)s); check the URL.")
            % {"host": parts.hostname, "error": error}
        ) from error
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not _options()["ALLOW_PRIVATE_ADDRESSES"]:
        bad = [str(address) for address in addresses if _forbidden(address)]
        if bad:
            raise RefusedAddress(
                _(
                    "The host %(host)s points to a private, loopback or link-local address "
                    "(%(addresses)s); webhooks go only to public addresses."
                )
                % {"host": parts.hostname, "addresses": ", ".join(bad)}
            )
    return parts.scheme, parts.hostname, port, str(addresses[0])


def post(url: str, body: bytes, headers: dict[str, str]) -> Answer:
    """POST `body` to `url` through the guard; network problems raise `OSError`-like errors."""
    scheme, host, port, address = check_url(url)
    parts = urlsplit(url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    timeout = urllib3.Timeout(total=_options()["TIMEOUT_SECONDS"])
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address,
            port,
            timeout=timeout,
            retries=False,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
        )
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    default_port = 443 if scheme == "https" else 80
    host_header = host if port == default_port else f"{host}:{port}"
    with pool:
        response = pool.urlopen(
            "POST",
            path,
            body=body,
            headers={**headers, "host": host_header, "user-agent": "VNG-Webhooks/1"},
            redirect=False,
            preload_content=False,
        )
        try:
            excerpt = response.read(_options()["RESPONSE_EXCERPT_BYTES"])
        finally:
            response.release_conn()
    return Answer(response.status, excerpt.decode("utf-8", "replace"))
