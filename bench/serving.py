"""Time the serving layer on PostgreSQL: the bestPractices list of 50 (themes, goals,
municipalities, hero image rendition, translations) with 1,000 and 20,000 examples.

Run through `bench/run.py` (`make bench`), or alone: `python bench/serving.py 1000 20000`
(`--keep` keeps the databases and reuses them on the next run; `--requests N`).

Each size runs in a child process of its own with its own database `vng_bench_<size>` on the
server of `BENCH_DATABASE_URL` (default postgres://postgres@127.0.0.1:5432/; the name's start
from `BENCH_DATABASE_PREFIX`, default vng_bench). The data: a site
in five languages made through Wagtail's normal API with one template example per language,
then N examples cloned from those rows in bulk SQL (`INSERT … SELECT … generate_series`, tree
paths, depth, numchild, url_path, translation_key and locale kept consistent): every example in
Dutch, 70 % in English, 40 % in French, 30 % in Spanish, 20 % in Arabic; 5 % of the English
versions and 2.5 % of the Dutch ones are drafts, 2 % of the Dutch ones are private (login),
10 % of the examples have a French alias.

Printed per size: the SQL time inside PostgreSQL (the sum over the request's queries of
EXPLAIN ANALYZE planning + execution time, median of 5), the worker's CPU time and latency in
process (Django test client), the query count, latency p50/p95 and the CPU per request of the
2 gunicorn workers and of their PostgreSQL backends, and the key lines of the main query's plan.
Then the ratio 20k/1k against the targets (≤ 20 ms in PostgreSQL, ≤ 60 ms in the worker, 20k
within 1.3× of 1k).
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.queries import BEST_PRACTICES_LIST as QUERY  # noqa: E402
from bench.queries import BEST_PRACTICES_LIST_WITH_TOTAL as QUERY_WITH_TOTAL  # noqa: E402

LANGUAGES = ["nl", "en", "fr", "es", "ar"]
# Which examples (by number i) have a version in each language, as SQL on i.
SHARES = {
    "nl": "true",
    "en": "i % 10 < 7",
    "fr": "i % 10 < 4",
    "es": "i % 10 < 3",
    "ar": "i % 10 < 2",
}
DRAFTS = {"nl": "i % 40 = 3", "en": "i % 20 = 1"}
PRIVATE_NL = "i % 50 = 7"
FRENCH_ALIAS = "i % 10 = 9"
PREFIX = os.environ.get("BENCH_DATABASE_PREFIX", "vng_bench")
EMPTY = f"{PREFIX}_empty"
TARGETS = {"sql_ms": 20.0, "worker_ms": 60.0, "ratio": 1.3}


def say(text):
    print(f"serving  {text}", flush=True)


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def server_url() -> str:
    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
    return url if url.endswith("/") else url.rsplit("/", 1)[0] + "/"


# --- the database -------------------------------------------------------------------------


def admin_sql(statement: str):
    import psycopg

    with psycopg.connect(server_url() + "postgres", autocommit=True) as conn:
        cursor = conn.execute(statement)
        return cursor.fetchall() if statement.startswith("SELECT") else None


def database_exists(name: str) -> bool:
    return bool(admin_sql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))


def setup_django(name: str):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = server_url() + name
    os.environ["REDIS_URL"] = ""
    # Building 20,000 examples (and the slow "before" plans) outlast the 10 s of production.
    os.environ["DATABASE_STATEMENT_TIMEOUT"] = "600000"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def built_size() -> int:
    from themes.models import BestPracticePage

    return BestPracticePage.objects.filter(
        slug__startswith="example-", locale__language_code="nl"
    ).count()


def make_site() -> dict:
    """Homes and indexes in five languages, themes, goals, a municipality and an image with
    its rendition, and one template example per language — all through Wagtail's API."""
    import datetime

    from wagtail.models import Site

    from tests import factories as f
    from themes.localization.strings import translate_with_strings

    home = Site.objects.get(is_default_site=True).root_page.specific
    agenda = f.AgendaFactory(code="sdg", name="Duurzame ontwikkelingsdoelen")
    goals = [
        f.GoalFactory(agenda=agenda, number=11, name="Duurzame steden", colour="#FD9D24"),
        f.GoalFactory(agenda=agenda, number=13, name="Klimaatactie", colour="#3F7E44"),
    ]
    translate_with_strings(goals[0], "en", {"Duurzame steden": "Sustainable cities"})
    province = f.ProvinceFactory(cbs_code="PV26", iso_code="NL-UT", name="Utrecht")
    utrecht = f.MunicipalityFactory(cbs_code="GM0344", name="Utrecht", province=province)
    image = f.ImageFactory(title="Zonnepanelen")
    image.get_rendition("fill-400x300")
    year = f.ProgrammeYearPageFactory(parent=home, title="Beleidsopdracht 2016")
    themes = [
        f.ThemePageFactory(parent=year, title="Duurzaamheid", number=4, slug="duurzaamheid"),
        f.ThemePageFactory(parent=year, title="Vernieuwing", number=1, slug="vernieuwing"),
    ]
    index = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
    template = f.BestPracticePageFactory(
        parent=index,
        title="Sjabloon",
        slug="template",
        summary="Wat de gemeente deed, in een paar zinnen.",
        promote_internationally=True,
        start_date=datetime.date(2016, 3, 1),
        hero_image=image,
        hero_alt="Zonnepanelen op een dak",
    )
    template.themes.set(themes)
    template.goals.set(goals)
    template.municipalities.set([utrecht])
    template.save_revision().publish()
    templates = {"nl": template}
    for code in LANGUAGES[1:]:
        translate_with_strings(home, code, {})
        translate_with_strings(index, code, {"Voorbeelden": f"Examples ({code})"})
        templates[code] = translate_with_strings(template, code, {"Sjabloon": f"Template {code}"})
    translate_with_strings(year, "en", {"Beleidsopdracht 2016": "Policy 2016"})
    translate_with_strings(themes[0], "en", {"Duurzaamheid": "Sustainability"})
    return templates


def step_sql(column: str) -> str:
    """Treebeard's 4-character base-36 step for the number in `column`."""
    alphabet = "'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'"
    return " || ".join(
        f"substr({alphabet}, ((({column}) / {36**power}) % 36 + 1)::int, 1)"
        for power in (3, 2, 1, 0)
    )


def clone_examples(templates: dict, size: int):
    """Clone the template example of each language into `size` examples, in bulk SQL."""
    from django.db import connection, transaction
    from wagtail.models import Page

    from themes.models import BestPracticePage

    page_table = Page._meta.db_table
    page_columns = [f.column for f in Page._meta.concrete_fields if f.column != "id"]
    overrides = {
        "path": "parent.path || " + step_sql("parent.numchild + n.rank"),
        "numchild": "0",
        "draft_title": "'Example ' || n.i",
        "slug": "'example-' || n.i",
        "url_path": "parent.url_path || 'example-' || n.i || '/'",
        "translation_key": "md5('vng-bench-' || n.i)::uuid",
        "live": "NOT ({draft})",
        "has_unpublished_changes": "({draft})",
        "latest_revision_id": "NULL",
        "live_revision_id": "NULL",
        "alias_of_id": "NULL",
    }
    specific = BestPracticePage._meta.db_table
    specific_columns = [f.column for f in BestPracticePage._meta.local_concrete_fields]
    specific_overrides = {
        "page_ptr_id": "p.id",
        "start_date": "DATE '2000-01-01' + (split_part(p.slug, '-', 2)::int % 7000)",
    }
    counts = {}
    with transaction.atomic(), connection.cursor() as cursor:
        for code in LANGUAGES:
            template = templates[code]
            values = {column: f"t.{column}" for column in page_columns}
            values.update(overrides)
            values["title"] = f"'Example ' || n.i || ' ({code})'"
            draft = DRAFTS.get(code, "false").replace("i", "n.i")
            values["live"] = values["live"].format(draft=draft)
            values["has_unpublished_changes"] = values["has_unpublished_changes"].format(
                draft=draft
            )
            started = time.perf_counter()
            cursor.execute(
                f"""
                INSERT INTO {page_table} ({", ".join(page_columns)})
                SELECT {", ".join(values[column] for column in page_columns)}
                FROM (SELECT i, row_number() OVER (ORDER BY i) AS rank
                      FROM generate_series(1, {size}) AS i WHERE {SHARES[code]}) AS n,
                     {page_table} AS t, {page_table} AS parent
                WHERE t.id = {template.pk} AND parent.id = {template.get_parent().pk}
                """
            )
            counts[code] = cursor.rowcount
            say(
                f"  {label(size)}: {cursor.rowcount:>6} {code} pages cloned "
                f"in {time.perf_counter() - started:.1f} s"
            )
        # French aliases of Dutch examples (synced copies nobody translated), after the
        # French clones under the same parent.
        values = {column: f"t.{column}" for column in page_columns}
        values.update(overrides)
        values.update(
            path="parent.path || " + step_sql(f"parent.numchild + {counts['fr']} + n.rank"),
            title="nl.title",
            draft_title="nl.draft_title",
            slug="nl.slug",
            url_path="parent.url_path || nl.slug || '/'",
            translation_key="nl.translation_key",
            alias_of_id="nl.id",
            live="true",
            has_unpublished_changes="false",
        )
        cursor.execute(
            f"""
            INSERT INTO {page_table} ({", ".join(page_columns)})
            SELECT {", ".join(values[column] for column in page_columns)}
            FROM (SELECT i, row_number() OVER (ORDER BY i) AS rank
                  FROM generate_series(1, {size}) AS i WHERE {FRENCH_ALIAS}) AS n
            JOIN {page_table} AS nl ON nl.slug = 'example-' || n.i
              AND nl.locale_id = {templates["nl"].locale_id} AND nl.depth = {templates["nl"].depth},
                 {page_table} AS t, {page_table} AS parent
            WHERE t.id = {templates["fr"].pk} AND parent.id = {templates["fr"].get_parent().pk}
            """
        )
        say(f"  {label(size)}: {cursor.rowcount:>6} fr aliases cloned")
        template_of = " ".join(
            f"WHEN {template.locale_id} THEN {template.pk}" for template in templates.values()
        )
        clones = f"""FROM {page_table} AS p
            JOIN {specific} AS s ON s.page_ptr_id = CASE p.locale_id {template_of} END
            WHERE p.slug LIKE 'example-%' AND p.depth = {templates["nl"].depth}"""
        values = {column: f"s.{column}" for column in specific_columns}
        values.update(specific_overrides)
        cursor.execute(
            f"""INSERT INTO {specific} ({", ".join(specific_columns)})
            SELECT {", ".join(values[column] for column in specific_columns)} {clones}"""
        )
        say(f"  {label(size)}: {cursor.rowcount:>6} example rows cloned")
        for field in BestPracticePage._meta.local_many_to_many:
            through = field.remote_field.through._meta
            source = field.m2m_column_name()
            target = field.m2m_reverse_name()
            cursor.execute(
                f"""INSERT INTO {through.db_table} ({source}, {target})
                SELECT p.id, link.{target} FROM {page_table} AS p
                JOIN {through.db_table} AS link
                  ON link.{source} = CASE p.locale_id {template_of} END
                WHERE p.slug LIKE 'example-%' AND p.depth = {templates["nl"].depth}"""
            )
        cursor.execute(
            f"""INSERT INTO wagtailcore_pageviewrestriction (page_id, restriction_type, password)
            SELECT p.id, 'login', '' FROM {page_table} AS p
            WHERE p.slug LIKE 'example-%' AND p.locale_id = {templates["nl"].locale_id}
              AND p.alias_of_id IS NULL
              AND {PRIVATE_NL.replace("i", "split_part(p.slug, '-', 2)::int")}"""
        )
        say(f"  {label(size)}: {cursor.rowcount:>6} private examples")
        cursor.execute(
            f"""UPDATE {page_table} AS parent SET numchild = (
                SELECT count(*) FROM {page_table} AS c
                WHERE c.path LIKE parent.path || '%' AND c.depth = parent.depth + 1)
            WHERE parent.id IN ({", ".join(str(t.get_parent().pk) for t in templates.values())})"""
        )


def build(size: int):
    from django.db import connection, transaction

    from home.serving import exposure
    from themes.demo.builder import indexing_deferred

    started = time.perf_counter()
    with indexing_deferred(), transaction.atomic():
        templates = make_site()
        say(f"  {label(size)}: site and templates made in {time.perf_counter() - started:.1f} s")
        clone_examples(templates, size)
        # Bulk SQL bypasses the signals that keep the exposed pages: recompute them once.
        exposure.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    say(f"  {label(size)}: data ready in {time.perf_counter() - started:.1f} s")


# --- measuring ---------------------------------------------------------------------------


def percentile(values, share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def explain_ms(sql: str, repeats: int = 5) -> float:
    """Planning + execution time of `sql` inside PostgreSQL, median of `repeats`."""
    from django.db import connection

    times = []
    with connection.cursor() as cursor:
        for _ in range(repeats):
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            times.append(plan[0]["Planning Time"] + plan[0]["Execution Time"])
    return statistics.median(times)


def plan_lines(sql: str, limit: int = 40) -> list[str]:
    """The key lines of EXPLAIN ANALYZE: node types, rows, loops and timing."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql)
        lines = [row[0] for row in cursor.fetchall()]
    keep = [
        line
        for line in lines
        if "->" in line or "SubPlan" in line or "Time:" in line or line == lines[0]
    ]
    return [line[:150] for line in keep[:limit]] + [
        line for line in keep[limit:] if "Time:" in line
    ]


def in_process(requests: int, query: str) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    body = json.dumps({"query": query})

    def post():
        response = client.post("/graphql/", data=body, content_type="application/json")
        payload = response.json()
        if "errors" in payload or response.status_code != 200:
            raise SystemExit(f"The benchmark query failed: {payload}")
        return payload

    for _ in range(3):
        payload = post()
    wall, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        post()
        wall.append(1000 * (time.perf_counter() - started))
        cpu.append(1000 * (time.process_time() - started_cpu))
    with CaptureQueriesContext(connection) as captured:
        post()
    timed = [(explain_ms(q["sql"]), q["sql"]) for q in captured.captured_queries]
    main_ms, main_sql = max(timed)
    return {
        "results": len(payload["data"]["bestPractices"]["results"]),
        "queries": len(timed),
        "sql_ms": sum(ms for ms, _sql in timed),
        "main_ms": main_ms,
        "main_plan": plan_lines(main_sql),
        "worker_cpu_ms": statistics.median(cpu),
        "wall_p50": percentile(wall, 0.5),
        "wall_p95": percentile(wall, 0.95),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_ms(pid: int) -> float:
    """User + system CPU time of a process so far, from /proc (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return 1000 * (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


def backends(name: str) -> list[int]:
    rows = admin_sql(
        f"SELECT pid FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    )
    return [pid for (pid,) in rows]


def with_gunicorn(name: str, requests: int, query: str) -> dict:
    """Latency and CPU per request of 2 gunicorn workers (and their PostgreSQL backends)."""
    from django.db import connections

    connections.close_all()
    port = free_port()
    env = dict(os.environ, CONN_MAX_AGE="600", DJANGO_SETTINGS_MODULE="cms.settings.test")
    gunicorn = Path(sys.executable).with_name("gunicorn")
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [str(gunicorn), "cms.wsgi", "-w", "2", "-b", f"127.0.0.1:{port}", "--chdir", str(ROOT)],
            env=env,
            stdout=log,
            stderr=log,
        )
        try:
            body = json.dumps({"query": query}).encode()

            def post():
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/graphql/",
                    data=body,
                    headers={"Content-Type": "application/json"},
                )
                with urllib.request.urlopen(request, timeout=60) as response:
                    payload = json.loads(response.read())
                if "errors" in payload:
                    raise SystemExit(f"The benchmark query failed: {payload}")

            for _ in range(60):
                try:
                    post()
                    break
                except OSError:
                    time.sleep(0.5)
            else:
                log.seek(0)
                raise SystemExit("gunicorn did not answer:\n" + log.read().decode()[-2000:])
            # Two at a time, so both workers warm up and hold their database connection
            # before the timed requests (one after another, one worker can take them all).
            with ThreadPoolExecutor(2) as pool:
                for _ in range(20):
                    list(pool.map(lambda _: post(), range(4)))
                    if len(backends(name)) >= 2:
                        break
            workers, pg = children(server.pid), backends(name)
            before = {pid: cpu_ms(pid) for pid in workers + pg}
            latencies = []
            for _ in range(requests):
                started = time.perf_counter()
                post()
                latencies.append(1000 * (time.perf_counter() - started))
            after = {pid: cpu_ms(pid) for pid in workers + pg}
            # A backend that was not there before the timed requests (a worker reconnected)
            # cannot be measured: say so rather than print a number that is too low.
            pg_measured = bool(pg) and set(pg) == set(backends(name))
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "worker_cpu_ms": sum(after[pid] - before[pid] for pid in workers) / requests,
        "pg_cpu_ms": sum(after[pid] - before[pid] for pid in pg) / requests
        if pg_measured
        else None,
    }


def run_one(size: int, *, keep: bool, requests: int) -> dict:
    """In this process: make or reuse `<prefix>_<size>`, measure, print a RESULT line."""
    name = f"{PREFIX}_{label(size)}"
    if not keep and database_exists(name):
        admin_sql(f"DROP DATABASE {name}")
    if not database_exists(name):
        admin_sql(f"CREATE DATABASE {name} TEMPLATE {EMPTY}")
    started = time.perf_counter()
    setup_django(name)
    say(f"{label(size)}: database {name} migrated in {time.perf_counter() - started:.1f} s")
    have = built_size()
    if have != size:
        if have:
            raise SystemExit(f"{name} holds {have} examples, not {size}; drop it and rerun.")
        build(size)
    else:
        say(f"{label(size)}: reusing the {size} examples in {name}")
    figures = {"size": size}
    figures["process"] = in_process(requests, QUERY)
    figures["process_total"] = in_process(max(5, requests // 4), QUERY_WITH_TOTAL)
    figures["gunicorn"] = with_gunicorn(name, requests, QUERY)
    from django.db import connections

    connections.close_all()
    if not keep:
        admin_sql(f"DROP DATABASE {name}")
    print("RESULT " + json.dumps(figures), flush=True)
    return figures


# --- the report --------------------------------------------------------------------------


def report(figures: list[dict]):
    for row in figures:
        p, t, g = row["process"], row["process_total"], row["gunicorn"]
        pg_cpu = g["pg_cpu_ms"]
        pg_cpu = "not measured (its connections changed)" if pg_cpu is None else f"{pg_cpu:.1f} ms"
        say(
            f"N={label(row['size']):>4}: {p['results']} results, {p['queries']} SQL queries; "
            f"in PostgreSQL {p['sql_ms']:.1f} ms (main query {p['main_ms']:.1f} ms); "
            f"in process: worker CPU {p['worker_cpu_ms']:.1f} ms, "
            f"latency p50 {p['wall_p50']:.1f} / p95 {p['wall_p95']:.1f} ms"
        )
        say(
            f"N={label(row['size']):>4}: gunicorn 2 workers: latency p50 {g['p50']:.1f} / "
            f"p95 {g['p95']:.1f} ms; CPU per request: worker {g['worker_cpu_ms']:.1f} ms, "
            f"PostgreSQL backend {pg_cpu}"
        )
        say(
            f"N={label(row['size']):>4}: with totalCount: {t['queries']} SQL queries, "
            f"in PostgreSQL {t['sql_ms']:.1f} ms, latency p50 {t['wall_p50']:.1f} ms"
        )
        say(f"N={label(row['size']):>4}: plan of the main query:")
        for line in p["main_plan"]:
            print("    " + line)
    if len(figures) >= 2:
        small, large = figures[0], figures[-1]
        for key, title in (("sql_ms", "in PostgreSQL"), ("worker_cpu_ms", "worker CPU")):
            ratio = large["process"][key] / max(small["process"][key], 0.001)
            say(
                f"{label(large['size'])}/{label(small['size'])} {title}: "
                f"{large['process'][key]:.1f} / {small['process'][key]:.1f} ms = {ratio:.2f}× "
                f"(target ≤ {TARGETS['ratio']}×)"
            )
        ratio = large["gunicorn"]["p50"] / small["gunicorn"]["p50"]
        say(
            f"{label(large['size'])}/{label(small['size'])} gunicorn latency p50: {ratio:.2f}× "
            f"(target ≤ {TARGETS['ratio']}×)"
        )
    for row in figures:
        p = row["process"]
        verdict = [
            f"PostgreSQL {p['sql_ms']:.1f} ms {'ok' if p['sql_ms'] <= TARGETS['sql_ms'] else 'OVER'}"
            f" (≤ {TARGETS['sql_ms']:.0f})",
            f"worker {p['worker_cpu_ms']:.1f} ms "
            f"{'ok' if p['worker_cpu_ms'] <= TARGETS['worker_ms'] else 'OVER'}"
            f" (≤ {TARGETS['worker_ms']:.0f})",
        ]
        say(f"N={label(row['size']):>4} against the targets: " + "; ".join(verdict))


def migrate_empty():
    """The migrated empty database every size starts from (migrating takes minutes)."""
    if not database_exists(EMPTY):
        admin_sql(f"CREATE DATABASE {EMPTY}")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="cms.settings.test",
            DATABASE_URL=server_url() + EMPTY,
            REDIS_URL="",
        ),
        check=True,
    )
    say(f"empty database {EMPTY} migrated in {time.perf_counter() - started:.1f} s")


def run(sizes, *, keep: bool = False, requests: int = 40) -> list[dict]:
    """Measure each size in a child process of its own; print the figures; return them."""
    figures = []
    migrate_empty()
    for size in sizes:
        command = [sys.executable, __file__, "--one", str(size), "--requests", str(requests)]
        if keep:
            command.append("--keep")
        child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        for line in child.stdout:
            if line.startswith("RESULT "):
                figures.append(json.loads(line[len("RESULT ") :]))
            else:
                print(line, end="", flush=True)
        if child.wait() != 0:
            raise SystemExit(f"The serving benchmark for {size} examples failed.")
    if not keep:
        admin_sql(f"DROP DATABASE {EMPTY}")
    report(figures)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 20000])
    parser.add_argument("--keep", action="store_true", help="keep and reuse the databases")
    parser.add_argument("--requests", type=int, default=40, help="timed requests per case")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        run_one(arguments.one, keep=arguments.keep, requests=arguments.requests)
    else:
        run(arguments.sizes, keep=arguments.keep, requests=arguments.requests)


if __name__ == "__main__":
    main()
