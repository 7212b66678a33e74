"""The admin side of the export: the menu item, the screen that queues a worker job, the job's
page with its progress and the zip, and the panel on each best-practice page."""

import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from home.changes.models import Job
from tests.themes.editors import create_editor, log_in
from themes.export.jobs import run_export_job


@pytest.fixture
def editor(db, client, settings, tmp_path):
    settings.VNG_PROMOTION_EXPORT_ROOT = tmp_path
    user = create_editor()
    log_in(client, user)
    return user


def test_the_menu_has_the_promotion_export(export_site, editor, client):
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("promotion_export") in response.content.decode()


def test_the_screen_offers_every_language_with_its_number_of_examples(export_site, editor, client):
    response = client.get(reverse("promotion_export"))
    assert response.status_code == 200
    labels = re.findall(
        r'<label for="id_locales_\d">\s*<input[^>]*>\s*(.*?)</label>',
        response.content.decode(),
        re.S,
    )
    assert [label.strip() for label in labels] == [
        "Nederlands (nl): 3 examples",
        "English (en): 3 examples",
        "Français (fr): 3 examples",
        "Español (es): 3 examples",
        "العربية (ar): 3 examples",
    ]


def test_choosing_no_language_says_what_to_do(export_site, editor, client):
    response = client.post(reverse("promotion_export"), {})
    assert response.status_code == 200
    assert "Choose at least one language to export." in response.content.decode()


def run_worker():
    call_command("worker", "--once", "--only", "jobs", verbosity=0)


def test_an_export_is_a_worker_job_with_progress_and_a_download(export_site, editor, client):
    response = client.post(reverse("promotion_export"), {"locales": ["en", "ar"]})
    job = Job.objects.get()
    assert response["Location"] == reverse("promotion_export_job", args=[job.pk])
    waiting = client.get(response["Location"]).content.decode()
    assert "Waiting for the background worker to start the export" in waiting
    assert '<meta http-equiv="refresh" content="2">' in waiting
    run_worker()
    job.refresh_from_db()
    assert (job.status, job.progress, job.message) == ("done", 100, "Done")
    page = client.get(response["Location"]).content.decode()
    assert 'http-equiv="refresh"' not in page and "The export is ready." in page
    url = re.search(r'<a class="button" href="([^"]+)" download>', page).group(1)
    download = client.get(url)
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith('attachment; filename="vng-promotion-')
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    names = archive.namelist()
    assert "vng-promotion/en/index.html" in names and "vng-promotion/ar/index.html" in names
    assert not any(name.startswith("vng-promotion/fr/") for name in names)
    listing = client.get(reverse("promotion_export")).content.decode()
    assert reverse("promotion_export_job", args=[job.pk]) in listing


def test_the_job_reports_its_progress_as_it_goes(export_site, editor):
    job = Job.objects.create(kind="promotion_export", params={"codes": ["en"]}, user=editor)
    seen = []
    run_export_job(job, lambda percent, message: seen.append((percent, message)))
    percents = [percent for percent, _message in seen]
    assert percents[0] == 0 and percents[-1] == 100 and percents == sorted(percents)
    assert len(percents) > 10
    assert seen[0][1] == "Reading the examples in English"


def test_a_failed_export_says_what_to_do(export_site, editor, client):
    client.post(reverse("promotion_export"), {"locales": ["en"]})
    queued = Job.objects.get()
    queued.params["codes"] = ["xx"]  # e.g. a language removed in the meantime
    queued.save(update_fields=["params"])
    run_worker()
    job = Job.objects.get()
    assert job.status == "failed" and "Unknown language “xx”. Choose from:" in job.message
    page = client.get(reverse("promotion_export_job", args=[job.pk])).content.decode()
    assert "The export failed; nothing was saved." in page and "Choose from:" in page


def test_someone_else_cannot_see_or_download_the_export(export_site, editor, client):
    client.post(reverse("promotion_export"), {"locales": ["en"]})
    run_worker()
    job = Job.objects.get()
    other = get_user_model().objects.create_superuser("other", "other@example.org", "x")
    log_in(client, other)
    page = client.get(reverse("promotion_export_job", args=[job.pk]), follow=True)
    assert page.status_code == 404
    response = client.get(reverse("promotion_export_download", args=[job.pk]), follow=True)
    assert response.redirect_chain == [(reverse("promotion_export"), 302)]
    assert "This export has expired or was made by someone else; export again." in (
        response.content.decode()
    )


def test_the_page_editor_says_in_which_languages_an_example_is_exported(
    export_site, editor, client
):
    edit = reverse("wagtailadmin_pages:edit", args=[export_site["waste"].pk])
    text = client.get(edit).content.decode()
    assert "In the export: yes" in text
    assert "English (en)</li>" in text
    assert "العربية (ar) — shown in en, no published translation</li>" in text
    assert "Nederlands (nl)</li>" in text


def test_the_page_editor_says_why_an_example_is_not_exported(export_site, editor, client):
    unflagged = reverse("wagtailadmin_pages:edit", args=[export_site["unflagged"].pk])
    assert "tick “promote internationally” and publish" in client.get(unflagged).content.decode()
    draft = reverse("wagtailadmin_pages:edit", args=[export_site["draft"].pk])
    assert (
        "it is flagged, but no version is published and public yet"
        in client.get(draft).content.decode()
    )
