"""Partner delivery: what happens around the schema for partners' sites.

- `gate`: the order of things for one request (key, persisted query, cache, rate limit);
- `middleware`: the gate's answers (cached ones above all) given before sessions and locale;
- `cache`: the tagged response cache (Redis, or local memory without it);
- `tags`: what an answer read, collected by the resolvers;
- `invalidation` and `signals`: which answers a change affects, dropped on commit;
- `purge`: telling a CDN in front which tags to drop;
- `http`: ETag / 304, caching, tag and rate-limit headers;
- `persisted`: Apollo's automatic persisted queries and registered operations;
- `keys`: API keys (401 for unknown or revoked ones) and their use;
- `cors`: the origins allowed by django-cors-headers.

Rate limits live in `graphql_api.ratelimit` (shared with the engagement mutations).
"""
