"""What drops cached answers: Wagtail's page signals and saves/deletes of snippets, images and
documents (connected in `GraphqlApiConfig.ready`).

Pages: publishing (also a scheduled publish by `publish_scheduled`, and publishing a
translation), unpublishing (also expiry), moving, deleting, and a live page saved whole by code
(imports, management commands). A draft saved without publishing (Wagtail saves only its
bookkeeping fields) changes no public answer and drops nothing. Snippets (every registered snippet model), images
and documents: every save and delete.
"""

from django.db.models.signals import post_save, pre_delete
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from graphql_api.delivery.invalidation import invalidate
from graphql_api.delivery.tags import children_tag, object_tag


def _is_content_model(model) -> bool:
    from wagtail.snippets.models import get_snippet_models

    if issubclass(model, Page):
        return False
    return (
        model in get_snippet_models()
        or issubclass(model, Redirect)  # the `redirect` root field
        or issubclass(model, get_image_model())
        or issubclass(model, get_document_model())
    )


def page_changed(sender, instance, **kwargs):
    invalidate(instance)


def page_moved(sender, instance, parent_page_before=None, **kwargs):
    extra = {children_tag(parent_page_before.pk)} if parent_page_before is not None else set()
    invalidate(instance, descendants=True, extra=extra)


def object_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if isinstance(instance, Page):
        if instance.live and update_fields is None:
            invalidate(instance)
    elif _is_content_model(type(instance)):
        invalidate(instance)


def object_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        # Before the rows go: the tree and the references are still there to be read.
        invalidate(instance, extra={object_tag(instance)})
    elif _is_content_model(type(instance)):
        invalidate(instance, extra={object_tag(instance)})


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="delivery-page-published")
    page_unpublished.connect(page_changed, dispatch_uid="delivery-page-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="delivery-page-moved")
    post_save.connect(object_saved, dispatch_uid="delivery-object-saved")
    pre_delete.connect(object_deleted, dispatch_uid="delivery-object-deleted")
