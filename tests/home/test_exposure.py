"""The table of exposed pages (`home.serving.exposure`) follows every change that can alter
it, made through Wagtail's own API: after each one it holds exactly what recomputing it from
scratch gives, and the API's visibility follows."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from home.models import PageExposure
from home.serving import exposure
from home.serving.visibility import is_page_visible
from tests import factories as f

pytestmark = pytest.mark.django_db


def _rows() -> set:
    return set(PageExposure.objects.values_list("page_id", "ancestors_expire_at"))


def _from_scratch() -> set:
    return set(
        Page.objects.filter(exposure.exposed_q())
        .annotate(_above=exposure._earliest_expiry_above())
        .values_list("pk", "_above")
    )


def _exposed(page) -> bool:
    return PageExposure.objects.filter(page_id=page.pk).exists()


@pytest.fixture
def tree(home_page):
    section = f.BestPracticeIndexPageFactory(parent=home_page, title="Voorbeelden")
    child = f.BestPracticePageFactory(parent=section, title="Zonnestroom")
    grandchild = f.BestPracticePageFactory(parent=child, title="Onder")
    other = f.BestPracticeIndexPageFactory(parent=home_page, title="Anders")
    return {"home": home_page, "section": section, "child": child, "below": grandchild,
            "other": other}  # fmt: skip


def _agree():
    assert _rows() == _from_scratch()


def test_new_pages_are_exposed(tree):
    assert all(_exposed(page) for page in tree.values())
    _agree()


def test_unpublishing_a_section_hides_everything_below_and_publishing_shows_it(tree):
    tree["section"].unpublish()
    assert not _exposed(tree["child"]) and not _exposed(tree["below"])
    assert _exposed(tree["section"])  # the section's own state is read from its row
    assert not is_page_visible(tree["section"]) and not is_page_visible(tree["below"])
    _agree()
    tree["section"].refresh_from_db()
    tree["section"].save_revision().publish()
    assert is_page_visible(tree["below"])
    _agree()


def test_a_view_restriction_hides_the_subtree_until_removed(tree):
    restriction = PageViewRestriction.objects.create(
        page=tree["child"], restriction_type=PageViewRestriction.LOGIN
    )
    assert not _exposed(tree["child"]) and not _exposed(tree["below"])
    assert _exposed(tree["section"])
    _agree()
    restriction.delete()
    assert _exposed(tree["below"])
    _agree()


def test_moving_under_a_restricted_section_hides_and_back_shows(tree):
    PageViewRestriction.objects.create(
        page=tree["other"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    Page.objects.get(pk=tree["child"].pk).move(
        Page.objects.get(pk=tree["other"].pk), pos="last-child"
    )
    assert not _exposed(tree["child"]) and not _exposed(tree["below"])
    _agree()
    Page.objects.get(pk=tree["child"].pk).move(
        Page.objects.get(pk=tree["section"].pk), pos="last-child"
    )
    assert _exposed(tree["below"])
    _agree()


def test_expiry_above_is_kept_as_a_time(tree):
    soon = timezone.now() + datetime.timedelta(days=1)
    section = tree["section"]
    section.expire_at = soon
    section.save()
    assert PageExposure.objects.get(page_id=tree["below"].pk).ancestors_expire_at == soon
    _agree()
    # The time passes: the stored expiry moves into the past (signals do not see time).
    section.expire_at = timezone.now() - datetime.timedelta(seconds=1)
    section.save()
    assert not is_page_visible(tree["below"])
    _agree()


def test_a_page_outside_the_default_site_is_not_exposed_and_a_site_change_follows(tree):
    root = Page.get_first_root_node()
    loose = root.add_child(instance=Page(title="Los", slug="los", live=True))
    assert not _exposed(loose)
    site = Site.objects.get(is_default_site=True)
    site.root_page = loose
    site.save()
    assert _exposed(loose) and not _exposed(tree["child"])
    _agree()


def test_deleting_a_page_takes_its_rows(tree):
    ids = [tree["child"].pk, tree["below"].pk]
    tree["child"].delete()
    assert not PageExposure.objects.filter(page_id__in=ids).exists()
    _agree()


def test_bulk_sql_is_caught_by_the_command_and_the_workers_check(tree, caplog):
    # A write that bypasses the signals: the section unpublished by a bulk update.
    Page.objects.filter(pk=tree["section"].pk).update(live=False)
    assert _exposed(tree["below"])  # stale: the command or the worker's check mends it
    out = StringIO()
    call_command("refresh_exposure", stdout=out)
    assert "2 rows were out of date" in out.getvalue()
    assert not _exposed(tree["below"])
    _agree()
    Page.objects.filter(pk=tree["section"].pk).update(live=True)
    assert exposure.check() == 2
    assert "out of date" in caplog.text
    assert exposure.check() == 0


@pytest.mark.parametrize("signal", [post_save, post_page_move], ids=["post_save", "page_moved"])
def test_the_table_is_updated_before_the_receivers_that_read_it(signal):
    """Django calls a signal's receivers in the order they connected (the order of
    INSTALLED_APPS' `ready`): the change events and the cache invalidation read visibility, so
    the table's receivers must come first."""
    uids = [key[0] for key, _receiver, _is_async in signal.receivers if isinstance(key[0], str)]
    table = [index for index, uid in enumerate(uids) if uid.startswith("exposure-")]
    readers = [index for index, uid in enumerate(uids) if uid.startswith(("changes_", "delivery-"))]
    assert table and readers, uids
    assert max(table) < min(readers), uids
