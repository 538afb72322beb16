"""The ``ST,GS,+  1.234kg`` continuous family (AND/CAS 18-byte style; most generic Chinese indicators).

Tolerant by design (hardware.md §1.5): the sign may be '+', '-', a space or missing; spaces may sit
between sign and digits; a comma may precede the unit; the unit may be kg/g/lb/oz/t or 斤 in GBK.
"""

from __future__ import annotations

import re

from station.devices.scales.base import Ignored, ParseResult, ScaleFrame, ScaleProtocol, split_lines
from station.devices.serial_settings import SerialSettings
from station.devices.units import canonical_unit, decimal_to_grams, decode_unit, grams_to_decimal

_LINE = re.compile(
    rb"^\s*(?P<st>ST|US|OL),\s*(?P<gn>GS|NT|GW|NW|TR)\s*,?(?P<sign>[+-]?)\s*"
    rb"(?P<num>\d+(?:\.\d*)?|\.\d+)?\s*,?\s*(?P<unit>[^\r\n]{0,6}?)\s*$"
)


class StGs(ScaleProtocol):
    name = "stgs"
    settings = SerialSettings(9600, 8, "N", 1)
    has_stability_flag = True
    max_frame = 40

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        return split_lines(buf, self.max_frame)

    def parse(self, frame: bytes) -> ParseResult:
        match = _LINE.match(frame)
        if not match:
            return None
        st, gn = match.group("st"), match.group("gn")
        if gn == b"TR":
            return Ignored("tare_display")
        unit_raw = decode_unit(match.group("unit") or b"") or self.unit
        net = gn in (b"NT", b"NW")
        num = match.group("num")
        if st == b"OL" or num is None:
            if st != b"OL":
                return None
            under = match.group("sign") == b"-"
            return ScaleFrame(None, False, net, overload=not under, underload=under, unit_raw=unit_raw)
        grams = decimal_to_grams(match.group("sign").decode() + num.decode(), unit_raw)
        if grams is None:
            return None
        return ScaleFrame(grams, st == b"ST", net, unit_raw=unit_raw)


def encode(grams: int, *, stable: bool = True, net: bool = False, overload: bool = False,
           underload: bool = False, unit: str = "kg", decimals: int = 3) -> bytes:
    """One 18-byte-style line: ``ST,GS,+  1.234kg\\r\\n`` (unit '斤' goes out in GBK)."""
    unit_bytes = unit.encode("gbk")
    head = b"OL" if (overload or underload) else (b"ST" if stable else b"US")
    gn = b"NT" if net else b"GS"
    if overload or underload:
        return head + b"," + gn + b"," + (b"-" if underload else b"+") + b" " * 7 + unit_bytes + b"\r\n"
    canon = canonical_unit(unit) or "kg"
    text = grams_to_decimal(grams, decimals, canon)
    sign = b"-" if text.startswith("-") else b"+"
    return head + b"," + gn + b"," + sign + text.lstrip("-").encode().rjust(7) + unit_bytes + b"\r\n"
