from django.conf import settings
from django.db import migrations

# Synchronised trees: every content language other than the source (the first of
# WAGTAIL_CONTENT_LANGUAGES, Dutch) follows the source tree through wagtail-localize's locale
# synchronisation. New pages get their synced copies when they are created; pages that existed
# before get them with `manage.py sync_locale_trees` (the demo loader runs it).


def synchronise(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    source = Locale.objects.filter(language_code=codes[0]).first()
    if source is None:
        return
    for locale in Locale.objects.filter(language_code__in=codes[1:]):
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


def unsynchronise(apps, schema_editor):
    apps.get_model("wagtail_localize", "LocaleSynchronization").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("themes", "0006_key_figures_in_one_place"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0002_bootstrap_locales_and_home"),
    ]

    operations = [migrations.RunPython(synchronise, unsynchronise)]
