"""Admin security: the login lockout answer and the Content Security Policy.

Login throttling is django-axes with its database handler (settings: AXES_*): failures are
counted per account and, separately, per client address in the shared database, so a lockout
holds across every worker and node. `locked_out` is the answer while it lasts.

The policy (CONTENT_SECURITY_POLICY in settings) allows scripts, styles, fonts and images only
from this origin. Wagtail 8's admin and wagtail-localize still render small inline scripts
(inline panels, date pickers, the translation editor), so `script-src` carries 'unsafe-inline'
for them; everything else an injected script would need (other origins, `<base>`, plugins,
framing by other sites, posting forms elsewhere) stays closed. GraphiQL is served from this
origin's static files with no inline script (graphql_api/graphiql_assets.py), so it needs no
exception to the policy.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind TRUSTED_PROXY_COUNT proxies the address the
    outermost trusted proxy saw (X-Forwarded-For entries further left can be forged)."""
    count = settings.VNG_TRUSTED_PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR", "")
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-count] if len(forwarded) >= count else remote


def locked_out(request: HttpRequest, credentials=None, *args, **kwargs) -> HttpResponse:
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    message = _(
        "Too many failed logins for this account or from this address. Logging in is blocked "
        "for %(minutes)s minutes; try again later, or ask an administrator to unblock it."
    ) % {"minutes": minutes}
    response = HttpResponse(message + "\n", status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(minutes * 60)
    return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, the same policy on every page (GraphiQL included)."""
