"""Indexes for the serving rules (`home.serving`): each one lets a query of the public lists
read a few rows instead of the whole table.

- `home_page_parents`: pages with children. The visibility rule checks each page against the
  small set of "open parents" (`visibility._open_parents`); this index finds that set without
  reading every page.
- `home_page_hidden`: unpublished, expired or expiring pages, by path: the hidden ancestors
  the open-parents set excludes.
- `home_bestpractice_start`: examples by start date, the default order of `bestPractices`, so
  a page of the list is read in order and stops early.

Wagtail's and our page tables get these through SQL (the models cannot declare them); partial
indexes work on PostgreSQL and SQLite alike.
"""

from django.db import migrations

INDEXES = [
    (
        "home_page_parents",
        "CREATE INDEX IF NOT EXISTS home_page_parents ON wagtailcore_page (path) "
        "WHERE numchild > 0",
    ),
    (
        "home_page_hidden",
        "CREATE INDEX IF NOT EXISTS home_page_hidden ON wagtailcore_page (path) "
        "WHERE NOT live OR expired OR expire_at IS NOT NULL",
    ),
    (
        "home_bestpractice_start",
        "CREATE INDEX IF NOT EXISTS home_bestpractice_start "
        "ON themes_bestpracticepage (start_date)",
    ),
]


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_grant_editor_permissions"),
        ("themes", "0003_require_child_object_locale"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.RunSQL(sql=create, reverse_sql=f"DROP INDEX IF EXISTS {name}")
        for name, create in INDEXES
    ]
