"""收件入库: one scan is one parcel, committed with its slot, code, events, notice and outbox record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from station.domain.carriers import CarrierGuess, guess_carriers, normalise_waybill, parse_carrier
from station.domain.changes import Changes
from station.domain.errors import Conflict, DomainError, NotFound
from station.domain.ids import new_id
from station.domain.operators import Operator, Permission
from station.domain.parcel_ports import ScaleSource
from station.domain.parcels import (
    DailyFigures,
    Parcel,
    ParcelStatus,
    parse_recipient,
    rank_matches,
    validate_note,
)
from station.domain.people import Person, query_keys
from station.domain.phones import PhoneKind
from station.domain.pickup_codes import looks_like_pickup_code
from station.domain.ports import PrintSubmitter, WaybillMatcher
from station.domain.weights import MAX_GRAMS
from station.services.base import ServiceContext
from station.services.parcels.common import (
    NOTICES,
    PARCEL_CHANGES,
    PARCELS,
    allocate,
    intake_slip,
    notice_due,
    queue_arrival,
    record,
    station_name,
)

MATCH_LIMIT = 20


@dataclass(frozen=True, slots=True)
class IntakeRequest:
    waybill: str
    carrier: str = ""  # '' = take the best guess
    recipient_phone: str = ""  # full, masked, virtual or last 4
    recipient_name: str = ""
    person_id: str | None = None  # the person the operator picked
    weight_g: int | None = None  # typed; otherwise the scale's stable reading
    batch_id: str = ""
    allow_seen_before: bool = False  # the same waybill came back after leaving the station
    print_sticker: bool = False
    print_slip: bool = False


@dataclass(frozen=True, slots=True)
class ScanCheck:
    waybill: str
    guesses: list[CarrierGuess]
    on_record: list[Parcel]  # earlier parcels with this waybill, newest first


@dataclass(frozen=True, slots=True)
class IntakeResult:
    parcel: Parcel
    guesses: list[CarrierGuess]
    weight_source: str  # 'typed', 'scale' or '' (no stable reading)
    match: dict[str, Any] | None
    changes: Changes


class IntakeService:
    def __init__(self, ctx: ServiceContext, scale: ScaleSource | None = None, printer: PrintSubmitter | None = None,
                 matchers: Sequence[WaybillMatcher] = ()) -> None:
        self._ctx = ctx
        self._scale = scale
        self._printer = printer
        self._matchers = tuple(matchers)

    def check_scan(self, text: str) -> ScanCheck:
        """Clean the scan, guess the carrier, find earlier parcels. Reads only."""
        waybill = self.clean_waybill(text)
        with self._ctx.uow.reading() as uow:
            on_record = [p for p in uow.parcels.find_by_waybill(waybill) if p.status != ParcelStatus.VOIDED]
        return ScanCheck(waybill, guess_carriers(waybill), on_record)

    @staticmethod
    def clean_waybill(text: str) -> str:
        """The scan as a waybill number, or a DomainError saying why not (no database: instant)."""
        if looks_like_pickup_code(text or ""):
            raise DomainError("intake.pickup_code_scanned", text=text.strip())
        return normalise_waybill(text)

    def match_recipient(self, phone_text: str, name: str = "") -> list[Person]:
        """Registered people who fit what the waybill shows, best first (never raises on odd phones)."""
        try:
            hint = parse_recipient(phone_text, name)
        except DomainError:
            return []
        if hint.phone is None:
            lookups = query_keys(name) if name.strip() else []
        elif hint.phone.kind == PhoneKind.VIRTUAL:
            lookups = query_keys(name) if name.strip() else []  # a virtual number is not the person's
        else:
            lookups = [(f"t:{hint.last4}", False)]
        if not lookups:
            return []
        with self._ctx.uow.reading() as uow:
            people = uow.people.search(lookups, MATCH_LIMIT * 5)
        if hint.phone is None or hint.phone.kind == PhoneKind.VIRTUAL:
            return people[:MATCH_LIMIT]
        return rank_matches(hint, people)[:MATCH_LIMIT]

    def scale_grams(self) -> int | None:
        return self._scale.latest_stable_grams() if self._scale else None

    def take_in(self, actor: Operator, request: IntakeRequest,
                shown: Callable[[IntakeResult], None] | None = None) -> IntakeResult:
        """Take one parcel in; returns once it is durable.

        The parcel's arrival notice is not composed here: the intake records that it is due, in its own
        transaction, and ``NoticeService.compose_due`` composes it just after the commit (the intake page
        once the parcel is committed and painted; every reader of the notice queue first; the start, for
        what a crash left). That keeps the notice's four B-trees and its text out of the scan's commit
        (docs/decisions/scan-to-screen.md).

        ``shown`` is called inside the transaction when everything is written and checked (duplicate,
        shelf space, code, person, outbox), just before the durable commit, so a counter can
        put the parcel on screen while the disk confirms it (docs/decisions/scan-to-screen.md). What
        can still fail after it is the commit itself (a full or failing disk): then ``take_in`` raises
        and the caller takes back what it showed.
        """
        actor.require(Permission.COUNTER_WORK)
        waybill = self.clean_waybill(request.waybill)
        guesses = guess_carriers(waybill)
        carrier = parse_carrier(request.carrier) if request.carrier else guesses[0].carrier
        hint = parse_recipient(request.recipient_phone, request.recipient_name)
        weight_g, weight_source = request.weight_g, "typed"
        if weight_g is None:
            weight_g = self.scale_grams()
            weight_source = "scale" if weight_g is not None else ""
        if weight_g is not None and not 0 <= weight_g <= MAX_GRAMS:
            raise DomainError("weight.too_large", text=str(weight_g))
        now, at, today = self._ctx.instant()
        with self._ctx.uow() as uow:
            settings = uow.parcels.settings()
            self._refuse_duplicate(uow.parcels.find_by_waybill(waybill), request.allow_seen_before)
            person_id = request.person_id
            person_name = ""
            if person_id is not None:
                found = uow.people.name_of(person_id)
                if found is None or found[1]:  # unknown, or merged into someone else since it was picked
                    raise NotFound("person.not_found")
                person_name = found[0]
            elif hint.phone is not None and hint.phone.kind == PhoneKind.FULL:
                exact = uow.people.find_by_phone(hint.phone.stored())
                if len(exact) == 1:
                    person_id, person_name = exact[0].id, exact[0].name
            slot, serial, code = allocate(uow, settings, now, actor.id, at)
            hold_until = (date.fromisoformat(today) + timedelta(days=settings.free_days)).isoformat()
            parcel = Parcel(
                id=new_id(), waybill=waybill, carrier=str(carrier), status=ParcelStatus.WAITING, pickup_code=code,
                pickup_serial=serial, slot=slot.key, person_id=person_id,
                recipient_name=hint.name or person_name,
                recipient_phone=hint.phone.stored() if hint.phone else "", needs_completion=person_id is None,
                weight_g=weight_g, taken_in_at=at, taken_in_date=today, hold_until=hold_until,
                batch_id=request.batch_id)
            uow.parcels.add(parcel, actor.id)
            match = self._run_matchers(uow, parcel, actor.id, at)
            if match:
                parcel = replace(parcel, link=match)
                uow.parcels.update_fields(parcel.id, link=match)
            record(uow, at=at, actor_id=actor.id, kind="taken_in", parcel=parcel,
                   details={"guesses": [str(g.carrier) for g in guesses[:4]], "weight_source": weight_source})
            if notice_due(parcel):  # composed right after this commit (NoticeService.compose_due)
                uow.parcel_notices.mark_due(parcel.id)
            self._print(uow, parcel, actor.id, at, request)
            result = IntakeResult(parcel, guesses, weight_source, match, PARCEL_CHANGES)  # notices: compose_due
            if shown is not None:
                shown(result)
        return result

    @staticmethod
    def _refuse_duplicate(earlier: list[Parcel], allow_seen_before: bool) -> None:
        for p in earlier:
            if p.status == ParcelStatus.WAITING:
                raise Conflict("parcel.duplicate", waybill=p.waybill, pickup_code=p.pickup_code, slot=p.slot,
                               since=p.taken_in_date)
        for p in earlier:
            if p.status != ParcelStatus.VOIDED and not allow_seen_before:
                raise Conflict("parcel.seen_before", waybill=p.waybill, status=str(p.status),
                               since=p.taken_in_date)

    def _run_matchers(self, uow, parcel: Parcel, actor_id: str, at: str) -> dict[str, Any] | None:  # type: ignore[no-untyped-def]
        found: dict[str, Any] | None = None
        for matcher in self._matchers:
            result = matcher.on_parcel_arrived(uow, parcel_id=parcel.id, waybill=parcel.waybill,
                                               person_id=parcel.person_id, actor_id=actor_id, at=at)
            if result and found is None:
                found = dict(result)
        return found

    def _print(self, uow, parcel: Parcel, actor_id: str, at: str, request: IntakeRequest) -> None:  # type: ignore[no-untyped-def]
        if self._printer is None:
            return
        station = station_name(uow)
        for wanted, sticker in ((request.print_sticker, True), (request.print_slip, False)):
            if wanted:
                slip = intake_slip(parcel, station, sticker=sticker)
                self._printer.submit(uow, kind=slip.kind, document=slip.document(), ref_kind="parcel", ref_id=parcel.id,
                                     operator_id=actor_id, at=at)

    def undo_intake(self, actor: Operator, parcel_id: str, reason: str = "") -> Changes:
        """A scan made by mistake: the parcel leaves the shelf as 'voided' by a new event; nothing is erased."""
        actor.require(Permission.COUNTER_WORK)
        note = validate_note(reason)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            parcel = uow.parcels.get(parcel_id)
            if parcel is None:
                raise NotFound("parcel.not_found")
            if parcel.status != ParcelStatus.WAITING:
                raise Conflict("parcel.not_waiting", status=str(parcel.status), pickup_code=parcel.pickup_code)
            if not uow.parcels.leave_shelf(parcel_id, ParcelStatus.VOIDED, at):
                raise Conflict("parcel.not_waiting", status=str(parcel.status), pickup_code=parcel.pickup_code)
            uow.parcels.release_slot(parcel.slot)
            uow.parcel_notices.clear_due([parcel_id])  # undone before its notice was composed: none comes
            self._withdraw_from_notices(uow, parcel)
            record(uow, at=at, actor_id=actor.id, kind="intake_undone", parcel=replace(parcel, status=ParcelStatus.VOIDED),
                   details={"reason": note})
        return Changes.of(PARCELS, NOTICES)

    @staticmethod
    def _withdraw_from_notices(uow, parcel: Parcel) -> None:  # type: ignore[no-untyped-def]
        from station.domain.notices import NoticeState

        for notice in uow.parcel_notices.with_state((NoticeState.QUEUED,)):
            if parcel.id in notice.parcel_ids:
                rest = tuple(i for i in notice.parcel_ids if i != parcel.id)
                if rest:
                    uow.parcel_notices.set_content(notice.id, notice.text, rest)
                else:
                    uow.parcel_notices.set_state(notice.id, NoticeState.CANCELLED)

    def set_carrier(self, actor: Operator, parcel_id: str, carrier: str) -> Changes:
        actor.require(Permission.COUNTER_WORK)
        chosen = parse_carrier(carrier)
        at = self._ctx.now_iso()
        with self._ctx.uow() as uow:
            parcel = uow.parcels.get(parcel_id)
            if parcel is None:
                raise NotFound("parcel.not_found")
            uow.parcels.update_fields(parcel_id, carrier=str(chosen))
            record(uow, at=at, actor_id=actor.id, kind="carrier_set", parcel=replace(parcel, carrier=str(chosen)),
                   details={"from": parcel.carrier, "to": str(chosen)})
        return Changes.of(PARCELS)

    def complete_recipient(self, actor: Operator, parcel_id: str, person_id: str) -> tuple[Parcel, Changes]:
        """Link a 'recipient to be completed' parcel to a person; the arrival notice is queued now."""
        actor.require(Permission.COUNTER_WORK)
        at, today = self._ctx.now_iso(), self._ctx.today()
        with self._ctx.uow() as uow:
            parcel = uow.parcels.get(parcel_id)
            person = uow.people.get(person_id)
            if parcel is None:
                raise NotFound("parcel.not_found")
            if person is None or person.merged_into:
                raise NotFound("person.not_found")
            had_recipient = bool(parcel.person_id or parcel.recipient_phone)
            uow.parcels.update_fields(parcel_id, person_id=person_id, needs_completion=False,
                                      recipient_name=parcel.recipient_name or person.name)
            updated = replace(parcel, person_id=person_id, needs_completion=False,
                              recipient_name=parcel.recipient_name or person.name)
            record(uow, at=at, actor_id=actor.id, kind="recipient_set", parcel=updated,
                   details={"person_id": person_id})
            if not had_recipient:  # (one already had a notice due or composed)
                queue_arrival(uow, uow.parcels.settings(), parcel=updated, at=at, today=today,
                              batch_id=updated.batch_id or updated.id, match=updated.link or None)
        return updated, Changes.of(PARCELS, NOTICES)

    def figures(self) -> DailyFigures:
        today = self._ctx.clock.now().date()
        with self._ctx.uow.reading() as uow:
            overdue_days = uow.parcels.settings().overdue_days
            return uow.parcels.figures(today.isoformat(), (today - timedelta(days=overdue_days)).isoformat())

    def get(self, parcel_id: str) -> Parcel:
        with self._ctx.uow.reading() as uow:
            found = uow.parcels.get(parcel_id)
        if found is None:
            raise NotFound("parcel.not_found")
        return found
