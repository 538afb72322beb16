"""A GSM modem answering AT commands, with the failure modes a station meets: no SIM, SIM PIN, no
network, an SMS the network refuses (+CMS ERROR), a modem that never answers."""

from __future__ import annotations

from station.devices.modem_at import ucs2_unhex
from station.devices.serial_settings import SerialSettings
from station.devices.sim.base import Simulator

MODES = ("ok", "no_sim", "sim_pin", "no_network", "silent")


class ModemSim(Simulator):
    kind = "modem"
    settings = SerialSettings(115200, 8, "N", 1)

    def __init__(self, mode: str = "ok", *, cms_error: int | None = None, rssi: int = 20,
                 baudrate: int = 115200, **kw) -> None:
        super().__init__(**kw)
        if mode not in MODES:
            raise ValueError(mode)
        self.settings = SerialSettings(baudrate, 8, "N", 1)
        self.mode = mode
        self.cms_error = cms_error  # answer every AT+CMGS text with +CMS ERROR: n
        self.rssi = rssi
        self.echo = True  # modems power up echoing
        self.ucs2 = False
        self.text_mode = False
        self.sent: list[tuple[str, str]] = []  # (phone, text) of every SMS accepted
        self._next_ref = 1
        self._line = bytearray()
        self._message_to: str | None = None

    def set_mode(self, mode: str, cms_error: int | None = None) -> None:
        with self._cond:
            if mode not in MODES:
                raise ValueError(mode)
            self.mode, self.cms_error = mode, cms_error

    def _handle(self, data: bytes) -> None:
        for byte in data:
            if self._message_to is not None:
                self._message_byte(byte)
                continue
            if byte in (0x0D, 0x0A):
                line = bytes(self._line).decode("ascii", errors="replace").strip()
                self._line.clear()
                if line:
                    if self.echo and self.mode != "silent":
                        self._emit(line.encode() + b"\r")
                    self._command(line)
            else:
                self._line.append(byte)

    def _reply(self, *lines: str) -> None:
        if self.mode == "silent":
            return
        self._emit(b"".join(b"\r\n" + line.encode() + b"\r\n" for line in lines))

    def _command(self, line: str) -> None:
        cmd = line.upper()
        sim_missing = self.mode == "no_sim"
        if cmd in ("AT", "ATZ"):
            self._reply("OK")
        elif cmd in ("ATE0", "ATE1"):
            self.echo = cmd == "ATE1"
            self._reply("OK")
        elif cmd == "AT+CPIN?":
            if sim_missing:
                self._reply("+CME ERROR: 10")
            else:
                self._reply("+CPIN: SIM PIN" if self.mode == "sim_pin" else "+CPIN: READY", "OK")
        elif cmd == "AT+CSQ":
            rssi = 99 if sim_missing or self.mode == "no_network" else self.rssi
            self._reply(f"+CSQ: {rssi},99", "OK")
        elif cmd == "AT+CREG?":
            stat = 1 if self.mode == "ok" else (0 if sim_missing else 2)
            self._reply(f"+CREG: 0,{stat}", "OK")
        elif cmd == "AT+CMGF=1":
            self.text_mode = True
            self._reply("OK")
        elif cmd.startswith("AT+CSCS="):
            self.ucs2 = '"UCS2"' in cmd
            self._reply("OK")
        elif cmd.startswith("AT+CSMP="):
            self._reply("OK")
        elif cmd.startswith("AT+CMGS="):
            self._start_message(line[len("AT+CMGS="):].strip().strip('"'))
        else:
            self._reply("ERROR")

    def _start_message(self, number: str) -> None:
        if self.mode == "no_sim":
            self._reply("+CMS ERROR: 310")
        elif self.mode == "sim_pin":
            self._reply("+CMS ERROR: 311")
        elif not self.text_mode:
            self._reply("+CMS ERROR: 304")
        elif self.mode != "silent":
            self._message_to = (ucs2_unhex(number) or "?") if self.ucs2 else number
            self._line.clear()
            self._emit(b"\r\n> ")

    def _message_byte(self, byte: int) -> None:
        if byte == 0x1B:  # ESC: abandon the message
            self._message_to = None
            self._line.clear()
            self._reply("OK")
            return
        if byte != 0x1A:
            self._line.append(byte)
            return
        body = bytes(self._line).decode("ascii", errors="replace").strip()
        phone, self._message_to = self._message_to, None
        self._line.clear()
        if self.mode == "no_network":
            self._reply("+CMS ERROR: 331")
        elif self.cms_error is not None:
            self._reply(f"+CMS ERROR: {self.cms_error}")
        else:
            text = ucs2_unhex(body) if self.ucs2 else body
            self.sent.append((phone or "", text if text is not None else body))
            ref, self._next_ref = self._next_ref, (self._next_ref + 1) % 256
            self._reply(f"+CMGS: {ref}", "OK")
