"""Blocking request/response access to an open port, used only on the port's worker thread."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import serial

from station.domain.readings import DeviceUnavailable

RawTap = Callable[[str, bytes], None]  # ('rx' | 'tx', bytes)

PORT_ERRORS = (serial.SerialException, OSError, ValueError)  # ValueError: pyserial on a closed fd


class PortIO:
    def __init__(self, port: Any, tap: RawTap | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.port = port
        self._tap = tap or (lambda direction, data: None)
        self._clock = clock

    def write(self, data: bytes) -> None:
        """Write everything or raise DeviceUnavailable('device.write_failed', sent=..)."""
        sent = 0
        try:
            view = memoryview(data)
            while sent < len(data):
                n = self.port.write(view[sent:sent + 4096])
                if not n:
                    raise DeviceUnavailable("device.write_failed", sent=sent, total=len(data))
                self._tap("tx", bytes(view[sent:sent + n]))
                sent += n
            self.port.flush()
        except PORT_ERRORS as exc:
            raise DeviceUnavailable("device.write_failed", sent=sent, total=len(data),
                                    error=type(exc).__name__) from exc

    def read_until(self, done: Callable[[bytes], bool], timeout_s: float) -> bytes:
        """Read until ``done(received)`` is true or the time is up; returns what arrived either way."""
        received = bytearray()
        deadline = self._clock() + timeout_s
        while True:
            try:
                chunk = self.port.read(max(1, self.port.in_waiting))
            except PORT_ERRORS as exc:
                raise DeviceUnavailable("device.read_failed", error=type(exc).__name__) from exc
            if chunk:
                self._tap("rx", chunk)
                received.extend(chunk)
                if done(bytes(received)):
                    return bytes(received)
            if self._clock() >= deadline:
                return bytes(received)

    def read_exactly(self, count: int, timeout_s: float) -> bytes:
        return self.read_until(lambda got: len(got) >= count, timeout_s)

    def reset_input(self) -> None:
        try:
            self.port.reset_input_buffer()
        except PORT_ERRORS as exc:
            raise DeviceUnavailable("device.read_failed", error=type(exc).__name__) from exc
