"""gunicorn's configuration: `gunicorn -c cms/gunicorn.py cms.wsgi` (what `make serve` runs).

Every number comes from the environment (documented in .env.example and docs/operations.md).

Why the threaded worker (`gthread`): a sync worker is held by one slow or lying client for as long
as that client likes (a body announced as 16,000 bytes of which 30 arrive blocks it until
gunicorn kills it after `timeout`, and every other request waits). In `gthread` the main thread
of each worker accepts connections and waits for their first bytes itself (gunicorn gives a
connection 5 s to send them before parking it again), and each request runs in one of `threads`
threads, so a stalled client holds one thread, not the worker. `pre_request` below puts a socket
timeout (`GUNICORN_BODY_TIMEOUT`) on the body reads, so a client that stops sending frees its
thread after that many seconds with a 400 (cms/outages.py). An event-loop worker (gevent) would
need the database driver and every library patched; uvicorn would run all of Django's sync code
on one thread per worker. In front of several nodes, a buffering proxy (nginx, a cloud load
balancer) absorbs slow uploads entirely; see docs/operations.md.
"""

import multiprocessing
import os
import socket

from django.conf import settings


def _int(name, default):
    return int(os.environ.get(name) or default)


os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").split(",")
worker_class = "gthread"
workers = _int("GUNICORN_WORKERS", min(multiprocessing.cpu_count() * 2, 8))
threads = _int("GUNICORN_THREADS", 8)
# Seconds a worker may stay silent before it is restarted; requests themselves are bounded by the
# database's statement timeout and the body timeout below.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
body_timeout = float(os.environ.get("GUNICORN_BODY_TIMEOUT") or 10)
# Restart workers now and then so that a slow leak never grows old.
max_requests = _int("GUNICORN_MAX_REQUESTS", 2000)
max_requests_jitter = max_requests // 10
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 - heartbeat only
# The proxy in front sets X-Forwarded-Proto; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
accesslog = None  # each request is logged by the application as JSON (cms/observability.py)
proc_name = "vng-content"
control_socket_disable = True  # no shared control socket in $HOME: several servers may run

# A GET query may be as long as the API's documented body limit (VNG_GRAPHQL_LIMITS); the view
# answers longer ones with a 413 that says what to do. gunicorn caps a bounded request line at
# 8190 bytes, so a larger limit needs 0 (gunicorn's own 1 MB ceiling) and leaves it to the view.
_request_line = settings.VNG_GRAPHQL_LIMITS["MAX_BODY_BYTES"] + 2048
limit_request_line = _request_line if _request_line <= 8190 else 0


def pre_request(worker, req):
    """Bound each read of the request body: a client that stops sending frees its thread."""
    sock = getattr(req.unreader, "sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(body_timeout)


def on_starting(server):
    """Start prometheus-client's multiprocess folder empty: old workers' figures are stale."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if folder:
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.endswith(".db"):
                os.unlink(os.path.join(folder, name))


def child_exit(server, worker):
    """Drop the metrics files of a finished worker (prometheus-client's multiprocess mode)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
