"""Copy every source-language page that has no version yet into each synchronised language."""

from django.core.management.base import BaseCommand

from themes.localization.synced_trees import synchronise_all_trees


class Command(BaseCommand):
    help = (
        "Give every page of the source language a synced copy (marked untranslated) in each "
        "synchronised language. New pages get theirs when they are created; run this once for "
        "pages that existed before."
    )

    def handle(self, *args, **options):
        counts = synchronise_all_trees()
        if not counts:
            self.stdout.write("No language is synchronised; nothing to do.")
        for code, total in counts.items():
            self.stdout.write(f"{code}: {total} pages in the tree.")
