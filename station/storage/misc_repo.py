"""Audit log and the station's own identity row."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select

from station.storage.fast import Sql
from station.storage.schema import audit_log, station, sync_identity


class SqlAudit:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def append(self, *, at: str, operator_id: str | None, action: str, target_kind: str = "",
               target_id: str = "", details: dict[str, Any] | None = None) -> None:
        # plain SQL: every counter action writes one of these (station.storage.fast)
        Sql(self._conn).run(
            "INSERT INTO audit_log (at, operator_id, action, target_kind, target_id, details) VALUES (?,?,?,?,?,?)",
            (at, operator_id, action, target_kind, target_id, json.dumps(details or {}, ensure_ascii=False,
                                                                       sort_keys=True)))

    def recent(self, limit: int) -> list[dict[str, Any]]:
        rows = self._conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)).mappings()
        return [dict(r) | {"details": json.loads(r["details"])} for r in rows]


class SqlStationInfo:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self) -> dict[str, Any] | None:
        row = Sql(self._conn).first("SELECT id, name, code, paper_width_mm, created_at FROM station")
        return row._asdict() if row else None

    def name(self) -> str:
        """The station's name ('' before first-run setup): every arrival notice and slip has it."""
        return Sql(self._conn).scalar("SELECT name FROM station") or ""

    def save(self, info: dict[str, Any]) -> None:
        """First-run setup: the station row and its sync identity, created together."""
        self._conn.execute(insert(station), dict(
            id=1, name=info["name"], code=info["code"], paper_width_mm=info["paper_width_mm"],
            created_at=info["created_at"]))
        self._conn.execute(insert(sync_identity), dict(
            id=1, station_id=info["station_id"], station_code=info["code"], incarnation_id=info["incarnation_id"],
            next_seq=1, last_chain_hash=bytes(32), created_at=info["created_at"]))

    def station_id(self) -> str:
        return self._conn.execute(select(sync_identity.c.station_id)).scalar_one()
