"""A serial barcode scanner: it only talks, the host only listens."""

from __future__ import annotations

from station.devices.scanner import encode_scan
from station.devices.serial_settings import SerialSettings
from station.devices.sim.base import Simulator

SUFFIXES = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "none": b""}


class ScannerSim(Simulator):
    kind = "scanner"
    settings = SerialSettings(9600, 8, "N", 1)

    def __init__(self, suffix: str = "cr", aim: str = "", **kw) -> None:
        super().__init__(**kw)
        self.suffix = SUFFIXES[suffix]
        self.aim = aim
        self.scans_sent = 0

    def scan(self, code: str, *, aim: str | None = None, encoding: str = "utf-8") -> bytes:
        """The operator pulls the trigger: the code goes out at once, as one burst."""
        data = encode_scan(code, suffix=self.suffix, aim=self.aim if aim is None else aim, encoding=encoding)
        with self._cond:
            if self.plugged:
                self.scans_sent += 1
            self._emit(data)
        return data

    def noise(self, data: bytes) -> None:
        self._emit(data)
