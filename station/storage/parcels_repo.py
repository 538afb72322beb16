"""Parcels on the shelves: slots, codes, parcel rows, events and handovers."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, literal_column, select, update

from station.domain.errors import DomainError
from station.domain.parcels import DailyFigures, Parcel, ParcelSettings, ParcelStatus, validate_settings
from station.domain.pickup_codes import ShelfSpec, Slot, slot_key
from station.storage.fast import Sql, placeholders
from station.storage.schema import person
from station.storage.tables_parcels import parcel, parcel_event, parcel_handover, parcel_setting, shelf_slot

SEARCH_CEILING = "\U0010ffff"
WAITING = str(ParcelStatus.WAITING)
# Written as a literal, not a bound parameter: SQLite uses the partial indexes on waiting parcels only
# when a query's WHERE implies theirs, and it cannot see through a parameter.
IS_WAITING = parcel.c.status == literal_column("'waiting'")
# The statuses a parcel taken in today can have, save 'voided' (an intake undone): listed so the
# day's counts seek ``(status, taken_in_date)`` once per status instead of needing an index of their own.
COUNTED_STATUSES = tuple(str(s) for s in ParcelStatus if s != ParcelStatus.VOIDED)


def to_parcel(r: Any) -> Parcel:
    return Parcel(
        id=r.id, waybill=r.waybill, carrier=r.carrier, status=ParcelStatus(r.status), pickup_code=r.pickup_code,
        pickup_serial=r.pickup_serial, slot=r.slot or "", person_id=r.person_id, recipient_name=r.recipient_name,
        recipient_phone=r.recipient_phone, needs_completion=bool(r.needs_completion), weight_g=r.weight_g,
        taken_in_at=r.taken_in_at, taken_in_date=r.taken_in_date, hold_until=r.hold_until,
        handed_over_at=r.handed_over_at, picked_by=r.picked_by, problem_kind=r.problem_kind,
        problem_note=r.problem_note, batch_id=r.batch_id, link=json.loads(r.link or "{}"),
        reminded_stage=r.reminded_stage,
    )


HUB_POLICY_FIELDS = ("free_days", "fee_per_day_fen", "fee_cap_fen", "reminder_days", "overdue_days")
# the reference data (dataset, key, value_json) that can override the parcel settings
HUB_REFERENCE_ROWS = ("SELECT dataset, key, value_json FROM reference_data "
                      "WHERE dataset IN ('notice_templates', 'settings')")
HUB_TEMPLATE_FIELDS = {"arrival": "arrival_template", "arrival_many": "arrival_many_template",
                       "reminder": "reminder_template", "purchase": "purchase_template"}


@lru_cache(maxsize=8)
def _settings_from(raw: str | None, reference: tuple[tuple[str, str, str], ...]) -> ParcelSettings:
    try:
        settings = ParcelSettings.from_dict(json.loads(raw)) if raw else ParcelSettings()
    except (ValueError, TypeError):
        settings = ParcelSettings()
    overrides = _overrides_from(reference)
    if not overrides:
        return settings
    try:  # a bad value from the hub must never stop intake: then the station's own settings hold
        typed = {k: tuple(sorted({int(d) for d in v if 0 < int(d) <= 365})) if k == "reminder_days"
                 else v if k.endswith("_template") else int(v) for k, v in overrides.items()}
        return validate_settings(replace(settings, **typed))
    except (DomainError, TypeError, ValueError):
        return settings


def _overrides_from(reference: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for dataset, key, value_json in reference:
        try:
            value = json.loads(value_json)
        except ValueError:
            continue
        if dataset == "notice_templates" and key in HUB_TEMPLATE_FIELDS:
            template = value.get("text") if isinstance(value, dict) else value
            if isinstance(template, str) and template.strip() and len(template) <= 300:
                changes[HUB_TEMPLATE_FIELDS[key]] = template
        elif dataset == "settings" and key == "parcels" and isinstance(value, dict):
            changes |= {k: v for k, v in value.items() if k in HUB_POLICY_FIELDS}
    return changes


class SqlParcels:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._sql = Sql(conn)  # the statements of the scan-to-record path (station.storage.fast)

    # settings and shelves -------------------------------------------------------------------------
    def settings(self) -> ParcelSettings:
        # One statement for the station's own settings and the hub's overrides (every intake asks; each
        # statement costs tens of µs on a cold CPU); the parsing is done once per distinct text.
        rows = self._sql.tuples("SELECT '', '', value FROM parcel_setting WHERE key = 'parcels' UNION ALL "
                                + HUB_REFERENCE_ROWS)
        own, reference = None, []
        for row in rows:
            if row[0]:
                reference.append(row)
            else:
                own = row[2]
        reference.sort()
        return _settings_from(own, tuple(reference))

    def hub_overrides(self) -> dict[str, Any]:
        """What the township hub decides for every station (the hub owns reference data): notice texts from
        the 'notice_templates' set (keys arrival, arrival_many, reminder, purchase) and the storage and
        reminder policy from the 'settings' set, key 'parcels' (free_days, fee_per_day_fen, fee_cap_fen,
        reminder_days, overdue_days). Field name -> value; shelves and codes stay the station's."""
        return _overrides_from(tuple(self._reference_rows()))

    def _reference_rows(self) -> list[tuple[str, str, str]]:
        return sorted(self._sql.tuples(HUB_REFERENCE_ROWS))

    def save_settings(self, settings: ParcelSettings) -> None:
        value = json.dumps(settings.to_dict(), ensure_ascii=False, sort_keys=True)
        if self._conn.execute(update(parcel_setting).where(parcel_setting.c.key == "parcels")
                              .values(value=value)).rowcount == 0:
            self._conn.execute(insert(parcel_setting), dict(key="parcels", value=value))

    def slots(self) -> list[Slot]:
        rows = self._sql.tuples("SELECT shelf, tier, capacity, occupied FROM shelf_slot ORDER BY position")
        return [Slot(*r) for r in rows]

    def replace_shelves(self, specs: tuple[ShelfSpec, ...]) -> None:
        """Write the configured layout; a slot that still holds parcels can shrink to them but not vanish."""
        wanted: dict[str, tuple[str, int, int, int]] = {}
        position = 0
        for spec in specs:
            for tier in range(1, spec.tiers + 1):
                wanted[slot_key(spec.label, tier)] = (spec.label, tier, position, spec.capacity)
                position += 1
        current = {s.key: s for s in self.slots()}
        for key, slot in current.items():
            if key not in wanted and slot.occupied > 0:
                raise DomainError("shelf.not_empty", slot=key, count=slot.occupied)
            if key in wanted and wanted[key][3] < slot.occupied:
                raise DomainError("shelf.capacity_below_occupied", slot=key, count=slot.occupied)
        gone = [k for k in current if k not in wanted]
        if gone:
            self._conn.execute(delete(shelf_slot).where(shelf_slot.c.slot.in_(gone)))
        for key, (shelf, tier, pos, capacity) in wanted.items():
            if key in current:
                self._conn.execute(update(shelf_slot).where(shelf_slot.c.slot == key)
                                   .values(position=pos, capacity=capacity))
            else:
                self._conn.execute(insert(shelf_slot), dict(slot=key, shelf=shelf, tier=tier, position=pos,
                                                             capacity=capacity, occupied=0))

    def take_slot_if_room(self, key: str) -> Slot | None:
        """One statement: a place in slot ``key`` if it has room (the slot as it is now), else None."""
        row = self._sql.tuples("UPDATE shelf_slot SET occupied = occupied + 1 WHERE slot = ? AND occupied < capacity "
                               "RETURNING shelf, tier, capacity, occupied", (key,))
        return Slot(*row[0]) if row else None

    def take_slot(self, key: str) -> bool:
        """Conditional: two writers cannot both take the last place (and the CHECK backs this up)."""
        return self.take_slot_if_room(key) is not None

    def release_slot(self, key: str, count: int = 1) -> None:
        self._conn.execute(update(shelf_slot).where(shelf_slot.c.slot == key)
                           .values(occupied=func.max(shelf_slot.c.occupied - count, 0)))

    def recount_slots(self) -> dict[str, int]:
        """Repair drift: set each slot's count from the parcels really waiting in it."""
        counts = dict(self._conn.execute(select(parcel.c.slot, func.count()).where(IS_WAITING)
                                         .group_by(parcel.c.slot)).all())
        for slot in self.slots():
            self._conn.execute(update(shelf_slot).where(shelf_slot.c.slot == slot.key)
                               .values(occupied=min(counts.get(slot.key, 0), slot.capacity)))
        return counts

    # codes ----------------------------------------------------------------------------------------
    def unavailable_serials(self, cooling_since: str, lo: int = 1, hi: int = 999_999) -> set[int]:
        """Serials in [lo, hi] held by a parcel on the shelf or resting after release (both index-only)."""
        return set(self._sql.values(
            "SELECT pickup_serial FROM parcel WHERE status = 'waiting' AND pickup_serial BETWEEN ?1 AND ?2 "
            "UNION SELECT pickup_serial FROM parcel WHERE code_released_at > ?3 AND pickup_serial BETWEEN ?1 AND ?2",
            (lo, hi, cooling_since)))

    def serial_in_use(self, serial: int, cooling_since: str) -> bool:
        """Held by a parcel on the shelf, or resting after release: two index seeks."""
        return bool(self._sql.scalar(
            "SELECT EXISTS (SELECT 1 FROM parcel WHERE status = 'waiting' AND pickup_serial = ?1) "
            "OR EXISTS (SELECT 1 FROM parcel WHERE pickup_serial = ?1 AND code_released_at > ?2)",
            (serial, cooling_since)))

    def serial_free(self, serial: int, cooling_since: str, except_parcel: str) -> bool:
        return not self._sql.scalar(
            "SELECT EXISTS (SELECT 1 FROM parcel WHERE status = 'waiting' AND pickup_serial = ?1 AND id != ?3) "
            "OR EXISTS (SELECT 1 FROM parcel WHERE pickup_serial = ?1 AND code_released_at > ?2 AND id != ?3)",
            (serial, cooling_since, except_parcel))

    def last_intake(self) -> tuple[int, str] | None:
        # rowid is insertion order, even when the clock stood still or jumped
        row = self._sql.first("SELECT pickup_serial, slot FROM parcel ORDER BY rowid DESC LIMIT 1")
        return (row[0], row[1] or "") if row else None

    # parcels --------------------------------------------------------------------------------------
    def add(self, p: Parcel, operator_id: str) -> None:
        self._sql.run(
            "INSERT INTO parcel (id, waybill, waybill_rev, carrier, status, pickup_serial, pickup_code, slot, "
            "person_id, recipient_name, recipient_phone, recipient_last4, needs_completion, weight_g, taken_in_at, "
            "taken_in_date, hold_until, batch_id, link, operator_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (p.id, p.waybill, p.waybill[::-1], p.carrier, str(p.status), p.pickup_serial, p.pickup_code,
             p.slot or None, p.person_id, p.recipient_name, p.recipient_phone,
             p.recipient_phone[-4:] if p.recipient_phone else "", int(p.needs_completion), p.weight_g,
             p.taken_in_at, p.taken_in_date, p.hold_until, p.batch_id,
             json.dumps(p.link, ensure_ascii=False, sort_keys=True) if p.link else "{}", operator_id))

    def get(self, parcel_id: str) -> Parcel | None:
        row = self._sql.first("SELECT * FROM parcel WHERE id = ?", (parcel_id,))
        return to_parcel(row) if row else None

    def get_many(self, ids: list[str]) -> list[Parcel]:
        if not ids:
            return []
        rows = self._sql.rows(f"SELECT * FROM parcel WHERE id IN ({placeholders(len(ids))})", ids)
        by_id = {r.id: to_parcel(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def find_by_waybill(self, waybill: str) -> list[Parcel]:
        # through the reversed waybill's index (the one the suffix search uses): no index of its own
        rows = self._sql.rows("SELECT * FROM parcel WHERE waybill_rev = ? ORDER BY taken_in_at DESC", (waybill[::-1],))
        return [to_parcel(r) for r in rows]

    def waiting_by_serial(self, serial: int) -> Parcel | None:
        row = self._conn.execute(select(parcel).where(parcel.c.pickup_serial == serial,
                                                      IS_WAITING)).first()
        return to_parcel(row) if row else None

    def waiting_for_people(self, person_ids: list[str]) -> list[Parcel]:
        if not person_ids:
            return []
        rows = self._conn.execute(select(parcel).where(parcel.c.person_id.in_(person_ids),
                                                       IS_WAITING)
                                  .order_by(parcel.c.taken_in_at))
        return [to_parcel(r) for r in rows]

    def waiting_by_last4(self, last4: str) -> list[Parcel]:
        rows = self._conn.execute(select(parcel).where(parcel.c.recipient_last4 == last4,
                                                       IS_WAITING)
                                  .order_by(parcel.c.taken_in_at))
        return [to_parcel(r) for r in rows]

    def waiting_by_waybill_suffix(self, suffix: str, limit: int = 20) -> list[Parcel]:
        rev = suffix[::-1]
        rows = self._conn.execute(select(parcel).where(
            and_(parcel.c.waybill_rev >= rev, parcel.c.waybill_rev < rev + SEARCH_CEILING),
            IS_WAITING).limit(limit))
        return [to_parcel(r) for r in rows]

    def waiting(self, shelf: str = "", limit: int = 100_000) -> list[Parcel]:
        query = select(parcel).where(IS_WAITING)
        if shelf:
            query = query.where(parcel.c.slot.like(f"{shelf}-%"))
        rows = self._conn.execute(query.order_by(parcel.c.slot, parcel.c.pickup_serial).limit(limit))
        return [to_parcel(r) for r in rows]

    def overdue(self, on_or_before: str, carrier: str = "", limit: int = 500) -> list[Parcel]:
        query = select(parcel).where(IS_WAITING, parcel.c.taken_in_date <= on_or_before)
        if carrier:
            query = query.where(parcel.c.carrier == carrier)
        rows = self._conn.execute(query.order_by(parcel.c.taken_in_date).limit(limit))
        return [to_parcel(r) for r in rows]

    def mark_handed_over(self, ids: list[str], handover_id: str, at: str, business_date: str,
                         picked_by: str) -> int:
        """Only parcels still waiting move: a parcel cannot be handed over twice."""
        return self._conn.execute(update(parcel).where(parcel.c.id.in_(ids), IS_WAITING).values(
            status=str(ParcelStatus.HANDED_OVER), handed_over_at=at, handed_over_date=business_date,
            handover_id=handover_id, picked_by=picked_by, slot=None, code_released_at=at)).rowcount

    def leave_shelf(self, parcel_id: str, status: ParcelStatus, at: str) -> bool:
        return self._conn.execute(update(parcel).where(parcel.c.id == parcel_id, IS_WAITING)
                                  .values(status=str(status), slot=None, code_released_at=at)).rowcount == 1

    def back_on_shelf(self, parcel_id: str, from_status: ParcelStatus, slot: str, serial: int, code: str) -> bool:
        return self._conn.execute(update(parcel).where(parcel.c.id == parcel_id,
                                                       parcel.c.status == str(from_status)).values(
            status=WAITING, slot=slot, pickup_serial=serial, pickup_code=code, code_released_at=None,
            handed_over_at=None, handed_over_date=None, handover_id=None, picked_by="")).rowcount == 1

    def update_fields(self, parcel_id: str, **values: Any) -> None:
        if "link" in values:
            values["link"] = json.dumps(values["link"], ensure_ascii=False, sort_keys=True)
        if "recipient_phone" in values:
            values["recipient_last4"] = values["recipient_phone"][-4:]
        self._conn.execute(update(parcel).where(parcel.c.id == parcel_id).values(**values))

    def add_event(self, parcel_id: str, at: str, kind: str, operator_id: str,
                  details: dict[str, Any] | None = None) -> None:
        self._sql.run("INSERT INTO parcel_event (parcel_id, at, kind, operator_id, details) VALUES (?,?,?,?,?)",
                      (parcel_id, at, kind, operator_id, json.dumps(details or {}, ensure_ascii=False, sort_keys=True)))

    def add_events(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._conn.execute(insert(parcel_event), [
                r | {"details": json.dumps(r.get("details") or {}, ensure_ascii=False, sort_keys=True)}
                for r in rows])

    def events(self, parcel_id: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(select(parcel_event).where(parcel_event.c.parcel_id == parcel_id)
                                  .order_by(parcel_event.c.id)).mappings()
        return [dict(r) | {"details": json.loads(r["details"])} for r in rows]

    def add_handover(self, values: dict[str, Any]) -> None:
        self._conn.execute(insert(parcel_handover), dict(**values))

    def handover(self, handover_id: str) -> dict[str, Any] | None:
        row = self._conn.execute(select(parcel_handover).where(parcel_handover.c.id == handover_id)).mappings().first()
        return dict(row) if row else None

    def parcels_of_handover(self, handover_id: str) -> list[Parcel]:
        rows = self._conn.execute(select(parcel).where(parcel.c.handover_id == handover_id))
        return [to_parcel(r) for r in rows]

    def household_of(self, person_id: str) -> list[str]:
        household = self._conn.execute(select(person.c.household).where(person.c.id == person_id)).scalar()
        if not household:
            return [person_id]
        ids = [pid for (pid,) in self._conn.execute(select(person.c.id).where(
            person.c.household == household, person.c.merged_into.is_(None)))]
        return ids or [person_id]

    def figures(self, today: str, overdue_on_or_before: str) -> DailyFigures:
        taken_in = self._conn.execute(select(func.count()).select_from(parcel).where(
            parcel.c.status.in_(COUNTED_STATUSES), parcel.c.taken_in_date == today)).scalar_one()
        handed = self._conn.execute(select(func.count()).select_from(parcel).where(
            parcel.c.handed_over_date == today)).scalar_one()
        per_carrier = dict(self._conn.execute(select(parcel.c.carrier, func.count()).where(
            parcel.c.status.in_(COUNTED_STATUSES), parcel.c.taken_in_date == today)
            .group_by(parcel.c.carrier)).all())
        waiting = self._conn.execute(select(func.count()).select_from(parcel).where(
            IS_WAITING)).scalar_one()
        overdue = self._conn.execute(select(func.count()).select_from(parcel).where(
            IS_WAITING, parcel.c.taken_in_date <= overdue_on_or_before)).scalar_one()
        return DailyFigures(taken_in, handed, waiting, overdue, per_carrier)
