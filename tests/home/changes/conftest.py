"""A real HTTP receiver on loopback for webhooks, and a small page tree that makes events."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.models import Locale, Page

from home.changes import signing
from home.changes.models import Subscription
from tests.themes.engagement.conftest import smtp  # noqa: F401 (a real SMTP sink on loopback)


class Receiver:
    """Records every POST; `mode` makes it answer ok (204), fail (503), redirect (302), or
    hold the answer `hold_seconds` first. `stop()` / `start()` take it off the network."""

    def __init__(self):
        self.requests = []
        self.mode = "ok"
        self.hold_seconds = 0.0
        self.redirect_to = ""
        self.arrived = threading.Event()
        self.lock = threading.Lock()
        self.port = 0
        self.server = None

    def start(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's hook name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                with receiver.lock:
                    receiver.requests.append(
                        {
                            "headers": {k.lower(): v for k, v in self.headers.items()},
                            "body": body,
                            "accepted": receiver.mode == "ok",
                        }
                    )
                receiver.arrived.set()
                if receiver.hold_seconds:
                    time.sleep(receiver.hold_seconds)
                if receiver.mode == "fail":
                    self.send_response(503)
                    self.end_headers()
                    self.wfile.write(b"down for maintenance")
                elif receiver.mode == "redirect":
                    self.send_response(302)
                    self.send_header("Location", receiver.redirect_to)
                    self.end_headers()
                else:
                    self.send_response(200)
                    self.end_headers()
                    self.wfile.write(b'{"received": true}')

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks?partner=1"

    def events(self, *, accepted_only: bool = False) -> list[dict]:
        with self.lock:
            return [
                json.loads(request["body"])
                for request in self.requests
                if request["accepted"] or not accepted_only
            ]

    def verified(self, secret: str) -> list[dict]:
        """Every request, checked against its signature (fails the test on a bad one)."""
        with self.lock:
            requests = list(self.requests)
        for request in requests:
            headers = request["headers"]
            assert signing.verify(
                secret,
                headers["webhook-id"],
                headers["webhook-timestamp"],
                request["body"],
                headers["webhook-signature"],
            ), headers
        return requests


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def subscription(db, receiver):
    return Subscription.objects.create(
        name="Partner", url=receiver.url, owner_email="ops@partner.example"
    )


@pytest.fixture
def fast_retries(settings):
    settings.VNG_WEBHOOKS = {**settings.VNG_WEBHOOKS, "BACKOFF_BASE_SECONDS": 0.0}


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def tree(db, home_page):
    """The Dutch home with an examples index, and an English home for translations."""
    from tests.factories import BestPracticeIndexPageFactory

    index = BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden", slug="voorbeelden")
    english = Locale.objects.get(language_code="en")
    home_en = home_page.copy_for_translation(english)
    publish(home_en)
    index_en = index.copy_for_translation(english)
    publish(index_en)
    return {"home": home_page, "index": index, "en": english, "index_en": index_en}
