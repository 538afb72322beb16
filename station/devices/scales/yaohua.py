"""Yaohua 耀华 XK3190 continuous format tF=0 (A9/A12/A23/A26/D9 share it), 12 bytes:

``STX sign d5..d0 dp XORhi XORlo ETX``. ``dp`` is the count of decimals ('0'..'4'); the XOR covers
sign..dp and is sent as two ASCII hex digits (hardware.md §1.6). No stability flag, no unit: the
profile gives the unit and the software stability count.
"""

from __future__ import annotations

from station.devices.scales.base import ParseResult, ScaleFrame, ScaleProtocol, split_delimited
from station.devices.serial_settings import SerialSettings
from station.devices.units import decimal_to_grams, grams_to_decimal

STX, ETX = 0x02, 0x03
_HEX = b"0123456789ABCDEF"


def xor_check(body: bytes) -> bytes:
    value = 0
    for b in body:
        value ^= b
    return bytes([_HEX[value >> 4], _HEX[value & 0x0F]])


class YaohuaTf0(ScaleProtocol):
    name = "yaohua_tf0"
    settings = SerialSettings(9600, 8, "N", 1)
    has_stability_flag = False
    max_frame = 12

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        return split_delimited(buf, STX, ETX, self.max_frame)

    def parse(self, frame: bytes) -> ParseResult:
        if len(frame) != 12:
            return None
        body = frame[1:9]
        sign, digits, dp = body[:1], body[1:7], body[7:8]
        if sign not in (b"+", b"-") or not digits.isdigit() or dp not in b"01234" or not dp:
            return None
        if frame[9:11].upper() != xor_check(body):
            return None
        decimals = dp[0] - 0x30
        text = digits.decode()
        if decimals:
            text = text[:-decimals] + "." + text[-decimals:]
        grams = decimal_to_grams(sign.decode() + text, self.unit)
        if grams is None:
            return None
        return ScaleFrame(grams, None, unit_raw=self.unit)


def encode(grams: int, *, decimals: int = 3, unit: str = "kg") -> bytes:
    text = grams_to_decimal(grams, decimals, unit).lstrip("-").replace(".", "")
    body = (b"-" if grams < 0 else b"+") + text[-6:].rjust(6, "0").encode() + str(decimals).encode()
    return b"\x02" + body + xor_check(body) + b"\x03"
