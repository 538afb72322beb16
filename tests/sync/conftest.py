from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

import pg  # noqa: E402  (tests/pg.py, loaded by path: tests/ is not a package)


@pytest.fixture(scope="session")
def pg_server():
    url, cluster = pg.start()
    yield url
    if cluster is not None:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgres"])
def hub_db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    return pg.fresh_database(request.getfixturevalue("pg_server"))
