"""Port settings as data, so profiles, drivers and simulators share one description."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import serial


@dataclass(frozen=True, slots=True)
class SerialSettings:
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"  # N, E, O, M, S as pyserial spells them
    stopbits: float = 1
    xonxoff: bool = False
    rtscts: bool = False
    dsrdtr: bool = False  # python-escpos defaults to True, which blocks on 3-wire cables (hardware.md §2.5)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SerialSettings:
        data = dict(data or {})
        if "parity" in data:
            data["parity"] = str(data["parity"]).upper()[:1]
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @classmethod
    def parse(cls, text: str, baudrate: int = 9600) -> SerialSettings:
        """``'7E1'`` / ``'8N1'`` shorthand."""
        return cls(baudrate=baudrate, bytesize=int(text[0]), parity=text[1].upper(), stopbits=float(text[2:]))

    @property
    def short(self) -> str:
        stop = int(self.stopbits) if float(self.stopbits).is_integer() else self.stopbits
        return f"{self.baudrate} {self.bytesize}{self.parity}{stop}"

    def framing_matches(self, other: SerialSettings) -> bool:
        """Baud rate and character framing equal (flow control is a wiring question, not a protocol one)."""
        return (self.baudrate, self.bytesize, self.parity, float(self.stopbits)) == (
            other.baudrate, other.bytesize, other.parity, float(other.stopbits))

    def as_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``serial.serial_for_url``."""
        kw = asdict(self)
        stop = float(self.stopbits)
        kw["stopbits"] = {1.0: serial.STOPBITS_ONE, 1.5: serial.STOPBITS_ONE_POINT_FIVE,
                          2.0: serial.STOPBITS_TWO}[stop]
        return kw

    @classmethod
    def of_port(cls, port: Any) -> SerialSettings:
        """The settings a pyserial port object was opened with."""
        return cls(baudrate=int(port.baudrate), bytesize=int(port.bytesize), parity=str(port.parity),
                   stopbits=float(port.stopbits), xonxoff=bool(port.xonxoff), rtscts=bool(port.rtscts),
                   dsrdtr=bool(port.dsrdtr))
