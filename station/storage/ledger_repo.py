"""Ledger entries: insert-only (triggers refuse UPDATE and DELETE), hash-chained."""

from __future__ import annotations

from sqlalchemy import Connection, case, func, insert, literal_column, select

from station.domain.ledger import GENESIS_HASH, Direction, Entry, EntryDraft, Method, Purpose, chain_hash
from station.storage.schema import ledger_entry

_CHAIN_FIELDS = ("id", "at", "business_date", "amount_fen", "direction", "method", "purpose", "reference",
                 "link_kind", "link_id", "operator_id", "reverses_id")


# Insertion order: entries are never updated or deleted, so rowid is the chain order even if the
# station clock jumped back and made a later UUIDv7 sort earlier.
_ROWID = literal_column("ledger_entry.rowid")


def _to_entry(r) -> Entry:  # type: ignore[no-untyped-def]
    return Entry(r.id, r.at, r.business_date, r.amount_fen, Direction(r.direction), Method(r.method),
                 Purpose(r.purpose), r.reference, r.link_kind, r.link_id, r.note, r.operator_id, r.reverses_id,
                 bool(r.late), r.chain_hash)


class SqlLedger:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _last_hash(self) -> str:
        # rowid order is insertion order: entries are never updated or deleted
        last = self._conn.execute(select(ledger_entry.c.chain_hash)
                                  .order_by(_ROWID.desc()).limit(1)).scalar()
        return last or GENESIS_HASH

    def add(self, entry_id: str, draft: EntryDraft, *, at: str, business_date: str, operator_id: str,
            reverses_id: str | None, late: bool) -> Entry:
        values = {
            "id": entry_id, "at": at, "business_date": business_date, "amount_fen": draft.amount_fen,
            "direction": str(draft.direction), "method": str(draft.method), "purpose": str(draft.purpose),
            "reference": draft.reference.strip(), "link_kind": draft.link_kind, "link_id": draft.link_id,
            "note": draft.note, "operator_id": operator_id, "reverses_id": reverses_id, "late": late,
        }
        values["chain_hash"] = chain_hash(self._last_hash(), {k: values[k] for k in _CHAIN_FIELDS})
        self._conn.execute(insert(ledger_entry), dict(values))
        entry = self.get(entry_id)
        assert entry is not None
        return entry

    def get(self, entry_id: str) -> Entry | None:
        row = self._conn.execute(select(ledger_entry).where(ledger_entry.c.id == entry_id)).first()
        return _to_entry(row) if row else None

    def reversal_of(self, entry_id: str) -> Entry | None:
        row = self._conn.execute(select(ledger_entry).where(ledger_entry.c.reverses_id == entry_id)).first()
        return _to_entry(row) if row else None

    def entries_on(self, business_date: str) -> list[Entry]:
        rows = self._conn.execute(select(ledger_entry).where(ledger_entry.c.business_date == business_date)
                                  .order_by(ledger_entry.c.id))
        return [_to_entry(r) for r in rows]

    def entries_for(self, link_kind: str, link_id: str) -> list[Entry]:
        rows = self._conn.execute(select(ledger_entry).where(
            ledger_entry.c.link_kind == link_kind, ledger_entry.c.link_id == link_id).order_by(ledger_entry.c.id))
        return [_to_entry(r) for r in rows]

    def balances(self, up_to_date: str | None = None) -> dict[str, int]:
        signed = case((ledger_entry.c.direction == "in", ledger_entry.c.amount_fen), else_=-ledger_entry.c.amount_fen)
        query = select(ledger_entry.c.method, func.coalesce(func.sum(signed), 0)).group_by(ledger_entry.c.method)
        if up_to_date:
            query = query.where(ledger_entry.c.business_date <= up_to_date)
        totals = {str(m): 0 for m in Method}
        totals.update({method: int(total) for method, total in self._conn.execute(query)})
        return totals

    def verify_chain(self) -> tuple[bool, int]:
        """Recompute the hash chain; returns (intact, number of entries checked)."""
        previous = GENESIS_HASH
        count = 0
        for row in self._conn.execute(select(ledger_entry).order_by(_ROWID)).mappings():
            expected = chain_hash(previous, {k: row[k] for k in _CHAIN_FIELDS})
            if expected != row["chain_hash"]:
                return False, count
            previous = expected
            count += 1
        return True, count
