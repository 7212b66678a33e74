"""Second step of 0002, in its own transaction (PostgreSQL cannot alter a table that has
pending updates in the same transaction): every translatable inline object now has a locale and
a translation key."""

import uuid

import django.db.models.deletion
from django.db import migrations, models

CHILD_MODELS = ["keyfigure", "externallink", "campaignevent"]


def require_fields(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name=model_name, unique_together={("translation_key", "locale")}
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [("themes", "0002_translatable_child_objects")]

    operations = [op for name in CHILD_MODELS for op in require_fields(name)]
