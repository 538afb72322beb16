"""Serial (RS-232 / USB-COM) barcode scanner framing.

Frame = ``[prefix][AIM id][data][suffix]``; the suffix is CR, LF or CR LF, or nothing, in which case an
idle gap ends the code (hardware.md §4.1). Codes with control characters other than the GS1
separator (0x1D) are counted as bad frames; their bytes stay in the port's raw ring buffer.
"""

from __future__ import annotations

import re

from station.domain.readings import ScanEvent

_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x1c\x1e\x1f\x7f]")
TERMINATORS = b"\r\n"


def strip_aim(code: str) -> tuple[str, str]:
    """``']E06901234567892'`` -> ``('6901234567892', ']E0')``."""
    match = _AIM.match(code)
    if match is None:
        return code, ""
    return code[3:], code[:3]


def decode_code(raw: bytes) -> str | None:
    """UTF-8 first (QR codes), else GB18030 (Chinese scanners in GBK mode); None if neither fits."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


class ScannerFramer:
    """Feed chunks with a monotonic time in ms; ``poll`` flushes on an idle gap. Never raises."""

    def __init__(self, source: str, *, suffix: bool = True, idle_flush_ms: int | None = None,
                 strip_aim_id: bool = True, prefix: bytes = b"", max_length: int = 1024) -> None:
        self.source = source
        self.suffix = suffix
        # without a suffix the idle gap is the only delimiter; with one it is a safety net for a
        # scanner configured without suffix by mistake
        self.idle_flush_ms = idle_flush_ms if idle_flush_ms is not None else (None if suffix else 100)
        self.strip_aim_id = strip_aim_id
        self.prefix = prefix
        self.max_length = max_length
        self._buf = bytearray()
        self._last_byte_ms = 0
        self.good_frames = 0
        self.bad_frames = 0

    def feed(self, chunk: bytes, now_ms: int) -> list[ScanEvent]:
        events: list[ScanEvent] = []
        if not chunk:
            return events
        if self._buf and self.idle_flush_ms is not None and now_ms - self._last_byte_ms >= self.idle_flush_ms:
            events.extend(self.flush())
        self._last_byte_ms = now_ms
        for b in chunk:
            if b in TERMINATORS:
                events.extend(self.flush())
            else:
                self._buf.append(b)
        if len(self._buf) > self.max_length:
            self.bad_frames += 1
            self._buf.clear()
        return events

    def poll(self, now_ms: int) -> list[ScanEvent]:
        if self._buf and self.idle_flush_ms is not None and now_ms - self._last_byte_ms >= self.idle_flush_ms:
            return self.flush()
        return []

    def pending(self) -> bool:
        return bool(self._buf)

    def flush(self) -> list[ScanEvent]:
        """Emit what is buffered (idle gap, port closing). Empty buffers emit nothing."""
        raw = bytes(self._buf)
        self._buf.clear()
        event = self._to_event(raw)
        return [event] if event is not None else []

    def flush_discard(self) -> None:
        self._buf.clear()

    def _to_event(self, raw: bytes) -> ScanEvent | None:
        body = raw.strip(b" \x00")
        if not body:
            return None
        if self.prefix and body.startswith(self.prefix):
            body = body[len(self.prefix):]
        code = decode_code(body)
        if code is None:
            self.bad_frames += 1
            return None
        symbology = ""
        if self.strip_aim_id:
            code, symbology = strip_aim(code)
        if not code or _CONTROL.search(code):
            self.bad_frames += 1
            return None
        self.good_frames += 1
        return ScanEvent(code=code, source=self.source, raw=raw, symbology=symbology)


def encode_scan(code: str, *, suffix: bytes = b"\r", aim: str = "", encoding: str = "utf-8") -> bytes:
    """What a scanner sends for ``code`` (simulators, transcripts)."""
    return aim.encode("ascii") + code.encode(encoding) + suffix
