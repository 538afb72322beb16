"""The simulator base: a device model that takes host bytes and produces device bytes.

Used in-process behind ``sim://`` (``protocol_sim.Serial``) and over a pty (``pty_link.PtyLink``).
Streaming devices produce output lazily when the host reads (``_tick``), so no thread is needed
in-process and a host that stops reading does not pile up stale frames.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import ClassVar

from station.devices.serial_settings import SerialSettings


class Unplugged(Exception):
    """The simulated device was unplugged; open handles are dead until reopened after replug."""


class Simulator:
    kind: ClassVar[str] = ""
    settings: SerialSettings | None = None  # the framing the device needs; None accepts anything

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._cond = threading.Condition(threading.RLock())
        self._out = bytearray()
        self.received = bytearray()  # everything the host ever wrote
        self.plugged = True
        self.generation = 0  # bumped on unplug: handles opened before are dead

    # -- host side -----------------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        with self._cond:
            self.received.extend(data)
            self._handle(bytes(data))

    def take(self, limit: int | None = None) -> bytes:
        with self._cond:
            self._tick(self.clock())
            if limit is None or limit >= len(self._out):
                out = bytes(self._out)
                self._out.clear()
            else:
                out = bytes(self._out[:limit])
                del self._out[:limit]
            return out

    def available(self) -> int:
        with self._cond:
            self._tick(self.clock())
            return len(self._out)

    def clear_output(self) -> None:
        with self._cond:
            self._out.clear()

    def wait_output(self, timeout_s: float) -> None:
        """Block until output may be available or ``timeout_s`` passed."""
        with self._cond:
            if self._out or not self.plugged:
                return
            due = self._next_due(self.clock())
            wait = timeout_s if due is None else max(0.0, min(timeout_s, due))
            if wait > 0:
                self._cond.wait(wait)

    def next_due(self) -> float | None:
        with self._cond:
            return self._next_due(self.clock())

    # -- test/training side --------------------------------------------------------------------
    def unplug(self) -> None:
        with self._cond:
            self.plugged = False
            self.generation += 1
            self._out.clear()
            self._cond.notify_all()

    def replug(self) -> None:
        with self._cond:
            self.plugged = True
            self._cond.notify_all()

    # -- device model --------------------------------------------------------------------------
    def _emit(self, data: bytes) -> None:
        with self._cond:
            if self.plugged:
                self._out.extend(data)
                self._cond.notify_all()

    def _handle(self, data: bytes) -> None:
        """React to host bytes (subclasses)."""

    def _tick(self, now: float) -> None:
        """Produce spontaneous output that is due (streaming scales)."""

    def _next_due(self, now: float) -> float | None:
        """Seconds until ``_tick`` will produce something, None if never by itself."""
        return None
