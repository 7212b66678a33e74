"""Translation of pages and snippets with wagtail-localize: which language to serve (fallbacks),
how complete each translation is, machine help and PO files for translation agencies."""
