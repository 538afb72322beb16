"""Asking an unknown port what is on it, where a protocol allows (a manual 'detect' button).

Probing writes bytes to whatever is connected, so it is never automatic. Toledo 8217 answers the
echo test (``Ehello`` -> ``STX E CR hello``, hardware.md §1.2), MT-SICS answers ``I4``; streaming
scales are recognised by listening; an ESC/POS printer answers ``DLE EOT 1`` with a byte of the
form 0xx1xx10; a modem answers ``AT`` with ``OK``. Scanners and keyboard wedges cannot be probed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import serial

from station.devices import printer_status as ps
from station.devices.portio import PORT_ERRORS
from station.devices.scales import ScaleFramer, make_protocol, mtsics, toledo8217
from station.devices.serial_settings import SerialSettings
from station.devices.sim import register as register_sim

Opener = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class ProbeHit:
    protocol: str  # a profile 'protocol' value: toledo8217, mtsics, stgs, cas22, yaohua_tf0, escpos, at_sms
    evidence: bytes


def _exchange(url: str, settings: SerialSettings, request: bytes, listen_s: float, opener: Opener,
              until: Callable[[bytes], bool]) -> bytes | None:
    try:
        port = opener(url, timeout=0.05, write_timeout=1.0, **settings.as_kwargs())
    except PORT_ERRORS:
        return None
    try:
        if request:
            port.write(request)
        got = bytearray()
        deadline = time.monotonic() + listen_s
        while time.monotonic() < deadline and not until(bytes(got)):
            got.extend(port.read(max(1, port.in_waiting)))
        return bytes(got)
    except PORT_ERRORS:
        return None
    finally:
        try:
            port.close()
        except PORT_ERRORS:
            pass


def probe(url: str, *, listen_s: float = 0.6, opener: Opener = serial.serial_for_url,
          try_printer: bool = True, try_modem: bool = True) -> list[ProbeHit]:
    """Everything that answered, most specific first. Takes a few seconds on a silent port."""
    if url.startswith("sim://"):
        register_sim()
    hits: list[ProbeHit] = []
    echo = _exchange(url, toledo8217.Toledo8217.settings, toledo8217.PROBE_REQUEST, listen_s, opener,
                     lambda got: toledo8217.PROBE_REPLY in got)
    if echo is not None and toledo8217.PROBE_REPLY in echo:
        _exchange(url, toledo8217.Toledo8217.settings, toledo8217.PROBE_END, 0.05, opener, lambda got: False)
        hits.append(ProbeHit("toledo8217", echo))
    eight_n_one = SerialSettings(9600, 8, "N", 1)
    info = _exchange(url, eight_n_one, mtsics.PROBE_REQUEST, listen_s, opener, lambda got: b"\n" in got)
    if info is not None and info.startswith(b"I4 A"):
        hits.append(ProbeHit("mtsics", info))
    heard = _exchange(url, eight_n_one, b"", listen_s, opener, lambda got: len(got) >= 256)
    if heard:
        for name in ("cas22", "stgs", "yaohua_tf0"):
            framer = ScaleFramer(make_protocol(name))
            framer.feed(heard)
            if framer.good_frames >= 2 and framer.good_frames > framer.bad_frames:
                hits.append(ProbeHit(name, heard[:64]))
    if try_printer and not hits:
        reply = _exchange(url, eight_n_one, ps.query(ps.PRINTER), listen_s, opener, lambda got: len(got) >= 1)
        if reply is not None and len(reply) == 1 and ps.valid_escpos_byte(reply[0]):
            hits.append(ProbeHit("escpos", reply))
    if try_modem and not hits:
        modem = SerialSettings(115200, 8, "N", 1)
        reply = _exchange(url, modem, b"AT\r", listen_s, opener, lambda got: b"OK" in got)
        if reply is not None and b"OK" in reply:
            hits.append(ProbeHit("at_sms", reply))
    return hits
