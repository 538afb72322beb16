"""The transactional outbox: records for the hub, appended in the business transaction.

``seq`` is gapless per incarnation because it is taken from ``sync_identity`` inside the same
transaction: a rollback gives the number back (sync.md §4.1-4.2).
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from station.storage.fast import Sql
from station.storage.schema import outbox


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read_boot_id() -> str:
    """Linux's per-boot id tells the hub whether the monotonic clock restarted between records."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return f"proc-{uuid.uuid4()}"


class SqlOutbox:
    def __init__(self, conn: Connection, boot_id: str) -> None:
        self._conn = conn
        self._boot_id = boot_id

    def append(self, kind: str, payload: dict[str, Any], *, record_id: str, created_wall: str,
               schema_version: int = 1, ref_versions: dict[str, int] | None = None) -> int:
        sql = Sql(self._conn)  # every business action appends here: plain SQL (station.storage.fast)
        incarnation, seq, previous = sql.first("SELECT incarnation_id, next_seq, last_chain_hash FROM sync_identity "
                                               "WHERE id = 1")
        body = canonical_json(payload)
        body_hash = hashlib.sha256(body).digest()
        chain = hashlib.sha256(bytes(previous) + seq.to_bytes(8, "big") + body_hash).digest()
        sql.run("INSERT INTO outbox (incarnation_id, seq, record_id, kind, schema_version, payload, payload_sha256, "
                "chain_hash, created_wall, created_mono_ns, boot_id, ref_versions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (incarnation, seq, record_id, kind, schema_version, body, body_hash, chain, created_wall,
                 time.monotonic_ns(), self._boot_id,
                 json.dumps(ref_versions, sort_keys=True) if ref_versions else "{}"))
        # one statement moves both: the transaction holds the write lock (BEGIN IMMEDIATE), so nobody took
        # this seq between the read and here, and a rollback gives it back
        sql.run("UPDATE sync_identity SET next_seq = next_seq + 1, last_chain_hash = ? WHERE id = 1", (chain,))
        return seq

    def pending_count(self) -> int:
        return self._conn.execute(
            select(func.count()).select_from(outbox).where(outbox.c.state.in_(("pending", "inflight")))
        ).scalar_one()
