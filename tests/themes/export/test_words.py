"""The exported site speaks the language of each version: every word of its templates and code
has a translation in each shipped catalog, and the pages use them."""

import ast
import re
from pathlib import Path

import polib
import pytest
from django.utils.translation.template import templatize

from themes.export.i18n import CONTEXT, LOCALE_DIR

ROOT = Path(__file__).resolve().parents[3]
TEMPLATES = ROOT / "themes" / "templates" / "export"
CODE = ROOT / "themes" / "export"
SHIPPED = ["nl", "fr", "es", "ar"]


def messages_in(python_source):
    """(msgid, plural) of every pgettext/npgettext/words call with the export's context."""
    found = set()
    for node in ast.walk(ast.parse(python_source)):
        if not isinstance(node, ast.Call) or not all(
            isinstance(a, ast.Constant) for a in node.args
        ):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        values = [a.value for a in node.args]
        if name == "words":
            found.add((values[0], None))
        elif name == "pgettext" and values[0] == CONTEXT:
            found.add((values[1], None))
        elif name == "npgettext" and values[0] == CONTEXT:
            found.add((values[1], values[2]))
    return found


# What Django's `templatize` makes of {% translate %} and {% blocktranslate %} for xgettext.
TEMPLATE_CALL = re.compile(
    r"(n?p)gettext\(u'promotion export', u'((?:[^'\\]|\\.)*)'(?:, u'((?:[^'\\]|\\.)*)')?"
)


def export_messages():
    found = set()
    for template in TEMPLATES.glob("*.html"):
        xgettext_source = templatize(template.read_text(), origin=str(template))
        for _kind, msgid, plural in TEMPLATE_CALL.findall(xgettext_source):
            found.add(
                (
                    ast.literal_eval(f"'{msgid}'"),
                    ast.literal_eval(f"'{plural}'") if plural else None,
                )
            )
    for module in CODE.glob("*.py"):
        found |= messages_in(module.read_text())
    return found


def test_the_templates_and_code_use_the_export_words():
    messages = export_messages()
    assert ("Examples of Dutch local governance", None) in messages
    assert ("%(counter)s example", "%(counter)s examples") in messages
    assert len(messages) == 37


@pytest.mark.parametrize("code", SHIPPED)
def test_every_export_word_is_translated(code):
    catalog = polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))
    translated = {
        (entry.msgid, entry.msgid_plural or None)
        for entry in catalog
        if entry.msgctxt == CONTEXT and entry.translated() and not entry.obsolete
    }
    assert export_messages() - translated == set()
