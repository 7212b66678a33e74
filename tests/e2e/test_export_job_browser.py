"""The promotion export as an editor sees it in Chromium: press Export, the job waits for the
worker, the page follows its progress by itself and offers the zip when the worker is done."""

import re
import threading
import zipfile

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from home.changes.models import Job
from home.changes.worker import Worker
from tests import factories as f

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def example():
    home = Page.objects.get(depth=2)
    index = f.BestPracticeIndexPageFactory(parent=home)
    page = f.BestPracticePageFactory(
        parent=index, title="Zonnedaken in Zwolle", promote_internationally=True
    )
    page.save_revision().publish()
    return page


def test_the_export_runs_in_the_worker_and_the_page_offers_the_zip(
    live_server, page, log_in, example, tmp_path, settings
):
    settings.VNG_PROMOTION_EXPORT_ROOT = tmp_path / "exports"
    log_in()
    page.set_default_timeout(30_000)

    page.goto(f"{live_server.url}/admin/promotion-export/")
    page.get_by_role("button", name="Export", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/promotion-export/\d+/$"))
    expect(page.locator("#export-message")).to_contain_text("Waiting for the background worker")

    # What `manage.py worker` does, on a thread of its own: Playwright keeps an event loop on
    # the test thread, where the export's synchronous GraphQL calls would refuse to run.
    worker = threading.Thread(target=Worker(only={"jobs"}).run_pass)
    worker.start()
    worker.join(120)
    job = Job.objects.get()
    assert (job.status, job.message) == ("done", "Done")

    # The page reloads itself and shows the result without the editor doing anything.
    expect(page.locator("#export-done")).to_contain_text("The export is ready.", timeout=20_000)
    expect(page.locator("#export-progress")).to_have_attribute("value", "100")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the zip").click()
    saved = tmp_path / "export.zip"
    download_info.value.save_as(saved)
    names = zipfile.ZipFile(saved).namelist()
    assert "vng-promotion/en/index.html" in names
    assert any(name.startswith("vng-promotion/en/examples/") for name in names)
