import pytest
from wagtail.models import Site


@pytest.fixture
def home_page(db):
    """The Dutch home page the data migration creates as the site root."""
    return Site.objects.get(is_default_site=True).root_page.specific
