"""Day close (日结) and shift handover (交班): the ledger's figures, the counted drawer, a sealed record.

The figures cover every ledger entry since the previous close; the close stores the counted cash,
what was expected, the totals per method and purpose, and the id and chain hash of the last entry
it covers, so the close seals the ledger up to that point. Nothing about a close is ever edited.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from station.domain.changes import LEDGER, Changes
from station.domain.day_close import CloseKind, DayClose, Figures, check_counted, check_note, figures_from
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.operators import Operator, Permission
from station.domain.ports import PrintSubmitter
from station.domain.purchase_receipts import day_report
from station.services.base import ServiceContext

DAY_CLOSE = "day_close"  # Changes topic
ENTRIES_SHOWN = 300  # the screen lists the latest entries of the period; totals always cover all of it


def _figures(uow: Any, business_date: str) -> Figures:
    previous = uow.day_closes.last()
    after = previous.last_entry_id if previous and previous.last_entry_id else None
    head = uow.day_closes.ledger_head()
    if previous and previous.last_entry_id and head and head[0] == previous.last_entry_id:
        totals, entries = [], []  # nothing since the previous close
    else:
        totals = uow.day_closes.period_totals(after)
        entries = uow.day_closes.period_entries(after, ENTRIES_SHOWN)
    return figures_from(totals, entries, business_date=business_date,
                        opening_cash_fen=previous.counted_cash_fen if previous else 0,
                        previous_close_id=previous.id if previous else None,
                        last_entry_id=head[0] if head else "", last_entry_hash=head[1] if head else "")


class DayCloseService:
    def __init__(self, ctx: ServiceContext, printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._printer = printer

    def figures(self) -> Figures:
        """What the drawer should hold now, and the entries since the previous close."""
        with self._ctx.uow.reading() as uow:
            return _figures(uow, self._ctx.today())

    def is_closed(self, business_date: str | None = None) -> bool:
        with self._ctx.uow.reading() as uow:
            return uow.day_closes.is_day_closed(business_date or self._ctx.today())

    def recent(self, limit: int = 30) -> list[DayClose]:
        with self._ctx.uow.reading() as uow:
            return uow.day_closes.recent(limit)

    def get(self, close_id: str) -> DayClose:
        with self._ctx.uow.reading() as uow:
            found = uow.day_closes.get(close_id)
        if found is None:
            raise NotFound("day_close.not_found")
        return found

    def close(self, actor: Operator, *, counted_cash_fen: int, note: str = "", kind: CloseKind = CloseKind.DAY,
              handed_to_id: str | None = None, print_report: bool = True, labels: dict[str, str] | None = None,
              purposes: dict[str, str] | None = None) -> tuple[DayClose, Changes]:
        """Save the count. A day close closes today for good; a shift close hands the drawer over."""
        actor.require(Permission.CLOSE_DAY)
        counted = check_counted(counted_cash_fen)
        note = check_note(note)
        kind = CloseKind(kind)
        now, today = self._ctx.now_iso(), self._ctx.today()
        with self._ctx.uow() as uow:
            if kind == CloseKind.SHIFT:
                successor = uow.operators.get(handed_to_id) if handed_to_id else None
                if successor is None or not successor.active:
                    raise DomainError("day_close.successor_required")
                if successor.id == actor.id:
                    raise DomainError("day_close.successor_same")
            else:
                handed_to_id = None
            if uow.day_closes.is_day_closed(today):
                raise Conflict("day_close.already_closed", date=today)
            figures = _figures(uow, today)
            close = DayClose(new_id(), kind, today, now, actor.id, handed_to_id, figures.opening_cash_fen,
                             figures.expected_cash_fen, counted, figures.by_method, figures.by_purpose,
                             figures.entry_count, figures.last_entry_id, figures.last_entry_hash,
                             figures.previous_close_id, note)
            uow.day_closes.add(close)
            uow.audit.append(at=now, operator_id=actor.id, action=f"day_close.{kind}", target_kind="day_close",
                             target_id=close.id, details={"counted_cash_fen": counted,
                                                          "difference_fen": close.difference_fen})
            payload = asdict(close) | {"kind": str(kind), "difference_fen": close.difference_fen}
            uow.outbox.append("day_close.closed", payload, record_id=new_id(), created_wall=now)
            if print_report:
                self._print(uow, actor, close, labels, purposes)
        return close, Changes.of(DAY_CLOSE, LEDGER)

    def print_report(self, actor: Operator, close_id: str, labels: dict[str, str] | None = None,
                     purposes: dict[str, str] | None = None) -> str | None:
        actor.require(Permission.CLOSE_DAY)
        with self._ctx.uow() as uow:
            close = uow.day_closes.get(close_id)
            if close is None:
                raise NotFound("day_close.not_found")
            return self._print(uow, actor, close, labels, purposes)

    def report(self, close: DayClose, labels: dict[str, str] | None = None,
               purposes: dict[str, str] | None = None) -> Any:
        """The day report as a document (for a PDF or a preview), without printing it."""
        with self._ctx.uow.reading() as uow:
            return self._document(uow, close, labels, purposes)

    def _document(self, uow: Any, close: DayClose, labels: dict[str, str] | None,
                  purposes: dict[str, str] | None) -> Any:
        station = uow.station.get() or {}
        operator = uow.operators.get(close.operator_id)
        return day_report(close, station_name=station.get("name", ""), operator=operator.name if operator else "",
                          labels=labels, purposes=purposes)

    def _print(self, uow: Any, actor: Operator, close: DayClose, labels: dict[str, str] | None,
               purposes: dict[str, str] | None) -> str | None:
        if self._printer is None:
            return None
        return self._printer.submit(uow, kind="receipt", document=self._document(uow, close, labels, purposes),
                                    ref_kind="day_close", ref_id=close.id, operator_id=actor.id,
                                    at=self._ctx.now_iso())
