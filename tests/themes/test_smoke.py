import pytest

from tests.factories import BestPracticeIndexPageFactory, BestPracticePageFactory


@pytest.mark.django_db
def test_best_practice_lives_below_its_index(home_page):
    index = BestPracticeIndexPageFactory(parent=home_page)
    page = BestPracticePageFactory(parent=index)
    assert page.get_parent().specific == index
    assert page.url == f"/nl/voorbeelden/{page.slug}/"
