"""The change feed for partners who poll or who were down: `changes(since, locale, pagination)`.

Events come from the outbox (`home/changes/`), the same ones webhooks deliver: publishes,
unpublishes and deletions (as tombstones: nothing of the object but its id, language and former
path), moves, published translations, changed reference data and images. `cursor` continues
where a page ended.
"""

import base64
import binascii
from datetime import datetime

import strawberry
from django.utils.translation import gettext as _
from strawberry.types import Info

from graphql_api.limits import InputError, limit
from graphql_api.locales import requested_locale
from home.changes.feed import FeedError, events_after
from home.changes.models import Event


@strawberry.type(name="ChangedObject", description="What a change event is about.")
class ChangedObject:
    type: str = strawberry.field(description="page, snippet or image.")
    model: str = strawberry.field(description="e.g. BestPracticePage, Goal, CreditedImage.")
    id: strawberry.ID = strawberry.field(description="The object's id (a page's `id`).")
    translation_key: str | None = strawberry.field(
        description="Shared by every language version of the object."
    )
    locale: str | None = strawberry.field(description="The language of this version, if any.")
    url_path: str | None = strawberry.field(
        description="The page's path after the change (for tombstones: the path it had)."
    )
    url_path_before: str | None = strawberry.field(description="For page.moved: the old path.")


@strawberry.type(name="ChangeEvent", description="One change, as webhooks deliver it.")
class ChangeEvent:
    id: strawberry.ID = strawberry.field(description="The event's id (also in webhooks).")
    type: str = strawberry.field(
        description=(
            "page.published, page.unpublished, page.deleted, page.moved, translation.published, "
            "snippet.changed or image.changed."
        )
    )
    occurred_at: datetime = strawberry.field(description="When the change was made.")
    tombstone: bool = strawberry.field(
        description="True when the object is gone from the API (unpublished or deleted)."
    )
    object: ChangedObject
    affected_page_ids: list[strawberry.ID] = strawberry.field(
        description="Pages whose API answers this change alters (the page itself included)."
    )
    cursor: str = strawberry.field(description="Pass as `pagination.after` to read what follows.")


@strawberry.type(name="ChangeFeed", description="A page of change events, oldest first.")
class ChangeFeed:
    events: list[ChangeEvent]
    cursor: str | None = strawberry.field(
        description="Where this page ended: pass as `pagination.after` for the next page."
    )
    has_more: bool = strawberry.field(description="Whether more events follow already.")


@strawberry.input(description="Where to continue and how many events to return.")
class ChangeFeedPagination:
    after: str | None = strawberry.field(
        default=None, description="The `cursor` of the last event read."
    )
    limit: int | None = strawberry.field(
        default=None, description="Events per page (default 20, at most 100)."
    )


def cursor_of(event_id: int) -> str:
    return base64.urlsafe_b64encode(f"event:{event_id}".encode()).decode()


def event_id_of(cursor: str) -> int:
    try:
        kind, _sep, number = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind == "event" and number.isdigit():
            return int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise InputError(
        _("The cursor “%(cursor)s” is not one this feed gave; pass a `cursor` value unchanged.")
        % {"cursor": cursor[:40]}
    )


def _event(event: Event) -> ChangeEvent:
    data = event.payload()["data"]
    obj = data["object"]
    return ChangeEvent(
        id=strawberry.ID(data["eventId"]),
        type=event.type,
        occurred_at=event.occurred_at,
        tombstone=event.is_tombstone,
        object=ChangedObject(
            type=obj["type"],
            model=obj["model"],
            id=strawberry.ID(obj["id"]),
            translation_key=obj["translationKey"],
            locale=obj["locale"],
            url_path=obj["urlPath"],
            url_path_before=obj["urlPathBefore"],
        ),
        affected_page_ids=[strawberry.ID(page_id) for page_id in data["affectedPageIds"]],
        cursor=cursor_of(event.pk),
    )


@strawberry.type
class Query:
    @strawberry.field(
        description=(
            "Changes after `since`, oldest first: publishes, moves, changed reference data and "
            "images, and unpublished or deleted pages as tombstones. With `locale`, only events "
            "in that language and those without one (images, reference data without languages)."
        )
    )
    def changes(
        self,
        info: Info,
        since: datetime,
        locale: str | None = None,
        pagination: ChangeFeedPagination | None = None,
    ) -> ChangeFeed:
        code = requested_locale(locale) if locale else None
        pagination = pagination or ChangeFeedPagination()
        size = pagination.limit if pagination.limit is not None else limit("PAGE_SIZE")
        if size < 1:
            raise InputError(_("The pagination limit must be 1 or more."))
        size = min(size, limit("MAX_PAGE_SIZE"))
        after = event_id_of(pagination.after) if pagination.after else None
        try:
            rows, more = events_after(since, code, after_id=after, limit=size)
        except FeedError as error:
            raise InputError(str(error)) from error
        events = [_event(row) for row in rows]
        cursor = events[-1].cursor if events else pagination.after
        return ChangeFeed(events=events, cursor=cursor, has_more=more)
