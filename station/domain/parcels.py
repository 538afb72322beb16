"""Parcels held at the station: their states, the recipient as a waybill shows it, fees and settings.

A parcel's row is the current state; every change is also an append-only event (undo is a new event,
never an edit), so custody can always be traced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from station.domain.errors import DomainError
from station.domain.people import Person
from station.domain.phones import Phone, PhoneKind, parse_phone
from station.domain.pickup_codes import CodeScheme, CodeStyle

MAX_NOTE_CHARS = 200
MAX_BATCH_TAKE = 100  # one handover action; a person with more waiting is handed in several actions


class ParcelStatus(StrEnum):
    WAITING = "waiting"  # on a shelf
    HANDED_OVER = "handed_over"
    RETURNED = "returned"  # back to the courier (退回)
    LOST = "lost"
    VOIDED = "voided"  # intake undone (scanned by mistake)


class ProblemKind(StrEnum):
    DAMAGED = "damaged"
    REFUSED = "refused"
    LOST = "lost"
    WRONG_STATION = "wrong_station"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Parcel:
    id: str
    waybill: str
    carrier: str
    status: ParcelStatus
    pickup_code: str
    pickup_serial: int
    slot: str
    person_id: str | None
    recipient_name: str
    recipient_phone: str  # stored form: full, masked, virtual or last 4
    needs_completion: bool
    weight_g: int | None
    taken_in_at: str
    taken_in_date: str
    hold_until: str  # the free period ends at the end of this day
    handed_over_at: str | None = None
    picked_by: str = ""
    problem_kind: str = ""
    problem_note: str = ""
    batch_id: str = ""
    link: dict[str, Any] = field(default_factory=dict)  # e.g. a matched purchase order
    reminded_stage: int = 0  # how many reminder ages have been reminded already

    def age_days(self, today: date) -> int:
        return (today - date.fromisoformat(self.taken_in_date)).days


@dataclass(frozen=True, slots=True)
class RecipientHint:
    """The recipient as read off the waybill: any phone form, maybe a name."""

    phone: Phone | None
    name: str = ""

    @property
    def last4(self) -> str:
        return self.phone.last4 if self.phone else ""


def parse_recipient(phone_text: str, name: str = "") -> RecipientHint:
    """Accept a full, masked (138****5678), virtual (170...-1234) number or the last 4 digits."""
    phone = parse_phone(phone_text) if phone_text and phone_text.strip() else None
    return RecipientHint(phone, name.strip()[:30])


def match_score(hint: RecipientHint, person: Person) -> int:
    """How well a registered person fits the waybill; 0 means not at all. Higher is better."""
    score = 0
    if hint.phone is not None:
        best = 0
        for stored in person.phones:
            try:
                theirs = parse_phone(stored)
            except DomainError:
                continue
            best = max(best, _phone_fit(hint.phone, theirs))
        if best == 0:
            return 0
        score += best
    if hint.name:
        if hint.name == person.name:
            score += 30
        elif hint.name[0] == person.name[:1]:  # waybills often show only 张*
            score += 10
    return score


def _phone_fit(waybill: Phone, theirs: Phone) -> int:
    if waybill.kind in (PhoneKind.FULL, PhoneKind.LANDLINE):
        return 100 if waybill.digits == theirs.digits else 0
    if waybill.kind == PhoneKind.VIRTUAL:
        # the virtual number is not the person's: only an identical stored virtual number counts
        return 90 if waybill.stored() == theirs.stored() or waybill.digits == theirs.digits else 0
    if theirs.last4 != waybill.last4:
        return 0
    if waybill.kind == PhoneKind.MASKED:
        return 80 if theirs.digits.startswith(waybill.prefix3) or theirs.prefix3 == waybill.prefix3 else 0
    return 50  # last 4 only


def rank_matches(hint: RecipientHint, people: list[Person]) -> list[Person]:
    scored = [(match_score(hint, p), p) for p in people]
    return [p for s, p in sorted(scored, key=lambda sp: (-sp[0], sp[1].name)) if s > 0]


def storage_fee_fen(taken_in: date, today: date, hold_until: date, free_days: int, fee_per_day_fen: int,
                    cap_fen: int) -> int:
    """保管费: nothing within the free period (or an extended hold), then a daily fee up to a cap."""
    if fee_per_day_fen <= 0:
        return 0
    free_end = max(hold_until, date.fromordinal(taken_in.toordinal() + free_days))
    days = (today - free_end).days
    if days <= 0:
        return 0
    fee = days * fee_per_day_fen
    return min(fee, cap_fen) if cap_fen > 0 else fee


DEFAULT_ARRIVAL = "【{station}】您的{carrier}快递已到站，取件码{code}，请凭码领取。"
DEFAULT_ARRIVAL_MANY = "【{station}】您有{count}件快递已到站，取件码{code}，请凭码领取。"
DEFAULT_REMINDER = "【{station}】您有{count}件快递已在站{days}天，取件码{code}，请尽快领取。"
DEFAULT_PURCHASE = "【{station}】您的代购订单{order_no}已到货，取件码{code}，尾款{balance}。"


@dataclass(frozen=True, slots=True)
class ParcelSettings:
    """Station-wide parcel settings, stored in the database (they travel with the station's data)."""

    code_style: CodeStyle = CodeStyle.SHELF_TIER_SERIAL
    serial_digits: int = 4
    cooldown_hours: int = 72
    reminder_days: tuple[int, ...] = (3, 7)
    overdue_days: int = 7
    free_days: int = 3
    fee_per_day_fen: int = 0  # 0: no storage fee
    fee_cap_fen: int = 500
    arrival_template: str = DEFAULT_ARRIVAL
    arrival_many_template: str = DEFAULT_ARRIVAL_MANY
    reminder_template: str = DEFAULT_REMINDER
    purchase_template: str = DEFAULT_PURCHASE
    station_province: str = ""

    @property
    def scheme(self) -> CodeScheme:
        return CodeScheme(self.code_style, self.serial_digits, self.cooldown_hours)

    def to_dict(self) -> dict[str, Any]:
        return {name: (list(v) if isinstance(v, tuple) else str(v) if isinstance(v, StrEnum) else v)
                for name in self.__dataclass_fields__ for v in [getattr(self, name)]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ParcelSettings:
        """Unknown keys are ignored and bad values fall back to defaults: a damaged row never stops intake."""
        defaults = cls()
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            default = getattr(defaults, name)
            value = data.get(name, default)
            try:
                if isinstance(default, StrEnum):
                    value = type(default)(value)
                elif isinstance(default, tuple):
                    value = tuple(sorted({int(v) for v in value if 0 < int(v) <= 365}))
                elif isinstance(default, bool) or not isinstance(value, type(default)):
                    value = default
            except (TypeError, ValueError):
                value = default
            values[name] = value
        try:
            return validate_settings(cls(**values))
        except DomainError:
            return defaults


def validate_settings(settings: ParcelSettings) -> ParcelSettings:
    settings.scheme  # noqa: B018 - raises on bad digits or cool-down
    if not 0 <= settings.free_days <= 60 or not 1 <= settings.overdue_days <= 365:
        raise DomainError("parcel_settings.days_invalid")
    if settings.fee_per_day_fen < 0 or settings.fee_cap_fen < 0 or settings.fee_per_day_fen > 10_000:
        raise DomainError("parcel_settings.fee_invalid")
    for template in (settings.arrival_template, settings.arrival_many_template, settings.reminder_template,
                     settings.purchase_template):
        if not template.strip() or len(template) > 300:
            raise DomainError("parcel_settings.template_invalid")
    return settings


def validate_note(note: str) -> str:
    clean = (note or "").strip()
    if len(clean) > MAX_NOTE_CHARS:
        raise DomainError("parcel.note_too_long", max=MAX_NOTE_CHARS)
    return clean


@dataclass(frozen=True, slots=True)
class DailyFigures:
    """Counter header: today's in and out, what is waiting and overdue, per carrier."""

    taken_in: int
    handed_over: int
    waiting: int
    overdue: int
    per_carrier: dict[str, int]
