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

from sqlalchemy import Connection, func, select, text

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
        row = self._conn.execute(text(
            "UPDATE sync_identity SET next_seq = next_seq + 1 WHERE id = 1 "
            "RETURNING incarnation_id, next_seq - 1, last_chain_hash")).one()
        incarnation, seq, previous = row
        body = canonical_json(payload)
        body_hash = hashlib.sha256(body).digest()
        chain = hashlib.sha256(bytes(previous) + seq.to_bytes(8, "big") + body_hash).digest()
        self._conn.execute(outbox.insert(), dict(
            incarnation_id=incarnation, seq=seq, record_id=record_id, kind=kind,
            schema_version=schema_version, payload=body, payload_sha256=body_hash, chain_hash=chain,
            created_wall=created_wall, created_mono_ns=time.monotonic_ns(), boot_id=self._boot_id,
            ref_versions=json.dumps(ref_versions or {}, sort_keys=True),
        ))
        self._conn.execute(text("UPDATE sync_identity SET last_chain_hash = :h WHERE id = 1"), {"h": chain})
        return seq

    def pending_count(self) -> int:
        return self._conn.execute(
            select(func.count()).select_from(outbox).where(outbox.c.state.in_(("pending", "inflight")))
        ).scalar_one()
