"""Per-kind glue between a port worker and the pure framers: what to do with bytes, when to poll.

A driver runs only on its worker's thread. It returns payloads (ScanEvent, ScaleReading) that the
worker queues and delivers; it never calls the sink itself.
"""

from __future__ import annotations

from typing import ClassVar

from station.devices.portio import PortIO
from station.devices.scales import ScaleFramer, ScaleProtocol
from station.devices.scanner import ScannerFramer
from station.devices.serial_settings import SerialSettings
from station.domain.readings import ScaleReading, ScanEvent

Payload = ScanEvent | ScaleReading


class Driver:
    kind: ClassVar[str] = ""

    def __init__(self, settings: SerialSettings) -> None:
        self.settings = settings

    @property
    def good_frames(self) -> int:
        return 0

    @property
    def bad_frames(self) -> int:
        return 0

    def on_open(self, io: PortIO, now_ms: int) -> None:
        """The port just (re)opened."""

    def on_bytes(self, data: bytes, now_ms: int) -> list[Payload]:
        return []

    def on_tick(self, io: PortIO, now_ms: int) -> list[Payload]:
        return []

    def on_close(self, now_ms: int) -> list[Payload]:
        """The port closed or vanished; return anything that must not be lost."""
        return []


class ScannerDriver(Driver):
    kind = "scanner"

    def __init__(self, settings: SerialSettings, framer: ScannerFramer) -> None:
        super().__init__(settings)
        self.framer = framer

    @property
    def good_frames(self) -> int:
        return self.framer.good_frames

    @property
    def bad_frames(self) -> int:
        return self.framer.bad_frames

    def on_bytes(self, data: bytes, now_ms: int) -> list[Payload]:
        return list(self.framer.feed(data, now_ms))

    def on_tick(self, io: PortIO, now_ms: int) -> list[Payload]:
        return list(self.framer.poll(now_ms))

    def on_close(self, now_ms: int) -> list[Payload]:
        if not self.framer.pending():
            return []
        if self.framer.idle_flush_ms is not None and not self.framer.suffix:
            return list(self.framer.flush())  # without a suffix the gap ends a code anyway
        self.framer.bad_frames += 1  # cut mid-code: a partial code would be a wrong code
        self.framer.flush_discard()
        return []


class ScaleDriver(Driver):
    kind = "scale"

    def __init__(self, settings: SerialSettings, protocol: ScaleProtocol, *, stable_after: int = 3,
                 poll_interval_ms: int | None = None, commands: dict[str, bytes] | None = None) -> None:
        super().__init__(settings)
        self.protocol = protocol
        self.framer = ScaleFramer(protocol, stable_after=stable_after)
        self.poll_interval_ms = poll_interval_ms or protocol.poll_interval_ms
        self.commands = {"zero": protocol.zero_command, "tare": protocol.tare_command,
                         "clear_tare": protocol.clear_tare_command, **(commands or {})}
        self._next_poll_ms = 0
        self.latest: ScaleReading | None = None

    @property
    def good_frames(self) -> int:
        return self.framer.good_frames

    @property
    def bad_frames(self) -> int:
        return self.framer.bad_frames

    def on_open(self, io: PortIO, now_ms: int) -> None:
        self.framer.reset()
        self.latest = None
        self._next_poll_ms = now_ms

    def on_bytes(self, data: bytes, now_ms: int) -> list[Payload]:
        readings = self.framer.feed(data)
        if not readings:
            return []
        self.latest = readings[-1]
        return [readings[-1]]  # a continuous scale sends 5-20 frames/s: only the newest matters

    def on_tick(self, io: PortIO, now_ms: int) -> list[Payload]:
        command = self.protocol.poll_command
        if command and now_ms >= self._next_poll_ms:
            self._next_poll_ms = now_ms + self.poll_interval_ms
            io.write(command)
        return []

    def on_close(self, now_ms: int) -> list[Payload]:
        self.latest = None  # a weight from before an unplug must not be recorded
        return []


class PassiveDriver(Driver):
    """Printers and modems: talked to by handle calls; unsolicited bytes are only counted."""

    def __init__(self, settings: SerialSettings, kind: str) -> None:
        super().__init__(settings)
        self.kind_name = kind
        self.unsolicited_bytes = 0

    def on_bytes(self, data: bytes, now_ms: int) -> list[Payload]:
        self.unsolicited_bytes += len(data)
        return []
