"""Make the translatable inline objects (key figures, links, campaign events) TranslatableMixin.

wagtail-localize only translates inline objects whose model is translatable; until now their
labels were silently left out of translations. Existing rows get their page's locale and a
translation key of their own.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models

CHILD_MODELS = ["keyfigure", "externallink", "campaignevent"]


def bootstrap_child_objects(apps, schema_editor):
    for model_name in CHILD_MODELS:
        model = apps.get_model("themes", model_name)
        for child in model.objects.select_related("page"):
            child.locale_id = child.page.locale_id
            child.translation_key = uuid.uuid4()
            child.save(update_fields=["locale", "translation_key"])


def add_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *[op for name in CHILD_MODELS for op in add_fields(name)],
        migrations.RunPython(bootstrap_child_objects, migrations.RunPython.noop),
    ]
