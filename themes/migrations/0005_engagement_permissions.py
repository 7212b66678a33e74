"""Let Editors and Moderators handle campaign membership and advice requests.

Subscribers (e-mail addresses) get no group permission: only administrators see them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Editors", "Moderators"]
WANTED = [
    f"{action}_{model}"
    for model in ("membershiprequest", "advicerequest")
    for action in ("view", "change")
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label="themes", codename__in=WANTED)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0004_engagement"),
        ("home", "0004_grant_editor_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
