"""Scale families, chosen by the device profile's ``protocol`` name."""

from __future__ import annotations

from station.devices.scales.base import ScaleFramer, ScaleProtocol
from station.devices.scales.cas22 import Cas22
from station.devices.scales.mtsics import MtSics
from station.devices.scales.stgs import StGs
from station.devices.scales.toledo8217 import Toledo8217
from station.devices.scales.yaohua import YaohuaTf0

PROTOCOLS: dict[str, type[ScaleProtocol]] = {
    cls.name: cls for cls in (StGs, Toledo8217, YaohuaTf0, Cas22, MtSics)
}


def make_protocol(name: str, unit: str | None = None) -> ScaleProtocol:
    """A fresh protocol object (some keep per-device state, e.g. MT-SICS tare)."""
    cls = PROTOCOLS[name]
    return cls(unit) if unit else cls()


__all__ = ["PROTOCOLS", "ScaleFramer", "ScaleProtocol", "make_protocol"]
