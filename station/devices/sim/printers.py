"""Receipt (ESC/POS) and label (TSPL) printer simulators.

They keep the printed byte stream for a preview and answer status queries from a configurable
state. The ESC/POS one skips the parameters of known commands before looking for ``DLE EOT n``:
real printers act on real-time commands only outside raster/QR payloads (hardware.md §2.4 pitfall 4).
"""

from __future__ import annotations

from station.devices import printer_status as ps
from station.devices.serial_settings import SerialSettings
from station.devices.sim.base import Simulator

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
_ESC_ONE = set(b"aE-!t3dJM=GVURc SrI%")  # ESC x n
_GS_ONE = set(b"!hwHfaBrI/")  # GS x n
_FS_ONE = set(b"!W-C")


def command_length(buf: bytes | bytearray, i: int) -> int | None:
    """Length of the command starting at ``buf[i]`` (an ESC/GS/FS/DLE byte); None if not complete yet."""

    def need(n: int) -> int | None:
        return n if len(buf) - i >= n else None

    def u16(at: int) -> int:
        return buf[i + at] | buf[i + at + 1] << 8

    if len(buf) - i < 2:
        return None
    lead, c = buf[i], buf[i + 1]
    if lead == DLE:
        if c in (0x04, 0x05):
            return need(3)
        if c == 0x14:
            return need(5)
        return 1
    if lead == ESC:
        if c == ord("p"):
            return need(5)
        if c == ord("*"):
            if len(buf) - i < 5:
                return None
            return need(5 + u16(3) * (1 if buf[i + 2] in (0, 1) else 3))
        if c == ord("D"):
            end = buf.find(b"\x00", i + 2)
            return None if end < 0 else end - i + 1
        return need(3) if c in _ESC_ONE else 2
    if lead == GS:
        if c == ord("V"):
            if len(buf) - i < 3:
                return None
            return need(4 if buf[i + 2] in (65, 66) else 3)
        if c == ord("k"):
            if len(buf) - i < 3:
                return None
            if buf[i + 2] <= 6:
                end = buf.find(b"\x00", i + 3)
                return None if end < 0 else end - i + 1
            return None if len(buf) - i < 4 else need(4 + buf[i + 3])
        if c == ord("v"):
            if len(buf) - i < 8:
                return None
            return need(8 + u16(4) * u16(6))
        if c == ord("("):
            if len(buf) - i < 5:
                return None
            return need(5 + u16(3))
        if c in (ord("L"), ord("W"), ord("P")):
            return need(4)
        if c == ord("8"):
            if len(buf) - i < 7:
                return None
            size = buf[i + 3] | buf[i + 4] << 8 | buf[i + 5] << 16 | buf[i + 6] << 24
            return need(7 + size)
        return need(3) if c in _GS_ONE else 2
    if lead == FS:
        return need(3) if c in _FS_ONE else 2
    return 1


class EscPosPrinterSim(Simulator):
    kind = "printer"

    def __init__(self, *, paper_out: bool = False, paper_near_end: bool = False, cover_open: bool = False,
                 offline: bool = False, error: bool = False, silent: bool = False, baudrate: int = 9600,
                 **kw) -> None:
        super().__init__(**kw)
        self.settings = SerialSettings(baudrate, 8, "N", 1)
        self.paper_out, self.paper_near_end, self.cover_open = paper_out, paper_near_end, cover_open
        self.offline, self.error, self.silent = offline, error, silent
        self.printed = bytearray()  # the job bytes without real-time status queries, for a preview
        self.status_queries = 0
        self._pending = bytearray()

    def set_state(self, **flags: bool) -> None:
        with self._cond:
            for name, value in flags.items():
                if name not in ("paper_out", "paper_near_end", "cover_open", "offline", "error", "silent"):
                    raise AttributeError(name)
                setattr(self, name, value)

    def _handle(self, data: bytes) -> None:
        self._pending.extend(data)
        i = 0
        buf = self._pending
        while i < len(buf):
            if buf[i] in (ESC, GS, FS, DLE):
                length = command_length(buf, i)
                if length is None:
                    break
                if buf[i] == DLE and length == 3 and buf[i + 1] == 0x04:
                    self._answer(buf[i + 2])
                elif not (buf[i] == DLE and length > 1):
                    self.printed.extend(buf[i:i + length])
                i += length
            else:
                self.printed.append(buf[i])
                i += 1
        del buf[:i]

    def _answer(self, n: int) -> None:
        self.status_queries += 1
        if self.silent or not 1 <= n <= 4:
            return
        self._emit(bytes([ps.encode_escpos(n, offline=self.offline, cover_open=self.cover_open,
                                           paper_out=self.paper_out, paper_near_end=self.paper_near_end,
                                           error=self.error)]))


class TsplPrinterSim(Simulator):
    kind = "printer"

    def __init__(self, *, paper_out: bool = False, cover_open: bool = False, paused: bool = False,
                 error: bool = False, silent: bool = False, baudrate: int = 9600, **kw) -> None:
        super().__init__(**kw)
        self.settings = SerialSettings(baudrate, 8, "N", 1)
        self.paper_out, self.cover_open, self.paused = paper_out, cover_open, paused
        self.error, self.silent = error, silent
        self.printed = bytearray()
        self.labels_printed = 0
        self._pending = bytearray()

    def set_state(self, **flags: bool) -> None:
        with self._cond:
            for name, value in flags.items():
                if name not in ("paper_out", "cover_open", "paused", "error", "silent"):
                    raise AttributeError(name)
                setattr(self, name, value)

    def status_byte(self) -> int:
        return ((ps.TSPL_HEAD_OPEN if self.cover_open else 0) | (ps.TSPL_NO_PAPER if self.paper_out else 0)
                | (ps.TSPL_PAUSE if self.paused else 0) | (ps.TSPL_OTHER if self.error else 0))

    def _handle(self, data: bytes) -> None:
        self._pending.extend(data)
        buf = self._pending
        while True:
            at = buf.find(b"\x1b!")
            if at < 0:
                keep = 1 if buf.endswith(b"\x1b") else 0
                self._print(bytes(buf[: len(buf) - keep]))
                del buf[: len(buf) - keep]
                return
            if len(buf) < at + 3:
                self._print(bytes(buf[:at]))
                del buf[:at]
                return
            self._print(bytes(buf[:at]))
            if buf[at + 2] == ord("?") and not self.silent:
                self._emit(bytes([self.status_byte()]))
            del buf[: at + 3]

    def _print(self, data: bytes) -> None:
        if data:
            self.printed.extend(data)
            self.labels_printed = sum(1 for line in self.printed.split(b"\n") if line.startswith(b"PRINT"))
