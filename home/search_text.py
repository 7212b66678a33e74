"""The dictionary forms of a page's words, indexed next to its text, so a search finds "stad"
for "steden" and "ville" for "villes": PostgreSQL's stemmers cut endings ("gemeenten" →
"gemeent") but do not know irregular forms, and SQLite's FTS does neither. The lemmas come
from simplemma (dictionaries for every content language, no network); the query's words are
reduced the same way (`home.serving.search`), so both sides meet on the dictionary form.
"""

import simplemma
from wagtail.search import index

LEMMA_FIELD = "search_lemmas"


def lemmas(text: str, code: str) -> list[str]:
    """The dictionary forms of the words of `text` in language `code`, in order, once each."""
    found = {}
    for word in simplemma.simple_tokenizer(text or ""):
        if not any(character.isalpha() for character in word):
            continue
        lower = word.lower()
        try:
            found.setdefault(simplemma.lemmatize(lower, lang=code).lower(), None)
        except ValueError:  # a language simplemma has no dictionary for
            found.setdefault(lower, None)
    return list(found)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return [] if value is None else [str(value)]


class LemmaSearchMixin:
    """Page mixin: `search_lemmas()`, the dictionary forms of the page's searchable text that
    differ from the words themselves; index it with `index.SearchField(LEMMA_FIELD)`."""

    def search_lemmas(self) -> str:
        code = self.locale.language_code
        words, texts = set(), []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != LEMMA_FIELD:
                texts += _texts(field.get_value(self))
        text = " ".join(texts)
        words = {word.lower() for word in simplemma.simple_tokenizer(text)}
        return " ".join(lemma for lemma in lemmas(text, code) if lemma not in words)
