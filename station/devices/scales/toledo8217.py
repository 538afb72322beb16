"""Mettler Toledo 8217 (the protocol Odoo's IoT box speaks): 9600 7E1, host polls ``W``.

Replies (hardware.md §1.2): ``STX WW.WWW CR`` gross, ``STX WW.WWWN CR`` net, or only a status
``STX ? <status> CR`` while in motion, under zero or over capacity. Status bits: 0 motion, 1 over
capacity, 2 under zero, 3 outside zero-capture range, 4 center of zero, 5 net, 6 always 1, 7 parity.
The frame does not name its unit: the profile says kg (5 digits ``WW.WWW``) or lb (``0WW.WW``).
"""

from __future__ import annotations

import re

from station.devices.scales.base import ParseResult, ScaleFrame, ScaleProtocol, split_delimited
from station.devices.serial_settings import SerialSettings
from station.devices.units import decimal_to_grams, grams_to_decimal

STX, CR = 0x02, 0x0D
_WEIGHT = re.compile(rb"^\s*(\d+(?:\.\d+)?)(N?)$")

PROBE_REQUEST = b"Ehello"  # enter echo mode, echo 'hello' (Odoo Toledo8217Driver.supported)
PROBE_REPLY = b"\x02E\rhello"
PROBE_END = b"F"  # leave echo mode

MOTION, OVER_CAPACITY, UNDER_ZERO, OUTSIDE_ZERO_RANGE, CENTER_OF_ZERO, NET, ALWAYS_ONE = (
    0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40)


class Toledo8217(ScaleProtocol):
    name = "toledo8217"
    settings = SerialSettings(9600, 7, "E", 1)
    poll_command = b"W"
    poll_interval_ms = 200
    zero_command = b"Z"
    tare_command = b"T"
    clear_tare_command = b"C"
    max_frame = 16

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        return split_delimited(buf, STX, CR, self.max_frame)

    def parse(self, frame: bytes) -> ParseResult:
        if len(frame) < 3 or frame[0] != STX or frame[-1] != CR:
            return None
        body = frame[1:-1]
        if body[:1] == b"?":
            if len(body) != 2:
                return None
            status = body[1] & 0x7F  # 7-bit framing: bit 7 is the parity bit, gone or meaningless here
            if not status & ALWAYS_ONE:
                return None
            return ScaleFrame(None, not status & MOTION, bool(status & NET),
                              overload=bool(status & OVER_CAPACITY), underload=bool(status & UNDER_ZERO),
                              unit_raw=self.unit)
        match = _WEIGHT.match(body)
        if not match:
            return None
        grams = decimal_to_grams(match.group(1).decode(), self.unit)
        if grams is None:
            return None
        return ScaleFrame(grams, True, match.group(2) == b"N", unit_raw=self.unit)


def encode_weight(grams: int, *, net: bool = False, unit: str = "kg") -> bytes:
    decimals = 3 if unit == "kg" else 2
    text = grams_to_decimal(grams, decimals, unit).rjust(6, "0")
    return b"\x02" + text.encode() + (b"N" if net else b"") + b"\r"


def encode_status(bits: int) -> bytes:
    return b"\x02?" + bytes([ALWAYS_ONE | (bits & 0x3F)]) + b"\r"
