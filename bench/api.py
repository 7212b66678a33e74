"""Time the public API: `bestPractices` pages of 20 and 100 items in French, with relations.

Run alone: `python bench/api.py 200 1000` (examples in 5 languages). It reuses the export
benchmark's throwaway database and generator (`bench/export.py`), then sends the same query
through Django's test client and prints milliseconds per request and SQL queries per request;
the query count must not grow with N.
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import export  # noqa: E402 (bench/ is not a package)

QUERY = """query($limit: Int!) { bestPractices(locale: "fr", pagination: {limit: $limit}) {
  totalCount results { title urlPath isFallback goals { number name } partnerCountries { name }
  heroImage { alt } translations { locale urlPath machineTranslated } } } }"""
REPEATS = 20


def time_query(client, limit: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    body = json.dumps({"query": QUERY, "variables": {"limit": limit}})
    client.post("/graphql/", data=body, content_type="application/json")  # warm up
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.post("/graphql/", data=body, content_type="application/json")
        timings.append(time.perf_counter() - started)
        if "errors" in response.json():
            raise SystemExit(f"The benchmark query failed: {response.json()['errors']}")
    return 1000 * statistics.median(timings), len(captured)


def run(sizes):
    with tempfile.TemporaryDirectory(prefix="vng-bench-api-") as name:
        export.setup_django(Path(name))
        from django.test import Client

        from themes.demo.builder import indexing_deferred

        with indexing_deferred():
            generator = export.Generator()
        client = Client()
        for n in sorted(sizes):
            generator.add(n - generator.count)
            for limit in (20, 100):
                ms, queries = time_query(client, limit)
                print(
                    f"api  N={n:>5} examples, page of {limit:>3}: {ms:7.1f} ms median, "
                    f"{queries} SQL queries",
                    flush=True,
                )


if __name__ == "__main__":
    run([int(argument) for argument in sys.argv[1:]] or [100, 500])
