"""Hostile documents against a real server: what is refused, how fast, and what a partner notices.

Run: `python bench/run.py hostile` (or `python bench/hostile.py`). In a throwaway folder it
migrates a SQLite database, loads the demo content (`manage.py load_demo`) and starts gunicorn
with 2 workers on a free loopback port (test settings: DEBUG off, introspection off). Then:

1. a well-behaved client (the documented bestPractices list) alone: its latency when idle;
2. every class of the catalogue below, sent by two hostile clients at once, while the
   well-behaved client keeps asking: per class the documents sent, how many were refused (4xx,
   or an error with a refusal code), p50 / p99 round-trip time on loopback (≈ server time) and
   any 5xx, and requests that got no answer at all ("none"); then the well-behaved client's
   latency under that load against idle.

Bounded: each document is sent `ROUNDS` times, every request has a timeout, the server is
stopped at the end. Loopback only. Numbers are printed, never asserted.
"""

import gzip
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 10  # each hostile document is sent this often
TIMEOUT = 40  # seconds per request; gunicorn's worker timeout is 30
REFUSAL_CODES = {
    "LIMIT_EXCEEDED",
    "BAD_REQUEST",
    "BAD_USER_INPUT",
    "GRAPHQL_VALIDATION_FAILED",
    "TIMEOUT",
}

PARTNER_QUERY = """query { bestPractices(locale: "fr", pagination: {limit: 12}) { totalCount
  results { id title urlPath locale isFallback summary goals { number name colour }
  themes { title urlPath } partnerCountries { isoCode name }
  heroImage { alt credit rendition(spec: "fill-800x450") { url width height } } } } }"""


def _json(document: str, **fields) -> bytes:
    return json.dumps({"query": document, **fields}).encode()


def _fragment_bomb(levels: int) -> str:
    fragments = ["fragment f0 on Locale { code }"] + [
        f"fragment f{n} on Locale {{ ...f{n - 1} ...f{n - 1} }}" for n in range(1, levels + 1)
    ]
    return f"{{ locales {{ ...f{levels} }} }} " + " ".join(fragments)


def _aliases(count: int, field: str) -> str:
    return "{ " + " ".join(f"a{n}: {field}" for n in range(count)) + " }"


DEEP_PAGE = "{ page(id: 3) { " + "parent { " * 14 + "id" + " }" * 14 + " } }"
DEEP_CHILDREN = "{ pages { results { " + "children { results { " * 8 + "id" + " } }" * 8 + " } } }"
RENDITIONS = " ".join(
    f'r{n}: rendition(spec: "width-{w}", format: {f}) {{ url }}'
    for n, (w, f) in enumerate((w, f) for w in (400, 800, 1200) for f in ("WEBP", "AVIF", "PNG"))
)

# class → list of (method, body or query parameters, content type)
CATALOGUE = {
    "deep nesting": [
        ("POST", _json(DEEP_PAGE), "application/json"),
        ("POST", _json(DEEP_CHILDREN), "application/json"),
    ],
    "alias floods": [
        ("POST", _json(_aliases(40, "locales { code }")), "application/json"),
        (
            "POST",
            _json(
                _aliases(
                    15,
                    "pages(pagination: {limit: 100}) { results { id translationStatus { state } "
                    "parent { id } } }",
                )
            ),
            "application/json",
        ),
    ],
    "fragment bombs": [
        ("POST", _json(_fragment_bomb(16)), "application/json"),
        ("POST", _json(_fragment_bomb(40)), "application/json"),
    ],
    "fragment cycles": [
        (
            "POST",
            _json(
                "{ locales { ...a } } fragment a on Locale { ...b } fragment b on Locale { ...a }"
            ),
            "application/json",
        ),
    ],
    "directive floods": [
        (
            "POST",
            _json("{ locales { code" + " @include(if: true)" * 50 + " } }"),
            "application/json",
        ),
        ("POST", _json("{ __typename" + " @aa" * 200 + " }"), "application/json"),
    ],
    "token floods": [
        ("POST", _json("{ locales { " + "code " * 2000 + "} }"), "application/json"),
    ],
    "byte floods": [
        ("POST", _json("{ locales { code } }" + " " * 20_000), "application/json"),
        ("POST", b'{"query": "' + b"#" * 1_000_000 + b'"}', "application/json"),
    ],
    "batching": [
        ("POST", json.dumps([{"query": "{ locales { code } }"}] * 50).encode(), "application/json"),
    ],
    "introspection": [
        ("POST", _json("{ __schema { types { name fields { name } } } }"), "application/json"),
        ("GET", {"query": '{ __type(name: "Page") { fields { name } } }'}, None),
    ],
    "huge page sizes": [
        (
            "POST",
            _json(
                "{ bestPractices(pagination: {limit: 1000000}) { results { id title body "
                "{ __typename ... on ParagraphBlock { html } } translationStatus { state } "
                "translations { locale urlPath } themes { title } goals { name } } } }"
            ),
            "application/json",
        ),
        (
            "POST",
            _json("{ bestPractices { results { heroImage { " + RENDITIONS + " } } } }"),
            "application/json",
        ),
    ],
    "negative offsets": [
        (
            "POST",
            _json('{ search(query: "water", pagination: {offset: -173}) { totalCount } }'),
            "application/json",
        ),
        (
            "POST",
            _json(
                "query($p: OffsetPaginationInput) { pages(pagination: $p) { totalCount } }",
                variables={"p": {"offset": -1}},
            ),
            "application/json",
        ),
    ],
    "bad JSON and UTF-8": [
        ("POST", b"\xff", "application/json"),
        ("POST", _json("{ locales { name } }").decode().encode("utf-16"), "application/json"),
        ("POST", gzip.compress(_json("{ locales { code } }")), "application/json"),
        ("POST", b'"{ locales { code } }"', "application/json"),
        ("POST", b"null", "application/json"),
        (
            "POST",
            b'{"query": "{ locales { code } }", "variables": {"a": '
            + b"[" * 5000
            + b"]" * 5000
            + b"}}",
            "application/json",
        ),
        (
            "POST",
            b'{"query": "query($n: Int) { bestPractices(pagination: {limit: $n}) { totalCount } }", "variables": {"n": '
            + b"9" * 5000
            + b"}}",
            "application/json",
        ),
        (
            "POST",
            _json("{ bestPractices(pagination: {limit: " + "9" * 5000 + "}) { totalCount } }"),
            "application/json",
        ),
        (
            "POST",
            _json("query A { locales { code } } query B { locales { name } }"),
            "application/json",
        ),
    ],
    "variable type confusion": [
        (
            "POST",
            _json(
                "query($n: Int) { bestPractices(pagination: {limit: $n}) { totalCount } }",
                variables={"n": "ten"},
            ),
            "application/json",
        ),
        (
            "POST",
            _json(
                "query($l: String!) { bestPractices(locale: $l) { totalCount } }",
                variables={"l": {"code": "en"}},
            ),
            "application/json",
        ),
        (
            "POST",
            _json(
                "{ bestPractices(filters: {year: 2147483647}) { totalCount } }",
            ),
            "application/json",
        ),
    ],
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn with 2 workers on a migrated SQLite copy of the demo site."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        (folder / "bench_settings.py").write_text(
            "from cms.settings import base\n"
            "from cms.settings.test import *  # noqa: F403\n"
            f"MEDIA_ROOT = {str(folder / 'media')!r}\n"
            "# the production time budget, not the tests' generous one\n"
            "VNG_GRAPHQL_LIMITS = base.VNG_GRAPHQL_LIMITS\n"
        )
        self.env = {
            **os.environ,
            "PYTHONPATH": f"{folder}{os.pathsep}{ROOT}",
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "DATABASE_URL": f"sqlite:///{folder / 'hostile.sqlite3'}",
            "REDIS_URL": "",
        }
        self.process = None

    def prepare(self) -> None:
        for command in (["migrate", "--verbosity", "0"], ["load_demo"]):
            subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
                [sys.executable, str(ROOT / "manage.py"), *command],
                env=self.env,
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )

    def start(self) -> None:
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(  # noqa: S603 - fixed arguments, loopback only
            [
                str(gunicorn),
                "cms.wsgi:application",
                "--workers",
                "2",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "30",
                "--log-level",
                "warning",
            ],
            env=self.env,
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(300):
            status, _ms, _body = request(
                self.port, "POST", _json("{ locales { code } }"), "application/json"
            )
            if status == 200:
                return
            time.sleep(0.2)
        raise SystemExit("gunicorn did not start within a minute")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


def request(port: int, method: str, payload, content_type: str | None) -> tuple[int, float, dict]:
    """One request; returns the status, milliseconds and the JSON body (or {})."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    headers = {"Content-Type": content_type} if content_type else {}
    path = "/graphql/"
    body = payload
    if method == "GET":
        path, body = f"/graphql/?{urlencode(payload)}", None
    started = time.perf_counter()
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        status = response.status
    except (http.client.HTTPException, OSError):  # no answer: connection refused or reset
        return 0, 1000 * (time.perf_counter() - started), {}
    finally:
        connection.close()
    elapsed = 1000 * (time.perf_counter() - started)
    try:
        decoded = json.loads(raw)
    except ValueError:
        decoded = {}
    return status, elapsed, decoded if isinstance(decoded, dict) else {}


def refused(status: int, body: dict) -> bool:
    if 400 <= status < 500:
        return True
    codes = {(error.get("extensions") or {}).get("code") for error in body.get("errors") or []}
    return bool(codes & REFUSAL_CODES)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class PartnerClient(threading.Thread):
    """Sends the documented list query in a loop until told to stop (at most `limit` times)."""

    def __init__(self, port: int, limit: int) -> None:
        super().__init__(daemon=True)
        self.port, self.limit = port, limit
        self.timings: list[float] = []
        self.failures = 0
        self.halt = threading.Event()

    def run(self) -> None:
        for _ in range(self.limit):
            if self.halt.is_set():
                return
            status, ms, body = request(self.port, "POST", _json(PARTNER_QUERY), "application/json")
            self.timings.append(ms)
            if status != 200 or body.get("errors"):
                self.failures += 1


def hostile_class(port: int, documents: list) -> dict:
    timings, refusals, server_errors, unanswered = [], 0, 0, 0
    lock = threading.Lock()
    work = [document for document in documents for _ in range(ROUNDS)]

    def attacker(share):
        nonlocal refusals, server_errors, unanswered
        for method, payload, content_type in share:
            status, ms, body = request(port, method, payload, content_type)
            with lock:
                timings.append(ms)
                refusals += refused(status, body)
                server_errors += status >= 500
                unanswered += status == 0

    threads = [threading.Thread(target=attacker, args=(work[n::2],)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "sent": len(work),
        "refused": refusals,
        "p50": statistics.median(timings),
        "p99": percentile(timings, 0.99),
        "5xx": server_errors,
        "no answer": unanswered,
    }


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="vng-bench-hostile-") as name:
        server = Server(Path(name))
        print("hostile: migrating and loading the demo content …", flush=True)
        server.prepare()
        server.start()
        try:
            idle = PartnerClient(server.port, 60)
            idle.run()
            idle_p50, idle_p99 = statistics.median(idle.timings), percentile(idle.timings, 0.99)
            print(
                f"hostile: partner query alone: p50 {idle_p50:6.1f} ms, p99 {idle_p99:6.1f} ms "
                f"({len(idle.timings)} requests, {idle.failures} failed)",
                flush=True,
            )
            print(
                f"{'class':<24} {'sent':>5} {'refused':>8} {'p50 ms':>8} {'p99 ms':>8} "
                f"{'5xx':>4} {'none':>4}  partner p50 / p99 under load",
                flush=True,
            )
            for label, documents in CATALOGUE.items():
                partner = PartnerClient(server.port, 1000)
                partner.start()
                figures = hostile_class(server.port, documents)
                partner.halt.set()
                partner.join()
                p50, p99 = statistics.median(partner.timings), percentile(partner.timings, 0.99)
                print(
                    f"{label:<24} {figures['sent']:>5} {figures['refused']:>8} "
                    f"{figures['p50']:>8.1f} {figures['p99']:>8.1f} {figures['5xx']:>4} "
                    f"{figures['no answer']:>4}  "
                    f"{p50:6.1f} / {p99:6.1f} ms ({p50 / idle_p50:.1f}× idle p50, "
                    f"{partner.failures} failed)",
                    flush=True,
                )
        finally:
            server.stop()


if __name__ == "__main__":
    run()
