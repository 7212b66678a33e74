"""The words of the exported site (headings, notices, navigation) in each language.

They are ordinary gettext strings with the context "promotion export", kept with the export in
`themes/export/locale/<language>/LC_MESSAGES/django.po` (edit them there; run `makemessages`
from `themes/export/` to collect new ones). `export_language(code)` activates a language for
writing the export and adds these catalogs to Django's translation of that language, once per
process. Thanks to the context they cannot change any other translation.
"""

import gettext as gettext_module
import io
from contextlib import contextmanager
from pathlib import Path

import polib
from django.utils import translation
from django.utils.translation import pgettext, trans_real

CONTEXT = "promotion export"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def words(message):
    """`message` in the active language, as the exported site says it."""
    return pgettext(CONTEXT, message)


def _catalog(code):
    path = LOCALE_DIR / code / "LC_MESSAGES" / "django.po"
    if not path.exists():
        return None
    return gettext_module.GNUTranslations(io.BytesIO(polib.pofile(str(path)).to_binary()))


@contextmanager
def export_language(code):
    """Write in language `code`: Django's translation for it, with the export's own words."""
    with translation.override(code):
        active = trans_real.translation(code)
        if not getattr(active, "_vng_export_words", False):
            catalog = _catalog(code)
            if catalog is not None:
                active.merge(catalog)
            active._vng_export_words = True
        yield
