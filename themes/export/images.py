"""Images inside the export: the rendition files the API named, copied from the storage (never
fetched over HTTP), and the <img> attributes that point at the copies."""

import logging
import shutil
from pathlib import Path
from urllib.parse import quote

from django.core.files.storage import default_storage

from themes.export.content import Image

logger = logging.getLogger(__name__)


def copy_renditions(editions, root: Path) -> set[str]:
    """Copy every rendition the examples show into `root/media/`; returns the storage names
    copied. A file missing from the storage is logged and left out (its image is not shown)."""
    names = set()
    for edition in editions:
        for example in edition.examples:
            for image in example.images():
                names.add(image.src)
                names.update(name for name, _width in image.srcset)
    copied = set()
    for name in sorted(names):
        target = root / "media" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with default_storage.open(name, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
        except FileNotFoundError:
            target.unlink(missing_ok=True)
            logger.warning("The rendition %s is missing from the storage; it is left out.", name)
            continue
        copied.add(name)
    return copied


def picture(image: Image | None, root, available):
    """The attributes of an <img> inside the export (files under media/, widths in srcset),
    or None when none of its files could be copied."""
    if image is None:
        return None
    candidates = [(name, width) for name, width in image.srcset if name in available]
    src = image.src if image.src in available else (candidates[-1][0] if candidates else None)
    if src is None:
        return None
    return {
        "src": f"{root}media/{quote(src)}",
        "srcset": ", ".join(f"{root}media/{quote(name)} {width}w" for name, width in candidates),
        "width": image.width,
        "height": image.height,
        "alt": image.alt,
        "credit": image.credit,
    }
