"""`affected_tags`: the one answer to "which cached answers may change when this changes",
importable on its own (the webhooks use it too)."""

import pytest

from graphql_api.delivery.invalidation import affected_tags

pytestmark = pytest.mark.django_db


def test_a_page_affects_itself_its_lists_its_parent_s_children_and_its_references(site):
    tags = affected_tags(site["example"])
    example, index = site["example"], site["index"]
    assert f"page-{example.pk}" in tags
    assert f"children-{index.pk}" in tags
    # nl content shows in every language's lists (all fall back to nl)
    assert {
        f"list-themes.bestpracticepage-{code}" for code in ("nl", "en", "fr", "es", "ar")
    } <= tags
    assert "list-page-nl" in tags
    # what it refers to: its theme (relation), the chosen and the linked page, its goal
    for name in ("theme", "target", "linked"):
        assert f"page-{site[name].pk}" in tags
    assert f"themes.goal-{site['goal'].pk}" in tags
    assert f"page-{site['other'].pk}" not in tags
    assert f"page-{site['unrelated_theme'].pk}" not in tags


def test_a_page_is_affected_by_what_refers_to_it(site):
    tags = affected_tags(site["target"])
    assert f"page-{site['example'].pk}" in tags  # the page whose block chose it
    assert f"page-{site['other'].pk}" not in tags


def test_a_snippet_affects_its_language_lists_only(site):
    tags = affected_tags(site["goal"])
    assert f"themes.goal-{site['goal'].pk}" in tags
    assert "list-themes.goal-fr" in tags
    assert f"themes.agenda-{site['goal'].agenda_id}" in tags  # it refers to its agenda
    assert f"page-{site['other'].pk}" not in tags
