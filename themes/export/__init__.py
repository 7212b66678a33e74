"""The promotion export: promoted best-practice examples as a self-contained static site.

`source` reads the content through the public GraphQL API run in process, so the export can never
show what the API would not; `builder` writes the HTML pages, feeds and assets; `writer` makes the
result appear atomically as a directory or a zip.
"""
