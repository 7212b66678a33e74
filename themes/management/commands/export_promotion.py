"""Export the promoted best-practice examples as a self-contained static site.

The command speaks English, like Django's own commands and the operators' docs, whatever the
site's language (Dutch): the export's progress messages would otherwise be Dutch next to
English command messages.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from themes.export.run import ExportError, export_promotion


class Command(BaseCommand):
    help = (
        "Write the best-practice examples flagged for international promotion as a static site "
        "(per language: an index with filter pages, one page per example, an about page, JSON "
        "Feed and Atom), read through the public GraphQL API. Example: "
        "export_promotion --locale en --locale ar --out out/ --zip promotion.zip"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            default=[],
            metavar="CODE",
            help="A language to export, e.g. en; repeat for more.",
        )
        parser.add_argument(
            "--all-locales", action="store_true", help="Export every language of the site."
        )
        parser.add_argument("--out", metavar="FOLDER", help="Write the site into this folder.")
        parser.add_argument("--zip", metavar="FILE", help="Write the site as a zip file.")
        parser.add_argument(
            "--base-url",
            default="",
            metavar="URL",
            help="Where the export will be published, e.g. https://example.org/promotion/; "
            "makes the feed and JSON-LD addresses absolute.",
        )

    @translation.override("en")
    def handle(self, *args, locales, all_locales, out, zip, base_url, verbosity, **options):
        if locales and all_locales:
            raise CommandError(_("Give either --locale or --all-locales, not both."))
        last = [-10]

        def progress(percent, message):
            if verbosity and (percent >= last[0] + 10 or percent == 100):
                last[0] = percent
                self.stdout.write(f"{percent:3d}% {message}")

        try:
            report = export_promotion(
                locales,
                all_locales=all_locales,
                out=out,
                zip_path=zip,
                base_url=base_url,
                progress=progress,
            )
        except ExportError as error:
            raise CommandError(str(error)) from error
        if not verbosity:
            return
        for code, titles in report.examples.items():
            self.stdout.write(
                _("%(code)s: %(count)d examples") % {"code": code, "count": len(titles)}
            )
        where = " and ".join(str(path) for path in (out, zip) if path)
        self.stdout.write(
            self.style.SUCCESS(
                _("Exported %(files)d files and %(images)d images to %(where)s.")
                % {"files": report.files, "images": report.images, "where": where}
            )
        )
