"""GraphiQL's files are downloaded once at setup and refused when they are not the pinned ones."""

import base64
import hashlib

import pytest
from django.core.management.base import CommandError

from graphql_api.graphiql_assets import INTEGRITY, PACKAGES, missing_files
from graphql_api.management.commands.fetch_graphiql import checked, tarball_url


def test_a_download_that_differs_from_the_pinned_integrity_is_refused():
    with pytest.raises(CommandError, match="does not match its pinned integrity"):
        checked("graphiql", b"not the package")


def test_the_pinned_integrity_is_a_sha512_of_the_tarball():
    content = b"a tarball"
    digest = "sha512-" + base64.b64encode(hashlib.sha512(content).digest()).decode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(INTEGRITY, "react", digest)
        assert checked("react", content) == content


def test_tarballs_come_from_the_registry_by_pinned_version():
    assert tarball_url("https://registry.npmjs.org/", "react-dom", PACKAGES["react-dom"]) == (
        "https://registry.npmjs.org/react-dom/-/react-dom-18.3.1.tgz"
    )


def test_setup_fetched_every_file():
    assert missing_files() == [], "run `make setup` (or manage.py fetch_graphiql)"
