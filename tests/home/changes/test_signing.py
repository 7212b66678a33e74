"""Signatures follow Standard Webhooks, and the verification code partners copy from
docs/partners.md (Python and JavaScript) accepts our signatures and refuses tampered ones."""

import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from home.changes import signing

DOCS = (Path(__file__).resolve().parents[3] / "docs" / "partners.md").read_text(encoding="utf-8")
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def test_the_standard_webhooks_test_vector():
    # The example of the Standard Webhooks reference libraries.
    signature = signing.sign(
        SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, b'{"test": 2432232314}'
    )
    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def signed(body: bytes) -> dict:
    return signing.headers(SECRET, "msg_abc", int(time.time()), body)


def test_the_python_example_in_the_docs_verifies():
    code = re.search(r"```python\n(.*?)```", DOCS, re.S)[1]
    namespace = {}
    exec(code, namespace)  # noqa: S102 - our own documentation
    body = b'{"type":"page.published"}'
    headers = signed(body)
    assert namespace["verify"](SECRET, headers, body) is True
    assert namespace["verify"](SECRET, headers, body + b" ") is False
    stale = signing.headers(SECRET, "msg_abc", int(time.time()) - 3600, body)
    assert namespace["verify"](SECRET, stale, body) is False


@pytest.mark.skipif(not shutil.which("node"), reason="needs Node.js")
def test_the_javascript_example_in_the_docs_verifies(tmp_path):
    code = re.search(r"```js\n(.*?)```", DOCS, re.S)[1]
    body = b'{"type":"page.published"}'
    script = tmp_path / "verify.js"
    script.write_text(
        code
        + "\nconst [secret, headers, body] = JSON.parse(process.argv[2]);\n"
        + "console.log(JSON.stringify([verify(secret, headers, Buffer.from(body)),"
        + " verify(secret, headers, Buffer.from(body + ' '))]));\n"
    )
    argument = json.dumps([SECRET, signed(body), body.decode()])
    result = subprocess.run(  # noqa: S603
        [shutil.which("node"), str(script), argument], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == [True, False]
