"""What the screens may do with the township hub connection (implemented in ``station.sync.control``).

Calls that talk to the network (enrol, send) run off the GUI thread; ``status`` is a cheap snapshot.
"""

from __future__ import annotations

from typing import Any, Protocol


class SyncControl(Protocol):
    def status(self) -> dict[str, Any]:
        """``state``, ``last_success_at``, ``records_waiting``, ``oldest_waiting_age_s``, ``quarantined``,
        ``last_error`` (a code or None), ``alert`` (a code or None), ``enrolled``, ``hub_url`` and
        ``catch_up``: None, or while a long backlog is sent ``{"total", "sent", "per_s", "eta_s", "done"}``."""
        ...

    def enrol(self, qr_text: str) -> str:
        """Register with the hub named in the enrolment QR; returns the hub address. Raises DomainError."""
        ...

    def rotate_key(self) -> None:
        """Give this station a new key at the hub (network: off the GUI thread). Raises on failure; a
        revoked station keeps its old key and everything it recorded."""
        ...

    def sync_now(self, force: bool = False) -> None: ...
    def quarantined(self) -> list[dict[str, Any]]: ...
    def retry_quarantined(self) -> int: ...
    def export_pending(self, path: str) -> int:
        """Write the records not yet acknowledged to a signed file for a USB stick; returns how many."""
        ...

    def import_ack(self, path: str) -> int:
        """Read the hub's acknowledgement file; returns how many records it acknowledged."""
        ...

    def send_sms(self, phone: str, text: str) -> tuple[bool, str]:
        """Hand an SMS to the hub's relay: (ok, reason code)."""
        ...

    def close(self) -> None: ...
