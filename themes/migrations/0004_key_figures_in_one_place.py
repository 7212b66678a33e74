"""Key figures have one place: the best practice's "Key figures" tab (the KeyFigure rows).

Key-figures blocks in best-practice bodies move there: a page without KeyFigure rows gets rows
made from its body's figures; every body (the page row, and every revision, so drafts, the live
revision and the history agree) loses its key-figures blocks. Row translation keys derive from
the page's translation key and position, so the rows of a page and of its translations stay
translations of each other.
"""

import json
import uuid

from django.db import migrations


def _blocks(raw):
    if isinstance(raw, str):
        raw = json.loads(raw or "[]")
    return list(raw or [])


def _figures(blocks):
    """(value, unit, label) of every figure in the key-figures blocks of `blocks`."""
    figures = []
    for block in blocks:
        if block.get("type") != "key_figures":
            continue
        for item in (block.get("value") or {}).get("figures") or []:
            value = item["value"] if isinstance(item, dict) and "value" in item else item
            figures.append((str(value["value"]), value.get("unit") or "", value["label"]))
    return figures[:6]


def _without_figures(blocks):
    return [block for block in blocks if block.get("type") != "key_figures"]


def _row_key(page_translation_key, index):
    if not page_translation_key:
        return uuid.uuid4()
    return uuid.uuid5(uuid.UUID(str(page_translation_key)), f"key-figure/{index}")


def move_key_figures(apps, schema_editor):
    BestPracticePage = apps.get_model("themes", "BestPracticePage")
    KeyFigure = apps.get_model("themes", "KeyFigure")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for page in BestPracticePage.objects.all():
        blocks = _blocks(page.body.raw_data if hasattr(page.body, "raw_data") else page.body)
        figures = _figures(blocks)
        if not figures:
            continue
        if not KeyFigure.objects.filter(page_id=page.pk).exists():
            KeyFigure.objects.bulk_create(
                KeyFigure(
                    page_id=page.pk,
                    value=value,
                    unit=unit,
                    label=label,
                    sort_order=index,
                    locale_id=page.locale_id,
                    translation_key=_row_key(page.translation_key, index),
                )
                for index, (value, unit, label) in enumerate(figures)
            )
        BestPracticePage.objects.filter(pk=page.pk).update(
            body=json.dumps(_without_figures(blocks))
        )

    content_type = ContentType.objects.filter(app_label="themes", model="bestpracticepage").first()
    if content_type is None:
        return
    revisions = Revision.objects.filter(content_type_id=content_type.pk)
    for revision in revisions.iterator():
        content = revision.content
        blocks = _blocks(content.get("body"))
        figures = _figures(blocks)
        if not figures:
            continue
        content["body"] = json.dumps(_without_figures(blocks))
        if not content.get("key_figures"):
            content["key_figures"] = [
                {
                    "pk": None,
                    "page": content.get("pk"),
                    "value": value,
                    "unit": unit,
                    "label": label,
                    "sort_order": index,
                    "locale": content.get("locale"),
                    "translation_key": str(_row_key(content.get("translation_key"), index)),
                }
                for index, (value, unit, label) in enumerate(figures)
            ]
        Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0003_require_child_object_locale"),
        ("wagtailcore", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(move_key_figures, migrations.RunPython.noop)]
