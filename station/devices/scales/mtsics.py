"""MT-SICS (Mettler Toledo Standard Interface Command Set): CR LF lines, tokens split on spaces.

The driver polls ``SI`` (weight now, status S stable / D dynamic). Replies: ``S S 100.00 g``,
``S D -0.68 g``, ``S I`` busy, ``S +`` overload, ``S -`` underload; general errors ``ES``/``ET``/``EL``.
Replies to Z/T/TAC/I4 are acknowledgements (hardware.md §1.3).
"""

from __future__ import annotations

from station.devices.scales.base import Ignored, ParseResult, ScaleFrame, ScaleProtocol, split_lines
from station.devices.serial_settings import SerialSettings
from station.devices.units import decimal_to_grams, grams_to_decimal

PROBE_REQUEST = b"I4\r\n"  # serial number: answers 'I4 A "<sn>"'


class MtSics(ScaleProtocol):
    name = "mtsics"
    settings = SerialSettings(9600, 8, "N", 1)
    poll_command = b"SI\r\n"
    poll_interval_ms = 200
    zero_command = b"Z\r\n"
    tare_command = b"T\r\n"
    clear_tare_command = b"TAC\r\n"
    max_frame = 64

    def __init__(self, unit: str = "g") -> None:
        super().__init__(unit)
        self.tare_active = False  # replies carry no net flag; follow the tare commands' answers

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        return split_lines(buf, self.max_frame)

    def parse(self, frame: bytes) -> ParseResult:
        try:
            tokens = frame.decode("ascii").split()
        except UnicodeDecodeError:
            return None
        if not tokens:
            return None
        head = tokens[0]
        if head in ("ES", "ET", "EL"):
            return Ignored("error_" + head.lower())
        if head in ("T", "TI") and len(tokens) >= 3 and tokens[1] == "S":
            self.tare_active = decimal_to_grams(tokens[2], tokens[3] if len(tokens) > 3 else self.unit) != 0
            return Ignored("tare_set")
        if head == "TAC" and tokens[1:2] == ["A"]:
            self.tare_active = False
            return Ignored("tare_cleared")
        if head in ("Z", "ZI", "T", "TI", "TA", "TAC", "@") or (head.startswith("I") and head[1:].isdigit()):
            return Ignored("ack")
        if head != "S" or len(tokens) < 2:
            return None
        status = tokens[1]
        if status == "I":
            return Ignored("busy")
        if status in ("+", "-"):
            return ScaleFrame(None, False, self.tare_active, overload=status == "+",
                              underload=status == "-", unit_raw=self.unit)
        if status not in ("S", "D") or len(tokens) != 4:
            return None
        grams = decimal_to_grams(tokens[2], tokens[3])
        if grams is None:
            return None
        return ScaleFrame(grams, status == "S", self.tare_active, unit_raw=tokens[3])


def encode(grams: int, *, stable: bool = True, unit: str = "g", decimals: int = 2) -> bytes:
    return f"S {'S' if stable else 'D'} {grams_to_decimal(grams, decimals, unit):>10} {unit}\r\n".encode()
