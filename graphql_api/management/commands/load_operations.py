"""Load a partner's `.graphql` files into the allowlist of its API key.

    manage.py load_operations --key vng_1a2b3c4d queries/*.graphql [--replace]

Each file is one document (it may hold several operations and fragments); it can then be sent
as text or by the SHA-256 of that text (Apollo's persisted-query hash). `--replace` removes the
key's operations not in the given files.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from graphql_api.delivery.cache import read_document
from graphql_api.delivery.persisted import sha256_of
from graphql_api.models import ApiKey, RegisteredOperation


class Command(BaseCommand):
    help = "Register a partner's .graphql documents as the allowlist of its API key."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", help=".graphql files, one document each")
        parser.add_argument("--key", required=True, help="the key's prefix (vng_…) or partner")
        parser.add_argument(
            "--replace", action="store_true", help="remove the key's other operations"
        )

    def handle(self, *args, files, key, replace, **options):
        found = ApiKey.objects.filter(prefix=key) or ApiKey.objects.filter(name=key)
        if len(found) != 1:
            raise CommandError(
                f"No single API key has the prefix or partner name “{key}”; give the prefix "
                "shown in the admin (Settings → API keys), e.g. vng_1a2b3c4d."
            )
        api_key = found[0]
        documents = []
        for name in files:
            path = Path(name)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"{path}: cannot be read as UTF-8 text ({error}).") from error
            document = read_document(text)
            if document is None or not document.operations:
                raise CommandError(
                    f"{path}: is not a GraphQL document with an operation; fix its syntax."
                )
            documents.append((path, text, document))
        with transaction.atomic():
            kept = []
            for path, text, document in documents:
                operation, created = RegisteredOperation.objects.update_or_create(
                    key=api_key,
                    sha256=sha256_of(text),
                    defaults={"name": path.name, "document": text, "digest": document.digest},
                )
                kept.append(operation.pk)
                verb = "registered" if created else "already registered"
                self.stdout.write(f"{path.name}: {verb} ({operation.sha256})")
            if replace:
                removed, _ = api_key.operations.exclude(pk__in=kept).delete()
                self.stdout.write(f"{removed} other operation(s) removed.")
        self.stdout.write(
            self.style.SUCCESS(f"{api_key.name} has {api_key.operations.count()} operation(s).")
        )
