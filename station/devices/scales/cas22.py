"""CAS 22-byte continuous format (CI-200/400/600, PDS, NT-200), per the CI-600D manual layout:

``H1 H1 , H2 H2 , ID LAMP , D*8 SP U U CR LF`` where H1 = ST/US/OL, H2 = GS/NT, ID = device number
byte, LAMP = b7 1, b6 stable, b4 hold, b3 printer, b2 gross, b1 tare, b0 zero. The ID byte can be a
raw binary value (device 10 = 0x0A = LF on a CI-200A, hardware.md §1.4), so frames are cut at a
fixed length after the header instead of at LF.
"""

from __future__ import annotations

import re

from station.devices.scales.base import ParseResult, ScaleFrame, ScaleProtocol
from station.devices.serial_settings import SerialSettings
from station.devices.units import decimal_to_grams, decode_unit, grams_to_decimal

LENGTH = 22
_HEAD = re.compile(rb"(?:ST|US|OL),(?:GS|NT),")
_DATA = re.compile(rb"^\s*[+-]?\s*[\d.]+$")


class Cas22(ScaleProtocol):
    name = "cas22"
    settings = SerialSettings(9600, 8, "N", 1)
    max_frame = LENGTH

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        frames: list[bytes] = []
        noise = 0
        while True:
            match = _HEAD.search(buf)
            if match is None:
                keep = 5  # a header may be split across chunks
                if len(buf) > keep:
                    if bytes(buf[:-keep]).strip(b"\r\n\x00 "):
                        noise += 1
                    del buf[:-keep]
                break
            if match.start():
                if bytes(buf[: match.start()]).strip(b"\r\n\x00 "):
                    noise += 1
                del buf[: match.start()]
            if len(buf) < LENGTH:
                break
            frame = bytes(buf[:LENGTH])
            if frame[-2:] != b"\r\n":
                noise += 1
                del buf[:1]
                continue
            frames.append(frame)
            del buf[:LENGTH]
        return frames, noise

    def parse(self, frame: bytes) -> ParseResult:
        if len(frame) != LENGTH or frame[8:9] != b"," or frame[-2:] != b"\r\n":
            return None
        h1, h2, data = frame[0:2], frame[3:5], frame[9:17]
        unit_raw = decode_unit(frame[17:20]) or self.unit
        net = h2 == b"NT"
        if h1 == b"OL":
            under = data.strip().startswith(b"-")
            return ScaleFrame(None, False, net, overload=not under, underload=under, unit_raw=unit_raw)
        if not _DATA.match(data):
            return None
        grams = decimal_to_grams(data.decode(), unit_raw)
        if grams is None:
            return None
        return ScaleFrame(grams, h1 == b"ST", net, unit_raw=unit_raw)


def encode(grams: int, *, stable: bool = True, net: bool = False, overload: bool = False,
           device_no: int = 1, unit: str = "kg", decimals: int = 3) -> bytes:
    head = b"OL" if overload else (b"ST" if stable else b"US")
    lamp = 0x80 | (0x40 if stable else 0) | (0x02 if net else 0x04) | (0x01 if grams == 0 else 0)
    if overload:
        data = b"+" + b" " * 7
    else:
        text = grams_to_decimal(grams, decimals, unit)
        data = (("-" + text[1:].rjust(7, "0")) if text.startswith("-") else text.rjust(8, "0")).encode()
    unit_field = unit.encode().rjust(2)[-2:]
    return head + b"," + (b"NT" if net else b"GS") + b"," + bytes([0x30 + device_no, lamp]) + b"," + data + b" " + unit_field + b"\r\n"
