"""HTTP client for the hub: signs every request, trusts only answers the hub signed for it."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station.domain.errors import DomainError
from station.sync import wire


class SyncError(DomainError):
    """A sync step failed. ``retry_after`` (seconds) when the hub asked to back off; ``fatal`` when
    retrying cannot help until someone acts (revoked key, app too old, training database)."""

    def __init__(self, code: str, retry_after: float | None = None, fatal: bool = False, **params: object) -> None:
        super().__init__(code, **params)
        self.retry_after = retry_after
        self.fatal = fatal


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    body: bytes
    headers: Any
    verified: bool

    def json(self) -> dict:
        try:
            obj = json.loads(self.body)
        except ValueError as exc:
            raise SyncError("sync.bad_answer") from exc
        if not isinstance(obj, dict):
            raise SyncError("sync.bad_answer")
        return obj

    @property
    def error_code(self) -> str:
        try:
            return str(json.loads(self.body).get("error", "")) if self.verified else ""
        except (ValueError, AttributeError):
            return ""


def now_text() -> str:
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


class HubClient:
    def __init__(self, base_url: str, station_id: str, key: Ed25519PrivateKey, hub_public: Ed25519PublicKey | None,
                 transport: httpx.BaseTransport | None = None, timeout: float = 30.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.station_id = station_id
        self.key = key
        self.hub_public = hub_public
        self.http = httpx.Client(base_url=self.base_url, transport=transport, follow_redirects=False,
                                 timeout=httpx.Timeout(timeout, connect=10.0, pool=5.0))
        for name in ("accept", "accept-encoding", "user-agent", "connection"):  # every byte counts on a 2G link
            self.http.headers.pop(name, None)
        self.bytes_sent = 0
        self.bytes_received = 0

    def close(self) -> None:
        self.http.close()

    def request(self, method: str, path: str, body: bytes = b"", incarnation_id: str = "-", batch_id: str = "-",
                headers: dict[str, str] | None = None) -> Reply:
        nonce = secrets.token_urlsafe(9)
        h = wire.signed_headers(self.key, method, path, body, self.station_id, incarnation_id, batch_id,
                                now_text(), nonce)
        h.update(headers or {})
        try:
            r = self.http.request(method, path, content=body, headers=h)
        except httpx.HTTPError as exc:
            raise SyncError("sync.transport", detail=type(exc).__name__) from exc
        # HTTP/1.1 bytes as sent: request line, every header (incl. Host), blank line, body
        self.bytes_sent += (len(method) + len(path) + 12 + sum(len(k) + len(v) + 4 for k, v in r.request.headers.raw)
                            + 2 + len(body))
        self.bytes_received += (len(r.reason_phrase) + 15 + sum(len(k) + len(v) + 4 for k, v in r.headers.raw)
                                + 2 + len(r.content))
        verified = self.hub_public is not None and wire.verify_hub_response(
            self.hub_public, r.status_code, r.content, r.headers, nonce, self.station_id)
        return Reply(r.status_code, r.content, r.headers, verified)

    def checked(self, reply: Reply, ok: tuple[int, ...] = (200,)) -> Reply:
        """Raise the right SyncError for anything but a signed success."""
        if reply.status in ok and reply.verified:
            return reply
        if not reply.verified:
            # captive portal, proxy error page, or a stranger: never act on it
            retry = _retry_after(reply)
            raise SyncError("sync.unsigned_answer", retry_after=retry, status=reply.status)
        code = reply.error_code
        if reply.status in (429, 503):
            raise SyncError("sync.hub_busy", retry_after=_retry_after(reply) or 5.0)
        if reply.status == 426:
            raise SyncError("sync.upgrade_needed", fatal=True)
        if reply.status == 403 and code == "auth.revoked":
            raise SyncError("sync.revoked", fatal=True)
        if reply.status in (401, 403) and code != "auth.replayed":
            raise SyncError("sync.auth_failed", fatal=True, hub_code=code)
        raise SyncError("sync.hub_error", status=reply.status, hub_code=code)

    def hello(self, body: dict, incarnation_id: str) -> dict:
        return self.checked(self.request("POST", "/v1/sync/hello", wire.canonical_json(body), incarnation_id)).json()

    def put_batch(self, incarnation_id: str, batch_id: str, body: bytes, encoding: str, payload_sha: str) -> Reply:
        path = f"/v1/stations/{self.station_id}/incarnations/{incarnation_id}/batches/{batch_id}"
        return self.request("PUT", path, body, incarnation_id, batch_id,
                            {"Content-Encoding": encoding, wire.H_PAYLOAD_SHA: payload_sha,
                             "Content-Type": "application/x-ndjson"})

    def digest(self, incarnation_id: str, upto: int) -> dict:
        path = f"/v1/stations/{self.station_id}/incarnations/{incarnation_id}/digest?upto={upto}"
        return self.checked(self.request("GET", path, incarnation_id=incarnation_id)).json()

    def ref_overview(self, etag: str | None) -> tuple[dict | None, str | None]:
        reply = self.checked(self.request("GET", "/v1/ref", headers={"If-None-Match": etag} if etag else None),
                             ok=(200, 304))
        if reply.status == 304:
            return None, etag
        return reply.json(), reply.headers.get("etag")

    def ref_pull(self, dataset: str, since: int, limit: int = 1000) -> dict | None:
        reply = self.request("GET", f"/v1/ref/{dataset}?since={since}&limit={limit}")
        if reply.verified and reply.status == 410:
            return None
        return self.checked(reply).json()

    def send_sms(self, sms_id: str, phone: str, text: str) -> str:
        body = wire.canonical_json({"sms_id": sms_id, "phone": phone, "text": text})
        return str(self.checked(self.request("POST", "/v1/sms", body), ok=(202,)).json().get("state"))

    def relay_claim(self) -> list[dict]:
        messages = self.checked(self.request("POST", "/v1/relay/sms/claim", b"{}")).json().get("messages", [])
        return [m for m in messages if isinstance(m, dict)]

    def relay_report(self, sms_id: str, sent: bool) -> None:
        body = wire.canonical_json({"sms_id": sms_id, "sent": sent})
        self.checked(self.request("POST", "/v1/relay/sms/report", body))

    def rotate_key(self, new_key: Ed25519PrivateKey, proof: str) -> None:
        body = wire.canonical_json({"new_public_key": wire.public_key_text(new_key), "proof": proof})
        self.checked(self.request("POST", f"/v1/stations/{self.station_id}/rotate-key", body))


def _retry_after(reply: Reply) -> float | None:
    value = reply.headers.get("retry-after") if reply.headers is not None else None
    try:
        return max(0.0, min(float(value), 3600.0)) if value else None
    except ValueError:
        return None
