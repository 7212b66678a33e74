"""Where finished promotion-export zips are kept for a day, per user.

On this node's disk in `VNG_PROMOTION_EXPORT_ROOT` (default: a folder in the system's temporary
directory), or in the media storage when `S3_BUCKET` is set, so that whichever node answers the
download finds the zip the worker wrote.
"""

import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage

KEEP_SECONDS = 24 * 60 * 60
ZIP_FOLDER = "vng-promotion"  # the folder the zip unpacks into


def export_root(user) -> Path:
    root = getattr(settings, "VNG_PROMOTION_EXPORT_ROOT", None) or (
        Path(tempfile.gettempdir()) / "vng-promotion-exports"
    )
    folder = Path(root) / str(user.pk)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_name(user, job) -> str:
    """Where a finished zip lives in the media storage when exports are kept there."""
    return f"exports/{user.pk}/{job}.zip"


def keep_export(path: Path, user, job) -> None:
    """With object storage (S3_BUCKET), move the finished zip there so that whichever node
    answers the download finds it; the bucket's lifecycle rule removes it after a day."""
    if not settings.VNG_EXPORTS_IN_STORAGE:
        return
    with path.open("rb") as zip_file:
        default_storage.save(stored_name(user, job), File(zip_file))
    path.unlink(missing_ok=True)


def open_export(user, job):
    """The user's finished zip, opened, from the storage or this node's folder; or None."""
    if not job.isalnum():
        return None
    if settings.VNG_EXPORTS_IN_STORAGE:
        name = stored_name(user, job)
        return default_storage.open(name, "rb") if default_storage.exists(name) else None
    path = export_root(user) / f"{job}.zip"
    return path.open("rb") if path.exists() else None


def remove_old_exports(folder: Path):
    limit = time.time() - KEEP_SECONDS
    for path in folder.glob("*.zip"):
        if path.stat().st_mtime < limit:
            path.unlink(missing_ok=True)
