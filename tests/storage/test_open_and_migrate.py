"""Opening the station database: fresh, from a saved older file, and every way it can be wrong."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from station.domain.errors import DomainError
from station.storage import db as storage_db
from station.storage.db import head_revisions, open_database
from station.storage.schema import SYNC_OWNED_TABLES, metadata

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_fresh_database_is_migrated_with_the_right_pragmas(tmp_path):
    engine = open_database(tmp_path / "s.sqlite3", tmp_path / "b")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert set(MigrationContext.configure(conn).get_current_heads()) == head_revisions()
    engine.dispose()


def test_migrations_produce_exactly_the_runtime_schema(tmp_path):
    engine = open_database(tmp_path / "s.sqlite3", tmp_path / "b")
    def ours(obj, name, type_, _reflected, _compare_to):
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return table not in SYNC_OWNED_TABLES

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == []


def test_saved_release_database_upgrades_with_its_data(tmp_path):
    """tests/fixtures/station-0001.sqlite3 was saved by the first release (revision 0001_foundation)."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "station-0001.sqlite3", path)
    engine = open_database(path, tmp_path / "b")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM station").scalar() == "和兴村服务站"
        assert conn.exec_driver_sql("SELECT count(*) FROM person").scalar() == 3
        assert conn.exec_driver_sql("SELECT count(*) FROM ledger_entry").scalar() == 2
        assert set(MigrationContext.configure(conn).get_current_heads()) == head_revisions()
    engine.dispose()
    if head_revisions() != {"0001_foundation"}:
        assert list((tmp_path / "b").glob("station-*-pre-migration-0001_foundation.sqlite3"))


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_database(path, tmp_path / "b").dispose()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DomainError) as err:
        open_database(path, tmp_path / "b")
    assert err.value.code == "storage.newer_version"
    assert path.read_bytes() == before


def test_corrupt_file_is_refused(tmp_path):
    path = tmp_path / "s.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DomainError) as err:
        open_database(path, tmp_path / "b")
    assert err.value.code == "storage.corrupt"
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_read_only_file_is_refused(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_database(path, tmp_path / "b").dispose()
    path.chmod(0o444)
    try:
        if path.stat().st_mode & 0o200 or __import__("os").access(path, __import__("os").W_OK):
            pytest.skip("running as root: file permissions do not bind")  # root ignores modes
        with pytest.raises(DomainError) as err:
            open_database(path, tmp_path / "b")
        assert err.value.code == "storage.read_only"
    finally:
        path.chmod(0o644)


def test_locked_database_is_reported(tmp_path):
    path = tmp_path / "s.sqlite3"
    open_database(path, tmp_path / "b").dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DomainError) as err:
            open_database(path, tmp_path / "b")
        assert err.value.code == "storage.locked"
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_failed_migration_puts_the_backup_back(tmp_path, monkeypatch):
    """A broken upgrade step must never leave a half-migrated database behind."""
    path = tmp_path / "s.sqlite3"
    shutil.copy(FIXTURES / "station-0001.sqlite3", path)
    scripts = tmp_path / "migrations"
    shutil.copytree(storage_db.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "9000_broken.py").write_text(
        'revision = "9000_broken"\ndown_revision = "0001_foundation"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\n"
        "def upgrade():\n"
        "    op.execute('CREATE TABLE half_done (x INTEGER)')\n"
        "    raise RuntimeError('step failed')\n"
    )
    monkeypatch.setattr(storage_db, "MIGRATIONS_DIR", scripts)
    with pytest.raises(DomainError) as err:
        open_database(path, tmp_path / "b")
    assert err.value.code == "storage.migration_failed"
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 3
    conn.close()


def test_start_up_revision_reading_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from station.storage.db import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revisions() == set(script.get_heads())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
