"""Request ids in and out, one structured log line per request with its SQL count, Prometheus
metrics behind a token, and the read-replica routing rule."""

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import routers

pytestmark = pytest.mark.django_db
QUERY = {"query": 'query Home { page(urlPath: "/nl/") { title } }', "operationName": "Home"}


def post(client, **headers):
    return client.post("/graphql/", QUERY, content_type="application/json", headers=headers)


def request_lines(caplog):
    return [record for record in caplog.records if record.name == "cms.requests"]


def test_the_request_id_is_taken_or_made_and_sent_back(client, caplog):
    caplog.set_level(logging.INFO, logger="cms.requests")
    assert post(client, **{"X-Request-ID": "partner-42.a_b"})["X-Request-ID"] == "partner-42.a_b"
    made = post(client, **{"X-Request-ID": "not ok; drop table"})["X-Request-ID"]
    assert len(made) == 32 and made.isalnum()
    assert [record.request_id for record in request_lines(caplog)] == ["partner-42.a_b", made]


def test_each_request_is_logged_once_with_its_sql_count_and_operation(client, caplog):
    caplog.set_level(logging.INFO, logger="cms.requests")
    with CaptureQueriesContext(connection) as queries:
        assert post(client).status_code == 200
    (line,) = request_lines(caplog)
    assert (line.method, line.path, line.status, line.operation) == (
        "POST",
        "/graphql/",
        200,
        "Home",
    )
    assert line.queries == len(queries) > 0


def test_slow_sql_is_logged_with_its_cost(client, caplog, settings):
    settings.VNG_SLOW_QUERY_MS = 0
    caplog.set_level(logging.WARNING, logger="cms.sql")
    post(client)
    slow = [record for record in caplog.records if record.name == "cms.sql"]
    assert slow and all(record.event == "slow_query" and record.sql for record in slow)


def test_metrics_need_the_token(client, settings):
    settings.VNG_METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 404
    settings.VNG_METRICS_TOKEN = "s3cret-token"
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    post(client)
    response = client.get("/metrics", headers={"Authorization": "Bearer s3cret-token"})
    assert response.status_code == 200
    text = response.content.decode()
    assert 'vng_graphql_request_duration_seconds_count{operation="Home",status="200"}' in text
    assert 'vng_sql_queries_per_request_count{route="graphql"}' in text
    assert 'vng_http_requests_total{method="POST",route="graphql",status="200"}' in text


def test_the_public_api_reads_from_the_replica_and_the_rest_from_the_primary(rf, settings):
    settings.DATABASES = {**settings.DATABASES, "replica": settings.DATABASES["default"]}
    router = routers.ReplicaRouter()
    seen = {}

    def view(name):
        def record(request):
            seen[name] = (router.db_for_read(None), router.db_for_write(None))

        return record

    routers.ReplicaMiddleware(view("api"))(rf.post("/graphql/", QUERY, "application/json"))
    preview = {"query": '{ pagePreview(token: "x") { title } }'}
    routers.ReplicaMiddleware(view("preview"))(rf.post("/graphql/", preview, "application/json"))
    routers.ReplicaMiddleware(view("admin"))(rf.get("/admin/pages/"))
    assert seen == {
        "api": ("replica", "default"),
        "preview": (None, "default"),
        "admin": (None, "default"),
    }
    assert not router.allow_migrate("replica", "home")
