"""The page forms offer related objects in the page's own language only."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import (
    AgendaFactory,
    BestPracticeIndexPageFactory,
    GoalFactory,
    ProgrammeYearPageFactory,
    ThemePageFactory,
)
from tests.themes.editors import create_editor, log_in


@pytest.mark.django_db
def test_best_practice_form_offers_goals_and_themes_in_the_page_language(client, home_page):
    dutch_goal = GoalFactory(number=11, name="Duurzame steden")
    english = Locale.objects.get(language_code="en")
    english_goal = dutch_goal.copy_for_translation(english)
    english_goal.name = "Sustainable Cities"
    english_goal.save()
    year = ProgrammeYearPageFactory(parent=home_page)
    dutch_theme = ThemePageFactory(parent=year, title="Duurzaamheid")
    index = BestPracticeIndexPageFactory(parent=home_page)
    log_in(client, create_editor())

    response = client.get(
        reverse("wagtailadmin_pages:add", args=("themes", "bestpracticepage", index.pk))
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["goals"].queryset) == [dutch_goal]
    assert list(form.fields["themes"].queryset) == [dutch_theme]
    assert 'type="checkbox"' in str(form["goals"])
    assert english_goal.pk not in {goal.pk for goal in form.fields["goals"].queryset}


@pytest.mark.django_db
def test_a_language_without_its_own_objects_keeps_the_full_list(client, home_page):
    """An agenda nobody translated yet stays choosable rather than leaving an empty field."""
    agenda = AgendaFactory(code="sendai", name="Sendai Framework")
    english = Locale.objects.get(language_code="en")
    english_home = home_page.copy_for_translation(english)
    index = BestPracticeIndexPageFactory(parent=english_home, title="Examples")
    log_in(client, create_editor())

    response = client.get(
        reverse("wagtailadmin_pages:add", args=("themes", "bestpracticepage", index.pk))
    )

    assert list(response.context["form"].fields["agendas"].queryset) == [agenda]
