"""Write all promoted best practices as one PO file for a translation agency."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from themes.localization.po import export_promoted


class Command(BaseCommand):
    help = _(
        "Export every string of the live best practices marked 'promote internationally' into "
        "one PO file for LANGUAGE, with the translations made so far."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", help=_("The language to translate into: en, fr, es or ar."))
        parser.add_argument(
            "-o", "--output", help=_("The file to write; default promoted-LANGUAGE.po.")
        )

    def handle(self, *args, language, output=None, **options):
        path = Path(output or f"promoted-{language}.po")
        try:
            po = export_promoted(language, progress=self.stdout.write)
        except ValueError as error:
            raise CommandError(str(error)) from error
        po.save(str(path))
        pages = len({entry.msgctxt.partition(":")[0] for entry in po})
        self.stdout.write(
            self.style.SUCCESS(
                _("Wrote %(strings)s strings of %(pages)s pages to %(path)s.")
                % {"strings": len(po), "pages": pages, "path": path}
            )
        )
