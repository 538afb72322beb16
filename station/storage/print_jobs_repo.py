"""Print jobs: stored in the business transaction, sent later by the print worker."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select, update

from station.storage.tables_print import print_job


class SqlPrintJobs:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, *, job_id: str, created_at: str, role: str, title: str, document: dict[str, Any],
            ref_kind: str, ref_id: str, operator_id: str, reprint_of: str | None = None) -> None:
        self._conn.execute(insert(print_job), dict(
            id=job_id, created_at=created_at, role=role, title=title,
            document=json.dumps(document, ensure_ascii=False, sort_keys=True), ref_kind=ref_kind, ref_id=ref_id,
            operator_id=operator_id, reprint_of=reprint_of))

    def get(self, job_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(select(print_job).where(print_job.c.id == job_id)).mappings().first()
        return _decode(row) if row else None

    def waiting(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self._conn.execute(select(print_job).where(print_job.c.state == "waiting")
                                  .order_by(print_job.c.created_at, print_job.c.id).limit(limit)).mappings()
        return [_decode(r) for r in rows]

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        rows = self._conn.execute(select(print_job).order_by(print_job.c.created_at.desc(), print_job.c.id.desc())
                                  .limit(limit)).mappings()
        return [_decode(r) for r in rows]

    def for_ref(self, ref_kind: str, ref_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(select(print_job).where(print_job.c.ref_kind == ref_kind,
                                                          print_job.c.ref_id == ref_id)
                                  .order_by(print_job.c.created_at)).mappings()
        return [_decode(r) for r in rows]

    def mark_printed(self, job_id: str, at: str) -> None:
        self._conn.execute(update(print_job).where(print_job.c.id == job_id).values(
            state="printed", printed_at=at, last_error="", attempts=print_job.c.attempts + 1))

    def mark_waiting(self, job_id: str, reason: str) -> None:
        self._conn.execute(update(print_job).where(print_job.c.id == job_id).values(
            last_error=reason, attempts=print_job.c.attempts + 1))

    def cancel(self, job_id: str) -> None:
        self._conn.execute(update(print_job).where(print_job.c.id == job_id, print_job.c.state == "waiting")
                           .values(state="cancelled"))


def _decode(row: Any) -> dict[str, Any]:
    data = dict(row)
    data["document"] = json.loads(data["document"])
    return data
