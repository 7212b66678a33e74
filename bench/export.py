"""Time the promotion export: N promoted examples in 5 languages, exported as a site.

Run through `bench/run.py` (`make bench`), or alone: `python bench/export.py 100 1000`.
It uses a throwaway SQLite database and media folder (the test settings), creates the examples
in bulk (pages added straight into the tree, one shared translation key per example, no
revisions, search indexing off), then times the export of every language.

The baseline is measured in the same run: the export of N/10 examples. The export scales well
when the time per example stays about the same from N/10 to N.
"""

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ["nl", "en", "fr", "es", "ar"]


def setup_django(folder):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ["REDIS_URL"] = ""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class Generator:
    """Adds promoted examples to a fresh site: Dutch sources and their translations."""

    def __init__(self):
        import datetime

        from wagtail.models import Locale, Site

        from tests.factories import AgendaFactory, GoalFactory, ImageFactory
        from themes.models import BestPracticeIndexPage, Country

        self.date = datetime.date(2016, 3, 1)
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        home = Site.objects.get(is_default_site=True).root_page.specific
        source_index = home.add_child(
            instance=BestPracticeIndexPage(title="Voorbeelden", slug="voorbeelden")
        )
        self.indexes = {"nl": source_index}
        for code in LANGUAGES[1:]:
            home_copy = home.copy_for_translation(self.locales[code])
            home_copy.save_revision().publish()
            index_copy = source_index.copy_for_translation(self.locales[code])
            index_copy.save_revision().publish()
            self.indexes[code] = index_copy
        agenda = AgendaFactory()
        self.goals = [GoalFactory(agenda=agenda, number=n, colour="#FD9D24") for n in range(1, 18)]
        self.countries = [
            Country.objects.create(iso_code=iso, name=iso, locale=self.locales["nl"])
            for iso in ("GH", "MA", "PS", "CO", "ID")
        ]
        self.images = [ImageFactory(title=f"Image {n}") for n in range(5)]
        self.count = 0

    def add(self, n):
        from django.db import transaction

        from themes.models import BestPracticePage

        with transaction.atomic():
            for _ in range(n):
                i = self.count = self.count + 1
                source = None
                # Every tenth example has no Arabic translation: it falls back to English.
                for code in LANGUAGES if i % 10 else LANGUAGES[:-1]:
                    page = BestPracticePage(
                        title=f"Example {i} ({code})",
                        slug=f"example-{i}",
                        locale=self.locales[code],
                        translation_key=source.translation_key if source else uuid.uuid4(),
                        origin="municipal",
                        start_date=self.date,
                        summary=f"What municipality {i} did, in a few sentences ({code}).",
                        promote_internationally=True,
                        hero_image=self.images[i % 5],
                        hero_alt=f"Picture of example {i}",
                        goals=[self.goals[i % 17], self.goals[(i * 7) % 17]],
                        partner_countries=[self.countries[i % 5]],
                    )
                    self.indexes[code].add_child(instance=page)
                    source = source or page


def export_seconds(folder, name):
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("export_promotion", "--all-locales", "--out", str(folder / name), verbosity=0)
    return time.perf_counter() - started


def run(sizes):
    """Print the figures for each N in `sizes`; returns them as a list of dicts."""
    from django.db import connection

    figures = []
    with tempfile.TemporaryDirectory(prefix="vng-bench-") as name:
        folder = Path(name)
        setup_django(folder)
        from themes.demo.builder import indexing_deferred

        with indexing_deferred():
            generator = Generator()
            for n in sorted({size // 10 for size in sizes} | set(sizes)):
                started = time.perf_counter()
                generator.add(n - generator.count)
                created = time.perf_counter() - started
                seconds = export_seconds(folder, f"export-{n}")
                pages = sum(1 for _ in (folder / f"export-{n}").rglob("*.html"))
                row = {
                    "examples": n,
                    "languages": len(LANGUAGES),
                    "pages": pages,
                    "seconds": seconds,
                    "ms_per_example_page": 1000 * seconds / (n * len(LANGUAGES)),
                    "created_in": created,
                }
                figures.append(row)
                print(
                    f"export  N={n:>5} × {len(LANGUAGES)} languages: {seconds:6.1f} s "
                    f"({row['ms_per_example_page']:.1f} ms per example page, {pages} HTML files; "
                    f"data made in {created:.1f} s, {connection.vendor})",
                    flush=True,
                )
    by_n = {row["examples"]: row for row in figures}
    for n in sizes:
        if n // 10 in by_n and n // 10 != n:
            base = by_n[n // 10]
            extra_pages = (n - n // 10) * len(LANGUAGES)
            marginal = 1000 * (by_n[n]["seconds"] - base["seconds"]) / extra_pages
            print(
                f"export  N={n} vs baseline N={n // 10}: {by_n[n]['seconds'] / base['seconds']:.1f}× "
                f"the time for {n // (n // 10)}× the examples; each example page beyond the "
                f"baseline took {marginal:.1f} ms (the baseline's fixed costs, such as making the "
                "image renditions, are paid once)"
            )
    return figures


if __name__ == "__main__":
    run([int(argument) for argument in sys.argv[1:]] or [100])
