"""What the public may be served, and in which version: the rules every reader of content
shares — the public API, the promotion export, the admin's panels and reports, the PO tools.

Nothing here knows of GraphQL or of the export, and nothing here defines models: the layers
are models → serving → API / export / admin, and no layer imports one above it.

- `languages`: the content languages, the one check of a language code, the fallback chain and
  the writing direction.
- `visibility`: the one rule for which pages, images and documents the public may see.
- `versions`: the one rule for which language version of an item to serve (as SQL for lists,
  in memory for loaded objects), and the one "original version" of each translation key.
- `paths`: the one way to compute a page's routed path (`/fr/exemples/x/`).
"""
