"""The production server as an operator runs it: the deploy step, then gunicorn with
cms/gunicorn.py and production settings (file-based SQLite here; PostgreSQL in test_outages.py).
"""

import gzip
import json
import re
import socket
import time

import pytest

from tests.cms.servers import Gunicorn


@pytest.fixture(scope="module")
def server(sqlite_node_env):
    node = Gunicorn(sqlite_node_env, workers=2, threads=2, GUNICORN_BODY_TIMEOUT=2).start()
    yield node
    node.stop()


def test_health_needs_no_https_and_no_known_host(server):
    status, headers, body = server.get("/healthz", headers={"Host": "10.0.0.7"})
    assert (status, json.loads(body)) == (200, {"status": "ok"})
    status, headers, body = server.get("/readyz")
    answer = json.loads(body)
    assert status == 200
    assert answer["status"] == "ok"
    assert {name: check["ok"] for name, check in answer["checks"].items()} == {
        "database": True,
        "migrations": True,
        "cache": True,
    }


def test_admin_login_page_and_its_hashed_compressed_static_files(server):
    status, _, body = server.get("/admin/login/")
    assert status == 200
    stylesheets = re.findall(
        r'href="(/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css)"', body.decode()
    )
    assert stylesheets, "the login page links the hashed admin stylesheet"
    status, headers, css = server.get(stylesheets[0], headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]
    assert b"{" in gzip.decompress(css)


def test_a_get_query_up_to_the_body_limit_is_accepted(server):
    # 15,000 bytes of query string: over gunicorn's default request line (4 KB), under the
    # API's documented 16 KB limit.
    padding = "%20" * 5000
    status, _, body = server.get(f"/graphql/?query={{{padding}locales{{code}}}}")
    assert status == 200
    assert json.loads(body)["data"]["locales"][0] == {"code": "nl"}
    status, _, body = server.get(f"/graphql/?query={{{padding * 2}locales{{code}}}}")
    assert status == 413
    assert "the limit is 16384 bytes" in json.loads(body)["errors"][0]["message"]


def lying_client(port):
    """Announces a 16,000-byte body and sends 30 bytes of it."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.sendall(
        b"POST /graphql/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"X-Forwarded-Proto: https\r\n"
        b"Content-Length: 16000\r\n\r\n" + b'{"query": "{ locales { code }' + b" "
    )
    return sock


def read_answer(sock, until):
    """What the server sends until `until` appears, it closes, or 10 s pass: headers and body
    can arrive in separate segments."""
    sock.settimeout(10)
    answer = b""
    while until.encode() not in answer:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            break
        if not chunk:
            break
        answer += chunk
    return answer.decode()


def test_lying_clients_do_not_hold_the_workers(server):
    # Two workers with two threads each: six stalled bodies would hold every thread of a
    # server that waited for them.
    liars = [lying_client(server.port) for _ in range(6)]
    try:
        status, _, body = server.graphql("{ locales { code } }", timeout=8)
        assert status == 200
        assert json.loads(body)["data"]["locales"][1] == {"code": "en"}
        # Each liar gets a 400 once its body stalls for GUNICORN_BODY_TIMEOUT (2 s here).
        answer = read_answer(liars[0], until="did not arrive in time")
        assert answer.startswith("HTTP/1.1 400")
        assert "did not arrive in time" in answer
    finally:
        for sock in liars:
            sock.close()
    time.sleep(0.1)
