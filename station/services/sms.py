"""Where an SMS goes: the GSM modem on the counter when there is one, else the hub's relay.

Implements the notices' ``NoticeSender`` port. Never raises for device or network trouble: the notice
records the reason and can be sent again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from station.domain.ports_devices import DeviceControl

log = logging.getLogger(__name__)

HubRelay = Callable[[str, str], tuple[bool, str]]


class SmsRoute:
    def __init__(self, devices: DeviceControl | None, hub_relay: HubRelay | None = None,
                 hub_ready: Callable[[], bool] | None = None) -> None:
        self._devices = devices
        self._hub_relay = hub_relay
        self._hub_ready = hub_ready or (lambda: hub_relay is not None)

    def available(self) -> bool:
        """Whether a message could go out now (a modem is set up, or the station is enrolled at a hub)."""
        return (self._devices is not None and self._devices.modem() is not None) or (
            self._hub_relay is not None and self._hub_ready())

    def send(self, phone: str, text: str) -> tuple[bool, str]:
        modem = self._devices.modem() if self._devices else None
        if modem is not None:
            try:
                result = modem.send_sms(phone, text)
            except Exception as exc:  # a port vanishing mid-send must not lose the notice
                log.warning("modem send failed: %s", exc)
                return False, "sms.port_unavailable"
            return (True, "") if result.ok else (False, f"sms.{result.reason_code or 'rejected'}")
        if self._hub_relay is not None:
            return self._hub_relay(phone, text)
        return False, "sms.no_channel"
