"""CPU instructions per request of the bestPractices list of 50: a count that does not depend on
how busy the machine is, for comparing two versions of the code.

Run: `python bench/instructions.py [--base REV] [--database NAME]`. Needs valgrind (Debian
`valgrind`) and a database made by `python bench/serving.py 1000 --keep` (default
`vng_bench_1k` on the server of `BENCH_DATABASE_URL`).

Each version runs the list in process (Django test client, as `bench/serving.py` does) under
valgrind's callgrind with the counting switched off; after 3 warm-up requests the counting is
switched on (`callgrind_control`) for 10 requests. With `--base REV` that revision is checked
out into a temporary git worktree and measured the same way first, and the ratio is printed. A
run takes about a minute per version.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_UP, MEASURED = 3, 10

# Runs inside the measured process, in the checkout given as its first argument: warm up, say
# so, wait for a line on stdin, run the measured requests, say so, wait again.
CHILD = """
import json, os, sys
root, warm_up, measured = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sys.path.insert(0, root)
os.chdir(root)
import django
django.setup()
from django.test import Client
from bench.queries import BEST_PRACTICES_LIST
client, body = Client(), json.dumps({"query": BEST_PRACTICES_LIST})
def post():
    response = client.post("/graphql/", data=body, content_type="application/json")
    assert response.status_code == 200 and "errors" not in response.json(), response.content[:300]
for _ in range(warm_up):
    post()
print("ready", flush=True)
sys.stdin.readline()
for _ in range(measured):
    post()
print("done", flush=True)
sys.stdin.readline()
"""


def tool(name: str) -> str:
    """The full path of a program, or exit naming the package that has it."""
    path = shutil.which(name)
    if path is None:
        package = "git" if name == "git" else "valgrind"
        raise SystemExit(f"{name} is not installed: apt-get install {package}")
    return path


def say(text):
    print(f"instructions  {text}", flush=True)


def per_request(checkout: Path, database_url: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        child = subprocess.Popen(
            [
                tool("valgrind"),
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                CHILD,
                str(checkout),
                str(WARM_UP),
                str(MEASURED),
            ],
            env=dict(
                os.environ,
                DJANGO_SETTINGS_MODULE="cms.settings.test",
                DATABASE_URL=database_url,
                REDIS_URL="",
                PYTHONHASHSEED="0",
            ),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        try:
            for switch, expected in (("on", "ready"), ("off", "done")):
                line = child.stdout.readline().strip()
                if line != expected:
                    raise SystemExit(f"The measured process stopped early ({line!r}); run it "
                                     f"without valgrind to see why.")  # fmt: skip
                subprocess.run(
                    [tool("callgrind_control"), "-i", switch, str(child.pid)],
                    check=True,
                    capture_output=True,
                )
                child.stdin.write("go\n")
                child.stdin.flush()
            child.wait(timeout=300)
        finally:
            if child.poll() is None:
                child.kill()
        found = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
        return int(found.group(1)) / MEASURED


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="a git revision to compare with, e.g. origin/main")
    parser.add_argument("--database", default="vng_bench_1k", help="the benchmark database")
    arguments = parser.parse_args()
    tool("valgrind")
    server = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
    database_url = server.rsplit("/", 1)[0] + "/" + arguments.database
    figures = {}
    if arguments.base:
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder) / "base"
            subprocess.run(
                [tool("git"), "worktree", "add", "--detach", str(base), arguments.base],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            try:
                figures[arguments.base] = per_request(base, database_url)
                say(f"{arguments.base}: {figures[arguments.base] / 1e6:.1f} M per request")
            finally:
                subprocess.run(
                    [tool("git"), "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False
                )
    figures["this checkout"] = per_request(ROOT, database_url)
    say(f"this checkout: {figures['this checkout'] / 1e6:.1f} M per request")
    if arguments.base:
        ratio = figures["this checkout"] / figures[arguments.base]
        say(f"this checkout / {arguments.base}: {ratio:.2f}×")


if __name__ == "__main__":
    main()
