"""取件出库: find a person's waiting parcels by code, phone last 4 or waybill, hand several over at once."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from station.domain.changes import LEDGER, Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.ledger import Direction, EntryDraft, Method, Purpose, reversal_of
from station.domain.money import format_fen
from station.domain.operators import Operator, Permission
from station.domain.parcel_documents import ParcelSlip
from station.domain.parcels import MAX_BATCH_TAKE, Parcel, ParcelSettings, ParcelStatus, storage_fee_fen
from station.domain.people import Person
from station.domain.pickup_codes import choose_slot, parse_code, slot_key
from station.domain.ports import PrintSubmitter, UnitOfWork
from station.domain.purchases import OrderState
from station.services.base import ServiceContext
from station.services.ledger import record_entry
from station.services.parcels.common import (
    PARCELS,
    carrier_name,
    cooling_since,
    next_serial,
    record,
    record_many,
    station_name,
)

_WAYBILL_PART = re.compile(r"^[A-Z0-9]{5,40}$")


def _slot_of_code(code: str) -> str:
    try:
        query = parse_code(code)
    except DomainError:
        return ""
    return slot_key(query.shelf, query.tier) if query.shelf and query.tier else ""


@dataclass(frozen=True, slots=True)
class PickupLookup:
    query: str
    parcels: list[Parcel]  # waiting parcels found, oldest first
    people: list[Person]  # the distinct registered recipients among them
    by: str  # 'code', 'last4', 'code_or_last4', 'waybill', 'person'


@dataclass(frozen=True, slots=True)
class UndoResult:
    parcel_count: int  # parcels back on the shelf
    refunded_fen: int  # the storage fee paid back (0: none was taken)
    changes: Changes


@dataclass(frozen=True, slots=True)
class HandoverResult:
    handover_id: str
    parcels: list[Parcel]
    fee_fen: int
    changes: Changes


def record_handover(uow, *, handover_id: str, at: str, today: str, actor_id: str,  # type: ignore[no-untyped-def]
                    parcels: list[Parcel], picked_by: str = "", evidence_path: str = "", fee: int = 0,
                    entry_id: str | None = None) -> None:
    """Waiting parcels leave the shelf inside the caller's transaction: the handover row, the status
    (guarded: a parcel already out fails the whole action), freed slots, events, audit and outbox.

    The purchases desk calls it too, when an order is handed over with its balance by the order QR.
    """
    ids = [p.id for p in parcels]
    person_ids = {p.person_id for p in parcels if p.person_id}
    uow.parcels.add_handover({
        "id": handover_id, "at": at, "business_date": today,
        "person_id": next(iter(person_ids)) if len(person_ids) == 1 else None, "picked_by": picked_by,
        "evidence_path": evidence_path.strip()[:300], "fee_fen": fee, "ledger_entry_id": entry_id,
        "parcel_count": len(parcels), "operator_id": actor_id})
    moved = uow.parcels.mark_handed_over(ids, handover_id, at, today, picked_by)
    if moved != len(ids):  # someone else got there first: roll everything back
        raise Conflict("handover.already_out", pickup_code="", status="")
    for slot, count in Counter(p.slot for p in parcels).items():
        uow.parcels.release_slot(slot, count)
    record_many(uow, at=at, actor_id=actor_id, kind="handed_over",
                parcels=[replace(p, status=ParcelStatus.HANDED_OVER, handed_over_at=at, picked_by=picked_by)
                         for p in parcels],
                details={"handover_id": handover_id, "picked_by": picked_by, "fee_fen": fee,
                         "evidence": bool(evidence_path)})


class HandoverService:
    def __init__(self, ctx: ServiceContext, printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._printer = printer

    def lookup(self, text: str) -> PickupLookup:
        """What the operator typed or scanned: a pickup code (3-2-0417, 0417), a phone's last 4 digits, or a
        waybill (whole or its end). Four digits may be either a serial or a phone tail: both are shown."""
        query = (text or "").strip().upper()
        if not query:
            raise DomainError("pickup.empty")
        with self._ctx.uow.reading() as uow:
            found: list[Parcel] = []
            by = ""
            if query.isdigit() and len(query) == 4:
                by_code = uow.parcels.waiting_by_serial(int(query))
                owners = [person.id for person in uow.people.search([(f"t:{query}", False)], 50)]
                found = ([by_code] if by_code else []) + uow.parcels.waiting_by_last4(query) \
                    + uow.parcels.waiting_for_people(owners)
                by = "code_or_last4"
            elif "-" in query or (query.isdigit() and len(query) <= 3):
                code = parse_code(query)
                hit = uow.parcels.waiting_by_serial(code.serial)
                if hit and code.shelf and not hit.slot.startswith(f"{code.shelf}-"):
                    hit = None  # the serial exists but on another shelf: not this code
                found, by = ([hit] if hit else []), "code"
            elif _WAYBILL_PART.match(query):
                exact = [p for p in uow.parcels.find_by_waybill(query) if p.status == ParcelStatus.WAITING]
                found, by = exact or uow.parcels.waiting_by_waybill_suffix(query), "waybill"
            else:
                raise DomainError("pickup.invalid", text=text[:40])
            unique = list({p.id: p for p in found}.values())
            people = self._people(uow, unique)
        if not unique:
            raise NotFound("pickup.nothing_waiting", text=query)
        return PickupLookup(query, unique, people, by)

    @staticmethod
    def _people(uow: UnitOfWork, parcels: list[Parcel]) -> list[Person]:
        ids = list(dict.fromkeys(p.person_id for p in parcels if p.person_id))
        return [person for person in (uow.people.get(i) for i in ids) if person is not None]

    def waiting_for_person(self, person_id: str, *, household: bool = False) -> list[Parcel]:
        with self._ctx.uow.reading() as uow:
            ids = uow.parcels.household_of(person_id) if household else [person_id]
            return uow.parcels.waiting_for_people(ids)

    def fee_due(self, parcels: list[Parcel]) -> int:
        with self._ctx.uow.reading() as uow:
            settings = uow.parcels.settings()
        return self._fee(settings, parcels)

    def _fee(self, settings: ParcelSettings, parcels: list[Parcel]) -> int:
        today = self._ctx.clock.now().date()
        return sum(storage_fee_fen(date.fromisoformat(p.taken_in_date), today, date.fromisoformat(p.hold_until),
                                   settings.free_days, settings.fee_per_day_fen, settings.fee_cap_fen)
                   for p in parcels)

    def hand_over(self, actor: Operator, parcel_ids: list[str], *, picked_by: str = "", evidence_path: str = "",
                  fee_method: Method | None = None, fee_reference: str = "", waive_fee: bool = False,
                  print_receipt: bool = False) -> HandoverResult:
        """Several parcels in one action: all or none. Slots are freed and codes start their cool-down in
        the same transaction; a parcel already handed over makes the whole action fail."""
        actor.require(Permission.COUNTER_WORK)
        ids = list(dict.fromkeys(parcel_ids))
        if not ids:
            raise DomainError("handover.nothing_selected")
        if len(ids) > MAX_BATCH_TAKE:
            raise DomainError("handover.too_many", max=MAX_BATCH_TAKE)
        proxy = picked_by.strip()[:30]
        at, today = self._ctx.now_iso(), self._ctx.today()
        handover_id = new_id()
        with self._ctx.uow() as uow:
            parcels = uow.parcels.get_many(ids)
            if len(parcels) != len(ids):
                raise NotFound("parcel.not_found")
            gone = [p for p in parcels if p.status != ParcelStatus.WAITING]
            if gone:
                raise Conflict("handover.already_out", pickup_code=gone[0].pickup_code, status=str(gone[0].status))
            self._refuse_unpaid_purchases(uow, parcels)
            fee = 0 if waive_fee else self._fee(uow.parcels.settings(), parcels)
            if fee and fee_method is None:
                raise DomainError("handover.fee_unpaid", fee=fee)
            entry_id = None
            if fee:
                assert fee_method is not None
                entry = record_entry(uow, self._ctx, actor, EntryDraft(
                    fee, Direction.IN, Method(fee_method), Purpose.STORAGE_FEE, fee_reference,
                    "parcel_handover", handover_id, f"{len(parcels)}"))
                entry_id = entry.id
            record_handover(uow, handover_id=handover_id, at=at, today=today, actor_id=actor.id, parcels=parcels,
                            picked_by=proxy, evidence_path=evidence_path, fee=fee, entry_id=entry_id)
            if print_receipt and self._printer is not None:
                slip = ParcelSlip("receipt", station_name(uow), str(len(parcels)),
                                  tuple(f"{p.pickup_code} {carrier_name(p.carrier)} {p.waybill}" for p in parcels)
                                  + ((f"代取: {proxy}",) if proxy else ()))
                self._printer.submit(uow, kind="receipt", document=slip.document(), ref_kind="parcel_handover",
                                     ref_id=handover_id, operator_id=actor.id, at=at)
        changes = Changes.of(PARCELS, LEDGER) if fee else Changes.of(PARCELS)
        return HandoverResult(handover_id, parcels, fee, changes)

    @staticmethod
    def _refuse_unpaid_purchases(uow, parcels: list[Parcel]) -> None:  # type: ignore[no-untyped-def]
        """Goods bought for a villager leave only with their balance: that is taken on the purchases page
        (scan the order QR), where the order and its money move together."""
        from station.services.purchases.common import money_of

        for parcel in parcels:
            link = parcel.link or {}
            order = uow.purchases.get(str(link.get("order_id", ""))) if link.get("kind") == "purchase" else None
            if order is None or order.state in (OrderState.HANDED_OVER, OrderState.CLOSED, OrderState.CANCELLED):
                continue
            due = money_of(uow, order.id).balance_due(order.total_fen)
            if due > 0:
                raise DomainError("handover.purchase_balance_due", pickup_code=parcel.pickup_code,
                                  order_no=order.order_no, balance=format_fen(due))

    def undo_handover(self, actor: Operator, handover_id: str, reason: str) -> UndoResult:
        """The parcels go back on the shelf by new events; the same code if it has not been reused, and a
        slot with room (the old one if it still has some). A storage fee taken with the handover is paid
        back by a reversing ledger entry in the same transaction; because that is a money correction, only
        someone who may correct money (the shopkeeper) can undo such a handover."""
        actor.require(Permission.COUNTER_WORK)
        if not reason.strip():
            raise DomainError("handover.reason_required")
        now = self._ctx.clock.now()
        at = self._ctx.now_iso()
        refunded = 0
        with self._ctx.uow() as uow:
            handover = uow.parcels.handover(handover_id)
            if handover is None:
                raise NotFound("handover.not_found")
            parcels = [p for p in uow.parcels.parcels_of_handover(handover_id)
                       if p.status == ParcelStatus.HANDED_OVER]
            if not parcels:
                raise Conflict("handover.already_undone")
            fee_entry = uow.ledger.get(handover["ledger_entry_id"]) if handover.get("ledger_entry_id") else None
            if fee_entry is not None and uow.ledger.reversal_of(fee_entry.id) is None:
                if not actor.can(Permission.CORRECT_MONEY):
                    raise DomainError("handover.undo_fee_needs_shopkeeper", fee=format_fen(fee_entry.amount_fen))
                draft = replace(reversal_of(fee_entry), note=reason.strip()[:200])
                record_entry(uow, self._ctx, actor, draft, reverses_id=fee_entry.id)
                refunded = fee_entry.amount_fen
            settings = uow.parcels.settings()
            since = cooling_since(now, settings)
            for p in parcels:
                slots = uow.parcels.slots()
                preferred = next((s for s in slots if s.key == _slot_of_code(p.pickup_code)), None)
                slot = preferred if preferred and preferred.free > 0 else choose_slot(slots, None)
                if not uow.parcels.take_slot(slot.key):
                    raise DomainError("shelf.all_full", capacity=sum(s.capacity for s in slots))
                serial, code = p.pickup_serial, p.pickup_code
                if not uow.parcels.serial_free(serial, since, p.id) or not code.endswith(
                        settings.scheme.format(None, serial)):
                    serial = next_serial(uow, settings, now, None)
                code = settings.scheme.format(slot, serial)
                uow.parcels.back_on_shelf(p.id, ParcelStatus.HANDED_OVER, slot.key, serial, code)
                record(uow, at=at, actor_id=actor.id, kind="handover_undone",
                       parcel=replace(p, status=ParcelStatus.WAITING, slot=slot.key, pickup_serial=serial,
                                      pickup_code=code, handed_over_at=None, picked_by=""),
                       details={"handover_id": handover_id, "reason": reason.strip()[:200],
                                "fee_refunded_fen": refunded})
        return UndoResult(len(parcels), refunded, Changes.of(PARCELS, LEDGER) if refunded else Changes.of(PARCELS))
