"""In-process device simulators and the ``sim://`` pyserial URL handler (``protocol_sim``)."""

from __future__ import annotations

import serial

PACKAGE = "station.devices.sim"


def register() -> None:
    """Make ``serial.serial_for_url('sim://...')`` work. Idempotent."""
    if PACKAGE not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append(PACKAGE)
