"""The engagement rate limit holds across worker processes: two gunicorn workers, each
replaced after every request (`--max-requests 1`), so a per-process counter would never trip;
only the shared Redis counter can."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import redis

from graphql_api import ratelimit
from tests.themes.engagement.conftest import SUBSCRIBE, free_port, sign_up

ROOT = Path(__file__).resolve().parents[3]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/3"


def redis_or_skip():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    return client


def post(port: int, document: str, variables: dict) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql/",
        data=json.dumps({"query": document, "variables": variables}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return json.loads(response.read())


def wait_for(port: int, process, seconds: int = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited early")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/graphql/?query=%7B__typename%7D")  # noqa: S310
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("gunicorn did not answer")


def test_rate_limit_holds_across_two_gunicorn_workers(tmp_path):
    client = redis_or_skip()
    for key in client.scan_iter(f"{ratelimit.key_prefix()}*"):
        client.delete(key)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'workers.sqlite3'}",
        "REDIS_URL": REDIS_URL,
        "ENGAGEMENT_RATE_PER_ADDRESS": "3",
        "ENGAGEMENT_RATE_PER_IP": "100",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    port = free_port()
    log = tmp_path / "access.log"
    gunicorn = subprocess.Popen(  # noqa: S603 - our own command line
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            f"--bind=127.0.0.1:{port}",
            "--workers=2",
            "--max-requests=1",
            "--preload",
            f"--access-logfile={log}",
            "--access-logformat=%(p)s %(r)s",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port, gunicorn)
        codes = []
        for _ in range(5):
            body = post(port, SUBSCRIBE, {"input": sign_up("many@example.org")})
            result = body["data"]["subscribeToNewsletter"]
            codes.append([error["code"] for error in result["errors"]])
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
    assert codes == [[], [], [], ["RATE_LIMITED"], ["RATE_LIMITED"]]
    pids = {line.split()[0] for line in log.read_text().splitlines() if "POST" in line}
    assert len(pids) == 5  # every request was answered by a fresh process
    for key in client.scan_iter(f"{ratelimit.key_prefix()}*"):
        client.delete(key)
