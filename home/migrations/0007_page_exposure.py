"""The table of exposed pages (`home.serving.exposure`): the visibility rule reads one row per
page instead of checking every page against the "open parents" it computed per query, so the
index of pages with children (`home_page_parents`) has no reader left. The table is filled
after every `migrate` (a `post_migrate` receiver), this one included."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_site_settings"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="PageExposure",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "ancestors_expire_at",
                    models.DateTimeField(
                        blank=True,
                        help_text="The earliest expiry time of the pages above this one (empty: none).",
                        null=True,
                    ),
                ),
            ],
            options={"verbose_name": "page exposure"},
        ),
        migrations.RunSQL(
            sql="DROP INDEX IF EXISTS home_page_parents",
            reverse_sql="CREATE INDEX IF NOT EXISTS home_page_parents ON wagtailcore_page (path) "
            "WHERE numchild > 0",
        ),
    ]
