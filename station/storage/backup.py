"""Backups with SQLite's online backup API, and restore that never reuses sync sequence numbers.

The online backup copies a consistent snapshot while the program keeps running. A restored database
gets a new sync incarnation: the hub may already hold records with the old numbers (sync.md §4.1).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from station.domain.errors import DomainError
from station.domain.ids import new_id

KEEP_PER_KIND = 14
_NAME = re.compile(r"^station-(\d{8}-\d{6})-(?P<kind>[a-z0-9.\-_]+)\.sqlite3$")


def _db_path(engine: Engine) -> Path:
    return Path(str(engine.url.database))


def backup_file(engine: Engine, backup_dir: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Snapshot the open database into ``backup_dir``; returns the new file's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"station-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"station-{stamp}-{reason}.{n}.sqlite3"
    source = sqlite3.connect(_db_path(engine), timeout=10)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
    finally:
        dest.close()
        source.close()
    prune(backup_dir, reason.split("-")[0])
    return target


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    size: int


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    found = []
    for path in backup_dir.glob("station-*.sqlite3"):
        match = _NAME.match(path.name)
        if not match:
            continue
        kind = match.group("kind").split("-")[0].split(".")[0]
        found.append(BackupInfo(path, datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), kind,
                                path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def prune(backup_dir: Path, kind: str, keep: int = KEEP_PER_KIND) -> None:
    for stale in [b for b in list_backups(backup_dir) if b.kind == kind][keep:]:
        stale.path.unlink(missing_ok=True)


def daily_due(backup_dir: Path, today: datetime) -> bool:
    return not any(b.kind == "daily" and b.taken_at.date() == today.date() for b in list_backups(backup_dir))


def validate_backup(path: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has_station = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name IN ('station', 'sync_identity')").fetchone()[0] == 2
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DomainError("backup.unreadable", path=str(path), detail=str(exc)) from exc
    if not ok or not has_station:
        raise DomainError("backup.unreadable", path=str(path), detail="not a station database")


def restore_into(db_path: Path, backup_path: Path, now_iso: str) -> None:
    """Copy ``backup_path`` over the (closed) database at ``db_path`` and start a new incarnation.

    The caller has disposed every connection and taken a 'pre-restore' backup first.
    """
    validate_backup(backup_path)
    source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    dest = sqlite3.connect(db_path, timeout=10)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=WAL")
        dest.execute(
            "UPDATE sync_identity SET incarnation_id = ?, next_seq = 1, last_chain_hash = ?, created_at = ?",
            (new_id(), bytes(32), now_iso),
        )
        dest.commit()
    finally:
        dest.close()
        source.close()



class SqliteBackups:
    """The ``Backups`` port: snapshots of the running database, and restore with a new incarnation."""

    def __init__(self, engine: Engine, backup_dir: Path, keep: int = KEEP_PER_KIND) -> None:
        self._engine = engine
        self._dir = backup_dir
        self._keep = keep

    def take(self, reason: str) -> str:
        return str(backup_file(self._engine, self._dir, reason))

    def list(self) -> list[dict[str, object]]:
        return [{"path": str(b.path), "taken_at": b.taken_at.isoformat(sep=" "), "kind": b.kind, "size": b.size}
                for b in list_backups(self._dir)]

    def take_daily_if_due(self) -> str | None:
        if not daily_due(self._dir, datetime.now()):
            return None
        return self.take("daily")

    def restore(self, backup_path: str) -> str:
        """Put a backup in place of the live database; returns the 'pre-restore' safety copy's path."""
        from station.storage.db import migrate

        source = Path(backup_path)
        validate_backup(source)
        safety = self.take("pre-restore")
        db_path = _db_path(self._engine)
        self._engine.dispose()
        restore_into(db_path, source, datetime.now().astimezone().isoformat(timespec="milliseconds"))
        migrate(self._engine, db_path, self._dir)  # an older backup may predate the current schema
        return safety
