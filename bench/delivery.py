"""Partner delivery: cached against uncached API answers, with a hello-world Django JSON view on
the same server as the ceiling, and the time from a publish to the changed answer.

    python bench/delivery.py [--seconds 5] [--rounds 5] [--clients 8] [--publishes 10]

Starts a throwaway Redis (never the shared one) and two gunicorn servers with production
settings (2 workers × 4 threads each) on one SQLite database with 30 examples: one with the
response cache, one without (API_RESPONSE_CACHE=false). For the `bestPractices` list and a page
by path it prints requests per second cached, uncached and of /bench/hello/, and the ratios
(target: a cached answer ≥ 0.7 of hello-world). The machine is shared, so the load of other
processes changes during a run: each figure is measured in `--rounds` slices taken in turn
(hello, cached, uncached, hello, …), so a busy moment weighs on all of them alike and the ratios
hold. Then, while clients keep asking for a page on
the cached server, a separate process publishes a new title `--publishes` times; printed: the
time from each commit to the first answer with the new title, p50 and p95 (target ≤ 1 s).
All figures come from this one run on this machine: compare the ratios, not the numbers.
"""

import argparse
import http.client
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.cms.servers import (  # noqa: E402 (the project root was just put on the path)
    PROJECT_DIR,
    PYTHON,
    Gunicorn,
    ThrowawayRedis,
    deploy,
    manage,
    production_env,
    seed,
)

LIST = '{ bestPractices(locale: "nl", pagination: {limit: 20}) { totalCount results { title urlPath } } }'
PAGE = '{ page(urlPath: "/nl/voorbeelden/stroom-delen/") { title } }'
MORE = """
from wagtail.models import Page
from tests import factories as f
index = Page.objects.get(slug="voorbeelden").specific
for number in range(29):
    f.BestPracticePageFactory(parent=index, title=f"Voorbeeld {number}").save_revision().publish()
print("more")
"""
PUBLISHER = """
import sys, time
from themes.models import BestPracticePage
page = BestPracticePage.objects.get(slug="stroom-delen")
print("ready", flush=True)
for line in sys.stdin:
    page.title = line.strip()
    page.save_revision().publish()
    print(time.time(), flush=True)
"""
TARGETS = {"cached_over_hello": 0.7, "publish_p95_s": 1.0}


def _body(query: str) -> bytes:
    return json.dumps({"query": query}).encode()


def throughput(node: Gunicorn, path: str, body: bytes | None, seconds: float, clients: int):
    """Requests (answered 200), elapsed seconds and cache hits of `clients` keep-alive
    connections for `seconds`."""
    counts, failures, hits = [0] * clients, [0] * clients, [0] * clients
    stop = time.monotonic() + seconds

    def client(index):
        connection = http.client.HTTPConnection("127.0.0.1", node.port, timeout=10)
        headers = {"Content-Type": "application/json", "X-Forwarded-Proto": "https"}
        while time.monotonic() < stop:
            connection.request("POST" if body else "GET", path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            hits[index] += response.getheader("X-Cache") == "HIT"
            if response.status == 200:
                counts[index] += 1
            else:
                failures[index] += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(index,)) for index in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if sum(failures):
        raise RuntimeError(f"{sum(failures)} requests to {path} failed")
    return sum(counts), time.monotonic() - started, sum(hits)


def measure(targets: dict, seconds: float, rounds: int, clients: int) -> dict:
    """Requests per second and share of cache hits of each target (name → node, path, body),
    measured in `rounds` slices of `seconds / rounds` taken in turn."""
    totals = {name: [0, 0.0, 0] for name in targets}
    for _round in range(rounds):
        for name, (node, path, body) in targets.items():
            count, elapsed, hits = throughput(node, path, body, seconds / rounds, clients)
            totals[name][0] += count
            totals[name][1] += elapsed
            totals[name][2] += hits
    return {
        name: (count / elapsed, hits / max(1, count))
        for name, (count, elapsed, hits) in totals.items()
    }


def publish_delays(env, node: Gunicorn, publishes: int, clients: int) -> list[float]:
    """Seconds from each publish's commit to the first answer with the new title."""
    seen: dict[str, float] = {}
    stop = threading.Event()

    def poller():
        connection = http.client.HTTPConnection("127.0.0.1", node.port, timeout=10)
        headers = {"Content-Type": "application/json", "X-Forwarded-Proto": "https"}
        while not stop.is_set():
            connection.request("POST", "/graphql/", body=_body(PAGE), headers=headers)
            title = json.loads(connection.getresponse().read())["data"]["page"]["title"]
            seen.setdefault(title, time.time())
        connection.close()

    publisher = subprocess.Popen(  # noqa: S603
        [PYTHON, "manage.py", "shell", "-c", PUBLISHER],
        cwd=PROJECT_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    while publisher.stdout.readline().strip() != "ready":
        if publisher.poll() is not None:
            raise RuntimeError("The publishing process did not start.")
    threads = [threading.Thread(target=poller) for _ in range(clients)]
    for thread in threads:
        thread.start()
    delays = []
    try:
        for number in range(publishes):
            title = f"Stroom delen {number}"
            publisher.stdin.write(title + "\n")
            publisher.stdin.flush()
            committed = float(publisher.stdout.readline())
            deadline = time.monotonic() + 10
            while title not in seen and time.monotonic() < deadline:
                time.sleep(0.005)
            delays.append(seen.get(title, float("inf")) - committed)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        publisher.stdin.close()
        publisher.wait(30)
    return delays


def main(seconds: float, rounds: int, clients: int, publishes: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="vng-bench-delivery-"))
    redis = ThrowawayRedis().start()
    env = production_env(
        folder,
        DJANGO_SETTINGS_MODULE="bench.delivery_settings",
        REDIS_URL=redis.url(),
        VNG_API_ANON_RATE="1000000000/day",
        REQUEST_LOG_LEVEL="WARNING",
        SLOW_REQUEST_MS=60000,
        # No worker restarts mid-measurement (a booting worker would stall its connections).
        GUNICORN_MAX_REQUESTS=0,
    )
    servers = []
    try:
        deploy(env)
        seed(env)
        manage(env, "shell", "-c", MORE)
        cached = Gunicorn(env, workers=2, threads=4).start()
        servers.append(cached)
        uncached = Gunicorn(env, workers=2, threads=4, API_RESPONSE_CACHE="false").start()
        servers.append(uncached)
        for node in servers:  # warm up: imports, connections, the cache
            throughput(node, "/graphql/", _body(LIST), 0.5, 2)
            throughput(node, "/graphql/", _body(PAGE), 0.5, 2)

        targets = {"hello": (cached, "/bench/hello/", None)}
        for name, query in (("bestPractices list", LIST), ("page by path", PAGE)):
            targets[f"{name} cached"] = (cached, "/graphql/", _body(query))
            targets[f"{name} uncached"] = (uncached, "/graphql/", _body(query))
        rates = measure(targets, seconds, rounds, clients)
        hello = rates["hello"][0]
        print(f"hello-world JSON view       {hello:8.0f} req/s")
        for name in ("bestPractices list", "page by path"):
            hit, hit_share = rates[f"{name} cached"]
            miss, miss_share = rates[f"{name} uncached"]
            if hit_share < 1 or miss_share > 0:
                raise RuntimeError(
                    f"{name}: {hit_share:.0%} of the cached server's answers and "
                    f"{miss_share:.0%} of the uncached one's came from the cache"
                )
            print(
                f"{name:<20} cached {hit:8.0f} req/s ({hit / hello:.2f} of hello-world), "
                f"uncached {miss:8.0f} req/s ({miss / hello:.3f}); cached/uncached "
                f"{hit / miss:.1f}x  [target cached ≥ {TARGETS['cached_over_hello']} of hello]"
            )
        delays = sorted(publish_delays(env, cached, publishes, clients))
        p95 = delays[min(len(delays) - 1, int(round(0.95 * (len(delays) - 1))))]
        print(
            f"publish → changed answer   p50 {statistics.median(delays) * 1000:6.0f} ms, "
            f"p95 {p95 * 1000:6.0f} ms over {len(delays)} publishes under load "
            f"[target p95 ≤ {TARGETS['publish_p95_s']} s]"
        )
    finally:
        for node in servers:
            node.stop()
        redis.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per figure, all rounds")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--publishes", type=int, default=10)
    arguments = parser.parse_args()
    main(arguments.seconds, arguments.rounds, arguments.clients, arguments.publishes)
