"""Device events from worker threads, re-emitted as Qt signals on the GUI thread.

The bridge is the ``DeviceEvents`` sink the device manager calls from its port threads. Emitting a
signal from another thread queues it to the receivers' thread, so pages never touch a port thread.
One exception, for speed: a scan lane (``set_scan_lane``) lets the intake page in batch mode hand a
serial scan to its worker on the port thread, from a copy of its form it keeps under a lock; it touches
no widget there. It also remembers the last reading and each role's state for the status bar and the
services.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from station.domain.readings import DeviceState, ScaleReading, ScanEvent


class DeviceBridge(QObject):
    scan_received = Signal(str, str)  # code, source ('scanner' or 'wedge')
    reading_received = Signal(object)  # ScaleReading
    state_changed = Signal(str, str, str)  # role, DeviceState value, reason code

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._last_reading: ScaleReading | None = None
        self.states: dict[str, tuple[str, str]] = {}
        self._scan_lane: Callable[[str], bool] | None = None

    def set_scan_lane(self, lane: Callable[[str], bool] | None) -> None:
        """A page that can take a serial scan on the port thread itself, without the hop through the GUI
        thread (the intake page in batch mode: docs/decisions/scan-to-screen.md). ``lane(code)`` runs on
        the port thread and returns False when the page cannot take the scan now; the scan then goes
        to the GUI thread as every other scan does."""
        self._scan_lane = lane

    # -- DeviceEvents (called on port threads) ------------------------------------------------------
    def on_scan(self, device_id: str, scan: ScanEvent) -> None:
        lane = self._scan_lane
        if lane is not None and lane(scan.code):
            return
        self.scan_received.emit(scan.code, device_id)

    def on_reading(self, device_id: str, reading: ScaleReading) -> None:
        with self._lock:
            self._last_reading = reading
        self.reading_received.emit(reading)

    def on_state(self, device_id: str, state: DeviceState, reason: str) -> None:
        with self._lock:
            self.states[device_id] = (str(state), reason)
        self.state_changed.emit(device_id, str(state), reason)

    # -- what services and pages ask ------------------------------------------------------------------
    def last_reading(self) -> ScaleReading | None:
        with self._lock:
            return self._last_reading

    def latest_stable_grams(self) -> int | None:
        """The scale's weight if it is stable and in range, else None (the ScaleSource port)."""
        reading = self.last_reading()
        if reading is None or not reading.stable or reading.overload or reading.underload:
            return None
        return reading.grams

    def forget(self, role: str) -> None:
        with self._lock:
            self.states.pop(role, None)
            if role == "scale":
                self._last_reading = None
