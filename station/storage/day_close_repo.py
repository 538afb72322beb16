"""Day closes and shift handovers, and the ledger read by period (entries since the previous close).

A close records the id of the last ledger entry it covers; the next period is every entry inserted
after it (rowid order is insertion order: ledger entries are never updated or deleted).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, insert, literal_column, select

from station.domain.day_close import CloseKind, DayClose, PeriodTotal
from station.domain.ledger import Entry
from station.storage.ledger_repo import _to_entry
from station.storage.schema import ledger_entry
from station.storage.tables_purchases import day_close

_ROWID = literal_column("ledger_entry.rowid")


def _to_close(r: Any) -> DayClose:
    return DayClose(r.id, CloseKind(r.kind), r.business_date, r.at, r.operator_id, r.handed_to_id,
                    r.opening_cash_fen, r.expected_cash_fen, r.counted_cash_fen, json.loads(r.by_method),
                    json.loads(r.by_purpose), r.entry_count, r.last_entry_id, r.last_entry_hash,
                    r.previous_close_id, r.note)


class SqlDayCloses:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def last(self) -> DayClose | None:
        row = self._conn.execute(select(day_close).order_by(day_close.c.id.desc()).limit(1)).first()
        return _to_close(row) if row else None

    def get(self, close_id: str) -> DayClose | None:
        row = self._conn.execute(select(day_close).where(day_close.c.id == close_id)).first()
        return _to_close(row) if row else None

    def recent(self, limit: int) -> list[DayClose]:
        rows = self._conn.execute(select(day_close).order_by(day_close.c.id.desc()).limit(limit))
        return [_to_close(r) for r in rows]

    def add(self, close: DayClose) -> None:
        self._conn.execute(insert(day_close), dict(
            id=close.id, kind=str(close.kind), business_date=close.business_date, at=close.at,
            operator_id=close.operator_id, handed_to_id=close.handed_to_id,
            opening_cash_fen=close.opening_cash_fen, expected_cash_fen=close.expected_cash_fen,
            counted_cash_fen=close.counted_cash_fen,
            by_method=json.dumps(close.by_method, sort_keys=True),
            by_purpose=json.dumps(close.by_purpose, sort_keys=True), entry_count=close.entry_count,
            last_entry_id=close.last_entry_id, last_entry_hash=close.last_entry_hash,
            previous_close_id=close.previous_close_id, note=close.note))

    def is_day_closed(self, business_date: str) -> bool:
        return self._conn.execute(select(day_close.c.id).where(
            day_close.c.business_date == business_date, day_close.c.kind == "day")).first() is not None

    def _after(self, after_entry_id: str | None) -> Any:
        if not after_entry_id:
            return None
        return select(_ROWID).select_from(ledger_entry).where(ledger_entry.c.id == after_entry_id).scalar_subquery()

    def period_totals(self, after_entry_id: str | None) -> list[PeriodTotal]:
        e = ledger_entry
        query = (select(e.c.method, e.c.purpose, e.c.direction, func.count(), func.sum(e.c.amount_fen),
                        func.sum(e.c.late))
                 .group_by(e.c.method, e.c.purpose, e.c.direction))
        after = self._after(after_entry_id)
        if after is not None:
            query = query.where(_ROWID > after)
        return [PeriodTotal(m, p, d, int(n), int(total), int(late or 0))
                for m, p, d, n, total, late in self._conn.execute(query)]

    def period_entries(self, after_entry_id: str | None, limit: int) -> list[Entry]:
        query = select(ledger_entry).order_by(_ROWID.desc()).limit(limit)
        after = self._after(after_entry_id)
        if after is not None:
            query = query.where(_ROWID > after)
        return [_to_entry(r) for r in self._conn.execute(query)]

    def ledger_head(self) -> tuple[str, str] | None:
        row = self._conn.execute(select(ledger_entry.c.id, ledger_entry.c.chain_hash)
                                 .order_by(_ROWID.desc()).limit(1)).first()
        return (row[0], row[1]) if row else None
