"""One export from start to finish: check the request, read through the API, write, zip.

Used by the `export_promotion` command and by the admin screen; both pass a `progress(percent,
message)` callback. Every problem the user can fix raises `ExportError` with a message that says
what to do, before anything is written where they will look.
"""

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from themes.export.builder import Report, SiteBuilder
from themes.export.source import ApiSource
from themes.export.writer import ExportPathError, atomic_directory, check_target, write_zip

READING_SHARE = 30  # percent of the progress bar for reading the content through the API


class ExportError(Exception):
    """A request the export cannot carry out; the message says what to change."""


def choose_languages(available, codes, *, all_locales=False):
    """The API's languages for `codes` (in the API's order), or all of them."""
    if all_locales:
        return list(available)
    if not codes:
        raise ExportError(
            _(
                "Choose the languages to export with --locale (e.g. --locale en --locale ar) or use --all-locales."
            )
        )
    known = {language.code: language for language in available}
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ExportError(
            _("Unknown language %(codes)s. Choose from: %(valid)s.")
            % {
                "codes": ", ".join(f"“{code}”" for code in unknown),
                "valid": ", ".join(known),
            }
        )
    return [language for language in available if language.code in codes]


@dataclass
class Step:
    """How far an export is; the last step carries the report."""

    percent: int
    message: str
    report: Report | None = None


def export_steps(
    codes=(), *, all_locales=False, out=None, zip_path=None, zip_folder="", base_url=""
):
    """Export the promoted examples in the chosen languages to a folder and/or a zip file,
    yielding a `Step` whenever the percentage grows. Stopping early (closing the generator)
    removes what was written so far."""
    if out is None and zip_path is None:
        raise ExportError(
            _("Say where to write the export: give --out FOLDER, --zip FILE or both.")
        )
    out = Path(out).resolve() if out else None
    zip_path = Path(zip_path).resolve() if zip_path else None
    try:
        if out:
            check_target(out)
        if zip_path:
            check_target(zip_path, is_zip=True)
    except ExportPathError as error:
        raise ExportError(str(error)) from error

    source = ApiSource()
    available = source.languages()
    languages = choose_languages(available, list(codes), all_locales=all_locales)
    editions = []
    for index, language in enumerate(languages):
        yield Step(
            READING_SHARE * index // len(languages),
            _("Reading the examples in %(language)s") % {"language": language.name},
        )
        editions.append(source.edition(language))
    try:
        if out:
            with atomic_directory(out) as folder:
                report = yield from _build(editions, folder, base_url, available)
                if zip_path:
                    write_zip(folder, zip_path, zip_folder)
        else:
            with tempfile.TemporaryDirectory(prefix="vng-export-") as folder:
                report = yield from _build(editions, Path(folder), base_url, available)
                write_zip(Path(folder), zip_path, zip_folder)
    except ExportPathError as error:
        raise ExportError(str(error)) from error
    yield Step(100, _("Done"), report)


def _build(editions, folder, base_url, languages):
    builder = SiteBuilder(editions, folder, base_url=base_url, languages=languages)
    last = -1
    for done, total, message in builder.build():
        percent = min(99, READING_SHARE + (99 - READING_SHARE) * done // total)
        if percent > last:
            last = percent
            yield Step(percent, _("Writing %(file)s") % {"file": message})
    return builder.report


def export_promotion(codes=(), *, progress=None, **options) -> Report:
    """`export_steps` run to the end; `progress(percent, message)` hears of each step."""
    for step in export_steps(codes, **options):
        if progress:
            progress(step.percent, step.message)
        if step.report:
            return step.report
    raise AssertionError("export_steps ended without a report")  # pragma: no cover
