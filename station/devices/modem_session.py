"""A conversation with a GSM modem over a PortIO: status checks and sending one SMS."""

from __future__ import annotations

from station.devices import modem_at as at
from station.devices.portio import PortIO
from station.domain.readings import (
    DeviceUnavailable,
    ModemStatus,
    SimState,
    SmsReason,
    SmsResult,
)


class ModemSession:
    def __init__(self, io: PortIO, command_timeout_s: float = 2.0, send_timeout_s: float = 60.0) -> None:
        self.io = io
        self.command_timeout_s = command_timeout_s
        self.send_timeout_s = send_timeout_s  # +CMGS waits for the network's answer

    def run(self, text: str, timeout_s: float | None = None) -> at.AtReply:
        reader = at.AtReader(echo_of=text)
        self.io.write(at.command(text))
        self._read(reader, timeout_s or self.command_timeout_s)
        return reader.reply

    def _read(self, reader: at.AtReader, timeout_s: float) -> None:
        fed = 0

        def done(received: bytes) -> bool:
            nonlocal fed
            finished = reader.feed(received[fed:])
            fed = len(received)
            return finished

        self.io.read_until(done, timeout_s)

    def answering(self) -> bool:
        for _ in range(2):  # the first AT after power-up may be eaten by autobauding
            if self.run("AT", 1.0).ok:
                return True
        return False

    def status(self) -> ModemStatus:
        try:
            if not self.answering():
                return ModemStatus(answering=False)
            self.run("ATE0")
            sim = at.parse_cpin(self.run("AT+CPIN?"))
            rssi = at.parse_csq(self.run("AT+CSQ"))
            registered = bool(at.parse_creg(self.run("AT+CREG?")))
        except DeviceUnavailable:
            return ModemStatus(answering=False)
        return ModemStatus(answering=True, sim=sim, registered=registered, rssi=rssi)

    def send_sms(self, phone: str, text: str) -> SmsResult:
        number = at.normalize_phone(phone)
        if number is None:
            return SmsResult(ok=False, reason_code=SmsReason.INVALID_NUMBER)
        parts = at.split_text(text)
        if not parts:
            return SmsResult(ok=False, reason_code=SmsReason.EMPTY_TEXT)
        try:
            return self._send(number, parts)
        except DeviceUnavailable:
            return SmsResult(ok=False, reason_code=SmsReason.PORT_UNAVAILABLE)

    def _send(self, number: str, parts: list[str]) -> SmsResult:
        if not self.answering():
            return SmsResult(ok=False, reason_code=SmsReason.MODEM_NOT_ANSWERING)
        self.run("ATE0")
        cpin = self.run("AT+CPIN?")
        sim = at.parse_cpin(cpin)
        if sim == SimState.NO_SIM:
            return _failed(SmsReason.NO_SIM, cpin)
        if sim == SimState.PIN_REQUIRED:
            return _failed(SmsReason.SIM_PIN, cpin)
        if at.parse_creg(self.run("AT+CREG?")) is False:
            return SmsResult(ok=False, reason_code=SmsReason.NO_NETWORK)
        for setup in at.INIT_COMMANDS[1:3]:
            reply = self.run(setup)
            if not reply.ok:
                return _failed(reply.reason() if reply.final in ("CMS", "CME") else SmsReason.NOT_SUPPORTED, reply)
        self.run(at.INIT_COMMANDS[3])  # some modems refuse CSMP yet send UCS2 fine: not fatal
        ref = None
        for part in parts:
            reader = at.AtReader()
            self.io.write(at.cmgs_command(number))
            self._read(reader, self.command_timeout_s * 2)
            if reader.reply.final != "PROMPT":
                if reader.reply.final is None:
                    self.io.write(at.ESC)  # leave a half-open message input, if any
                    return SmsResult(ok=False, reason_code=SmsReason.MODEM_NOT_ANSWERING)
                return _failed(reader.reply.reason() if reader.reply.final in ("CMS", "CME")
                               else SmsReason.REJECTED, reader.reply)
            reader = at.AtReader()
            self.io.write(at.message_body(part))
            self._read(reader, self.send_timeout_s)
            if reader.reply.final is None:
                return SmsResult(ok=False, reason_code=SmsReason.NETWORK_TIMEOUT)
            if not reader.reply.ok:
                return _failed(reader.reply.reason() if reader.reply.final in ("CMS", "CME")
                               else SmsReason.REJECTED, reader.reply)
            ref = at.parse_cmgs(reader.reply)
        return SmsResult(ok=True, message_ref=ref, parts=len(parts))


def _failed(reason: SmsReason, reply: at.AtReply) -> SmsResult:
    return SmsResult(ok=False, reason_code=reason, error_number=reply.error_number())
