"""Retention, problems and returns: the overdue list, extending a hold, 退回 to the courier, 问题件."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from station.domain.changes import Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.operators import Operator, Permission
from station.domain.parcel_documents import ParcelSlip
from station.domain.parcels import (
    Parcel,
    ParcelSettings,
    ParcelStatus,
    ProblemKind,
    storage_fee_fen,
    validate_note,
    validate_settings,
)
from station.domain.pickup_codes import ShelfSpec, Slot, validate_shelves
from station.domain.ports import PrintSubmitter
from station.services.base import ServiceContext
from station.services.parcels.common import PARCELS, carrier_name, record, station_name

MAX_EXTEND_DAYS = 30


@dataclass(frozen=True, slots=True)
class OverdueRow:
    parcel: Parcel
    age_days: int
    fee_fen: int
    person_name: str


class RetentionService:
    def __init__(self, ctx: ServiceContext, printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._printer = printer

    def overdue(self, min_days: int | None = None, carrier: str = "", limit: int = 500) -> list[OverdueRow]:
        """Waiting parcels at least ``min_days`` old (default: the overdue setting), oldest first."""
        today = self._ctx.clock.now().date()
        with self._ctx.uow.reading() as uow:
            settings = uow.parcels.settings()
            days = settings.overdue_days if min_days is None else max(0, min_days)
            parcels = uow.parcels.overdue((today - timedelta(days=days)).isoformat(), carrier, limit)
            names: dict[str, str] = {}
            for pid in {p.person_id for p in parcels if p.person_id}:
                person = uow.people.get(pid)
                names[pid] = person.name if person else ""
        return [OverdueRow(p, p.age_days(today), _fee(settings, p, today),
                           names.get(p.person_id or "", "") or p.recipient_name) for p in parcels]

    def extend_hold(self, actor: Operator, parcel_ids: list[str] | str, days: int, note: str = "") -> Changes:
        """Push the end of the free period back for one or several parcels, in one transaction."""
        actor.require(Permission.COUNTER_WORK)
        if not 1 <= days <= MAX_EXTEND_DAYS:
            raise DomainError("parcel.extend_invalid", max=MAX_EXTEND_DAYS)
        clean = validate_note(note)
        at = self._ctx.now_iso()
        today = self._ctx.clock.now().date()
        with self._ctx.uow() as uow:
            for parcel_id in _ids(parcel_ids):
                parcel = self._waiting(uow, parcel_id)
                base = max(date.fromisoformat(parcel.hold_until), today)
                until = (base + timedelta(days=days)).isoformat()
                uow.parcels.update_fields(parcel_id, hold_until=until)
                record(uow, at=at, actor_id=actor.id, kind="hold_extended", parcel=replace(parcel, hold_until=until),
                       details={"days": days, "until": until, "note": clean})
        return Changes.of(PARCELS)

    def mark_problem(self, actor: Operator, parcel_ids: list[str] | str, kind: ProblemKind,
                     note: str = "") -> Changes:
        """A lost parcel leaves the shelf; damaged, refused and wrong-station ones stay until returned."""
        actor.require(Permission.COUNTER_WORK)
        problem = ProblemKind(kind)
        clean = validate_note(note)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            for parcel_id in _ids(parcel_ids):
                parcel = self._waiting(uow, parcel_id)
                uow.parcels.update_fields(parcel_id, problem_kind=str(problem), problem_note=clean)
                updated = replace(parcel, problem_kind=str(problem), problem_note=clean)
                if problem == ProblemKind.LOST:
                    uow.parcels.leave_shelf(parcel_id, ParcelStatus.LOST, at)
                    uow.parcels.release_slot(parcel.slot)
                    updated = replace(updated, status=ParcelStatus.LOST)
                record(uow, at=at, actor_id=actor.id, kind="problem_marked", parcel=updated,
                       details={"problem": str(problem), "note": clean})
        return Changes.of(PARCELS)

    def return_to_carrier(self, actor: Operator, parcel_ids: list[str], courier_name: str,
                          note: str = "", print_list: bool = False) -> tuple[str, Changes]:
        """退回: the courier takes the parcels back; one hand-off record names who took which parcels."""
        actor.require(Permission.COUNTER_WORK)
        courier = courier_name.strip()[:30]
        if not courier:
            raise DomainError("handoff.courier_missing")
        ids = list(dict.fromkeys(parcel_ids))
        if not ids:
            raise DomainError("handover.nothing_selected")
        clean = validate_note(note)
        at = self._ctx.now_iso()
        handoff_id = new_id()
        with self._ctx.uow() as uow:
            parcels = [self._waiting(uow, pid) for pid in ids]
            carriers = sorted({p.carrier for p in parcels})
            uow.dispatches.add_handoff({"id": handoff_id, "at": at, "kind": "return", "carrier": ",".join(carriers),
                                        "courier_name": courier, "item_count": len(parcels),
                                        "operator_id": actor.id})
            for p in parcels:
                if not uow.parcels.leave_shelf(p.id, ParcelStatus.RETURNED, at):
                    raise Conflict("parcel.not_waiting", status=str(p.status), pickup_code=p.pickup_code)
                uow.parcels.release_slot(p.slot)
                record(uow, at=at, actor_id=actor.id, kind="returned",
                       parcel=replace(p, status=ParcelStatus.RETURNED),
                       details={"handoff_id": handoff_id, "courier": courier, "note": clean})
            if print_list and self._printer is not None:
                slip = ParcelSlip("receipt", station_name(uow), str(len(parcels)), (
                    f"退回清单 {at[:10]} 快递员: {courier}",
                    *(f"{carrier_name(p.carrier)} {p.waybill} {p.problem_kind}".strip() for p in parcels),
                    "快递员签字: ________"))
                self._printer.submit(uow, kind="receipt", document=slip.document(), ref_kind="courier_handoff",
                                     ref_id=handoff_id, operator_id=actor.id, at=at)
        return handoff_id, Changes.of(PARCELS)

    @staticmethod
    def _waiting(uow, parcel_id: str) -> Parcel:  # type: ignore[no-untyped-def]
        parcel = uow.parcels.get(parcel_id)
        if parcel is None:
            raise NotFound("parcel.not_found")
        if parcel.status != ParcelStatus.WAITING:
            raise Conflict("parcel.not_waiting", status=str(parcel.status), pickup_code=parcel.pickup_code)
        return parcel

    # settings: shelves, codes, templates, fees --------------------------------------------------------
    def settings(self) -> ParcelSettings:
        with self._ctx.uow.reading() as uow:
            return uow.parcels.settings()

    def hub_managed(self) -> set[str]:
        """Settings fields the township hub decides; the settings dialog shows them but does not edit them."""
        with self._ctx.uow.reading() as uow:
            return set(uow.parcels.hub_overrides())

    def save_settings(self, actor: Operator, settings: ParcelSettings,
                      shelves: list[ShelfSpec] | None = None) -> Changes:
        """Codes, notices and fees, and (if given) the shelf layout, saved together or not at all."""
        actor.require(Permission.SETTINGS)
        clean = validate_settings(settings)
        layout = validate_shelves(shelves) if shelves is not None else None
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            if layout is not None:
                uow.parcels.replace_shelves(layout)
                details = {"shelves": [[s.label, s.tiers, s.capacity] for s in layout]}
                uow.audit.append(at=at, operator_id=actor.id, action="parcel.shelves_saved", details=details)
                uow.outbox.append("parcel.shelves", details, record_id=new_id(), created_wall=at)
            uow.parcels.save_settings(clean)
            uow.audit.append(at=at, operator_id=actor.id, action="parcel.settings_saved", details=clean.to_dict())
            uow.outbox.append("parcel.settings", clean.to_dict(), record_id=new_id(), created_wall=at)
        return Changes.of(PARCELS)

    def shelves(self) -> list[Slot]:
        with self._ctx.uow.reading() as uow:
            return uow.parcels.slots()

    def save_shelves(self, actor: Operator, specs: list[ShelfSpec]) -> Changes:
        actor.require(Permission.SETTINGS)
        clean = validate_shelves(specs)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            uow.parcels.replace_shelves(clean)
            details = {"shelves": [[s.label, s.tiers, s.capacity] for s in clean]}
            uow.audit.append(at=at, operator_id=actor.id, action="parcel.shelves_saved", details=details)
            uow.outbox.append("parcel.shelves", details, record_id=new_id(), created_wall=at)
        return Changes.of(PARCELS)


def _ids(parcel_ids: list[str] | str) -> list[str]:
    ids = [parcel_ids] if isinstance(parcel_ids, str) else list(dict.fromkeys(parcel_ids))
    if not ids:
        raise DomainError("handover.nothing_selected")
    return ids


def _fee(settings: ParcelSettings, parcel: Parcel, today: date) -> int:
    return storage_fee_fen(date.fromisoformat(parcel.taken_in_date), today, date.fromisoformat(parcel.hold_until),
                           settings.free_days, settings.fee_per_day_fen, settings.fee_cap_fen)
