"""Copy GraphiQL's browser files into graphql_api/static/graphiql/ (see graphql_api.graphiql_assets)."""

import base64
import hashlib
import io
import os
import re
import tarfile
import urllib.request

from django.core.management.base import BaseCommand, CommandError

from graphql_api.graphiql_assets import FILES, INTEGRITY, PACKAGES, TARGET

SOURCE_MAP = re.compile(rb"^\s*(//# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ \*/)\s*$", re.M)


def without_source_map(content: bytes) -> bytes:
    """The file without its source-map comment: the maps are not copied, and collectstatic's
    manifest storage fails on a reference to a missing file."""
    return SOURCE_MAP.sub(b"", content)


def tarball_url(registry: str, package: str, version: str) -> str:
    return f"{registry.rstrip('/')}/{package}/-/{package}-{version}.tgz"


def checked(package: str, content: bytes) -> bytes:
    """`content` if its SHA-512 is the pinned integrity of `package`, else a CommandError."""
    digest = "sha512-" + base64.b64encode(hashlib.sha512(content).digest()).decode()
    if digest != INTEGRITY[package]:
        raise CommandError(
            f"{package}@{PACKAGES[package]} does not match its pinned integrity; the download "
            "was altered or the registry serves another file. Check NPM_REGISTRY and retry."
        )
    return content


class Command(BaseCommand):
    help = "Download the pinned GraphiQL, React and ReactDOM packages into static files."

    def handle(self, *args, **options):
        registry = os.environ.get("NPM_REGISTRY") or "https://registry.npmjs.org"
        if not registry.startswith("https://"):
            raise CommandError("NPM_REGISTRY must be an https:// address.")
        archives = {}
        for package, version in PACKAGES.items():
            url = tarball_url(registry, package, version)
            self.stdout.write(f"Downloading {package}@{version} ...")
            try:
                with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - https only
                    archives[package] = checked(package, response.read())
            except OSError as error:
                raise CommandError(
                    f"Could not download {url}: {error}. GraphiQL's files are fetched once at "
                    "setup; connect to the internet (or set NPM_REGISTRY to a mirror) and run "
                    "`make setup` again."
                ) from error
        TARGET.mkdir(parents=True, exist_ok=True)
        for package, inside, name in FILES:
            with tarfile.open(fileobj=io.BytesIO(archives[package])) as tar:
                member = tar.extractfile(f"package/{inside}")
                if member is None:
                    raise CommandError(f"{package} has no {inside}.")
                (TARGET / name).write_bytes(without_source_map(member.read()))
        self.stdout.write(f"GraphiQL files in {TARGET}")
