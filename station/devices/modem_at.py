"""GSM modem AT commands for SMS in text mode with UCS2 (Chinese), as pure encode/parse functions.

Sequence: ``AT``, ``ATE0``, ``AT+CPIN?``, ``AT+CREG?``, ``AT+CMGF=1``, ``AT+CSCS="UCS2"``,
``AT+CSMP=17,167,0,8`` (DCS 8 = UCS2), ``AT+CMGS="<number as UCS2 hex>"`` -> prompt ``> `` ->
text as UCS2 hex + Ctrl-Z -> ``+CMGS: <mr>`` ``OK`` or ``+CMS ERROR: <n>``.

With ``AT+CSCS="UCS2"`` every string parameter is UCS2 hex, the phone number too. One UCS2 message
holds 70 UTF-16 units; text mode cannot add the concatenation header (that needs PDU mode), so longer
texts go out as separate messages of at most 70 units (``split_text``). Error numbers follow 3GPP TS
27.005 §3.2.5 (+CMS) and TS 27.007 §9.2 (+CME).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from station.domain.readings import SimState, SmsReason

CTRL_Z = b"\x1a"
ESC = b"\x1b"
UCS2_UNITS_PER_SMS = 70
INIT_COMMANDS = ("ATE0", "AT+CMGF=1", 'AT+CSCS="UCS2"', "AT+CSMP=17,167,0,8")

_CMS = re.compile(r"^\+CMS ERROR:\s*(.+)$")
_CME = re.compile(r"^\+CME ERROR:\s*(.+)$")
_CMGS = re.compile(r"^\+CMGS:\s*(\d+)")
_CSQ = re.compile(r"^\+CSQ:\s*(\d+)\s*,\s*(\d+)")
_CREG = re.compile(r"^\+C(?:E|G)?REG:\s*(?:\d+\s*,\s*)?(\d+)")
_CPIN = re.compile(r"^\+CPIN:\s*(.+)$")
_PHONE = re.compile(r"^\+?\d{3,20}$")

CMS_REASONS: dict[int, SmsReason] = {
    1: SmsReason.INVALID_NUMBER, 8: SmsReason.BARRED, 10: SmsReason.BARRED, 21: SmsReason.REJECTED,
    27: SmsReason.INVALID_NUMBER, 28: SmsReason.INVALID_NUMBER, 29: SmsReason.REJECTED,
    30: SmsReason.INVALID_NUMBER, 38: SmsReason.NO_NETWORK, 41: SmsReason.NETWORK_BUSY,
    42: SmsReason.NETWORK_BUSY, 47: SmsReason.NETWORK_BUSY, 50: SmsReason.BARRED,
    69: SmsReason.NOT_SUPPORTED, 96: SmsReason.INVALID_NUMBER,
    302: SmsReason.NOT_SUPPORTED, 303: SmsReason.NOT_SUPPORTED, 304: SmsReason.NOT_SUPPORTED,
    305: SmsReason.NOT_SUPPORTED, 310: SmsReason.NO_SIM, 311: SmsReason.SIM_PIN, 312: SmsReason.SIM_PIN,
    313: SmsReason.NO_SIM, 314: SmsReason.SIM_BUSY, 315: SmsReason.NO_SIM, 316: SmsReason.SIM_PIN,
    317: SmsReason.SIM_PIN, 318: SmsReason.SIM_PIN, 330: SmsReason.NO_SMSC, 331: SmsReason.NO_NETWORK,
    332: SmsReason.NETWORK_TIMEOUT,
}
CME_REASONS: dict[int, SmsReason] = {
    3: SmsReason.NOT_SUPPORTED, 4: SmsReason.NOT_SUPPORTED, 5: SmsReason.SIM_PIN, 10: SmsReason.NO_SIM,
    11: SmsReason.SIM_PIN, 12: SmsReason.SIM_PIN, 13: SmsReason.NO_SIM, 14: SmsReason.SIM_BUSY,
    15: SmsReason.NO_SIM, 16: SmsReason.SIM_PIN, 17: SmsReason.SIM_PIN, 18: SmsReason.SIM_PIN,
    30: SmsReason.NO_NETWORK, 31: SmsReason.NETWORK_TIMEOUT, 32: SmsReason.NO_NETWORK,
}
# verbose error texts (AT+CMEE=2) -> reason, matched as lower-case substrings
_TEXT_REASONS = (
    ("not inserted", SmsReason.NO_SIM), ("sim failure", SmsReason.NO_SIM), ("sim wrong", SmsReason.NO_SIM),
    ("puk", SmsReason.SIM_PIN), ("pin", SmsReason.SIM_PIN), ("sim busy", SmsReason.SIM_BUSY),
    ("no network", SmsReason.NO_NETWORK), ("network timeout", SmsReason.NETWORK_TIMEOUT),
    ("smsc", SmsReason.NO_SMSC), ("not supported", SmsReason.NOT_SUPPORTED),
)


def command(text: str) -> bytes:
    return text.encode("ascii") + b"\r"


def ucs2_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def ucs2_unhex(hex_text: str) -> str | None:
    try:
        return bytes.fromhex(hex_text).decode("utf-16-be")
    except ValueError:
        return None


def normalize_phone(phone: str) -> str | None:
    """Digits with an optional leading '+'; spaces and dashes dropped. None when it cannot be dialled."""
    cleaned = re.sub(r"[\s\-()]", "", phone or "")
    return cleaned if _PHONE.match(cleaned) else None


def cmgs_command(phone: str) -> bytes:
    return command(f'AT+CMGS="{ucs2_hex(phone)}"')


def message_body(text: str) -> bytes:
    return ucs2_hex(text).encode("ascii") + CTRL_Z


def split_text(text: str, units: int = UCS2_UNITS_PER_SMS) -> list[str]:
    """Parts of at most ``units`` UTF-16 code units, never splitting a surrogate pair."""
    parts: list[str] = []
    current, used = "", 0
    for ch in text:
        size = 2 if ord(ch) > 0xFFFF else 1
        if used + size > units:
            parts.append(current)
            current, used = "", 0
        current += ch
        used += size
    if current:
        parts.append(current)
    return parts


@dataclass(slots=True)
class AtReply:
    """Lines of one command's answer, without echo and blank lines, plus its final result."""

    lines: list[str] = field(default_factory=list)
    final: str | None = None  # 'OK', 'ERROR', 'CMS', 'CME', 'PROMPT' or None (timed out)
    error: str = ""  # the text after '+CMS ERROR:' / '+CME ERROR:'

    @property
    def ok(self) -> bool:
        return self.final == "OK"

    def error_number(self) -> int | None:
        return int(self.error) if self.error.strip().isdigit() else None

    def reason(self) -> SmsReason:
        number = self.error_number()
        table = CMS_REASONS if self.final == "CMS" else CME_REASONS
        if number is not None:
            return table.get(number, SmsReason.UNKNOWN)
        lowered = self.error.lower()
        for needle, reason in _TEXT_REASONS:
            if needle in lowered:
                return reason
        return SmsReason.UNKNOWN


class AtReader:
    """Incremental line reader for modem answers. Feed bytes; ``reply`` completes on a final result."""

    def __init__(self, echo_of: str = "") -> None:
        self.echo_of = echo_of.strip()
        self.reply = AtReply()
        self._buf = bytearray()

    def feed(self, data: bytes) -> bool:
        """True once the final result (or the ``> `` prompt) has arrived; stays True afterwards."""
        if self.reply.final is not None:
            return True
        self._buf.extend(data)
        while True:
            if self._buf.lstrip(b"\r\n").startswith(b">"):
                self._buf.clear()
                self.reply.final = "PROMPT"
                return True
            cut = min((i for i in (self._buf.find(b"\r"), self._buf.find(b"\n")) if i >= 0), default=-1)
            if cut < 0:
                if len(self._buf) > 4096:  # a modem does not send such lines: drop, keep listening
                    self._buf.clear()
                return False
            line = self._buf[:cut].decode("ascii", errors="replace").strip()
            del self._buf[: cut + 1]
            if line and self._take(line):
                return True

    def _take(self, line: str) -> bool:
        if self.echo_of and line == self.echo_of:
            return False
        if line == "OK":
            self.reply.final = "OK"
            return True
        if line in ("ERROR", "NO CARRIER"):
            self.reply.final = "ERROR"
            return True
        for pattern, kind in ((_CMS, "CMS"), (_CME, "CME")):
            match = pattern.match(line)
            if match:
                self.reply.final, self.reply.error = kind, match.group(1).strip()
                return True
        self.reply.lines.append(line)
        return False


def parse_cmgs(reply: AtReply) -> int | None:
    for line in reply.lines:
        match = _CMGS.match(line)
        if match:
            return int(match.group(1))
    return None


def parse_csq(reply: AtReply) -> int | None:
    for line in reply.lines:
        match = _CSQ.match(line)
        if match:
            rssi = int(match.group(1))
            return None if rssi == 99 or rssi > 31 else rssi
    return None


def parse_creg(reply: AtReply) -> bool | None:
    """True registered (home 1 / roaming 5), False not, None when the modem gave no +CREG line."""
    for line in reply.lines:
        match = _CREG.match(line)
        if match:
            return match.group(1) in ("1", "5")
    return None


def parse_cpin(reply: AtReply) -> SimState:
    if reply.final in ("CME", "CMS"):
        reason = reply.reason()
        if reason == SmsReason.NO_SIM:
            return SimState.NO_SIM
        if reason == SmsReason.SIM_PIN:
            return SimState.PIN_REQUIRED
        return SimState.UNKNOWN
    for line in reply.lines:
        match = _CPIN.match(line)
        if match:
            value = match.group(1).strip().upper()
            if value == "READY":
                return SimState.READY
            if "PIN" in value or "PUK" in value:
                return SimState.PIN_REQUIRED
            if "NOT" in value:
                return SimState.NO_SIM
    return SimState.UNKNOWN
