"""Copy GraphiQL's browser files into graphql_api/static/graphiql/ (see graphql_api.graphiql_assets)."""

import re
import shutil
import subprocess  # noqa: S404 - runs npm with fixed arguments
import tarfile
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from graphql_api.graphiql_assets import FILES, PACKAGES, TARGET

SOURCE_MAP = re.compile(rb"^\s*(//# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ \*/)\s*$", re.M)


def without_source_map(content: bytes) -> bytes:
    """The file without its source-map comment: the maps are not copied, and collectstatic's
    manifest storage fails on a reference to a missing file."""
    return SOURCE_MAP.sub(b"", content)


class Command(BaseCommand):
    help = "Fetch the pinned GraphiQL, React and ReactDOM packages with npm into static files."

    def handle(self, *args, **options):
        npm = shutil.which("npm")
        if npm is None:
            raise CommandError("npm is not installed; install Node.js (apt-get install npm).")
        with tempfile.TemporaryDirectory() as folder:
            specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
            done = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [npm, "pack", *specs, "--pack-destination", folder, "--silent"],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise CommandError(f"npm pack failed: {done.stderr.strip()}")
            TARGET.mkdir(parents=True, exist_ok=True)
            for package, inside, name in FILES:
                archive = Path(folder) / f"{package}-{PACKAGES[package]}.tgz"
                with tarfile.open(archive) as tar:
                    member = tar.extractfile(f"package/{inside}")
                    if member is None:
                        raise CommandError(f"{package} has no {inside}.")
                    (TARGET / name).write_bytes(without_source_map(member.read()))
        self.stdout.write(f"GraphiQL files in {TARGET}")
