"""``DeviceControl`` for the screens: one device per counter role over the ``DeviceManager``.

The chosen devices are kept by the caller (``app.py`` stores them in the machine settings) through
the ``save`` callback, so this adapter never imports the settings module's storage details.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from station.devices.manager import DeviceConfig, DeviceManager
from station.domain.errors import DomainError
from station.domain.ports_devices import DEVICE_ROLES, ROLE_KINDS, DeviceEvents

log = logging.getLogger(__name__)


class ManagedDevices:
    def __init__(self, sink: DeviceEvents, configs: list[dict[str, str]],
                 save: Callable[[list[dict[str, str]]], None], manager: DeviceManager | None = None) -> None:
        self._manager = manager or DeviceManager(sink)
        self._save = save
        self._configs: dict[str, dict[str, str]] = {}
        for config in configs:
            try:
                self._start(config["role"], config["profile_id"], config["url"])
            except (DomainError, KeyError) as exc:  # a stale entry must not stop the counter
                log.warning("device %s not started: %s", config, exc)

    def _start(self, role: str, profile_id: str, url: str) -> None:
        if role not in DEVICE_ROLES:
            raise DomainError("device.unknown_role", role=role)
        profile = self._manager.profiles.get(profile_id)
        if profile.kind != ROLE_KINDS[role]:
            raise DomainError("device.profile_mismatch", role=role, profile=profile_id)
        config = DeviceConfig(role, profile_id, url)
        if role in self._configs:
            self._manager.replace(config)
        else:
            self._manager.add(config)
        self._configs[role] = {"role": role, "profile_id": profile_id, "url": url}

    def configured(self) -> list[dict[str, str]]:
        return [dict(c) for c in self._configs.values()]

    def profiles(self, kind: str) -> list[dict[str, str]]:
        return [{"id": p.id, "vendor": p.vendor, "model": p.model, "protocol": p.protocol}
                for p in self._manager.profiles.all(kind)]

    def ports(self) -> list[dict[str, str]]:
        return [{"device": p.device, "description": p.description, "suggestions": ",".join(p.suggestions)}
                for p in self._manager.list_ports()]

    def configure(self, role: str, profile_id: str, url: str) -> None:
        if not url.strip():
            raise DomainError("device.port_empty")
        self._start(role, profile_id, url.strip())
        self._save(self.configured())

    def probe(self, url: str) -> list[str]:
        if any(c["url"] == url for c in self._configs.values()):
            raise DomainError("device.port_in_use", url=url)  # the worker holds it; probing would garble it
        return [profile for _hit, profiles in self._manager.probe(url) for profile in profiles]

    def remove(self, role: str) -> None:
        if role in self._configs:
            self._manager.remove(role)
            del self._configs[role]
            self._save(self.configured())

    def profile_of(self, role: str) -> dict[str, Any]:
        profile = self._manager.profile_of(role)
        return {"id": profile.id, "kind": profile.kind, "protocol": profile.protocol, **profile.options}

    def _handle(self, role: str, kind: str) -> Any:
        if role not in self._configs:
            return None
        return getattr(self._manager, kind)(role)

    def scale(self) -> Any:
        return self._handle("scale", "scale")

    def printer(self, role: str) -> Any:
        return self._handle(role, "printer")

    def modem(self) -> Any:
        return self._handle("modem", "modem")

    def wedge(self) -> Any:
        if "scanner" in self._configs and self._manager.profile_of("scanner").protocol == "wedge":
            return self._manager.wedge("scanner")
        return None

    def recent_bytes(self, role: str) -> bytes:
        return self._manager.recent_rx(role) if role in self._configs else b""

    def frame_counts(self, role: str) -> tuple[int, int]:
        stats = self._manager.stats(role) if role in self._configs else None
        return (stats.good_frames, stats.bad_frames) if stats else (0, 0)

    def close(self) -> None:
        self._manager.close()
