"""GraphiQL's files, served by this service itself (no CDN): the page works on a machine without
internet and under the service's Content Security Policy (scripts and styles from 'self').

`manage.py fetch_graphiql` (run by `make setup`) downloads the pinned npm packages from the
npm registry (`NPM_REGISTRY`, default https://registry.npmjs.org) with Python alone — no Node.js
needed — checks each against its pinned SHA-512 integrity, and copies the browser builds into
`graphql_api/static/graphiql/` (not committed: built at setup, like the virtualenv). The page's
own code is `graphql_api/static/graphql_api/graphiql-start.js`: no inline script.
"""

from pathlib import Path

PACKAGES = {"react": "18.3.1", "react-dom": "18.3.1", "graphiql": "3.9.0"}
# The registry's `dist.integrity` of each pinned version: a download that differs is refused.
INTEGRITY = {
    "react": "sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==",
    "react-dom": "sha512-5m4nQKp+rZRb09LNH59GM4BxTh9251/ylbKIbpe7TpGxfJ+9kv6BLkLBXIjjspbgbnIBNqlI23tRnTWT0snUIw==",
    "graphiql": "sha512-rJYFlHdBbug9+YbFSwRVvgfPjCayC7wHecZkx/qB4XLuQPFQZw/yB9pmHFtOJV6RiNBBHro3u1GdocKa3YcGRA==",
}
# package → (file inside the package, name in static/graphiql/)
FILES = [
    ("react", "umd/react.production.min.js", "react.production.min.js"),
    ("react", "LICENSE", "LICENSE.react"),
    ("react-dom", "umd/react-dom.production.min.js", "react-dom.production.min.js"),
    ("react-dom", "LICENSE", "LICENSE.react-dom"),
    ("graphiql", "graphiql.min.js", "graphiql.min.js"),
    ("graphiql", "graphiql.min.css", "graphiql.min.css"),
    ("graphiql", "LICENSE", "LICENSE.graphiql"),
]
TARGET = Path(__file__).resolve().parent / "static" / "graphiql"


def missing_files() -> list[str]:
    """The vendored files not there yet (empty when GraphiQL can be served)."""
    return [name for _package, _inside, name in FILES if not (TARGET / name).is_file()]
