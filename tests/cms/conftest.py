import pytest

from tests.cms.servers import create_users, deploy, production_env


@pytest.fixture(scope="session")
def sqlite_node_env(tmp_path_factory):
    """The environment of production nodes sharing one deployed, file-based SQLite database
    (migrated, static files collected) with two admin accounts, editor and moderator."""
    env = production_env(tmp_path_factory.mktemp("node"))
    deploy(env)
    create_users(env)
    return env
