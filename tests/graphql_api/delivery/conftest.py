"""Fixtures of the partner-delivery tests: the response cache on, an API client that returns
whole responses, and a small site where an example reaches other objects only through a
relation (theme, goal), a chooser block (a page link) and a rich-text link."""

import json
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f


@pytest.fixture
def delivered(settings):
    settings.VNG_API_RESPONSE_CACHE = True
    return settings


@dataclass
class Answer:
    status: int
    headers: dict
    body: dict | None
    queries: int

    @property
    def cache(self) -> str | None:
        return self.headers.get("X-Cache")


@pytest.fixture
def api(client, delivered):
    """POST (or GET) a query; returns status, headers, JSON and the number of SQL queries."""

    def run(query, variables=None, *, method="POST", headers=None, extensions=None, **params):
        payload = {"query": query, **params}
        if variables is not None:
            payload["variables"] = variables
        if extensions is not None:
            payload["extensions"] = extensions
        if query is None:
            payload.pop("query")
        extra = {
            f"HTTP_{name.upper().replace('-', '_')}": value
            for name, value in (headers or {}).items()
        }
        with CaptureQueriesContext(connection) as queries:
            if method == "GET":
                data = {
                    name: json.dumps(value) if isinstance(value, dict) else value
                    for name, value in payload.items()
                }
                response = client.get("/graphql/", data, **extra)
            else:
                response = client.post(
                    "/graphql/", json.dumps(payload), content_type="application/json", **extra
                )
        body = json.loads(response.content) if response.content else None
        return Answer(response.status_code, dict(response.headers), body, len(queries))

    return run


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run an editor's action and the invalidation its commit triggers."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


@pytest.fixture
def site(db, home_page):
    """nl: an index of examples; `example` names `theme` (relation), links to `target` with a
    page-link block (chooser) and to `linked` in its rich text; `other` shares nothing."""
    year = f.ProgrammeYearPageFactory(parent=home_page, slug="2016")
    theme = f.ThemePageFactory(parent=year, title="Klimaat", slug="klimaat")
    unrelated_theme = f.ThemePageFactory(parent=year, title="Bestuur", slug="bestuur")
    index = f.BestPracticeIndexPageFactory(parent=home_page, slug="voorbeelden")
    target = f.BestPracticePageFactory(parent=index, title="Doelpagina", slug="doel")
    linked = f.BestPracticePageFactory(parent=index, title="Gelinkt", slug="gelinkt")
    agenda = f.AgendaFactory(code="sdg", name="SDG")
    goal = f.GoalFactory(agenda=agenda, number=11, name="Duurzame steden")
    example = f.BestPracticePageFactory(
        parent=index,
        title="Zonnestroom",
        slug="zon",
        body=[
            {"type": "page_link", "id": "b1", "value": {"page": target.pk, "label": ""}},
            {
                "type": "paragraph",
                "id": "b2",
                "value": f'<p>Zie <a linktype="page" id="{linked.pk}">dit</a>.</p>',
            },
        ],
    )
    example.themes.set([theme])
    example.goals.set([goal])
    example.save_revision().publish()
    other = f.BestPracticePageFactory(parent=index, title="Ander voorbeeld", slug="ander")
    other.themes.set([unrelated_theme])
    other.save_revision().publish()
    return {
        "theme": theme,
        "unrelated_theme": unrelated_theme,
        "target": target,
        "linked": linked,
        "goal": goal,
        "example": example,
        "other": other,
        "index": index,
    }
