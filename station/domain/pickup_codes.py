"""Shelf slots and pickup codes (取件码), as pure rules the intake service applies.

A code names where the parcel lies and a serial that is unique among parcels on the shelves:
``3-2-0417`` is shelf 3, tier 2, serial 417. Because the serial alone is unique, a villager who only
remembers ``0417`` (or ``417``) is still found. Serials are a recyclable resource: a freed serial rests
for a cool-down before reuse, so an old SMS never points at someone else's parcel. Both slot and serial
are chosen next-fit (continue from the last one) so consecutive parcels land together and the
operator walks less. The database's unique index and slot CHECK are the final guards.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import DomainError

MAX_SHELVES = 60
MAX_TIERS = 20
MAX_CAPACITY = 500
_LABEL = re.compile(r"^[A-Z0-9]{1,4}$")


class CodeStyle(StrEnum):
    SHELF_TIER_SERIAL = "shelf_tier_serial"  # 3-2-0417
    SHELF_SERIAL = "shelf_serial"  # 3-0417
    SERIAL = "serial"  # 0417


@dataclass(frozen=True, slots=True)
class ShelfSpec:
    """One shelf as configured in settings: its label, how many tiers, parcels per tier."""

    label: str
    tiers: int
    capacity: int


@dataclass(frozen=True, slots=True)
class Slot:
    shelf: str
    tier: int
    capacity: int
    occupied: int

    @property
    def key(self) -> str:
        return slot_key(self.shelf, self.tier)

    @property
    def free(self) -> int:
        return self.capacity - self.occupied


def slot_key(shelf: str, tier: int) -> str:
    return f"{shelf}-{tier}"


DEFAULT_SHELVES = (ShelfSpec("1", 4, 30), ShelfSpec("2", 4, 30), ShelfSpec("3", 4, 30))


def validate_shelves(specs: list[ShelfSpec] | tuple[ShelfSpec, ...]) -> tuple[ShelfSpec, ...]:
    if not specs:
        raise DomainError("shelf.none_configured")
    if len(specs) > MAX_SHELVES:
        raise DomainError("shelf.too_many", max=MAX_SHELVES)
    seen: set[str] = set()
    clean: list[ShelfSpec] = []
    for spec in specs:
        label = unicodedata.normalize("NFKC", spec.label).strip().upper()
        if not _LABEL.match(label):
            raise DomainError("shelf.label_invalid", text=spec.label)
        if label in seen:
            raise DomainError("shelf.label_duplicate", text=label)
        if not 1 <= spec.tiers <= MAX_TIERS:
            raise DomainError("shelf.tiers_invalid", max=MAX_TIERS)
        if not 1 <= spec.capacity <= MAX_CAPACITY:
            raise DomainError("shelf.capacity_invalid", max=MAX_CAPACITY)
        seen.add(label)
        clean.append(ShelfSpec(label, spec.tiers, spec.capacity))
    return tuple(clean)


@dataclass(frozen=True, slots=True)
class CodeScheme:
    style: CodeStyle = CodeStyle.SHELF_TIER_SERIAL
    serial_digits: int = 4
    cooldown_hours: int = 72

    def __post_init__(self) -> None:
        if not 3 <= self.serial_digits <= 6:
            raise DomainError("pickup_code.digits_invalid")
        if not 0 <= self.cooldown_hours <= 24 * 60:
            raise DomainError("pickup_code.cooldown_invalid")

    @property
    def max_serial(self) -> int:
        return 10 ** self.serial_digits - 1

    def format(self, slot: Slot | None, serial: int) -> str:
        body = f"{serial:0{self.serial_digits}d}"
        if slot is None or self.style == CodeStyle.SERIAL:
            return body
        if self.style == CodeStyle.SHELF_SERIAL:
            return f"{slot.shelf}-{body}"
        return f"{slot.shelf}-{slot.tier}-{body}"


def choose_slot(slots: list[Slot], last_key: str | None) -> Slot:
    """Next-fit: stay on the last slot while it has room, else walk forward (wrapping) to the next.

    ``slots`` is in walking order (shelf by shelf, tier by tier). Raises ``shelf.all_full``.
    """
    if not slots:
        raise DomainError("shelf.none_configured")
    start = next((i for i, s in enumerate(slots) if s.key == last_key), 0)
    for step in range(len(slots)):
        slot = slots[(start + step) % len(slots)]
        if slot.occupied < slot.capacity:
            return slot
    raise DomainError("shelf.all_full", capacity=sum(s.capacity for s in slots))


def choose_serial(scheme: CodeScheme, unavailable: set[int], last_serial: int | None) -> int:
    """Next-fit over 1..max_serial after ``last_serial``, skipping serials held or cooling down."""
    top = scheme.max_serial
    if len(unavailable) >= top:
        raise DomainError("pickup_code.none_free", total=top)
    start = (last_serial or 0) % top
    for step in range(top):
        serial = (start + step) % top + 1
        if serial not in unavailable:
            return serial
    raise DomainError("pickup_code.none_free", total=top)


def serial_windows(scheme: CodeScheme, last_serial: int | None, size: int = 256) -> Iterator[tuple[int, int]]:
    """The serial space as ranges in next-fit order after ``last_serial`` (wrapping), so storage can be
    asked about one small range at a time instead of every code held or resting. Lazy: the first window
    nearly always has a free serial, and a six-digit space has almost 4,000 windows."""
    top = scheme.max_serial
    start = (last_serial or 0) % top + 1
    for lo in range(start, top + 1, size):
        yield lo, min(top, lo + size - 1)
    for lo in range(1, start, size):
        yield lo, min(start - 1, lo + size - 1)


def first_free(lo: int, hi: int, unavailable: set[int]) -> int | None:
    return next((s for s in range(lo, hi + 1) if s not in unavailable), None)


@dataclass(frozen=True, slots=True)
class CodeQuery:
    """What a typed or scanned pickup code tells us: always the serial, maybe shelf and tier."""

    serial: int
    shelf: str = ""
    tier: int = 0


_CODE_TEXT = re.compile(r"^(?:([A-Z0-9]{1,4})[-\s]+)?(?:(\d{1,2})[-\s]+)?(\d{1,6})$")


def parse_code(text: str) -> CodeQuery:
    """``3-2-0417``, ``3-2-417``, ``3 2 0417``, ``0417``, ``417`` -> the serial (and slot if given).

    Raises ``pickup_code.invalid``; a serial of 0 is never issued.
    """
    clean = unicodedata.normalize("NFKC", text or "").strip().upper().replace("—", "-").replace("－", "-")
    match = _CODE_TEXT.match(clean)
    if not match:
        raise DomainError("pickup_code.invalid", text=(text or "")[:40])
    first, second, serial_text = match.groups()
    serial = int(serial_text)
    if serial == 0:
        raise DomainError("pickup_code.invalid", text=(text or "")[:40])
    if first and second:
        return CodeQuery(serial, first, int(second))
    if first:
        return CodeQuery(serial, first)
    return CodeQuery(serial)


def looks_like_pickup_code(text: str) -> bool:
    """A pickup code scanned into the intake page by mistake (``3-2-0417``), not a waybill."""
    return bool(re.fullmatch(r"[A-Z0-9]{1,4}-\d{1,2}-\d{3,6}|[A-Z0-9]{1,4}-\d{3,6}", text.strip().upper()))
