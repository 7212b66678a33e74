"""Create the five content locales and the Dutch home page as the site root.

Replaces the placeholder page Wagtail's own migrations create.
"""

from django.conf import settings
from django.db import migrations


def _base36(number, width=4):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
    return out.rjust(width, "0")


def bootstrap(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    default_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    # The root's numchild/path bookkeeping is done by hand: historical models have no treebeard API.
    last = Page.objects.filter(depth=2).order_by("-path").first()
    next_path = root.path + _base36(int(last.path[-4:], 36) + 1 if last else 1)
    home = HomePage.objects.create(
        title="VNG International",
        draft_title="VNG International",
        slug="home",
        content_type=content_type,
        path=next_path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=default_locale,
        live=True,
        has_unpublished_changes=False,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                        site_name="VNG International")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(bootstrap, migrations.RunPython.noop)]
