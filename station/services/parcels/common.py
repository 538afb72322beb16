"""Pieces every parcel workflow shares: code allocation, payloads, the arrival notice, slips."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from station.domain.carriers import CARRIER_NAMES_ZH, Carrier
from station.domain.changes import Changes
from station.domain.errors import DomainError
from station.domain.ids import new_id
from station.domain.money import format_fen
from station.domain.notices import Notice, NoticeKind, NoticeState, channel_for, join_codes, render
from station.domain.parcel_documents import ParcelSlip
from station.domain.parcels import Parcel, ParcelSettings, ParcelStatus
from station.domain.pickup_codes import DEFAULT_SHELVES, Slot, choose_slot, first_free, serial_windows
from station.domain.ports import UnitOfWork

PARCELS = "parcels"  # Changes topic: the parcel list, figures and shelves
NOTICES = "parcel_notices"
DISPATCH = "dispatch"
PARCEL_CHANGES = Changes.of(PARCELS)


def carrier_name(code: str) -> str:
    try:
        return CARRIER_NAMES_ZH[Carrier(code)]
    except ValueError:
        return code


def cooling_since(now: datetime, settings: ParcelSettings) -> str:
    return (now - timedelta(hours=settings.cooldown_hours)).isoformat(timespec="milliseconds")


def ensure_shelves(uow: UnitOfWork, actor_id: str, at: str) -> list[Slot]:
    """A new station gets a starting layout the shopkeeper can change in settings."""
    slots = uow.parcels.slots()
    if not slots:
        uow.parcels.replace_shelves(DEFAULT_SHELVES)
        uow.audit.append(at=at, operator_id=actor_id, action="parcel.shelves_defaulted",
                         details={"shelves": [s.label for s in DEFAULT_SHELVES]})
        slots = uow.parcels.slots()
    return slots


def allocate(uow: UnitOfWork, settings: ParcelSettings, now: datetime, actor_id: str,
             at: str) -> tuple[Slot, int, str]:
    """Take a slot (conditional update: the database refuses to overfill) and a free serial."""
    last = uow.parcels.last_intake()
    # next-fit stays on the last slot while it has room: nearly every scan, and one statement
    slot = uow.parcels.take_slot_if_room(last[1]) if last and last[1] else None
    if slot is None:
        slots = ensure_shelves(uow, actor_id, at)
        slot = choose_slot(slots, last[1] if last else None)
        if not uow.parcels.take_slot(slot.key):  # another writer filled it between read and update
            raise DomainError("shelf.all_full", capacity=sum(s.capacity for s in slots))
    serial = next_serial(uow, settings, now, last[0] if last else None)
    return slot, serial, settings.scheme.format(slot, serial)


NEXT_FIT_PROBES = 16


def next_serial(uow: UnitOfWork, settings: ParcelSettings, now: datetime, last_serial: int | None) -> int:
    """Next-fit over the serial space. The serials right after the last one are nearly always free, so
    they are asked about one by one (an index seek each); past a few busy ones, storage is asked about
    one small window at a time."""
    since = cooling_since(now, settings)
    lo, hi = next(serial_windows(settings.scheme, last_serial))
    for serial in range(lo, min(hi, lo + NEXT_FIT_PROBES - 1) + 1):
        if not uow.parcels.serial_in_use(serial, since):
            return serial
    for lo, hi in serial_windows(settings.scheme, last_serial):
        serial = first_free(lo, hi, uow.parcels.unavailable_serials(since, lo, hi))
        if serial is not None:
            return serial
    raise DomainError("pickup_code.none_free", total=settings.scheme.max_serial)


def parcel_payload(p: Parcel) -> dict[str, Any]:
    return {"parcel_id": p.id, "waybill": p.waybill, "carrier": p.carrier, "status": str(p.status),
            "pickup_code": p.pickup_code, "slot": p.slot, "person_id": p.person_id,
            "needs_completion": p.needs_completion, "weight_g": p.weight_g, "taken_in_at": p.taken_in_at,
            "hold_until": p.hold_until, "link": p.link}


def record(uow: UnitOfWork, *, at: str, actor_id: str, kind: str, parcel: Parcel,
           details: dict[str, Any] | None = None) -> None:
    """The event and outbox record of one parcel change, in the caller's transaction.

    The parcel's events are its audit trail (append-only, with the operator and the details), so a
    parcel change writes no ``audit_log`` line as well: that copy was one more row, index page and
    JSON text in every intake's commit (docs/decisions/scan-to-screen.md, session 10)."""
    uow.parcels.add_event(parcel.id, at, kind, actor_id, details)
    uow.outbox.append(f"parcel.{kind}", parcel_payload(parcel) | {"details": details or {}, "by": actor_id},
                      record_id=new_id(), created_wall=at)


def record_many(uow: UnitOfWork, *, at: str, actor_id: str, kind: str, parcels: list[Parcel],
                details: dict[str, Any]) -> None:
    """One action on several parcels: an event each (their audit trail, see ``record``) and one outbox
    record for the action."""
    uow.parcels.add_events([{"parcel_id": p.id, "at": at, "kind": kind, "operator_id": actor_id, "details": details}
                            for p in parcels])
    uow.outbox.append(f"parcel.{kind}", {"parcels": [parcel_payload(p) for p in parcels], "details": details,
                                         "by": actor_id}, record_id=new_id(), created_wall=at)


def station_name(uow: UnitOfWork) -> str:
    return uow.station.name()


def notice_due(parcel: Parcel) -> bool:
    """Whether an arrival notice can go out for this parcel now: someone to tell, and it is on the shelf
    (a parcel with nobody to tell gets its notice when its recipient is completed)."""
    return parcel.status == ParcelStatus.WAITING and bool(parcel.person_id or parcel.recipient_phone)


def queue_arrival(uow: UnitOfWork, settings: ParcelSettings, *, parcel: Parcel, at: str, today: str,
                  batch_id: str, match: dict[str, Any] | None) -> str | None:
    """One arrival notice per person per batch and day: a second parcel joins the queued notice (a batch
    that runs past midnight starts a new one, as the reminders count days)."""
    if not notice_due(parcel):
        return None  # nobody to tell yet (queued when the recipient is completed), or off the shelf
    full_phones: tuple[str, ...] = ()
    if parcel.person_id:
        person = uow.people.get(parcel.person_id)
        full_phones = person.phones if person else ()
    channel, phone = channel_for(parcel.recipient_phone, full_phones)
    key = parcel.person_id or phone
    kind = NoticeKind.PURCHASE if match else NoticeKind.ARRIVAL
    existing = uow.parcel_notices.queued_for(key, batch_id, kind, today) if batch_id and not match else None
    parcel_ids = (*existing.parcel_ids, parcel.id) if existing else (parcel.id,)
    parcels = [*uow.parcels.get_many(list(parcel_ids[:-1])), parcel] if existing else [parcel]
    values = {"station": station_name(uow), "code": join_codes(p.pickup_code for p in parcels),
              "carrier": carrier_name(parcel.carrier), "count": len(parcels), "days": 0}
    if match:
        values |= {"order_no": match.get("order_no", ""),
                   "balance": format_fen(int(match.get("balance_fen", 0) or 0))}
        template = settings.purchase_template
    else:
        template = settings.arrival_many_template if len(parcels) > 1 else settings.arrival_template
    text = render(template, values)
    if existing:
        uow.parcel_notices.set_content(existing.id, text, parcel_ids)
        return existing.id
    notice = Notice(new_id(), kind, channel, NoticeState.QUEUED, parcel.person_id, phone, text, parcel_ids, at,
                    today)
    uow.parcel_notices.add(notice, key, batch_id)
    return notice.id


DUE_BATCH = 200


def compose_due_notices(uow: UnitOfWork, limit: int = DUE_BATCH) -> int:
    """The arrival notices of parcels taken in since the last pass, in the order they came in, so the
    parcels of one person in one batch still share one notice. Each is dated by its intake, not by this
    pass. A parcel undone or handed over before its notice was composed gets none. Returns how many
    parcels were looked at (0: nothing was due)."""
    due = uow.parcel_notices.due(limit)
    if not due:
        return 0
    settings = uow.parcels.settings()
    for parcel in uow.parcels.get_many(due):
        queue_arrival(uow, settings, parcel=parcel, at=parcel.taken_in_at, today=parcel.taken_in_date,
                      batch_id=parcel.batch_id or parcel.id, match=parcel.link or None)  # none if it left the shelf
    uow.parcel_notices.clear_due(due)
    return len(due)


def intake_slip(parcel: Parcel, station: str, *, sticker: bool) -> ParcelSlip:
    from station.domain.phones import mask_phone

    lines = (f"{carrier_name(parcel.carrier)} {parcel.waybill}",
             f"{parcel.recipient_name or ''} {mask_phone(parcel.recipient_phone) if parcel.recipient_phone else ''}"
             .strip(),
             parcel.taken_in_at[:16].replace("T", " "))
    return ParcelSlip("label" if sticker else "receipt", station, parcel.pickup_code, lines, parcel.waybill)

