import pytest


@pytest.fixture(autouse=True)
def offline_machine_translation(settings):
    """Never call DeepL from tests, even with DEEPL_AUTH_KEY in a developer's .env."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "themes.localization.machine.OfflineMachineTranslator",
        "OPTIONS": {},
    }
