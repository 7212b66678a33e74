"""API answers that need nothing of the site's middleware, given before it runs.

`DeliveryMiddleware` sits in MIDDLEWARE after the security headers (HTTPS, CORS, CSP,
X-Frame-Options) and before sessions, locale, CSRF, authentication and messages. For the API
endpoint it runs what comes before the schema (`graphql_api.views.early_answer`: the size and
batch refusals, then the delivery gate: key, persisted query, response cache, rate limit).
What that answers — a cached answer, a 304, a 401, 403 or 429 — goes back at once; none of
it reads a session, a user or the visitor's language, and every guarantee of the gate holds
(a revoked key is a 401 and a hit is counted in the rate limit before the cache is consulted).
Anything else continues through the middleware to the view, which goes on from where the gate
stopped (the request carries it, so nothing is looked up or counted twice).

API answers do not vary with `Accept-Language` (the language is an argument of every query,
and messages are in English): the Vary that `LocaleMiddleware` adds is taken off them, so
answers computed and answers from the cache carry the same headers.
"""

from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.cache import cc_delim_re

API_METHODS = ("GET", "POST")


def _without_accept_language(response):
    if response.has_header("Vary"):
        kept = [
            field
            for field in cc_delim_re.split(response["Vary"])
            if field and field.lower() != "accept-language"
        ]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]
    return response


class DeliveryMiddleware:
    def __init__(self, get_response):
        from graphql_api.views import early_answer  # the view module builds the schema

        self.get_response = get_response
        self.early_answer = early_answer
        try:
            self.path = reverse("graphql")
        except NoReverseMatch:  # a URL configuration without the API
            self.path = None

    def __call__(self, request):
        if request.path_info != self.path or request.method not in API_METHODS:
            return self.get_response(request)
        with translation.override("en"):  # the API's messages are in English
            answer = self.early_answer(request)
        if answer is None:
            answer = self.get_response(request)
        elif not answer.streaming and not answer.has_header("Content-Length"):
            answer["Content-Length"] = str(len(answer.content))  # as CommonMiddleware would
        return _without_accept_language(answer)
