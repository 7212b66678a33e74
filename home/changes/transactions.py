"""Admin writes run in one database transaction, so a change and its events commit together.

Wagtail's publish, unpublish and move actions save the page, its revision and its log entry one
by one; the change event written by `home/changes/receivers.py` joins whatever transaction is
open. Wrapping each admin POST in `transaction.atomic()` makes the change and its event one
commit: if anything fails, neither exists.
"""

from django.db import transaction


class AtomicAdminWritesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path.startswith("/admin/"):
            with transaction.atomic():
                return self.get_response(request)
        return self.get_response(request)
