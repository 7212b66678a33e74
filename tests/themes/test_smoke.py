import pytest

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory


@pytest.mark.django_db
def test_best_practice_lives_below_its_index(home_page):
    index = BestPracticeIndexPageFactory(parent=home_page)
    page = BestPracticePageFactory(parent=index)
    assert page.get_parent().specific == index
    # headless: Wagtail's address of a page is its address on the partner website (here, with
    # no FRONTEND_URL, this service, which redirects there or points to the API)
    assert page.url == f"http://testserver/nl/voorbeelden/{page.slug}/"
