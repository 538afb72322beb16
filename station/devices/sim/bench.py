"""Named collections of simulators that ``sim://`` URLs can reach, and the simulator factory.

pyserial builds a ``sim://`` port from the URL alone, so a URL must be able to name a simulator that
the test or the training-mode wiring holds. A ``SimBench`` is owned by whoever creates it (a test,
``station.app`` in training mode); the module keeps only a weak index by name, so a bench disappears
when its owner drops it. Without ``bench=``, every open gets a fresh simulator (``port.simulator``).
"""

from __future__ import annotations

import itertools
import weakref
from dataclasses import replace
from urllib.parse import urlencode

from station.devices.sim.base import Simulator
from station.devices.sim.modem import ModemSim
from station.devices.sim.printers import EscPosPrinterSim, TsplPrinterSim
from station.devices.sim.scales import ALIASES as SCALE_ALIASES
from station.devices.sim.scales import ScaleSim
from station.devices.sim.scanner import ScannerSim
from station.devices.units import decimal_to_grams

_benches: weakref.WeakValueDictionary[str, SimBench] = weakref.WeakValueDictionary()
_names = itertools.count(1)
_TRUE = ("1", "true", "yes", "on")


def lookup_bench(name: str) -> SimBench | None:
    return _benches.get(name)


def create_simulator(path: str, params: dict[str, str]) -> Simulator:
    """``('scale/cas', {'weight': '1.234'})`` -> a ScaleSim; raises ValueError for unknown devices."""
    kind, _, family = path.strip("/").partition("/")
    flag = {k: v.lower() in _TRUE for k, v in params.items()}
    baud = {"baudrate": int(params["baudrate"])} if "baudrate" in params else {}
    if kind == "scale":
        protocol = SCALE_ALIASES.get(family or "stgs")
        if protocol is None:
            raise ValueError(f"unknown scale family {family!r}")
        unit = params.get("unit")
        grams = decimal_to_grams(params.get("weight", "0"), unit or "kg")
        if grams is None:
            raise ValueError(f"bad weight {params.get('weight')!r}")
        sim = ScaleSim(protocol, grams, unit=unit, interval_ms=int(params.get("interval_ms", "100")))
        if "baudrate" in params and sim.settings is not None:
            sim.settings = replace(sim.settings, baudrate=int(params["baudrate"]))
        return sim
    if kind == "scanner":
        return ScannerSim(suffix=params.get("suffix", "cr"), aim=params.get("aim", ""))
    if kind == "printer":
        states = {k: flag[k] for k in ("paper_out", "paper_near_end", "cover_open", "offline", "error", "silent")
                  if k in flag}
        if family in ("", "escpos"):
            return EscPosPrinterSim(**states, **baud)
        if family == "tspl":
            states.pop("paper_near_end", None)
            states.pop("offline", None)
            return TsplPrinterSim(**states, **baud)
        raise ValueError(f"unknown printer family {family!r}")
    if kind == "modem":
        cms = params.get("cms_error")
        return ModemSim(params.get("mode", "ok"), cms_error=int(cms) if cms else None, **baud)
    raise ValueError(f"unknown simulated device {path!r}")


class SimBench:
    """Simulators by key (``'scale/cas'``, or ``'scale/cas#2'`` with ``id=2``) for one owner."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or f"bench{next(_names)}"
        if self.name in _benches:
            raise ValueError(f"a bench named {self.name!r} exists")
        self._sims: dict[str, Simulator] = {}
        _benches[self.name] = self

    @staticmethod
    def key(path: str, device_id: str | None = None) -> str:
        path = path.strip("/")
        return f"{path}#{device_id}" if device_id else path

    def url(self, path: str, *, device_id: str | None = None, **params: object) -> str:
        query = {"bench": self.name, **({"id": device_id} if device_id else {}),
                 **{k: str(v) for k, v in params.items()}}
        return f"sim://{path.strip('/')}?{urlencode(query)}"

    def add(self, path: str, simulator: Simulator | None = None, *, device_id: str | None = None,
            **params: str) -> Simulator:
        sim = simulator or create_simulator(path, {k: str(v) for k, v in params.items()})
        self._sims[self.key(path, device_id)] = sim
        return sim

    def attach(self, path: str, device_id: str | None, params: dict[str, str]) -> Simulator:
        """The handler's entry: the existing simulator, or a new one built from the URL parameters."""
        key = self.key(path, device_id)
        if key not in self._sims:
            self._sims[key] = create_simulator(path, params)
        return self._sims[key]

    def get(self, path: str, device_id: str | None = None) -> Simulator:
        return self._sims[self.key(path, device_id)]

    def unplug(self, path: str, device_id: str | None = None) -> None:
        self.get(path, device_id).unplug()

    def replug(self, path: str, device_id: str | None = None) -> None:
        self.get(path, device_id).replug()

    def close(self) -> None:
        for sim in self._sims.values():
            sim.unplug()
        self._sims.clear()
        _benches.pop(self.name, None)
