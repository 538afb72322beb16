"""Scale simulators, one class for all families: the family decides the frames and the commands."""

from __future__ import annotations

import time
from collections.abc import Callable

from station.devices.scales import cas22, make_protocol, mtsics, stgs, toledo8217, yaohua
from station.devices.sim.base import Simulator

ALIASES = {"cas": "cas22", "cas22": "cas22", "stgs": "stgs", "generic": "stgs", "toledo": "toledo8217",
           "toledo8217": "toledo8217", "yaohua": "yaohua_tf0", "yaohua_tf0": "yaohua_tf0",
           "xk3190": "yaohua_tf0", "sics": "mtsics", "mtsics": "mtsics"}
STREAMING = {"cas22", "stgs", "yaohua_tf0"}
_WOBBLE = (37, -21, 14, -8, 5, -3, 2, -1)


class ScaleSim(Simulator):
    kind = "scale"

    def __init__(self, protocol: str = "stgs", grams: int = 0, *, unit: str | None = None,
                 interval_ms: int = 100, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock)
        self.protocol = ALIASES.get(protocol, protocol)
        proto = make_protocol(self.protocol)
        self.settings = proto.settings
        self.unit = unit or proto.unit
        self.grams = grams
        self.tare = 0
        self.overload = False
        self.underload = False
        self.interval_s = interval_ms / 1000
        self._wobble_left = 0
        self._due = clock()
        self._echo = False
        self._line = bytearray()
        self.frames_sent = 0

    # -- driving the simulator -----------------------------------------------------------------
    def set_weight(self, grams: int, *, wobble: int = 0) -> None:
        """Put ``grams`` on the platter; ``wobble`` unstable frames come before it settles."""
        with self._cond:
            self.grams = grams
            self.overload = self.underload = False
            self._wobble_left = wobble

    def set_overload(self, on: bool = True) -> None:
        with self._cond:
            self.overload = on

    def set_underload(self, on: bool = True) -> None:
        with self._cond:
            self.underload = on

    @property
    def stable(self) -> bool:
        return self._wobble_left == 0

    def frame(self) -> bytes:
        """The next frame the scale sends, consuming one wobble step."""
        with self._cond:
            shown = self.grams - self.tare
            stable = self._wobble_left == 0
            if not stable:
                shown += _WOBBLE[self._wobble_left % len(_WOBBLE)]
                self._wobble_left -= 1
            net = self.tare != 0
            self.frames_sent += 1
            return self._encode(shown, stable, net)

    def _encode(self, shown: int, stable: bool, net: bool) -> bytes:
        p = self.protocol
        if p == "stgs":
            return stgs.encode(shown, stable=stable, net=net, overload=self.overload,
                               underload=self.underload, unit=self.unit)
        if p == "cas22":
            return cas22.encode(shown, stable=stable, net=net, overload=self.overload or self.underload)
        if p == "yaohua_tf0":
            return yaohua.encode(shown, unit=self.unit)
        if p == "toledo8217":
            bits = ((toledo8217.MOTION if not stable else 0) | (toledo8217.OVER_CAPACITY if self.overload else 0)
                    | (toledo8217.UNDER_ZERO if self.underload or shown < 0 else 0)
                    | (toledo8217.NET if net else 0))
            if bits & (toledo8217.MOTION | toledo8217.OVER_CAPACITY | toledo8217.UNDER_ZERO):
                return toledo8217.encode_status(bits)
            return toledo8217.encode_weight(shown, net=net, unit=self.unit)
        if self.overload or self.underload:
            return b"S +\r\n" if self.overload else b"S -\r\n"
        return mtsics.encode(shown, stable=stable, unit=self.unit)

    # -- the protocol ---------------------------------------------------------------------------
    def _tick(self, now: float) -> None:
        if self.protocol in STREAMING and now >= self._due:
            self._emit(self.frame())
            # schedule from now, not from the old due time: a host that stopped reading gets the
            # newest frame, not a backlog
            self._due = now + self.interval_s

    def _next_due(self, now: float) -> float | None:
        return max(0.0, self._due - now) if self.protocol in STREAMING else None

    def _handle(self, data: bytes) -> None:
        if self.protocol == "toledo8217":
            self._toledo(data)
        elif self.protocol == "mtsics":
            self._line.extend(data)
            while b"\n" in self._line:
                line, _, rest = bytes(self._line).partition(b"\n")
                self._line = bytearray(rest)
                self._sics(line.strip().decode("ascii", errors="replace"))

    def _toledo(self, data: bytes) -> None:
        for byte in data:
            ch = bytes([byte])
            if self._echo:
                if ch == b"F":
                    self._echo = False
                else:
                    self._emit(ch)
                continue
            if ch == b"W":
                self._emit(self.frame())
            elif ch == b"Z":
                self.grams, self.tare = 0, 0
            elif ch == b"T":
                self.tare = self.grams
            elif ch == b"C":
                self.tare = 0
            elif ch == b"E":
                self._echo = True
                self._emit(b"\x02E\r")

    def _sics(self, line: str) -> None:
        if line == "SI":
            self._emit(self.frame())
        elif line == "S":
            if self._wobble_left:
                self._wobble_left -= 1
                self._emit(b"S I\r\n")
            else:
                self._emit(self.frame())
        elif line in ("Z", "ZI"):
            self.grams, self.tare = 0, 0
            self._emit(line.encode() + b" A\r\n")
        elif line in ("T", "TI"):
            self.tare = self.grams
            self._emit(f"{line} S {self.tare:>10}.00 {self.unit}\r\n".encode())
        elif line == "TAC":
            self.tare = 0
            self._emit(b"TAC A\r\n")
        elif line == "I4":
            self._emit(b'I4 A "0123456789"\r\n')
        elif line == "@":
            self._emit(b'I4 A "0123456789"\r\n')
        elif line:
            self._emit(b"ES\r\n")
