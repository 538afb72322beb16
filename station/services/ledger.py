"""Money in and out. Entries are never edited; a correction is a reversing entry."""

from __future__ import annotations

from dataclasses import replace

from station.domain.changes import LEDGER, Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.ledger import Entry, EntryDraft, Purpose, reversal_of, validate_entry
from station.domain.operators import Operator, Permission
from station.services.base import ServiceContext


def entry_payload(entry: Entry) -> dict:
    return {
        "entry_id": entry.id, "at": entry.at, "business_date": entry.business_date, "amount_fen": entry.amount_fen,
        "direction": str(entry.direction), "method": str(entry.method), "purpose": str(entry.purpose),
        "reference": entry.reference, "link_kind": entry.link_kind, "link_id": entry.link_id,
        "operator_id": entry.operator_id, "reverses_id": entry.reverses_id, "late": entry.late,
        "chain_hash": entry.chain_hash,
    }


def record_entry(uow, ctx: ServiceContext, actor: Operator, draft: EntryDraft, *,  # type: ignore[no-untyped-def]
                 reverses_id: str | None = None) -> Entry:
    """Write one entry with its audit and outbox records inside the caller's unit of work.

    Other services (purchases, dispatch, day close) call this so their money lands in the same
    transaction as their business rows.
    """
    draft = validate_entry(draft)
    now = ctx.now_iso()
    today = ctx.today()
    # A closed day is never changed: money recorded after today's close is flagged late and counted
    # by the next close (see station.domain.day_close).
    closes = getattr(uow, "day_closes", None)
    late = bool(closes is not None and closes.is_day_closed(today))
    entry = uow.ledger.add(new_id(), draft, at=now, business_date=today, operator_id=actor.id,
                           reverses_id=reverses_id, late=late)
    uow.audit.append(at=now, operator_id=actor.id, action="ledger.entry", target_kind="ledger_entry",
                     target_id=entry.id, details={"amount_fen": entry.amount_fen, "purpose": str(entry.purpose)})
    uow.outbox.append("ledger.entry", entry_payload(entry), record_id=new_id(), created_wall=now)
    return entry


class LedgerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def record(self, actor: Operator, draft: EntryDraft) -> tuple[Entry, Changes]:
        actor.require(Permission.RECORD_MONEY)
        if draft.purpose == Purpose.CORRECTION:
            raise DomainError("ledger.use_reverse")
        with self._ctx.uow() as uow:
            entry = record_entry(uow, self._ctx, actor, draft)
        return entry, Changes.of(LEDGER)

    def reverse(self, actor: Operator, entry_id: str, note: str) -> tuple[Entry, Changes]:
        actor.require(Permission.CORRECT_MONEY)
        if not note.strip():
            raise DomainError("ledger.reason_required")
        with self._ctx.uow() as uow:
            original = uow.ledger.get(entry_id)
            if original is None:
                raise NotFound("ledger.entry_not_found")
            if original.reverses_id is not None:
                raise DomainError("ledger.cannot_reverse_correction")
            if uow.ledger.reversal_of(entry_id) is not None:
                raise Conflict("ledger.already_reversed")
            draft = replace(reversal_of(original), note=note.strip())
            entry = record_entry(uow, self._ctx, actor, draft, reverses_id=entry_id)
        return entry, Changes.of(LEDGER)

    def balances(self) -> dict[str, int]:
        with self._ctx.uow.reading() as uow:
            return uow.ledger.balances()

    def entries_on(self, business_date: str) -> list[Entry]:
        with self._ctx.uow.reading() as uow:
            return uow.ledger.entries_on(business_date)

    def verify_chain(self) -> tuple[bool, int]:
        with self._ctx.uow.reading() as uow:
            return uow.ledger.verify_chain()
