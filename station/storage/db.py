"""Opening the station database: pragmas, checks, migrations with a backup taken first.

SQLite's Python driver starts transactions lazily and not before DDL; we switch it to autocommit and
emit ``BEGIN IMMEDIATE`` ourselves (SQLAlchemy's documented recipe), so every unit of work holds the
write lock from its first statement and two writers never deadlock on a lock upgrade.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from station.domain.errors import DomainError

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000
AUTOCHECKPOINT_PAGES = 10_000  # ~40 MB of WAL


class WalCheckpointer:
    """Copies the write-ahead log back into the database file, on its own thread and its own connection.
    With SQLite's automatic checkpoint (every 1,000 pages) one intake in a few hundred did the copying
    and the fsync inside its commit: p99 10.5 ms against 6-7 ms without.

    At most once per ``interval_s``, and then in the quiet just after a commit (``wrote``, called by the
    units of work): at a counter the next scan is then furthest away, so the checkpoint's writes and
    fsync (10-30 ms after a busy minute) do not land beside a scan's own commit. With no commit for
    ``idle_s`` it copies anyway (writers outside the units of work). PASSIVE never waits for readers or
    writers; what it cannot copy now is copied next time."""

    def __init__(self, path: Path, interval_s: float = 10.0, quiet_s: float = 0.005, idle_s: float = 60.0) -> None:
        self._path = path
        self._interval_s = interval_s
        self._quiet_s = quiet_s
        self._idle_s = idle_s
        self._stop = threading.Event()
        self._wrote = threading.Event()
        self.checkpoints = 0
        self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)

    def start(self) -> WalCheckpointer:
        self._thread.start()
        return self

    def wrote(self) -> None:
        """A transaction that changed rows has committed (any thread); reads do not count."""
        self._wrote.set()

    def _run(self) -> None:
        conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            last = time.monotonic()
            while not self._stop.wait(max(0.0, last + self._interval_s - time.monotonic())):
                self._wrote.clear()
                after_commit = self._wrote.wait(self._idle_s)
                if self._stop.is_set() or (after_commit and self._stop.wait(self._quiet_s)):
                    break
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                except sqlite3.Error as exc:  # a busy or closing database: the next round tries again
                    log.debug("checkpoint skipped: %s", exc)
                last = time.monotonic()
                self.checkpoints += 1
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._wrote.set()
        if self._thread.is_alive():
            self._thread.join(5)


def make_engine(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    # LIFO: the connection used last is handed out next. SQLite drops a connection's whole page cache
    # when another connection wrote since its last read, so rotating through the pool (the default,
    # FIFO) made every scan start on a cold cache; one warm connection does nearly all the work.
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a commit the operator saw survives a power cut (NORMAL may lose the last ones in WAL).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        # 8 MiB of page cache (default 2 MiB): an intake touches eleven parcel indexes at random places
        # in a five-year database; with the small cache each of them is a read from the OS.
        cursor.execute("PRAGMA cache_size=-8192")
        cursor.execute("PRAGMA temp_store=MEMORY")
        # A safety net only: the WalCheckpointer below keeps the WAL far smaller, so no operator's commit
        # pays for a checkpoint (SQLite's own runs inside the commit that crosses the limit).
        cursor.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # straight to sqlite3: this runs once per user action (station.storage.fast says why); a unit of
        # work has begun the transaction itself before its first Core statement (unit_of_work.py)
        driver = conn.connection.driver_connection
        if not driver.in_transaction:
            driver.execute("BEGIN IMMEDIATE")

    return engine


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config  # alembic costs ~0.35 s to import: only when migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*(.+)$', re.MULTILINE)


def revision_graph() -> dict[str, set[str]]:
    """{revision: its parents}, read from our own migration files without importing alembic.

    Start-up only needs to know whether the file is current; alembic itself (slow to import) is
    loaded only when an upgrade is really due. A test checks this agrees with alembic's own view.
    """
    graph: dict[str, set[str]] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = _REVISION.search(text)
        if not revision:
            continue
        down = _DOWN.search(text)
        parents = set(re.findall(r'["\']([^"\']+)["\']', down.group(1))) if down else set()
        graph[revision.group(1)] = parents
    return graph


def head_revisions() -> set[str]:
    """Feature branches (parcels, purchases, sync...) each grow from the foundation; all heads apply."""
    graph = revision_graph()
    parents = set().union(*graph.values()) if graph else set()
    return set(graph) - parents


def known_revisions() -> set[str]:
    return set(revision_graph())


SQLITE_HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse, with a code, a database that cannot be used as it is. Never modifies the file.

    Only the header and the schema page are read: a full ``quick_check`` of a five-year database
    takes longer than the whole start-up, so it runs with the daily backup instead.
    """
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DomainError("storage.folder_read_only", path=str(path.parent))
        return
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise DomainError("storage.read_only", path=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DomainError("storage.corrupt", path=str(path), detail="not an SQLite file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc):
            raise DomainError("storage.locked", path=str(path)) from exc
        raise DomainError("storage.corrupt", path=str(path), detail=str(exc)) from exc


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").scalar()
        if not has_table:
            return set()
        return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}


def integrity_ok(engine: Engine) -> bool:
    """The slow full check, run in the background with the daily backup."""
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


def check_not_locked(engine: Engine) -> None:
    """Another program holding the write lock would make every counter action hang: say so now."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA busy_timeout=1000")
        raw.driver_connection.execute("BEGIN IMMEDIATE")
        raw.driver_connection.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        raise DomainError("storage.locked", detail=str(exc)) from exc
    finally:
        raw.driver_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        raw.close()


def migrate(engine: Engine, db_path: Path, backup_dir: Path) -> str | None:
    """Bring the database to the newest revision. Returns the path of the backup taken, if any.

    A database stamped with a revision this program does not know comes from a newer version: refuse
    rather than guess. If an upgrade fails, the backup is copied back, so the program never runs on a
    half-migrated file.
    """
    current = current_revisions(engine)
    if current == head_revisions():
        return None
    unknown = current - known_revisions()
    if unknown:
        raise DomainError("storage.newer_version", revision=",".join(sorted(unknown)))
    backup_path: str | None = None
    label = "+".join(sorted(current))
    if current:
        from station.storage.backup import backup_file

        backup_path = str(backup_file(engine, backup_dir, f"pre-migration-{label}"))
    from alembic import command

    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
    except Exception as exc:
        log.exception("migration from %s failed", label)
        engine.dispose()
        if backup_path:
            shutil.copyfile(backup_path, db_path)
            for suffix in ("-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise DomainError("storage.migration_failed", revision=label, detail=str(exc)) from exc
    return backup_path


def open_database(db_path: Path, backup_dir: Path) -> Engine:
    """Check, open and migrate the station database; raise ``DomainError`` with a code on trouble."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    backup_dir.mkdir(parents=True, exist_ok=True)
    check_file(db_path)
    engine = make_engine(db_path)
    try:
        check_not_locked(engine)
        migrate(engine, db_path, backup_dir)
    except Exception:
        engine.dispose()
        raise
    return engine
