"""The day close (日结) and the shift handover (交班): count the drawer, compare with the ledger.

A close covers the ledger entries written since the previous close (of either kind), so an entry
is counted exactly once even when it arrives after its day was closed: such an entry is flagged
late and falls into the next close. The drawer is expected to hold what was counted at the previous
close plus the cash entries since. A closed day is never reopened; a correction is a new entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from station.domain.errors import DomainError
from station.domain.ledger import Direction, Entry, Method, Purpose
from station.domain.money import MAX_FEN

MAX_NOTE = 200


class CloseKind(StrEnum):
    DAY = "day"  # 日结: the business date is closed
    SHIFT = "shift"  # 交班: one operator hands the drawer to another; the day stays open


@dataclass(frozen=True, slots=True)
class PeriodTotal:
    """Ledger entries of a period added up per method, purpose and direction (one SQL group)."""

    method: str
    purpose: str
    direction: str
    count: int
    amount_fen: int
    late_count: int = 0

    @property
    def signed_fen(self) -> int:
        return self.amount_fen if self.direction == Direction.IN else -self.amount_fen


@dataclass(frozen=True, slots=True)
class Figures:
    """What the ledger says for one period, before anything is counted."""

    business_date: str
    opening_cash_fen: int  # counted at the previous close (0 before the first close)
    cash_in_fen: int
    cash_out_fen: int
    by_method: dict[str, int]  # signed total per payment method in the period
    by_purpose: dict[str, int]  # signed total per purpose in the period
    entry_count: int
    late_count: int  # entries recorded after their business date was closed
    entries: tuple[Entry, ...]  # the latest entries of the period, newest first, for the screen
    previous_close_id: str | None
    last_entry_id: str  # the ledger position the close seals ('' when the ledger is empty)
    last_entry_hash: str

    @property
    def expected_cash_fen(self) -> int:
        return self.opening_cash_fen + self.cash_in_fen - self.cash_out_fen

    @property
    def mobile_totals(self) -> dict[str, int]:
        return {m: v for m, v in self.by_method.items() if m != Method.CASH}

    def difference(self, counted_cash_fen: int) -> int:
        """Counted minus expected: positive means more cash than the ledger explains (长款)."""
        return counted_cash_fen - self.expected_cash_fen


@dataclass(frozen=True, slots=True)
class DayClose:
    id: str
    kind: CloseKind
    business_date: str
    at: str
    operator_id: str
    handed_to_id: str | None
    opening_cash_fen: int
    expected_cash_fen: int
    counted_cash_fen: int
    by_method: dict[str, int] = field(default_factory=dict)
    by_purpose: dict[str, int] = field(default_factory=dict)
    entry_count: int = 0
    last_entry_id: str = ""
    last_entry_hash: str = ""
    previous_close_id: str | None = None
    note: str = ""

    @property
    def difference_fen(self) -> int:
        return self.counted_cash_fen - self.expected_cash_fen


def totals_of(entries: list[Entry]) -> list[PeriodTotal]:
    """The same grouping storage does in SQL, for entries already in memory (tests, small periods)."""
    groups: dict[tuple[str, str, str], list[int]] = {}
    for e in entries:
        group = groups.setdefault((str(e.method), str(e.purpose), str(e.direction)), [0, 0, 0])
        group[0] += 1
        group[1] += e.amount_fen
        group[2] += int(e.late)
    return [PeriodTotal(m, p, d, c, a, late) for (m, p, d), (c, a, late) in sorted(groups.items())]


def figures_from(totals: list[PeriodTotal], entries: list[Entry], *, business_date: str, opening_cash_fen: int,
                 previous_close_id: str | None, last_entry_id: str, last_entry_hash: str) -> Figures:
    cash_in = cash_out = late = count = 0
    by_method = {str(m): 0 for m in Method}
    by_purpose: dict[str, int] = {}
    for total in totals:
        by_method[total.method] = by_method.get(total.method, 0) + total.signed_fen
        by_purpose[total.purpose] = by_purpose.get(total.purpose, 0) + total.signed_fen
        if total.method == Method.CASH:
            if total.direction == Direction.IN:
                cash_in += total.amount_fen
            else:
                cash_out += total.amount_fen
        late += total.late_count
        count += total.count
    return Figures(business_date, opening_cash_fen, cash_in, cash_out, by_method, by_purpose, count, late,
                   tuple(entries), previous_close_id, last_entry_id, last_entry_hash)


def check_counted(counted_cash_fen: object) -> int:
    if not isinstance(counted_cash_fen, int) or isinstance(counted_cash_fen, bool) \
            or not 0 <= counted_cash_fen <= MAX_FEN:
        raise DomainError("day_close.counted_invalid")
    return counted_cash_fen


def check_note(note: str) -> str:
    text = " ".join((note or "").split())
    if len(text) > MAX_NOTE:
        raise DomainError("day_close.note_too_long", max=MAX_NOTE)
    return text


def explain(figures: Figures, counted_cash_fen: int) -> list[Entry]:
    """The cash entries most likely behind a difference: same amount first, then largest first."""
    diff = abs(figures.difference(counted_cash_fen))
    cash = [e for e in figures.entries if e.method == Method.CASH]
    return sorted(cash, key=lambda e: (e.amount_fen != diff, e.purpose != Purpose.CORRECTION, -e.amount_fen))
