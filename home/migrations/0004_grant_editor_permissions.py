"""Let Editors and Moderators manage reference data and use the project's image model.

Wagtail's own migrations grant these groups rights on Wagtail's default image model only, and
nothing on our snippets.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

REFERENCE_DATA = [
    "agenda",
    "goal",
    "province",
    "municipality",
    "country",
    "organisation",
    "contactperson",
]
GROUPS = ["Editors", "Moderators"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    wanted = [
        ("themes", f"{action}_{model}")
        for model in REFERENCE_DATA
        for action in ("add", "change", "delete")
    ]
    wanted += [
        ("home", f"{action}_creditedimage") for action in ("add", "change", "choose", "delete")
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in wanted
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_credited_image_choose_permission"),
        ("themes", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
