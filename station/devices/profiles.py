"""Device profiles (``profiles.json``): port settings, protocol family and quirks as data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from station.devices.serial_settings import SerialSettings
from station.domain.errors import NotFound


@dataclass(frozen=True, slots=True)
class DeviceProfile:
    id: str
    kind: str  # scale | scanner | printer | modem
    vendor: str
    model: str
    protocol: str
    serial: SerialSettings | None  # None: not a serial device (keyboard wedge)
    options: dict[str, Any] = field(default_factory=dict)
    usb: tuple[tuple[int, int | None], ...] = ()
    source: str = ""
    confidence: str = "assumed"

    @property
    def is_serial(self) -> bool:
        return self.serial is not None

    def with_overrides(self, overrides: dict[str, Any] | None) -> DeviceProfile:
        """Settings chosen on the device page win over the profile: serial keys and options."""
        if not overrides:
            return self
        serial_keys = set(SerialSettings.__dataclass_fields__)
        serial = self.serial
        if serial is not None and serial_keys & overrides.keys():
            values = {k: overrides[k] for k in serial_keys & overrides.keys()}
            if "parity" in values:
                values["parity"] = str(values["parity"]).upper()[:1]
            serial = replace(serial, **values)
        options = {**self.options, **{k: v for k, v in overrides.items() if k not in serial_keys}}
        return replace(self, serial=serial, options=options)


def _usb(entries: list[dict[str, str]] | None) -> tuple[tuple[int, int | None], ...]:
    return tuple((int(e["vid"], 16), int(e["pid"], 16) if e.get("pid") else None) for e in entries or ())


class ProfileBook:
    def __init__(self, profiles: list[DeviceProfile], bridges: dict[tuple[int, int], str] | None = None) -> None:
        self._by_id = {p.id: p for p in profiles}
        self.bridges = bridges or {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> ProfileBook:
        if path is None:
            text = resources.files("station.devices").joinpath("profiles.json").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        data = json.loads(text)
        profiles = [
            DeviceProfile(id=p["id"], kind=p["kind"], vendor=p.get("vendor", ""), model=p.get("model", ""),
                          protocol=p["protocol"],
                          serial=SerialSettings.from_dict(p["serial"]) if p.get("serial") else None,
                          options=dict(p.get("options", {})), usb=_usb(p.get("usb")),
                          source=p.get("source", ""), confidence=p.get("confidence", "assumed"))
            for p in data["profiles"]
        ]
        bridges = {(int(b["vid"], 16), int(b["pid"], 16)): b["chip"] for b in data.get("usb_serial_bridges", [])}
        return cls(profiles, bridges)

    def get(self, profile_id: str) -> DeviceProfile:
        try:
            return self._by_id[profile_id]
        except KeyError:
            raise NotFound("device.profile_unknown", profile=profile_id) from None

    def all(self, kind: str | None = None) -> list[DeviceProfile]:
        return [p for p in self._by_id.values() if kind is None or p.kind == kind]

    def suggest(self, vid: int | None, pid: int | None) -> list[DeviceProfile]:
        """Profiles whose USB ids match; a vid-only entry matches any pid of that vendor."""
        if vid is None:
            return []
        return [p for p in self._by_id.values()
                if any(v == vid and (want is None or want == pid) for v, want in p.usb)]

    def bridge_chip(self, vid: int | None, pid: int | None) -> str | None:
        """'CH340' etc.: a generic USB-serial adapter, which says nothing about the device behind it."""
        if vid is None or pid is None:
            return None
        return self.bridges.get((vid, pid))
