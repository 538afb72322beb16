"""What every scale family shares: the intermediate frame, framing helpers, the incremental framer.

A family module only knows how to cut its frames out of a byte buffer and what one frame says. The
framer adds what is common: arbitrary chunking, a capped buffer, counting bad frames, software
stability for families whose frames carry no stability flag, and keeping the latest reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from station.devices.serial_settings import SerialSettings
from station.domain.readings import ScaleReading


@dataclass(frozen=True, slots=True)
class ScaleFrame:
    """What one frame says. ``grams`` None: a status-only frame; ``stable`` None: no flag in the protocol."""

    grams: int | None
    stable: bool | None
    net: bool = False
    overload: bool = False
    underload: bool = False
    unit_raw: str = ""


class Ignored:
    """A valid frame that carries no reading (an acknowledgement, a 'busy' answer, a tare display)."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


ParseResult = ScaleFrame | Ignored | None  # None = bad frame


class ScaleProtocol:
    """One scale family: settings, commands and the pure split/parse/encode functions."""

    name: ClassVar[str] = ""
    settings: ClassVar[SerialSettings] = SerialSettings()
    has_stability_flag: ClassVar[bool] = True
    poll_command: ClassVar[bytes | None] = None  # None: the scale streams by itself
    poll_interval_ms: ClassVar[int] = 200
    zero_command: ClassVar[bytes | None] = None
    tare_command: ClassVar[bytes | None] = None
    clear_tare_command: ClassVar[bytes | None] = None
    max_frame: ClassVar[int] = 64

    def __init__(self, unit: str = "kg") -> None:
        self.unit = unit  # for families whose frames do not name their unit

    def split(self, buf: bytearray) -> tuple[list[bytes], int]:
        """Remove complete frames from the front of ``buf``; return them and the count of noise runs dropped."""
        raise NotImplementedError

    def parse(self, frame: bytes) -> ParseResult:
        raise NotImplementedError


def split_lines(buf: bytearray, max_len: int) -> tuple[list[bytes], int]:
    """CR, LF or CRLF ended lines, without their terminators; empty lines skipped."""
    frames: list[bytes] = []
    noise = 0
    start = 0
    for i, b in enumerate(buf):
        if b in (0x0D, 0x0A):
            line = bytes(buf[start:i])
            if len(line) > max_len:
                noise += 1
            elif line.strip(b" \x00"):
                frames.append(line)
            start = i + 1
    del buf[:start]
    return frames, noise


def split_delimited(buf: bytearray, head: int, tail: int, max_len: int) -> tuple[list[bytes], int]:
    """Frames from ``head`` to ``tail`` inclusive; bytes before a head are dropped as noise."""
    frames: list[bytes] = []
    noise = 0
    while buf:
        start = buf.find(head)
        if start < 0:
            if buf.strip(b"\r\n\x00 "):
                noise += 1
            buf.clear()
            break
        if start > 0:
            if buf[:start].strip(b"\r\n\x00 "):
                noise += 1
            del buf[:start]
        end = buf.find(tail, 1)
        nxt = buf.find(head, 1)
        if 0 < nxt < end or (end < 0 and nxt > 0):  # a new head before this frame ended: truncated
            noise += 1
            del buf[:nxt]
            continue
        if end < 0:
            if len(buf) > max_len:
                noise += 1
                del buf[:1]
                continue
            break
        frames.append(bytes(buf[: end + 1]))
        del buf[: end + 1]
    return frames, noise


class StabilityTracker:
    """Stable after N identical consecutive weights, for frames without a stability flag."""

    def __init__(self, needed: int) -> None:
        self.needed = max(1, needed)
        self._last: int | None = None
        self._count = 0

    def observe(self, grams: int | None) -> bool:
        if grams is not None and grams == self._last:
            self._count += 1
        else:
            self._last = grams
            self._count = 1
        return grams is not None and self._count >= self.needed

    def reset(self) -> None:
        self._last, self._count = None, 0


class ScaleFramer:
    """Feed arbitrary chunks; get ScaleReadings. Never raises on any input."""

    def __init__(self, protocol: ScaleProtocol, stable_after: int = 3, max_buffer: int = 4096) -> None:
        self.protocol = protocol
        self.stability = StabilityTracker(stable_after)
        self.max_buffer = max_buffer
        self._buf = bytearray()
        self._last_grams = 0
        self.latest: ScaleReading | None = None
        self.good_frames = 0
        self.bad_frames = 0
        self.ignored_frames = 0

    def feed(self, chunk: bytes) -> list[ScaleReading]:
        self._buf.extend(chunk)
        try:
            frames, noise = self.protocol.split(self._buf)
        except Exception:  # a family bug must not kill the port worker; drop the buffer and count it
            self._buf.clear()
            frames, noise = [], 1
        self.bad_frames += noise
        if len(self._buf) > self.max_buffer:
            self.bad_frames += 1
            del self._buf[: len(self._buf) - self.protocol.max_frame]
        readings = []
        for raw in frames:
            reading = self._interpret(raw)
            if reading is not None:
                readings.append(reading)
        if readings:
            self.latest = readings[-1]
        return readings

    def reset(self) -> None:
        """Forget partial input (after a reconnect); counters and the latest reading stay."""
        self._buf.clear()
        self.stability.reset()

    def _interpret(self, raw: bytes) -> ScaleReading | None:
        try:
            result = self.protocol.parse(raw)
        except Exception:
            result = None
        if result is None:
            self.bad_frames += 1
            return None
        if isinstance(result, Ignored):
            self.ignored_frames += 1
            return None
        self.good_frames += 1
        grams = result.grams
        if grams is None:
            grams = self._last_grams  # status-only frame: keep showing the last weight, flagged unstable
        elif not (result.overload or result.underload):
            self._last_grams = grams
        stable = result.stable
        if stable is None:
            stable = self.stability.observe(None if result.overload or result.underload else grams)
        if result.overload or result.underload:
            stable = False
        return ScaleReading(grams=grams, stable=stable, net=result.net, overload=result.overload,
                            underload=result.underload, raw=raw, unit_raw=result.unit_raw)
