"""Sending a parcel (寄件): the sender's real-name record (实名寄递) and the shipment details.

The law requires the sender's name and ID to be recorded and the contents inspected (开箱验视). The ID
number is kept in full for the supervisor; every printout and ordinary screen shows it masked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import DomainError

MAX_ADDRESS_CHARS = 120
MAX_CONTENTS_CHARS = 60
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


class IdType(StrEnum):
    RESIDENT = "resident"  # 居民身份证
    PASSPORT = "passport"
    HK_MACAO_TAIWAN = "hmt"  # 港澳台居民居住证 / 通行证
    OTHER = "other"


class DispatchState(StrEnum):
    ACCEPTED = "accepted"  # paid, waiting for the courier
    HANDED_TO_COURIER = "handed_to_courier"
    CANCELLED = "cancelled"


def resident_id_ok(number: str) -> bool:
    """GB 11643 check digit of an 18-character resident ID."""
    if not re.fullmatch(r"\d{17}[\dX]", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == number[17]


def normalise_id(id_type: IdType, text: str) -> str:
    clean = unicodedata.normalize("NFKC", text or "").strip().upper().replace(" ", "")
    if not clean:
        raise DomainError("dispatch.id_missing")
    if id_type == IdType.RESIDENT:
        if not resident_id_ok(clean):
            raise DomainError("dispatch.id_invalid", text=mask_id(clean))
    elif not re.fullmatch(r"[A-Z0-9\-]{5,30}", clean):
        raise DomainError("dispatch.id_invalid", text=mask_id(clean))
    return clean


def mask_id(number: str) -> str:
    """``110101199003074514`` -> ``110***********4514``: enough to recognise, not to reuse."""
    if len(number) <= 4:
        return "*" * len(number)
    # short passport-style numbers keep less, so something is always hidden
    keep_head = 3 if len(number) > 10 else 1 if len(number) > 8 else 0
    keep_tail = 4 if len(number) > 8 else 2
    return number[:keep_head] + "*" * (len(number) - keep_head - keep_tail) + number[-keep_tail:]


@dataclass(frozen=True, slots=True)
class Destination:
    name: str
    phone: str
    province: str
    address: str


def validate_destination(name: str, phone: str, province: str, address: str) -> Destination:
    clean_name = unicodedata.normalize("NFKC", name or "").strip()
    if not clean_name:
        raise DomainError("dispatch.recipient_missing")
    clean_address = (address or "").strip()
    if not clean_address:
        raise DomainError("dispatch.address_missing")
    if len(clean_address) > MAX_ADDRESS_CHARS:
        raise DomainError("dispatch.address_too_long", max=MAX_ADDRESS_CHARS)
    return Destination(clean_name[:30], phone.strip(), province, clean_address)


@dataclass(frozen=True, slots=True)
class Dispatch:
    id: str
    at: str
    business_date: str
    sender_person_id: str
    sender_name: str
    id_type: str
    id_number: str  # full or masked, depending on who asked
    contents: str
    inspected: bool
    destination: Destination
    carrier: str
    zone: str
    weight_g: int
    volumetric_g: int
    chargeable_g: int
    price_fen: int
    state: DispatchState
    ledger_entry_id: str = ""
    handoff_id: str = ""
    courier_name: str = ""
