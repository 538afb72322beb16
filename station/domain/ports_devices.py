"""What services and the UI need from devices, as Protocols. ``station.devices`` implements them.

All calls may block for the device's answer (up to a few seconds for a printer status, up to a minute
for an SMS), so the UI calls them from its task runner, never from the GUI thread. Callbacks on
``DeviceEvents`` arrive on device worker threads; the UI bridge re-emits them as queued Qt signals.
"""

from __future__ import annotations

from typing import Any, Protocol

from station.domain.readings import (
    DeviceState,
    ModemStatus,
    PrinterStatus,
    ScaleReading,
    ScanEvent,
    SmsResult,
    WedgeDecision,
)


class ScalePort(Protocol):
    def latest_reading(self) -> ScaleReading | None:
        """The newest reading, or None when nothing arrived since the port (re)opened."""
        ...

    def zero(self) -> None:
        """Send the protocol's zero command; raises DeviceUnavailable or DomainError('device.unsupported')."""
        ...

    def tare(self) -> None: ...


class PrinterPort(Protocol):
    def send(self, data: bytes) -> PrinterStatus:
        """Write a whole job, then read the status. Raises DeviceUnavailable when the port is gone."""
        ...

    def query_status(self) -> PrinterStatus:
        """Never raises for a silent printer: returns a status with ``answering=False``."""
        ...


class ModemPort(Protocol):
    def send_sms(self, phone: str, text: str) -> SmsResult:
        """Never raises for device problems: failures come back as ``SmsResult(ok=False, reason_code)``."""
        ...

    def status(self) -> ModemStatus: ...


class DeviceEvents(Protocol):
    """A sink for events from device workers. Must be thread-safe and must not block for long."""

    def on_scan(self, device_id: str, scan: ScanEvent) -> None: ...

    def on_reading(self, device_id: str, reading: ScaleReading) -> None: ...

    def on_state(self, device_id: str, state: DeviceState, reason: str) -> None: ...


class WedgeClassifier(Protocol):
    """Tells a keyboard-wedge scanner burst from typing; the Qt key filter in ``ui/`` drives it.

    Call ``key`` for every key press that produces text (Enter as '\\r', Tab as '\\t') with a monotonic
    time in ms; replay ``decision.release`` to the focus widget before the current key; consume the
    event when ``decision.swallow``; emit ``decision.scan`` when set. After each swallowed key start a
    single-shot timer of ``max_gap_ms`` and replay whatever ``expire`` returns.
    """

    max_gap_ms: int

    def key(self, text: str, at_ms: int) -> WedgeDecision: ...

    def expire(self, now_ms: int) -> str: ...


DEVICE_ROLES = ("scanner", "scale", "receipt_printer", "label_printer", "modem")
ROLE_KINDS = {"scanner": "scanner", "scale": "scale", "receipt_printer": "printer", "label_printer": "printer",
              "modem": "modem"}


class DeviceControl(Protocol):
    """What the screens may do with the counter's devices, one device per role.

    Implemented over the device manager in ``station.devices.control``; every call that talks to a
    port (send, zero, probe...) must be made off the GUI thread.
    """

    def configured(self) -> list[dict[str, str]]:
        """``[{role, profile_id, url}]`` for every configured role."""
        ...

    def profiles(self, kind: str) -> list[dict[str, str]]:
        """``[{id, vendor, model, protocol}]`` of a kind: scale, scanner, printer, modem."""
        ...

    def ports(self) -> list[dict[str, str]]:
        """Serial ports present now: ``[{device, description, suggestions}]``."""
        ...

    def configure(self, role: str, profile_id: str, url: str) -> None: ...
    def remove(self, role: str) -> None: ...
    def probe(self, url: str) -> list[str]:
        """Profile ids whose protocol answered on ``url`` (writes to the port; takes seconds)."""
        ...

    def profile_of(self, role: str) -> dict[str, Any]: ...
    def scale(self) -> ScalePort | None: ...
    def printer(self, role: str) -> PrinterPort | None: ...
    def modem(self) -> ModemPort | None: ...
    def recent_bytes(self, role: str) -> bytes: ...
    def frame_counts(self, role: str) -> tuple[int, int]:
        """(good frames, bad frames) since the port opened."""
        ...

    def wedge(self) -> WedgeClassifier | None: ...
    def close(self) -> None: ...


class SimulatorControl(Protocol):
    """The trainer's panel in training mode drives the simulated devices through this."""

    def scan(self, code: str) -> None: ...
    def put_on_scale(self, grams: int) -> None:
        """The scale wobbles for a moment, then settles on ``grams``."""
        ...

    def set_paper_out(self, out: bool) -> None: ...
    def set_sim_card(self, present: bool) -> None: ...
    def receipt_preview(self) -> bytes:
        """PNG of what the virtual receipt printer has printed since the last clear ('' if nothing)."""
        ...

    def label_preview(self) -> bytes: ...
    def sent_sms(self) -> list[tuple[str, str]]: ...
    def clear_printers(self) -> None: ...
