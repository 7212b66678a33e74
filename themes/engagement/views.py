"""The pages behind the links in newsletter mails: confirm and unsubscribe.

GET shows a page with one button (mail scanners that open links change nothing); POST does
it. The unsubscribe address also takes RFC 8058 one-click POSTs from mail programs
(`List-Unsubscribe=One-Click`), so it is CSRF-exempt: the signed token is the authorisation.
"""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from themes.engagement import services
from themes.engagement.tokens import TokenError, read_token


def _page(request, context, status=200):
    response = render(request, "engagement/pages/link.html", context, status=status)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _link_view(purpose: str, action, texts):
    @csrf_exempt
    @require_http_methods(["GET", "POST"])
    def view(request):
        token = request.POST.get("token") or request.GET.get("token", "")
        try:
            language = read_token(purpose, token).language
        except TokenError:
            language = translation.get_language()
        with translation.override(language):
            title, question, button, done = texts()
            context = {"title": title, "token": token, "language": language}
            try:
                if request.method == "POST":
                    action(token)
                    return _page(request, {**context, "message": done})
                read_token(purpose, token)
            except TokenError as error:
                message = (
                    _("This link has expired; sign up again to get a new one.")
                    if error.code == "EXPIRED_TOKEN"
                    else _("This link is not valid; copy the whole link from the mail.")
                )
                return _page(request, {**context, "error": message}, status=400)
            return _page(request, {**context, "message": question, "button": button})

    return view


confirm_view = _link_view(
    "confirm",
    services.confirm,
    lambda: (
        _("Confirm your subscription"),
        _("Press the button to confirm that you want the newsletter at this address."),
        _("Confirm"),
        _("Your subscription is confirmed. The next newsletter comes to your inbox."),
    ),
)
unsubscribe_view = _link_view(
    "unsubscribe",
    services.unsubscribe,
    lambda: (
        _("Unsubscribe"),
        _("Press the button to stop receiving the newsletter."),
        _("Unsubscribe"),
        _("You are unsubscribed and will get no more newsletters."),
    ),
)
