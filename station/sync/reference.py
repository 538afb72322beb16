"""Reference data on the station (hub -> station, sync.md §4.8).

Pages are staged in memory and applied in one SQLite transaction only when the hub says
``up_to_date`` and the resulting rows match the hub's checksum; otherwise nothing changes and the
next attempt refetches a full snapshot. Features read ``reference_data`` (dataset, key,
value_json, version) through storage; ``read_dataset`` here is for the sync worker and tests.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Protocol

from station.sync import wire
from station.sync.client import SyncError
from station.sync.outbox import OutboxStore
from station.sync.uploader import crash_point

PAGE = 1000
MAX_PAGES = 1000


class RefSource(Protocol):
    def ref_overview(self, etag: str | None) -> tuple[dict | None, str | None]: ...

    def ref_pull(self, dataset: str, since: int, limit: int = PAGE) -> dict | None: ...


def local_cursors(conn: sqlite3.Connection) -> dict[str, tuple[int, str]]:
    return {d: (c, s) for d, c, s in conn.execute("SELECT dataset, cursor, checksum FROM reference_cursor")}


def read_dataset(conn: sqlite3.Connection, dataset: str) -> dict[str, object]:
    return {k: json.loads(v) for k, v in conn.execute(
        "SELECT key, value_json FROM reference_data WHERE dataset = ? ORDER BY key", (dataset,))}


def ref_versions(conn: sqlite3.Connection) -> dict[str, int]:
    """What a business record stamps into ``ref_versions``: the cursor of each dataset it used."""
    return {d: c for d, (c, _s) in local_cursors(conn).items()}


def _stage(source: RefSource, dataset: str, since: int) -> tuple[str, list, int, str]:
    mode, ops = "ops", []
    for _ in range(MAX_PAGES):
        page = source.ref_pull(dataset, since, PAGE)
        if page is None:  # 410: the hub no longer knows our cursor
            if since == 0:
                raise SyncError("sync.ref_refetch_loop", dataset=dataset)
            return _stage(source, dataset, 0)
        if page.get("mode") == "snapshot":
            mode, ops = "snapshot", list(page.get("ops", []))
        else:
            ops.extend(page.get("ops", []))
        since = int(page.get("next_since", since))
        if page.get("up_to_date"):
            return mode, ops, since, str(page.get("checksum", ""))
    raise SyncError("sync.ref_too_many_pages", dataset=dataset)


def _apply(store: OutboxStore, dataset: str, mode: str, ops: list, cursor: int, checksum: str) -> bool:
    with store.write() as c:
        if mode == "snapshot":
            c.execute("DELETE FROM reference_data WHERE dataset = ?", (dataset,))
        for seq, key, op, value in ops:
            if op == "delete":
                c.execute("DELETE FROM reference_data WHERE dataset = ? AND key = ?", (dataset, key))
            else:
                c.execute("INSERT INTO reference_data(dataset, key, value_json, version) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT(dataset, key) DO UPDATE SET value_json = excluded.value_json, "
                          "version = excluded.version", (dataset, key, value, seq))
        rows = c.execute("SELECT key, value_json FROM reference_data WHERE dataset = ?", (dataset,)).fetchall()
        if wire.dataset_checksum(rows) != checksum:
            raise _Mismatch()
        crash_point("mid_reference_swap")
        c.execute("INSERT INTO reference_cursor(dataset, cursor, checksum, etag) VALUES (?, ?, ?, NULL) "
                  "ON CONFLICT(dataset) DO UPDATE SET cursor = excluded.cursor, checksum = excluded.checksum",
                  (dataset, cursor, checksum))
    return True


class _Mismatch(Exception):
    pass


def pull_reference(store: OutboxStore, source: RefSource) -> list[str]:
    """Bring every dataset up to the hub's version; returns the datasets that changed."""
    etag = store.get_state("ref_etag")
    overview, new_etag = source.ref_overview(etag)
    if overview is None:
        return []
    mine = local_cursors(store.conn)
    changed = []
    for dataset, (cursor, checksum) in sorted(overview.get("datasets", {}).items()):
        if mine.get(dataset) == (cursor, checksum):
            continue
        since = mine.get(dataset, (0, ""))[0]
        if since > cursor:
            since = 0  # the hub was restored to an older state: take its snapshot
        mode, ops, at, chk = _stage(source, dataset, since)
        try:
            _apply(store, dataset, mode, ops, at, chk)
        except _Mismatch:
            mode, ops, at, chk = _stage(source, dataset, 0)
            try:
                _apply(store, dataset, mode, ops, at, chk)
            except _Mismatch as exc:
                raise SyncError("sync.ref_checksum", dataset=dataset) from exc
        changed.append(dataset)
    if new_etag:
        store.set_state("ref_etag", new_etag)
    return changed
