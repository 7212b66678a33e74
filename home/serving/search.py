"""Search that finds: pages matching words, ranked, through Wagtail's search backend, under the
same visibility and language rules as every list.

`search_pages(queryset, words, code, fallback)`:

1. the candidates are the caller's pages (already filtered), made visible and narrowed to the
   version to serve in `code` with its fallback (`versions.localize`) — so a draft, a private
   page or a hidden translation is never a result, and each item appears once;
2. the candidates of each language of the chain are searched with that language's text search
   configuration (`home.search_backend`): Dutch words are stemmed as Dutch, French as French;
3. the hits are ranked by the backend's score (title matches weigh more than body matches),
   at most `VNG_SEARCH_MAX_RESULTS`, each with the language it matched in and a snippet of its
   indexed text with the words marked (`<mark>`; PostgreSQL's `ts_headline`, elsewhere the
   first sentence holding a word).
"""

import html
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery
from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home.search_backend import backend_for_language, language_config
from home.search_text import lemmas
from home.serving.languages import fallback_chain
from home.serving.versions import localize
from home.serving.visibility import visible_pages

MAX_WORDS_LENGTH = 200
START, STOP = "\x02", "\x03"  # markers no text holds, replaced by <mark> after escaping


class SearchWordsError(ValueError):
    """Search words that cannot be searched; the message says what to do."""


@dataclass
class Hit:
    page_id: int
    score: float
    language: str
    snippet: str = ""


def clean_words(words: str) -> str:
    words = " ".join((words or "").split())
    if not words:
        raise SearchWordsError(_("The search text is empty; give one or more words."))
    if len(words) > MAX_WORDS_LENGTH:
        raise SearchWordsError(
            _("The search text is %(length)s characters long; use at most %(max)s.")
            % {"length": len(words), "max": MAX_WORDS_LENGTH}
        )
    return words


def search_pages(queryset: QuerySet, words: str, code: str, fallback: bool) -> list[Hit]:
    """Ranked hits among the served versions of `queryset` (see the module docstring)."""
    words = clean_words(words)
    served = localize(visible_pages(queryset), code, fallback)
    backend = get_search_backend()
    hits: list[Hit] = []
    limit = settings.VNG_SEARCH_MAX_RESULTS
    for language in fallback_chain(code, fallback):
        # by id only: the backend accepts filters on its indexed fields, and `id` is one
        ids = served.filter(locale__language_code=language).order_by().values("pk")
        in_language = Page.objects.filter(id__in=ids)
        # the words' dictionary forms, as the pages' text is indexed (`home.search_text`)
        query = " ".join(lemmas(words, language)) or words
        results = backend_for_language(backend, language).search(query, in_language, operator="and")
        for page in results.annotate_score("_search_score")[:limit]:
            hits.append(Hit(page.pk, float(page._search_score or 0), language))
    hits.sort(key=lambda hit: (-hit.score, hit.page_id))
    return hits[:limit]


def matching_ids(queryset: QuerySet, words: str, code: str, fallback: bool) -> list[int]:
    """The ids of `search_pages`, best first: for lists with a `search` filter."""
    return [hit.page_id for hit in search_pages(queryset, words, code, fallback)]


def add_snippets(hits: list[Hit], words: str, max_words: int = 30) -> None:
    """A short extract of each hit's indexed text with the words marked. One query."""
    if not hits:
        return
    words = clean_words(words)
    entries = IndexEntry.objects.filter(object_id__in=[str(hit.page_id) for hit in hits])
    if connection.vendor == "postgresql":
        by_id = {}
        for language in {hit.language for hit in hits}:
            config = language_config(language)
            ids = [str(hit.page_id) for hit in hits if hit.language == language]
            rows = entries.filter(object_id__in=ids).annotate(
                _headline=SearchHeadline(
                    "body_text",
                    SearchQuery(words, config=config, search_type="websearch"),
                    config=config,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=max_words,
                    min_words=max_words // 2,
                )
            )
            by_id.update({int(row.object_id): row._headline for row in rows if row.body_text})
    else:
        # SQLite keeps the indexed text itself in `body`
        by_id = {
            int(row.object_id): _first_sentence_with(row.body, words) for row in entries if row.body
        }
    for hit in hits:
        hit.snippet = _marked(by_id.get(hit.page_id, ""))


def _first_sentence_with(text: str, words: str) -> str:
    terms = [re.escape(term) for term in words.split() if term]
    pattern = re.compile(r"\b(" + "|".join(terms) + r")", re.IGNORECASE)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    chosen = next((s for s in sentences if pattern.search(s)), sentences[0] if sentences else "")
    return pattern.sub(lambda m: START + m.group(0) + STOP, chosen[:300])


def _marked(text: str) -> str:
    """Escape the extract and turn the markers into <mark> tags."""
    return html.escape(text).replace(START, "<mark>").replace(STOP, "</mark>")


def autocomplete_titles(queryset: QuerySet, words: str, code: str, fallback: bool, limit: int):
    """Served pages whose title starts with the words (prefix match), best first."""
    words = clean_words(words)
    served = localize(visible_pages(queryset), code, fallback).order_by().values("pk")
    found = get_search_backend().autocomplete(words, Page.objects.filter(id__in=served))
    return list(found[:limit])
