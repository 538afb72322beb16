"""The objects services and the UI hold: ScalePort, PrinterPort and ModemPort over a port worker."""

from __future__ import annotations

from station.devices import printer_status as ps
from station.devices.drivers import ScaleDriver
from station.devices.modem_session import ModemSession
from station.devices.portio import PortIO
from station.devices.worker import PortWorker
from station.domain.errors import DomainError
from station.domain.readings import (
    PRINTER_NOT_ANSWERING,
    DeviceUnavailable,
    ModemStatus,
    PrinterStatus,
    ScaleReading,
    SmsReason,
    SmsResult,
)


class ScaleHandle:
    """Implements ``ScalePort``."""

    def __init__(self, worker: PortWorker, driver: ScaleDriver) -> None:
        self.worker = worker
        self.driver = driver

    def latest_reading(self) -> ScaleReading | None:
        return self.driver.latest

    def zero(self) -> None:
        self._command("zero")

    def tare(self) -> None:
        self._command("tare")

    def clear_tare(self) -> None:
        self._command("clear_tare")

    def supports(self, command: str) -> bool:
        return bool(self.driver.commands.get(command))

    def _command(self, name: str) -> None:
        data = self.driver.commands.get(name)
        if not data:
            raise DomainError("device.unsupported", device=self.worker.device_id, command=name)
        self.worker.call(lambda io: io.write(data))


class PrinterHandle:
    """Implements ``PrinterPort`` for ESC/POS (``DLE EOT``) and TSPL (``ESC ! ?``) printers."""

    def __init__(self, worker: PortWorker, family: str = "escpos", status_timeout_s: float = 0.5,
                 baudrate: int = 9600) -> None:
        self.worker = worker
        self.family = family
        self.status_timeout_s = status_timeout_s
        self.bytes_per_s = max(1, baudrate // 10)

    def send(self, data: bytes) -> PrinterStatus:
        def job(io: PortIO) -> PrinterStatus:
            io.write(data)
            return self._status(io)

        # writing at 9600 baud takes ~1 s per 960 bytes; allow for it plus the status round trip
        return self.worker.call(job, timeout_s=len(data) / self.bytes_per_s * 1.5 + 5 * self.status_timeout_s + 5)

    def query_status(self) -> PrinterStatus:
        try:
            return self.worker.call(self._status, timeout_s=5 * self.status_timeout_s + 2)
        except DeviceUnavailable:
            return PRINTER_NOT_ANSWERING

    def _status(self, io: PortIO) -> PrinterStatus:
        io.reset_input()  # stale bytes (ASB, echo) would be taken for the answer (hardware.md §2.4)
        if self.family == "tspl":
            io.write(ps.TSPL_STATUS_QUERY)
            return ps.decode_tspl(io.read_exactly(1, self.status_timeout_s))
        replies: dict[int, int] = {}
        for n in (ps.PRINTER, ps.OFFLINE_CAUSE, ps.PAPER):
            io.write(ps.query(n))
            reply = io.read_exactly(1, self.status_timeout_s)
            if len(reply) != 1:
                if not replies:
                    return PRINTER_NOT_ANSWERING
                break
            replies[n] = reply[0]
        if replies.get(ps.OFFLINE_CAUSE, 0) & 0x40:
            io.write(ps.query(ps.ERROR_CAUSE))
            reply = io.read_exactly(1, self.status_timeout_s)
            if len(reply) == 1:
                replies[ps.ERROR_CAUSE] = reply[0]
        return ps.decode_escpos(replies)


class ModemHandle:
    """Implements ``ModemPort``."""

    def __init__(self, worker: PortWorker, command_timeout_s: float = 2.0, send_timeout_s: float = 60.0) -> None:
        self.worker = worker
        self.command_timeout_s = command_timeout_s
        self.send_timeout_s = send_timeout_s

    def _session(self, io: PortIO) -> ModemSession:
        return ModemSession(io, self.command_timeout_s, self.send_timeout_s)

    def send_sms(self, phone: str, text: str) -> SmsResult:
        parts = max(1, len(text) // 60 + 1)
        budget = 12 * self.command_timeout_s + parts * (self.send_timeout_s + 2 * self.command_timeout_s)
        try:
            return self.worker.call(lambda io: self._session(io).send_sms(phone, text), timeout_s=budget)
        except DeviceUnavailable:
            return SmsResult(ok=False, reason_code=SmsReason.PORT_UNAVAILABLE)

    def status(self) -> ModemStatus:
        try:
            return self.worker.call(lambda io: self._session(io).status(), timeout_s=10 * self.command_timeout_s)
        except DeviceUnavailable:
            return ModemStatus(answering=False)
