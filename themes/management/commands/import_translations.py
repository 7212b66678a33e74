"""Read a translated PO file of promoted best practices back; all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from themes.localization.po import POImportError, import_promoted, read_po


class Command(BaseCommand):
    help = _(
        "Import a PO file made by export_translations. The whole file is checked first; when "
        "anything does not match, nothing is imported. Translations are saved as drafts."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help=_("The translated PO file."))
        parser.add_argument(
            "--language",
            help=_("The language the file must be for; default: the file's Language header."),
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help=_("Publish the translated pages instead of saving drafts."),
        )

    def handle(self, *args, path, language=None, publish=False, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(_("There is no file %(path)s; check the path.") % {"path": file})
        try:
            po = read_po(file.read_text(encoding="utf-8"))
            counts = import_promoted(po, language, publish=publish, progress=self.stdout.write)
        except UnicodeDecodeError as error:
            raise CommandError(
                _("%(path)s is not UTF-8 text; save it as UTF-8 and import it again.")
                % {"path": file}
            ) from error
        except POImportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(strings)s strings into %(pages)s pages (%(state)s).")
                % {
                    "strings": counts["strings"],
                    "pages": counts["pages"],
                    "state": _("published") if publish else _("drafts"),
                }
            )
        )
