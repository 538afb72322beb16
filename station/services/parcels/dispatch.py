"""寄件: real-name sender, open-box check, weight, tariff price, payment, receipt, courier hand-off."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from station.domain.changes import LEDGER, Changes
from station.domain.errors import DomainError, NotFound
from station.domain.ids import new_id
from station.domain.ledger import Direction, EntryDraft, Method, Purpose
from station.domain.money import format_fen
from station.domain.operators import Operator, Permission
from station.domain.parcel_dispatch import (
    MAX_CONTENTS_CHARS,
    Dispatch,
    DispatchState,
    IdType,
    mask_id,
    normalise_id,
    validate_destination,
)
from station.domain.parcel_documents import ParcelSlip
from station.domain.parcel_ports import ScaleSource
from station.domain.ports import PrintSubmitter
from station.domain.tariffs import (
    Tariff,
    chargeable_grams,
    default_tariffs,
    pick_tariff,
    price_fen,
    validate_tariff,
    volumetric_grams,
    zone_for,
)
from station.domain.weights import MAX_GRAMS, format_grams
from station.services.base import ServiceContext
from station.services.ledger import record_entry
from station.services.parcels.common import DISPATCH, carrier_name, station_name


@dataclass(frozen=True, slots=True)
class DispatchDraft:
    sender_person_id: str
    id_type: IdType
    id_number: str
    contents: str
    inspected: bool
    dest_name: str
    dest_phone: str
    dest_province: str
    dest_address: str
    carrier: str
    weight_g: int | None = None  # typed; otherwise the scale's stable reading
    length_cm: int = 0
    width_cm: int = 0
    height_cm: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    carrier: str
    zone: str
    weight_g: int
    volumetric_g: int
    chargeable_g: int
    price_fen: int
    weight_source: str


class DispatchService:
    def __init__(self, ctx: ServiceContext, scale: ScaleSource | None = None,
                 printer: PrintSubmitter | None = None) -> None:
        self._ctx = ctx
        self._scale = scale
        self._printer = printer

    def tariffs(self) -> list[Tariff]:
        with self._ctx.uow.reading() as uow:
            return self._tariffs(uow)

    @staticmethod
    def _tariffs(uow) -> list[Tariff]:  # type: ignore[no-untyped-def]
        """The hub's tariffs once it has sent any (reference data is hub-authoritative), else this
        station's own table, else the built-in defaults."""
        return uow.dispatches.hub_tariffs() or uow.dispatches.tariffs() or default_tariffs("2000-01-01")

    def save_tariff(self, actor: Operator, tariff: Tariff) -> tuple[Tariff, Changes]:
        """A new tariff row; the previous row for the carrier and zone ends the day before it starts."""
        actor.require(Permission.SETTINGS)
        clean = replace(validate_tariff(tariff), id=new_id())
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            self._seed(uow, at)
            start = date.fromisoformat(clean.effective_from)
            for old in uow.dispatches.tariffs():
                if old.carrier == clean.carrier and old.zone == clean.zone and not old.effective_to \
                        and old.effective_from < clean.effective_from:
                    uow.dispatches.end_tariff(old.id, date.fromordinal(start.toordinal() - 1).isoformat())
            uow.dispatches.add_tariff(clean, at)
            payload = {"tariff_id": clean.id, "carrier": clean.carrier, "zone": str(clean.zone),
                       "first_weight_g": clean.first_weight_g, "first_fen": clean.first_fen, "step_g": clean.step_g,
                       "step_fen": clean.step_fen, "effective_from": clean.effective_from}
            uow.audit.append(at=at, operator_id=actor.id, action="tariff.saved", details=payload)
            uow.outbox.append("parcel.tariff", payload, record_id=new_id(), created_wall=at)
        return clean, Changes.of(DISPATCH)

    @staticmethod
    def _seed(uow, at: str) -> None:  # type: ignore[no-untyped-def]
        if not uow.dispatches.tariffs():
            for t in default_tariffs("2000-01-01"):
                uow.dispatches.add_tariff(replace(t, id=new_id()), at)

    def quote(self, draft: DispatchDraft) -> Quote:
        with self._ctx.uow.reading() as uow:
            return self._quote(uow, draft)

    def _quote(self, uow, draft: DispatchDraft) -> Quote:  # type: ignore[no-untyped-def]
        weight, source = draft.weight_g, "typed"
        if weight is None:
            weight = self._scale.latest_stable_grams() if self._scale else None
            source = "scale"
        if weight is None:
            raise DomainError("dispatch.weight_missing")
        if not 0 < weight <= MAX_GRAMS:
            raise DomainError("weight.too_large", text=str(weight))
        settings = uow.parcels.settings()
        zone = zone_for(draft.dest_province, settings.station_province)
        tariff = pick_tariff(self._tariffs(uow), draft.carrier, zone, self._ctx.clock.now().date())
        volumetric = volumetric_grams(draft.length_cm, draft.width_cm, draft.height_cm, tariff.volumetric_divisor)
        chargeable = chargeable_grams(weight, volumetric)
        return Quote(draft.carrier, str(zone), weight, volumetric, chargeable, price_fen(tariff, chargeable), source)

    def accept(self, actor: Operator, draft: DispatchDraft, method: Method, reference: str = "",
               print_receipt: bool = False) -> tuple[Dispatch, Changes]:
        """One transaction: the real-name record, the quote, the payment entry, the receipt job."""
        actor.require(Permission.COUNTER_WORK)
        actor.require(Permission.RECORD_MONEY)
        if not draft.inspected:
            raise DomainError("dispatch.not_inspected")
        contents = draft.contents.strip()
        if not contents:
            raise DomainError("dispatch.contents_missing")
        if len(contents) > MAX_CONTENTS_CHARS:
            raise DomainError("dispatch.contents_too_long", max=MAX_CONTENTS_CHARS)
        id_type = IdType(draft.id_type)
        id_number = normalise_id(id_type, draft.id_number)
        dest = validate_destination(draft.dest_name, draft.dest_phone, draft.dest_province, draft.dest_address)
        at, today = self._ctx.now_iso(), self._ctx.today()
        dispatch_id = new_id()
        with self._ctx.uow() as uow:
            sender = uow.people.get(draft.sender_person_id)
            if sender is None or sender.merged_into:
                raise NotFound("person.not_found")
            quote = self._quote(uow, draft)
            entry_id = None
            if quote.price_fen > 0:
                entry = record_entry(uow, self._ctx, actor, EntryDraft(
                    quote.price_fen, Direction.IN, Method(method), Purpose.POSTAGE, reference, "parcel_dispatch",
                    dispatch_id, draft.carrier))
                entry_id = entry.id
            uow.dispatches.add({
                "id": dispatch_id, "at": at, "business_date": today, "sender_person_id": sender.id,
                "sender_name": sender.name, "id_type": str(id_type), "id_number": id_number, "contents": contents,
                "inspected": True, "dest_name": dest.name, "dest_phone": dest.phone, "dest_province": dest.province,
                "dest_address": dest.address, "carrier": draft.carrier, "zone": quote.zone,
                "weight_g": quote.weight_g, "length_cm": draft.length_cm, "width_cm": draft.width_cm,
                "height_cm": draft.height_cm, "volumetric_g": quote.volumetric_g,
                "chargeable_g": quote.chargeable_g, "price_fen": quote.price_fen,
                "state": str(DispatchState.ACCEPTED), "ledger_entry_id": entry_id, "operator_id": actor.id})
            details = {"carrier": draft.carrier, "zone": quote.zone, "chargeable_g": quote.chargeable_g,
                       "price_fen": quote.price_fen}
            uow.audit.append(at=at, operator_id=actor.id, action="dispatch.accepted", target_kind="parcel_dispatch",
                             target_id=dispatch_id, details=details)
            # the hub gets the masked ID only: the full number stays at the station (supervisor role)
            uow.outbox.append("parcel.dispatch", details | {
                "dispatch_id": dispatch_id, "sender_person_id": sender.id, "id_type": str(id_type),
                "id_masked": mask_id(id_number), "dest_province": dest.province, "weight_g": quote.weight_g,
                "ledger_entry_id": entry_id}, record_id=new_id(), created_wall=at)
            if print_receipt and self._printer is not None:
                slip = ParcelSlip("receipt", station_name(uow), format_fen(quote.price_fen), (
                    f"寄件 {carrier_name(draft.carrier)} {dest.province}",
                    f"寄件人 {sender.name} {mask_id(id_number)}",
                    f"收件人 {dest.name} {dest.province}",
                    f"重量 {format_grams(quote.weight_g)} 计费 {format_grams(quote.chargeable_g)}",
                    f"运费 {format_fen(quote.price_fen)}", "已开箱验视"))
                self._printer.submit(uow, kind="receipt", document=slip.document(), ref_kind="parcel_dispatch",
                                     ref_id=dispatch_id, operator_id=actor.id, at=at)
            saved = uow.dispatches.get(dispatch_id)
        assert saved is not None
        return self._masked(actor, saved), Changes.of(DISPATCH, LEDGER) if entry_id else Changes.of(DISPATCH)

    @staticmethod
    def _masked(actor: Operator, dispatch: Dispatch) -> Dispatch:
        if actor.can(Permission.SEE_FULL_IDS):
            return dispatch
        return replace(dispatch, id_number=mask_id(dispatch.id_number))

    def get(self, actor: Operator, dispatch_id: str) -> Dispatch:
        """The full ID number only for the supervisor role; everyone else sees it masked."""
        with self._ctx.uow.reading() as uow:
            found = uow.dispatches.get(dispatch_id)
        if found is None:
            raise NotFound("dispatch.not_found")
        return self._masked(actor, found)

    def waiting_for_courier(self, actor: Operator, carrier: str = "") -> list[Dispatch]:
        with self._ctx.uow.reading() as uow:
            return [self._masked(actor, d) for d in uow.dispatches.waiting_for_courier(carrier)]

    def hand_to_courier(self, actor: Operator, dispatch_ids: list[str], courier_name: str,
                        print_list: bool = False) -> tuple[str, Changes]:
        """The courier's pickup: one hand-off record says which courier took which parcels."""
        actor.require(Permission.COUNTER_WORK)
        courier = courier_name.strip()[:30]
        if not courier:
            raise DomainError("handoff.courier_missing")
        ids = list(dict.fromkeys(dispatch_ids))
        if not ids:
            raise DomainError("handover.nothing_selected")
        at = self._ctx.now_iso()
        handoff_id = new_id()
        with self._ctx.uow() as uow:
            items = [uow.dispatches.get(i) for i in ids]
            if any(d is None for d in items):
                raise NotFound("dispatch.not_found")
            carriers = sorted({d.carrier for d in items if d})
            uow.dispatches.add_handoff({"id": handoff_id, "at": at, "kind": "dispatch",
                                        "carrier": ",".join(carriers), "courier_name": courier,
                                        "item_count": len(ids), "operator_id": actor.id})
            if uow.dispatches.mark_handed(ids, handoff_id) != len(ids):
                raise DomainError("handoff.already_taken")
            uow.audit.append(at=at, operator_id=actor.id, action="dispatch.handed_to_courier",
                             target_kind="courier_handoff", target_id=handoff_id,
                             details={"courier": courier, "dispatch_ids": ids})
            uow.outbox.append("parcel.courier_handoff", {"handoff_id": handoff_id, "courier": courier,
                                                         "dispatch_ids": ids, "kind": "dispatch"},
                              record_id=new_id(), created_wall=at)
            if print_list and self._printer is not None:
                slip = ParcelSlip("receipt", station_name(uow), str(len(ids)), (
                    f"揽收清单 {at[:16].replace('T', ' ')} 快递员: {courier}",
                    *(f"{carrier_name(d.carrier)} {d.destination.province} {format_grams(d.chargeable_g)}"
                      for d in items if d), "快递员签字: ________"))
                self._printer.submit(uow, kind="receipt", document=slip.document(), ref_kind="courier_handoff",
                                     ref_id=handoff_id, operator_id=actor.id, at=at)
        return handoff_id, Changes.of(DISPATCH)
