"""Phone numbers as they reach a village counter.

Privacy waybills (隐私面单) show only a masked number (``138****5678``), a virtual AXB number with an
extension (``17012345678-1234`` / ``17012345678转1234``) or just the last four digits. All of them must be
accepted; only a full mainland mobile number can be used to send an SMS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from station.domain.errors import DomainError

# Number segments used by China's virtual operators (虚拟运营商) and privacy-number platforms.
VIRTUAL_PREFIXES = ("170", "171", "162", "165", "167")

_FULL = re.compile(r"^1[3-9]\d{9}$")
_MASKED = re.compile(r"^(1[3-9]\d)[*＊xX]{4}(\d{4})$")
_VIRTUAL_EXT = re.compile(r"^(1[3-9]\d{9})(?:[-,转#_ ]+|ext)(\d{1,6})$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")
_LAST4 = re.compile(r"^\d{4}$")


class PhoneKind(StrEnum):
    FULL = "full"
    MASKED = "masked"
    VIRTUAL = "virtual"
    LANDLINE = "landline"
    LAST4 = "last4"


@dataclass(frozen=True, slots=True)
class Phone:
    """A phone number in whatever form was available. ``digits`` holds what is known."""

    kind: PhoneKind
    digits: str  # full number, the 11-digit virtual number, or just what is visible
    extension: str = ""
    prefix3: str = ""  # the first three digits of a masked number

    @property
    def last4(self) -> str:
        return self.digits[-4:]

    @property
    def can_receive_sms(self) -> bool:
        return self.kind == PhoneKind.FULL

    def masked(self) -> str:
        """What may be shown or printed where others can see it: ``138****5678``."""
        if self.kind in (PhoneKind.FULL, PhoneKind.VIRTUAL):
            return f"{self.digits[:3]}****{self.digits[-4:]}"
        if self.kind == PhoneKind.MASKED:
            return f"{self.prefix3}****{self.digits}"
        if self.kind == PhoneKind.LANDLINE:
            return f"{self.digits[:4]}****{self.digits[-2:]}"
        return f"****{self.digits}"

    def stored(self) -> str:
        """The canonical text kept in the database."""
        if self.kind == PhoneKind.VIRTUAL and self.extension:
            return f"{self.digits}-{self.extension}"
        if self.kind == PhoneKind.MASKED:
            return f"{self.prefix3}****{self.digits}"
        return self.digits


def _clean(text: str) -> str:
    text = text.strip().replace("＋", "+").replace("－", "-").replace("　", " ")
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    for prefix in ("+86", "0086", "86 "):
        if text.startswith(prefix) and len(re.sub(r"\D", "", text)) >= 13:
            text = text[len(prefix):]
    return text.strip()


def parse_phone(text: str) -> Phone:
    """Parse a phone as typed or read off a waybill. Raises ``DomainError('phone.invalid')``."""
    raw = _clean(text)
    compact = raw.replace(" ", "")
    if _FULL.match(compact):
        kind = PhoneKind.VIRTUAL if compact.startswith(VIRTUAL_PREFIXES) else PhoneKind.FULL
        return Phone(kind, compact)
    if match := _MASKED.match(compact):
        return Phone(PhoneKind.MASKED, match.group(2), prefix3=match.group(1))
    if match := _VIRTUAL_EXT.match(compact):
        return Phone(PhoneKind.VIRTUAL, match.group(1), extension=match.group(2))
    if _LANDLINE.match(compact):
        return Phone(PhoneKind.LANDLINE, compact.replace("-", ""))
    if _LAST4.match(compact):
        return Phone(PhoneKind.LAST4, compact)
    raise DomainError("phone.invalid", text=text)


def mask_phone(stored: str) -> str:
    """Mask a stored phone for display; unknown text is masked conservatively."""
    try:
        return parse_phone(stored).masked()
    except DomainError:
        return "****" + stored[-4:] if len(stored) >= 4 else "****"
