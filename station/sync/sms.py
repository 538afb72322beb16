"""Send an SMS notice through the hub's relay queue (the hub or a relay station owns the modem)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from station.domain.ids import new_id
from station.sync.enrolment import make_client
from station.sync.outbox import OutboxStore


def send_via_hub(db_path: str | Path, phone: str, text: str, sms_id: str | None = None,
                 transport: httpx.BaseTransport | None = None, timeout_s: float = 15.0) -> str:
    """Hand one SMS to the hub; returns the hub's state ('queued', 'sent'...). Pass the same
    ``sms_id`` when retrying so the villager gets one message. Raises SyncError on failure."""
    store = OutboxStore(db_path)
    try:
        client = make_client(store, transport, timeout_s)
        try:
            return client.send_sms(sms_id or new_id(), phone, text)
        finally:
            client.close()
    finally:
        store.close()


def relay_once(db_path: str | Path, send: Callable[[str, str], bool],
               transport: httpx.BaseTransport | None = None) -> int:
    """For a station the supervisor made an SMS relay (it has the GSM modem): claim queued messages
    from the hub, hand each to ``send(phone, text)`` (the modem driver, wired by app.py), report back.
    Returns how many were sent. A message whose send fails goes back to the hub's queue."""
    store = OutboxStore(db_path)
    sent = 0
    try:
        client = make_client(store, transport)
        try:
            for m in client.relay_claim():
                ok = bool(send(str(m.get("phone", "")), str(m.get("text", ""))))
                client.relay_report(str(m.get("sms_id", "")), ok)
                sent += ok
        finally:
            client.close()
    finally:
        store.close()
    return sent
