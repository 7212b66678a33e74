"""Saving a translation as a draft never changes what the public sees.

Wagtail keeps a live page's row equal to its live revision: drafts live only in revisions.
wagtail-localize breaks that rule when it saves a *draft* of a translation that already exists:
`TranslationSource.create_or_update_translation(publish=False)` writes the translated content
into the page row (and its inline rows and relations) before saving the revision, and turns an
alias into a regular page. Everything that reads rows — the public API, the promotion export,
the search index — would serve the draft at once.

`live_row_kept(translation)` wraps such a save: it takes a snapshot of the target page as it is
(the same serialised form Wagtail stores in revisions, inline rows and relations included) and
puts it back afterwards, keeping the new draft as the page's latest revision. The translation
editor, the preview and the next publish see the draft; the public sees the live version until
someone publishes. Pages that are not live (a first translation, an unpublished one) are left
as wagtail-localize writes them: nothing public can change there.
"""

from contextlib import contextmanager

from wagtail.models import Page
from wagtail_localize.models import Translation


def _live_target(translation: Translation) -> Page | None:
    """The existing, live target page of `translation`, or None (snippet, new or not live)."""
    model = translation.source.specific_content_type.model_class()
    if not issubclass(model, Page):
        return None
    target = (
        model._default_manager.filter(
            translation_key=translation.source.object_id, locale=translation.target_locale
        )
        .select_for_update()
        .first()
    )
    return target if target is not None and target.live else None


@contextmanager
def live_row_kept(translation: Translation):
    """Within the block, saving `translation` as a draft leaves the live page row as it was.

    Must run inside a transaction (the target row is locked until it commits)."""
    target = _live_target(translation)
    snapshot = target.serializable_data() if target is not None else None
    yield
    if target is None:
        return
    current = type(target)._default_manager.get(pk=target.pk)
    restored = current.with_content_json(snapshot)
    # `with_content_json` keeps these from the current row; the draft must not change them.
    restored.alias_of_id = target.alias_of_id
    restored.live = True
    restored.has_unpublished_changes = True
    restored.save(clean=False)
