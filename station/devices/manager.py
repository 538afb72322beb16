"""The device manager: configured devices (profile + port URL), their workers and handles.

``station.app`` builds one ``DeviceManager`` with a ``DeviceEvents`` sink (the UI bridge) and adds
the devices from the settings; services get ``scale()``/``printer()``/``modem()`` handles typed as
the domain ports. Port enumeration and probing block, so call them from a worker, not the GUI thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import serial
from serial.tools import list_ports

from station.devices.drivers import Driver, PassiveDriver, ScaleDriver, ScannerDriver
from station.devices.handles import ModemHandle, PrinterHandle, ScaleHandle
from station.devices.probe import ProbeHit, probe
from station.devices.profiles import DeviceProfile, ProfileBook
from station.devices.scales import make_protocol
from station.devices.scanner import ScannerFramer
from station.devices.wedge import WedgeDetector
from station.devices.worker import PortStats, PortWorker
from station.domain.errors import DomainError, NotFound
from station.domain.ports_devices import DeviceEvents
from station.domain.readings import DeviceEvent, DeviceStateChange, ScaleReading, ScanEvent


@dataclass(frozen=True, slots=True)
class DeviceConfig:
    device_id: str  # stable name chosen on the device page, e.g. 'scale1'
    profile_id: str
    url: str  # '/dev/ttyUSB0', 'COM3', 'socket://10.0.0.5:4001', 'sim://scale/cas?bench=..'
    overrides: dict[str, Any] = field(default_factory=dict)  # serial keys or profile options


@dataclass(frozen=True, slots=True)
class PortCandidate:
    device: str
    description: str
    vid: int | None
    pid: int | None
    serial_number: str | None
    bridge_chip: str | None  # 'CH340'...: a generic adapter, the device behind it is unknown
    suggestions: tuple[str, ...]  # profile ids


class _SinkAdapter:
    """DeviceEvent envelopes -> the three DeviceEvents callbacks."""

    def __init__(self, sink: DeviceEvents) -> None:
        self.sink = sink

    def __call__(self, event: DeviceEvent) -> None:
        payload = event.payload
        if isinstance(payload, ScanEvent):
            self.sink.on_scan(event.device_id, payload)
        elif isinstance(payload, ScaleReading):
            self.sink.on_reading(event.device_id, payload)
        elif isinstance(payload, DeviceStateChange):
            self.sink.on_state(event.device_id, payload.state, payload.reason)


@dataclass
class _Device:
    config: DeviceConfig
    profile: DeviceProfile
    worker: PortWorker | None
    handle: Any


class DeviceManager:
    def __init__(self, sink: DeviceEvents, profiles: ProfileBook | None = None, **worker_options: Any) -> None:
        self.profiles = profiles or ProfileBook.load()
        self._sink = _SinkAdapter(sink)
        self._worker_options = worker_options  # read_timeout_s, retry_s, opener (tests)
        self._devices: dict[str, _Device] = {}
        self._lock = threading.Lock()

    # -- configuration ------------------------------------------------------------------------
    def add(self, config: DeviceConfig, *, start: bool = True) -> None:
        profile = self.profiles.get(config.profile_id).with_overrides(config.overrides)
        with self._lock:
            if config.device_id in self._devices:
                raise DomainError("device.duplicate_id", device=config.device_id)
            device = self._build(config, profile)
            self._devices[config.device_id] = device
        if start and device.worker is not None:
            device.worker.start()

    def remove(self, device_id: str) -> None:
        with self._lock:
            device = self._devices.pop(device_id, None)
        if device is not None and device.worker is not None:
            device.worker.stop()

    def replace(self, config: DeviceConfig) -> None:
        """Apply a changed configuration (port, profile, settings): restart the worker."""
        self.remove(config.device_id)
        self.add(config)

    def _build(self, config: DeviceConfig, profile: DeviceProfile) -> _Device:
        opts = profile.options
        if profile.protocol == "wedge":
            detector = WedgeDetector(int(opts.get("max_gap_ms", 30)), int(opts.get("min_length", 4)))
            return _Device(config, profile, None, detector)
        if profile.serial is None:
            raise DomainError("device.not_serial", profile=profile.id)
        driver: Driver
        if profile.kind == "scale":
            commands = {k: bytes.fromhex(v) for k, v in opts.get("commands", {}).items()}
            driver = ScaleDriver(profile.serial, make_protocol(profile.protocol, opts.get("unit")),
                                 stable_after=int(opts.get("stable_after", 3)), commands=commands)
        elif profile.kind == "scanner":
            suffix = opts.get("suffix", "auto") != "none"
            framer = ScannerFramer(config.device_id, suffix=suffix, idle_flush_ms=opts.get("idle_flush_ms"),
                                   strip_aim_id=bool(opts.get("strip_aim", True)),
                                   prefix=str(opts.get("prefix", "")).encode())
            driver = ScannerDriver(profile.serial, framer)
        else:
            driver = PassiveDriver(profile.serial, profile.kind)
        worker = PortWorker(config.device_id, config.url, driver, self._sink, **self._worker_options)
        handle: Any = None
        if isinstance(driver, ScaleDriver):
            handle = ScaleHandle(worker, driver)
        elif profile.kind == "printer":
            handle = PrinterHandle(worker, profile.protocol, baudrate=profile.serial.baudrate)
        elif profile.kind == "modem":
            handle = ModemHandle(worker, float(opts.get("command_timeout_s", 2)),
                                 float(opts.get("send_timeout_s", 60)))
        return _Device(config, profile, worker, handle)

    # -- running ------------------------------------------------------------------------------
    def start(self, device_id: str | None = None) -> None:
        for device in self._select(device_id):
            if device.worker is not None:
                device.worker.start()

    def stop(self, device_id: str | None = None) -> None:
        for device in self._select(device_id):
            if device.worker is not None:
                device.worker.stop()

    def close(self) -> None:
        self.stop()
        with self._lock:
            self._devices.clear()

    def _select(self, device_id: str | None) -> list[_Device]:
        with self._lock:
            if device_id is None:
                return list(self._devices.values())
            return [self._get(device_id)]

    def _get(self, device_id: str) -> _Device:
        try:
            return self._devices[device_id]
        except KeyError:
            raise NotFound("device.unknown", device=device_id) from None

    # -- what services and the UI hold --------------------------------------------------------
    def _handle(self, device_id: str, kind: str) -> Any:
        device = self._get(device_id)
        if device.profile.kind != kind:
            raise DomainError("device.wrong_kind", device=device_id, expected=kind, actual=device.profile.kind)
        return device.handle

    def scale(self, device_id: str) -> ScaleHandle:
        return self._handle(device_id, "scale")

    def printer(self, device_id: str) -> PrinterHandle:
        return self._handle(device_id, "printer")

    def modem(self, device_id: str) -> ModemHandle:
        return self._handle(device_id, "modem")

    def wedge(self, device_id: str) -> WedgeDetector:
        device = self._get(device_id)
        if not isinstance(device.handle, WedgeDetector):
            raise DomainError("device.wrong_kind", device=device_id, expected="wedge", actual=device.profile.kind)
        return device.handle

    def configs(self) -> list[DeviceConfig]:
        with self._lock:
            return [d.config for d in self._devices.values()]

    def profile_of(self, device_id: str) -> DeviceProfile:
        return self._get(device_id).profile

    def stats(self, device_id: str) -> PortStats | None:
        worker = self._get(device_id).worker
        return None if worker is None else worker.stats()

    def recent_rx(self, device_id: str) -> bytes:
        worker = self._get(device_id).worker
        return b"" if worker is None else worker.recent_rx()

    def traffic(self, device_id: str) -> list[tuple[int, str, bytes]]:
        worker = self._get(device_id).worker
        return [] if worker is None else worker.traffic()

    # -- discovery ----------------------------------------------------------------------------
    def list_ports(self) -> list[PortCandidate]:
        """Serial ports the OS knows (pty slaves are not listed), with profile suggestions by USB id."""
        candidates = []
        for info in list_ports.comports():
            suggestions = tuple(p.id for p in self.profiles.suggest(info.vid, info.pid))
            candidates.append(PortCandidate(info.device, info.description or "", info.vid, info.pid,
                                            info.serial_number, self.profiles.bridge_chip(info.vid, info.pid),
                                            suggestions))
        return candidates

    def probe(self, url: str, **kw: Any) -> list[tuple[ProbeHit, list[str]]]:
        """Protocols that answered on ``url`` and the profiles that speak them. Writes to the port!"""
        opener = self._worker_options.get("opener", serial.serial_for_url)
        return [(hit, [p.id for p in self.profiles.all() if p.protocol == hit.protocol])
                for hit in probe(url, opener=opener, **kw)]
