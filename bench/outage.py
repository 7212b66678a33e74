"""Outage run: 8 clients against gunicorn (2 workers) with production settings, a throwaway
PostgreSQL and Redis on free ports; the database is stopped for 10 s and started again, then
Redis is. Every request is a document the response cache has not seen (a cached answer would
stay a 200 while the database is down), so each one needs the database. Prints, per outage: time to the first 503, the share of 5xx that were not 503 (and of
failed connections), time to full recovery, and 200s with "Unexpected error." (must be 0).

    .venv/bin/python bench/outage.py            # ~5 minutes, most of it migrating

Targets (issue 10): first 503 within 3 s, 0 non-503 5xx, recovery within 5 s; with Redis down
every answer stays a 200.
"""

import itertools
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.cms.servers import (  # noqa: E402 (the project root was just put on the path)
    HERO_ANSWER,
    HERO_QUERY,
    Gunicorn,
    ThrowawayPostgres,
    ThrowawayRedis,
    answer_of,
    deploy,
    production_env,
    seed,
)

CLIENTS = 8
WARM_SECONDS = 5
OUTAGE_SECONDS = 10
AFTER_SECONDS = 10


wrong_bodies = set()


def uncached_query(number: int) -> str:
    """HERO_QUERY with one more aliased field: a document the response cache has not seen, so
    the answer needs the database (a cached answer stays a 200 during an outage)."""
    return HERO_QUERY.replace("title", f"title n{number}: __typename", 1)


def clients(node, stop, results):
    numbers = itertools.count()

    def loop():
        while not stop.is_set():
            number = next(numbers)
            started = time.monotonic()
            status, headers, body = node.graphql(uncached_query(number), timeout=10)
            wrong = False
            if status == 200:
                try:
                    answer = answer_of(body)
                    answer["data"]["page"].pop(f"n{number}", None)
                    wrong = answer != HERO_ANSWER
                except (ValueError, KeyError, TypeError, AttributeError):
                    wrong = True
            results.append((started, time.monotonic(), status, wrong))
            if wrong:
                wrong_bodies.add(body[:300])

    threads = [threading.Thread(target=loop, daemon=True) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    return threads


def run_outage(name, node, stop_service, start_service):
    results, stop = [], threading.Event()
    threads = clients(node, stop, results)
    time.sleep(WARM_SECONDS)
    down = time.monotonic()
    stop_service()
    time.sleep(OUTAGE_SECONDS)
    start_service()
    up = time.monotonic()
    time.sleep(AFTER_SECONDS)
    stop.set()
    for thread in threads:
        thread.join(15)

    during = [r for r in results if r[0] >= down]
    first_503 = min((r[1] - down for r in during if r[2] == 503), default=None)
    errors = [r for r in results if r[2] >= 500 or r[2] == 0]
    not_503 = [r for r in errors if r[2] != 503]
    failed_after_up = [r[1] - up for r in results if r[1] >= up and (r[2] != 200 or r[3])]
    recovery = max(failed_after_up, default=0.0)
    before = [r[1] - r[0] for r in results if r[1] < down and r[2] == 200]
    outage = [r[1] - r[0] for r in results if down <= r[0] and r[1] <= up]
    print(f"\n{name} stopped {OUTAGE_SECONDS} s, {CLIENTS} clients, {len(results)} requests:")
    print(f"  answers by status: {dict(sorted(_count(r[2] for r in results).items()))}")
    print(
        "  time to first 503: "
        + (f"{first_503:.2f} s" if first_503 is not None else "none (no 503: stayed up)")
    )
    share = len(not_503) / len(errors) if errors else 0.0
    print(f"  5xx/failed that were not 503: {len(not_503)} of {len(errors)} ({share:.0%})")
    print(f"  200 with wrong data (e.g. 'Unexpected error.'): {sum(r[3] for r in results)}")
    for body in sorted(wrong_bodies):
        print(f"    wrong answer: {body!r}")
    wrong_bodies.clear()
    print(f"  time to full recovery after restart: {recovery:.2f} s")
    if before and outage:
        print(
            f"  median latency before: {statistics.median(before) * 1000:.0f} ms, "
            f"during: {statistics.median(outage) * 1000:.0f} ms"
        )


def _count(values):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


def main():
    folder = Path(tempfile.mkdtemp(prefix="vng-outage-"))
    postgres = ThrowawayPostgres().init()
    redis = ThrowawayRedis().start()
    env = production_env(
        folder,
        DATABASE_URL=postgres.url(),
        REDIS_URL=redis.url(),
        CONN_MAX_AGE=60,
        VNG_API_ANON_RATE="100000000/hour",  # the clients measure outages, not the rate limit
    )
    node = None
    try:
        print("Migrating a throwaway PostgreSQL and collecting static files ...", flush=True)
        deploy(env)
        seed(env)
        node = Gunicorn(env, workers=2, threads=4).start()
        run_outage("PostgreSQL", node, postgres.stop, postgres.start)
        run_outage("Redis", node, redis.stop, redis.start_again)
    finally:
        if node is not None:
            node.stop()
        redis.stop()
        postgres.destroy()


if __name__ == "__main__":
    main()
