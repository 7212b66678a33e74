"""Real servers for the production tests and bench/outage.py, each on a free loopback port:
a throwaway PostgreSQL and Redis (never the shared ones on 5432/6379) that a test may stop and
start again, and gunicorn serving the project with cms/gunicorn.py and production settings.
"""

import glob
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to look at, not to follow


_OPENER = urllib.request.build_opener(_NoRedirects)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, seconds=30.0, interval=0.1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(interval)
    return False


def _port_open(port) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return Path(found[-1]).parent if found else None


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temporary folder, run as the `postgres` user when we are root."""

    def __init__(self):
        self.bin = postgres_bin()
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="vng-pg-"))
        self.data = self.folder / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")

    def url(self, name="vng") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def _run(self, *command, check=True):
        command = [str(part) for part in command]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True, timeout=120)  # noqa: S603

    def init(self):
        self._run(self.bin / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust")
        self.start()
        self._run(
            self.bin / "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "vng"
        )
        return self

    def start(self):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            self.bin / "pg_ctl", "-D", self.data, "-o", options, "-l", self.folder / "log", "-w",
            "start",
        )  # fmt: skip

    def stop(self):
        self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def destroy(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


class ThrowawayRedis:
    def __init__(self):
        self.port = free_port()
        self.process = None

    def url(self, db=0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        if not wait_until(lambda: _port_open(self.port), 10):
            raise RuntimeError("The throwaway Redis did not start.")
        return self

    def start_again(self):
        """Start on the same port (after `stop()`), empty: nothing was saved."""
        return self.start()

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


def production_env(folder: Path, **extra) -> dict:
    """The environment of a production node whose files live in `folder`."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(folder),
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "REDIS_URL": "",
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "LOG_LEVEL": "WARNING",
    }
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, *arguments, timeout=600):
    """Run `manage.py` like the deploy step does; raises with its output when it fails."""
    result = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *arguments],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def deploy(env):
    """What `make deploy` runs: migrate, then the checks and collectstatic."""
    manage(env, "migrate", "--no-input", "-v", "0")
    manage(env, "check", "--deploy", "--fail-level", "WARNING")
    manage(env, "collectstatic", "--no-input", "-v", "0")
    manage(env, "migrate", "--check")


class Gunicorn:
    """`gunicorn -c cms/gunicorn.py` (what `make serve` runs) on a free port."""

    def __init__(self, env, workers=2, threads=4, **extra):
        self.port = free_port()
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_THREADS": str(threads),
            **{key: str(value) for key, value in extra.items()},
        }
        self.process = None
        self.log = Path(env["HOME"]) / f"gunicorn-{self.port}.log"

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603
            [GUNICORN, "-c", "cms/gunicorn.py"],
            cwd=PROJECT_DIR,
            env=self.env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if not wait_until(lambda: self.get("/healthz")[0] == 200, 60, 0.25):
            self.stop()
            raise RuntimeError(f"gunicorn did not start:\n{self.log.read_text()[-3000:]}")
        return self

    def stop(self):
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
            self.process = None

    def request(self, method, path, body=None, headers=None, timeout=10):
        """(status, headers, body bytes) of one request; never raises for HTTP errors."""
        # As behind the TLS-terminating proxy (gunicorn trusts it from 127.0.0.1).
        headers = {"X-Forwarded-Proto": "https", **(headers or {})}
        request = urllib.request.Request(  # noqa: S310 - our own server on loopback
            self.base + path, data=body, method=method, headers=headers
        )
        try:
            with _OPENER.open(request, timeout=timeout) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()
        except OSError:
            return 0, {}, b""

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def graphql(self, query, variables=None, headers=None, timeout=10):
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        headers = {"Content-Type": "application/json", **(headers or {})}
        return self.request("POST", "/graphql/", body, headers, timeout)


# A page with a hero image, for queries that make renditions (which use the cache).
SEED = """
import datetime, io
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Site
from home.models import CreditedImage
from tests import factories as f

buffer = io.BytesIO()
Image.new("RGB", (800, 400), (200, 30, 60)).save(buffer, "PNG")
image = CreditedImage.objects.create(title="Zon", file=ImageFile(buffer, name="zon.png"))
home = Site.objects.get(is_default_site=True).root_page.specific
examples = f.BestPracticeIndexPageFactory(parent=home, title="Voorbeelden", slug="voorbeelden")
page = f.BestPracticePageFactory(
    parent=examples, title="Stroom delen", slug="stroom-delen", hero_image=image, hero_alt="Zon"
)
page.save_revision().publish()
print("seeded")
"""
HERO_QUERY = """{ page(urlPath: "/nl/voorbeelden/stroom-delen/") {
  title ... on BestPracticePage { heroImage { alt rendition(spec: "width-400") { width } } } } }"""
HERO_ANSWER = {
    "data": {
        "page": {
            "title": "Stroom delen",
            "heroImage": {"alt": "Zon", "rendition": {"width": 400}},
        }
    }
}


def answer_of(body) -> dict:
    """A GraphQL answer without `extensions` (the reported cost), to compare with HERO_ANSWER."""
    answer = json.loads(body)
    answer.pop("extensions", None)
    return answer


def seed(env):
    return manage(env, "shell", "-c", SEED)


USERS = """
from django.contrib.auth import get_user_model
User = get_user_model()
for name in ("editor", "moderator"):
    User.objects.create_superuser(name, f"{name}@example.org", "right-password-2016")
print("users")
"""


def create_users(env):
    return manage(env, "shell", "-c", USERS)


def admin_login(node, username, password, client_ip, language="en"):
    """Log in through the admin's login form as a browser would (CSRF cookie and token), from
    `client_ip` as the trusted proxy reports it, in the browser's `language`. Returns (status,
    headers, body): 302 logged in, 200 the form again (wrong password), 429 locked out."""
    headers = {"X-Forwarded-For": client_ip, "Accept-Language": language}
    status, response_headers, body = node.get("/admin/login/", headers=headers)
    assert status == 200, body[:300]
    cookie = response_headers["Set-Cookie"].split(";", 1)[0]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": ""}
    ).encode()
    return node.request(
        "POST",
        "/admin/login/",
        form,
        {
            **headers,
            "Cookie": cookie,
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"https://127.0.0.1:{node.port}/admin/login/",
        },
    )
