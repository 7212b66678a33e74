"""Public engagement: newsletter sign-up with double opt-in, campaign membership requests and
advice requests, newsletter sending, and the personal-data tools (export, erase, purge).

Layers: `themes.models.engagement` (rows) → this package (rules, mails, tokens; knows nothing of
GraphQL) → `graphql_api.engagement` (mutations) and `themes.engagement.admin` (the admin).
"""
