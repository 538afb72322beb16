"""Hub database: engine (SQLite by default, PostgreSQL for scale) and migrations run at start."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

MIGRATIONS = Path(__file__).with_name("migrations")
STATEMENT_TIMEOUT_MS = 20_000  # below the request deadline, so a stuck statement rolls back


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def utc_text(moment: dt.datetime | None = None) -> str:
    return (moment or utc_now()).isoformat(timespec="milliseconds")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, pool_size=8, max_overflow=8, pool_timeout=60)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=60000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:
            # IMMEDIATE takes the write lock up front: no read-then-upgrade deadlocks between workers.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    # A database host that vanishes without a reset (power cut, network) must still end in an error, so
    # the request is answered 503 instead of holding a thread: bounded connect, TCP keepalives on the
    # sockets of running statements. (pool_pre_ping replaces connections that died in a restart.)
    return create_engine(url, pool_size=10, max_overflow=30, pool_timeout=60, pool_pre_ping=True,
                         connect_args={"options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
                                       "connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10,
                                       "keepalives_interval": 5, "keepalives_count": 3})


def upgrade(engine: Engine) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
