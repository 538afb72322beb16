"""Enrolment: scan the hub's one-time QR code, make this station's Ed25519 key pair, register the
public key, and remember the hub's key. The private key lives in ``sync_state`` so a database
restored from a backup can still sign (it comes back as a new incarnation, never a new station)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.sync import wire
from station.sync.client import HubClient, SyncError, now_text
from station.sync.outbox import OutboxStore

K_URL, K_HUB_KEY, K_KEY, K_NEXT_KEY = "hub_url", "hub_public_key", "station_key", "station_key_next"


@dataclass(frozen=True, slots=True)
class Enrolment:
    station_id: str
    hub_url: str
    hub_key_fp: str


def is_enrolled(store: OutboxStore) -> bool:
    return all(store.get_state(k) for k in (K_URL, K_HUB_KEY, K_KEY))


def enrol(store: OutboxStore, qr_text: str, app_version: str = "",
          transport: httpx.BaseTransport | None = None) -> Enrolment:
    if store.is_training():
        raise SyncError("sync.training_mode", fatal=True)
    try:
        qr = wire.parse_qr_payload(qr_text)
    except wire.WireError as e:
        raise SyncError(e.code) from e
    ident = store.identity()
    key = wire.new_private_key()
    body = wire.canonical_json({"token": qr["token"], "station_id": ident.station_id,
                                "station_code": ident.station_code, "public_key": wire.public_key_text(key),
                                "app_version": app_version})
    nonce = wire.sha256(body + now_text().encode()).hex()[:32]
    headers = wire.signed_headers(key, "POST", "/v1/enrol", body, ident.station_id, ident.incarnation_id, "-",
                                  now_text(), nonce)
    try:
        with httpx.Client(base_url=qr["hub_url"], transport=transport, timeout=30) as http:
            r = http.post("/v1/enrol", content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise SyncError("sync.transport") from exc
    try:
        answer = r.json()
        hub_text = str(answer["hub_public_key"])
        hub_pub = wire.public_key_from_text(hub_text)
    except (ValueError, KeyError, TypeError, wire.WireError) as exc:
        raise SyncError("sync.enrol_rejected", status=r.status_code) from exc
    if not wire.verify_hub_response(hub_pub, r.status_code, r.content, r.headers, nonce, ident.station_id):
        raise SyncError("sync.unsigned_answer")
    fp = wire.key_fingerprint(hub_text)
    if qr["fp"] and qr["fp"] != fp:
        raise SyncError("sync.hub_key_mismatch")  # someone else answered at that address
    if r.status_code != 200:
        raise SyncError("sync.enrol_rejected", status=r.status_code, hub_code=answer.get("error"))
    with store.write() as c:
        store.set_state(K_URL, qr["hub_url"], c)
        store.set_state(K_HUB_KEY, hub_text, c)
        store.set_state(K_KEY, wire.private_key_to_text(key), c)
    return Enrolment(ident.station_id, qr["hub_url"], fp)


def make_client(store: OutboxStore, transport: httpx.BaseTransport | None = None, timeout: float = 30.0,
                use_next_key: bool = False) -> HubClient:
    if not is_enrolled(store):
        raise SyncError("sync.not_enrolled", fatal=True)
    key_text = store.get_state(K_NEXT_KEY) if use_next_key else store.get_state(K_KEY)
    return HubClient(store.get_state(K_URL) or "", store.identity().station_id,
                     wire.private_key_from_text(key_text or ""),
                     wire.public_key_from_text(store.get_state(K_HUB_KEY) or ""), transport, timeout)


def rotate_key(store: OutboxStore, transport: httpx.BaseTransport | None = None) -> None:
    """Replace the station key. The new key is saved before asking the hub, so if the answer is lost
    the worker finds out which key the hub holds (``adopt_next_key``) at the next auth failure.

    A key still waiting from an earlier attempt is offered again rather than replaced: that attempt
    may have reached the hub, and a fresh key would leave the station holding neither of the keys
    the hub might have (locked out for good)."""
    pending = store.get_state(K_NEXT_KEY)
    new = wire.private_key_from_text(pending) if pending else wire.new_private_key()
    if not pending:
        store.set_state(K_NEXT_KEY, wire.private_key_to_text(new))
    try:
        _offer_key(store, new, transport, use_next_key=False)
    except SyncError as e:
        if not pending or not maybe_wrong_key(e):
            raise
        # The earlier attempt did reach the hub: it knows only the pending key now. Asking with that
        # key to "rotate" to itself is a no-op at the hub and proves which key it holds.
        _offer_key(store, new, transport, use_next_key=True)
    adopt_next_key(store)


def _offer_key(store: OutboxStore, new: Ed25519PrivateKey, transport: httpx.BaseTransport | None,
               use_next_key: bool) -> None:
    client = make_client(store, transport, use_next_key=use_next_key)
    try:
        old_pub = wire.public_key_text(client.key)
        proof = wire.sign(new, wire.rotation_proof_bytes(client.station_id, old_pub, wire.public_key_text(new)))
        client.rotate_key(new, proof)
    finally:
        client.close()


def maybe_wrong_key(e: SyncError) -> bool:
    """The hub cannot sign its answer to a request it could not authenticate, so a key it no longer
    holds shows up as an unsigned 401, not only as a signed auth failure."""
    return e.code == "sync.auth_failed" or (e.code == "sync.unsigned_answer" and e.params.get("status") == 401)


def adopt_next_key(store: OutboxStore) -> bool:
    nxt = store.get_state(K_NEXT_KEY)
    if not nxt:
        return False
    with store.write() as c:
        store.set_state(K_KEY, nxt, c)
        c.execute("DELETE FROM sync_state WHERE key = ?", (K_NEXT_KEY,))
    return True
