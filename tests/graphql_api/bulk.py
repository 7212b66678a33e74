"""Many copies of a page, fast: the flatness test needs 200 items in every list.

A template page is made once through the factories (with its relations, inline rows and
revisions); `clone_pages` copies it under a parent in a few queries per page instead of the
dozens `save_revision().publish()` costs: the tree path is computed (treebeard's steps), each
copy is one INSERT per table, and the many-to-many and inline rows go in with `bulk_create`.
Works on SQLite and PostgreSQL. Search and reference indexing are skipped (the API's lists do
not read them).
"""

import uuid

from django.db.models import F
from modelcluster.models import get_all_child_relations
from wagtail.models import Page, TranslatableMixin
from wagtail.search.backends import get_search_backends

from themes.demo.builder import indexing_deferred

# Page columns a copy never shares with its template.
_OWN = {"id", "path", "depth", "numchild", "url_path", "translation_key", "draft_title"}


def clone_pages(template: Page, parent: Page, overrides: list[dict]) -> list[Page]:
    """A copy of `template` (a specific page) under `parent` for each dict of field values in
    `overrides` (`title` and `slug` at least; `translation_key` to make it a translation of
    another page). Returns the copies, in order."""
    parent = Page.objects.get(pk=parent.pk)
    model = type(template)
    fields = [f for f in model._meta.concrete_fields if not f.primary_key and f.name not in _OWN]
    copies = []
    with indexing_deferred():
        for number, values in enumerate(overrides, start=1):
            page = model(**{f.attname: getattr(template, f.attname) for f in fields})
            for name, value in values.items():
                setattr(page, name, value)
            page.depth = parent.depth + 1
            page.path = model._get_path(parent.path, page.depth, parent.numchild + number)
            page.numchild = 0
            page.draft_title = page.title
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.translation_key = values.get("translation_key") or uuid.uuid4()
            page.locale_id = parent.locale_id
            page.save_base(force_insert=True)
            copies.append(page)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(copies))
    _copy_relations(template, copies)
    # Indexed once, in bulk, with their relations: the API's search lists them like any page.
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(model, copies)
    return copies


def _copy_relations(template: Page, copies: list[Page]) -> None:
    model = type(template)
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        targets = list(
            through.objects.filter(**{source: template.pk}).values_list(f"{target}_id", flat=True)
        )
        through.objects.bulk_create(
            through(**{f"{source}_id": copy.pk, f"{target}_id": target_id})
            for copy in copies
            for target_id in targets
        )
    for relation in get_all_child_relations(model):
        child = relation.related_model
        key = relation.field.attname
        fields = [f for f in child._meta.concrete_fields if not f.primary_key and f.attname != key]
        rows = list(child.objects.filter(**{key: template.pk}))
        new = []
        for copy in copies:
            for row in rows:
                values = {f.attname: getattr(row, f.attname) for f in fields}
                if issubclass(child, TranslatableMixin):
                    values["translation_key"] = uuid.uuid4()
                new.append(child(**values, **{key: copy.pk}))
        child.objects.bulk_create(new)
