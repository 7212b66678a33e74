"""Make an export appear all at once or not at all.

The site is written to a temporary directory next to the target and renamed into place when it is
complete; on any failure the temporary directory is removed, so a reader never finds half an
export. A zip is written the same way: to a temporary file next to it, then renamed.
"""

import contextlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from django.utils.translation import gettext as _

# Written into every export so that a later export may replace it, and nothing else.
MARKER = ".vng-promotion-export"


class ExportPathError(Exception):
    """The output path cannot take an export; the message says what to do."""


def check_target(path: Path, *, is_zip=False):
    """Fail before any work is done when the export could not be written to `path`."""
    parent = path.parent
    if not parent.is_dir():
        raise ExportPathError(
            _(
                "The folder %(parent)s does not exist or is not a folder; create it or choose another output path."
            )
            % {"parent": parent}
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportPathError(
            _("The folder %(parent)s is not writable; choose an output path you may write to.")
            % {"parent": parent}
        )
    if is_zip:
        if path.is_dir():
            raise ExportPathError(
                _("%(path)s is a folder; give the zip a file name, e.g. %(example)s.")
                % {"path": path, "example": path / "promotion.zip"}
            )
        return
    if path.exists() and not path.is_dir():
        raise ExportPathError(
            _("%(path)s is a file, not a folder; choose a folder for the export.") % {"path": path}
        )
    if path.is_dir() and any(path.iterdir()) and not (path / MARKER).exists():
        raise ExportPathError(
            _(
                "The folder %(path)s is not empty and does not hold an earlier export; choose an "
                "empty or new folder so that nothing in it is overwritten."
            )
            % {"path": path}
        )


@contextlib.contextmanager
def atomic_directory(target: Path):
    """Yield a temporary directory; when the block succeeds it replaces `target`."""
    check_target(target)
    try:
        temporary = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.partial-"))
    except OSError as error:
        raise ExportPathError(
            _("Cannot write in %(parent)s (%(error)s); choose another output path.")
            % {"parent": target.parent, "error": error.strerror or error}
        ) from error
    try:
        yield temporary
        (temporary / MARKER).write_text("", encoding="utf-8")
        # mkdtemp makes the folder private; an export is meant to be read by others.
        os.chmod(temporary, 0o755)  # noqa: S103
        _swap_into_place(temporary, target)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _swap_into_place(temporary: Path, target: Path):
    if not target.exists():
        os.replace(temporary, target)
        return
    # An empty folder or an earlier export: move it aside, move the new one in, then delete it.
    previous = target.with_name(f".{target.name}.previous-{os.getpid()}")
    os.replace(target, previous)
    try:
        os.replace(temporary, target)
    except OSError:
        os.replace(previous, target)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def write_zip(source: Path, target: Path, folder=""):
    """Zip the export in `source` into `target` atomically; the files sit under one folder
    (default: the zip's name without .zip)."""
    check_target(target, is_zip=True)
    folder = folder or target.stem or "promotion"
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.partial-")
    os.close(handle)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(source.rglob("*")):
                if path.is_file() and path.name != MARKER:
                    archive.write(path, f"{folder}/{path.relative_to(source).as_posix()}")
        os.chmod(partial, 0o644)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise
