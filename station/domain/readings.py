"""What devices report, as plain values: every driver, real or simulated, produces these.

Weights are integer grams (house rule); the raw frame travels with each reading so a diagnostic view
or a log can show exactly what the device sent. Errors carry a code, never text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from station.domain.errors import DomainError


@dataclass(frozen=True, slots=True)
class ScaleReading:
    """One weight from a scale. ``grams`` is meaningless while ``overload`` or ``underload`` is set."""

    grams: int
    stable: bool
    net: bool = False
    overload: bool = False
    underload: bool = False
    raw: bytes = b""
    unit_raw: str = ""  # the unit as the scale wrote it: 'kg', 'g', 'lb', '斤'...

    @property
    def usable(self) -> bool:
        """A weight a workflow may record: settled and inside the scale's range."""
        return self.stable and not self.overload and not self.underload


@dataclass(frozen=True, slots=True)
class ScanEvent:
    """One barcode read. ``symbology`` is the AIM identifier (``]E0``...) when the scanner sent one."""

    code: str
    source: str  # the device id, or 'wedge' for keyboard-wedge scanners
    raw: bytes = b""
    symbology: str = ""


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """Tri-state in practice: when ``answering`` is False the other flags are unknown, not 'fine'."""

    online: bool
    paper_out: bool
    paper_near_end: bool
    cover_open: bool
    answering: bool
    error: bool = False  # cutter/mechanical/head-temperature error, paper jam, ribbon out
    raw: bytes = b""

    @property
    def ready(self) -> bool:
        return self.answering and self.online and not (self.paper_out or self.cover_open or self.error)


PRINTER_NOT_ANSWERING = PrinterStatus(online=False, paper_out=False, paper_near_end=False,
                                      cover_open=False, answering=False)


class SimState(StrEnum):
    READY = "ready"
    NO_SIM = "no_sim"
    PIN_REQUIRED = "pin_required"  # SIM PIN / PUK: the station cannot unlock it by itself
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ModemStatus:
    answering: bool
    sim: SimState = SimState.UNKNOWN
    registered: bool = False  # on the home network or roaming
    rssi: int | None = None  # AT+CSQ 0..31, None when the modem does not know (99)

    @property
    def signal_dbm(self) -> int | None:
        return None if self.rssi is None else -113 + 2 * self.rssi

    @property
    def ready(self) -> bool:
        return self.answering and self.sim == SimState.READY and self.registered


class SmsReason(StrEnum):
    """Why an SMS did not go out. Stable codes; the UI translates them."""

    NO_SIM = "no_sim"
    SIM_PIN = "sim_pin"
    SIM_BUSY = "sim_busy"
    NO_NETWORK = "no_network"
    NETWORK_TIMEOUT = "network_timeout"
    NETWORK_BUSY = "network_busy"
    INVALID_NUMBER = "invalid_number"
    BARRED = "barred"
    REJECTED = "rejected"
    NO_SMSC = "no_smsc"
    NOT_SUPPORTED = "not_supported"
    MODEM_NOT_ANSWERING = "modem_not_answering"
    PORT_UNAVAILABLE = "port_unavailable"
    EMPTY_TEXT = "empty_text"
    UNKNOWN = "unknown_error"


@dataclass(frozen=True, slots=True)
class SmsResult:
    ok: bool
    reason_code: str | None = None  # an SmsReason value when not ok
    message_ref: int | None = None  # +CMGS: <mr>, one per part for split texts (the last one here)
    parts: int = 1
    error_number: int | None = None  # the raw +CMS/+CME number, for the log


@dataclass(frozen=True, slots=True)
class WedgeDecision:
    """What a keyboard filter does with one key press (see ``station.devices.wedge``)."""

    swallow: bool  # consume the current key event (held as a possible scan, or it ended a scan)
    release: str = ""  # held characters that were typing after all: replay them, in order, first
    scan: str | None = None  # a complete scanned code


class DeviceState(StrEnum):
    DISCONNECTED = "disconnected"  # port absent or closed; retrying
    CONNECTING = "connecting"
    CONNECTED = "connected"
    ERROR = "error"  # port present but unusable (wrong settings, busy, permission); retrying


@dataclass(frozen=True, slots=True)
class DeviceStateChange:
    state: DeviceState
    reason: str = ""  # a stable code such as 'port_gone', 'settings_refused', 'open_failed'


@dataclass(frozen=True, slots=True)
class DeviceEvent:
    """Envelope queued by a port worker before delivery; ``seq`` increases per device."""

    device_id: str
    seq: int
    at_ms: int  # monotonic milliseconds
    payload: ScanEvent | ScaleReading | DeviceStateChange | PrinterStatus | ModemStatus = field(
        compare=False)


class DeviceUnavailable(DomainError):
    """The device could not take the command: not connected, gone mid-write, or not answering.

    Codes: ``device.not_connected``, ``device.write_failed``, ``device.timeout``, ``device.stopped``.
    """
