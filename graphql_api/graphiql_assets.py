"""GraphiQL's files, served by this service itself (no CDN): the page works on a machine without
internet and under the service's Content Security Policy (scripts and styles from 'self').

`manage.py fetch_graphiql` (run by `make setup`) takes the pinned npm packages with npm's own
client (which checks their integrity) and copies the browser builds into
`graphql_api/static/graphiql/` (not committed: built at setup, like the virtualenv). The page's
own code is `graphql_api/static/graphql_api/graphiql-start.js`: no inline script.
"""

from pathlib import Path

PACKAGES = {"react": "18.3.1", "react-dom": "18.3.1", "graphiql": "3.9.0"}
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
