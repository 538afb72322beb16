"""What services need from the outside world, as Protocols. Storage implements them.

A ``UnitOfWork`` is one database transaction: business rows, audit and outbox records written inside
one ``with`` block commit together or not at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from station.domain.ledger import Entry, EntryDraft
from station.domain.operators import Operator, PinState, Role
from station.domain.parcel_ports import (
    DispatchRepository,
    ParcelNoticeRepository,
    ParcelRepository,
    StocktakeRepository,
)
from station.domain.people import Person, PersonDraft, SearchKeys
from station.domain.print_ports import PrintJobRepository
from station.domain.purchase_ports import DayCloseRepository, PurchaseRepository


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime in the station's local time zone."""
        ...


class PeopleRepository(Protocol):
    def add(self, person_id: str, draft: PersonDraft, keys: SearchKeys, created_at: str) -> Person: ...
    def update(self, person_id: str, draft: PersonDraft, keys: SearchKeys) -> Person: ...
    def get(self, person_id: str) -> Person | None: ...
    def search(self, lookups: list[tuple[str, bool]], limit: int) -> list[Person]: ...
    def find_by_phone(self, phone: str) -> list[Person]: ...
    def find_by_name(self, name: str) -> list[Person]: ...
    def merge(self, keep_id: str, drop_id: str, keys: SearchKeys) -> dict[str, int]: ...
    def count(self) -> int: ...


class OperatorRepository(Protocol):
    def add(self, operator: Operator, pin_hash: str, created_at: str) -> None: ...
    def get(self, operator_id: str) -> Operator | None: ...
    def list_active(self) -> list[Operator]: ...
    def pin_hash(self, operator_id: str) -> str: ...
    def set_pin_hash(self, operator_id: str, pin_hash: str) -> None: ...
    def pin_state(self, operator_id: str) -> PinState: ...
    def set_pin_state(self, operator_id: str, state: PinState) -> None: ...
    def set_active(self, operator_id: str, active: bool) -> None: ...
    def count_with_role(self, role: Role) -> int: ...
    def apply_hub_operators(self, created_at: str) -> int: ...


class LedgerRepository(Protocol):
    def add(self, entry_id: str, draft: EntryDraft, *, at: str, business_date: str, operator_id: str,
            reverses_id: str | None, late: bool) -> Entry: ...
    def get(self, entry_id: str) -> Entry | None: ...
    def reversal_of(self, entry_id: str) -> Entry | None: ...
    def entries_on(self, business_date: str) -> list[Entry]: ...
    def entries_for(self, link_kind: str, link_id: str) -> list[Entry]: ...
    def balances(self, up_to_date: str | None = None) -> dict[str, int]: ...
    def verify_chain(self) -> tuple[bool, int]: ...


class AuditLog(Protocol):
    def append(self, *, at: str, operator_id: str | None, action: str, target_kind: str = "",
               target_id: str = "", details: dict[str, Any] | None = None) -> None: ...
    def recent(self, limit: int) -> list[dict[str, Any]]: ...


class Outbox(Protocol):
    def append(self, kind: str, payload: dict[str, Any], *, record_id: str, created_wall: str,
               schema_version: int = 1, ref_versions: dict[str, int] | None = None) -> int:
        """Append one record for the hub; returns its gapless sequence number."""
        ...

    def pending_count(self) -> int: ...


class StationInfo(Protocol):
    def get(self) -> dict[str, Any] | None: ...
    def save(self, info: dict[str, Any]) -> None: ...
    def station_id(self) -> str: ...


class UnitOfWork(Protocol):
    people: PeopleRepository
    operators: OperatorRepository
    ledger: LedgerRepository
    audit: AuditLog
    outbox: Outbox
    station: StationInfo
    print_jobs: PrintJobRepository
    purchases: PurchaseRepository
    day_closes: DayCloseRepository
    parcels: ParcelRepository
    parcel_notices: ParcelNoticeRepository
    stocktakes: StocktakeRepository
    dispatches: DispatchRepository

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(self, *exc: object) -> None: ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...

    def reading(self) -> UnitOfWork:
        """For reads only: never waits for a writer nor holds one up."""
        ...


class Backups(Protocol):
    """File-level operations on the station database; never called inside a unit of work."""

    def take(self, reason: str) -> str: ...
    def list(self) -> list[dict[str, Any]]: ...
    def restore(self, backup_path: str) -> str: ...
    def take_daily_if_due(self) -> str | None: ...



class WaybillMatcher(Protocol):
    """Recognises an arriving waybill as belonging to another job (an agent purchase, a return...).

    Parcel intake calls every matcher inside its own unit of work, so linking the parcel and moving the
    other record to 'arrived' commit together with the intake. Returns facts for the arrival notice
    (e.g. ``{"kind": "purchase", "order_no": "DG-0042", "balance_fen": 3500}``) or None.
    """

    def on_parcel_arrived(self, uow: UnitOfWork, *, parcel_id: str, waybill: str, person_id: str | None,
                          actor_id: str, at: str) -> dict[str, Any] | None: ...


class PrintSubmitter(Protocol):
    """Stores a print job inside the caller's transaction; a worker sends it to the printer later.

    ``document`` is a ``station.domain.documents`` Receipt or Label. The business action never depends
    on the printer: paper out leaves the job waiting, visible and re-printable.
    """

    def submit(self, uow: UnitOfWork, *, kind: str, document: Any, ref_kind: str, ref_id: str,
               operator_id: str, at: str) -> str: ...
