"""The station-facing HTTP API (/v1/...). Every answer to an authenticated station is signed by the
hub and bound to the request's nonce, so a captive portal's 200 can never acknowledge anything."""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from station.hub import digest as digest_mod
from station.hub import ingest, reference, sms, stations
from station.hub.db import utc_text
from station.sync import wire


@dataclass
class HubConfig:
    public_url: str = "http://127.0.0.1:8470"
    max_batch_bytes: int = wire.MAX_BATCH_BYTES
    max_decompressed_bytes: int = wire.MAX_DECOMPRESSED_BYTES
    request_deadline_s: float = 25.0  # below a typical reverse proxy's 30-60 s
    max_concurrent_ingest: int = 4  # ingestion is mostly Python: more threads only queue on the GIL
    max_waiting_ingest: int = 150  # beyond this, queued batches would meet the request deadline
    min_app_version: str = "0"
    batch_hint_bytes: int = 256 << 10


@dataclass
class HubState:
    engine: Engine
    config: HubConfig
    key: object = None
    waiting: int = 0
    ingest_gate: asyncio.Semaphore | None = None
    fp: str = field(default="")


class HttpError(Exception):
    def __init__(self, status: int, code: str, retry_after: int | None = None) -> None:
        super().__init__(code)
        self.status, self.code, self.retry_after = status, code, retry_after


def _state(request: Request) -> HubState:
    return request.app.state.hub


def signed(hub: HubState, status: int, body: bytes, nonce: str, station_id: str,
           extra: dict[str, str] | None = None) -> Response:
    now = utc_text()[:19] + "Z"
    digest = wire.content_digest(body)
    sig = wire.sign(hub.key, wire.response_signing_bytes(status, nonce, station_id, digest, now))
    headers = {wire.H_HUB_TIME: now, wire.H_HUB_SIGNATURE: sig, **(extra or {})}
    return Response(body if status != 304 else b"", status_code=status, headers=headers,
                    media_type="application/json" if status != 304 else None)


def _error_body(code: str) -> bytes:
    return wire.canonical_json({"error": code})


async def read_body(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise HttpError(413, "body.too_large")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise HttpError(413, "body.too_large")
        chunks.append(chunk)
    return b"".join(chunks)


async def _authed(request: Request, body: bytes, remember: bool = True) -> stations.StationAuth:
    hub = _state(request)
    path = request.url.path + (("?" + request.url.query) if request.url.query else "")
    return await run_in_threadpool(stations.authenticate, hub.engine, request.method, path, request.headers,
                                   wire.content_digest(body), remember)


def _json(body: bytes) -> dict:
    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise HttpError(400, "body.bad_json") from exc
    if not isinstance(obj, dict):
        raise HttpError(400, "body.bad_json")
    return obj


def endpoint(handler):
    """Wrap a handler: map errors to statuses, sign every answer to an authenticated station."""

    async def run(request: Request) -> Response:
        hub = _state(request)
        ctx: dict = {}
        try:
            status, body, extra = await handler(request, hub, ctx)
        except stations.AuthError as e:
            status, body, extra = e.status, _error_body(e.code), {}
            if e.auth is not None:
                ctx["auth"] = e.auth
        except HttpError as e:
            status, body = e.status, _error_body(e.code)
            extra = {"Retry-After": str(e.retry_after)} if e.retry_after else {}
        except wire.WireError as e:
            status, body, extra = 400, _error_body(e.code), {}
        except ingest.DeadlineExceeded:
            status, body, extra = 503, _error_body("hub.deadline"), {"Retry-After": "5"}
        except reference.MustRefetch:
            status, body, extra = 410, _error_body("ref.must_refetch"), {}
        except DBAPIError:
            # The hub's database is down or restarting: nothing was committed, so say "come back later"
            # (signed when the station is known) instead of an unsigned 500.
            status, body, extra = 503, _error_body("hub.database_unavailable"), {"Retry-After": "10"}
        auth: stations.StationAuth | None = ctx.get("auth")
        if auth is None:
            return Response(body, status_code=status, headers=extra, media_type="application/json")
        return signed(hub, status, body, auth.nonce, auth.station_id, extra)

    return run


@endpoint
async def enrol(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    obj = _json(body)
    token, sid = obj.get("token"), obj.get("station_id")
    code, pub = obj.get("station_code", ""), obj.get("public_key")
    if not all(isinstance(v, str) and v for v in (token, sid, pub)) or not isinstance(code, str) or len(sid) > 64:
        raise HttpError(400, "enrol.bad_request")
    if request.headers.get(wire.H_STATION) != sid:
        raise HttpError(400, "enrol.bad_request")
    # Proof of possession: the request is signed with the key being registered.
    msg = wire.request_signing_bytes("POST", request.url.path, sid, request.headers.get(wire.H_INCARNATION, "-"),
                                     "-", wire.content_digest(body),
                                     request.headers.get(wire.H_CREATED, ""), request.headers.get(wire.H_NONCE, ""))
    if request.headers.get(wire.H_DIGEST, wire.content_digest(body)) != wire.content_digest(body) or not wire.verify(
            wire.public_key_from_text(pub), request.headers.get(wire.H_SIGNATURE, ""), msg):
        raise HttpError(401, "auth.bad_signature")
    await run_in_threadpool(stations.register, hub.engine, token, sid, code[:64], pub,
                            str(obj.get("app_version", ""))[:40])
    ctx["auth"] = stations.StationAuth(sid, code, "-", "-", request.headers.get(wire.H_NONCE, ""), "", False)
    return 200, wire.canonical_json({"station_id": sid, "hub_public_key": wire.public_key_text(hub.key),
                                     "hub_key_fp": hub.fp, "server_time": utc_text()}), {}


@endpoint
async def hello(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    auth = ctx["auth"] = await _authed(request, body)
    obj = _json(body)
    inc = obj.get("incarnation_id")
    if not isinstance(inc, str) or inc != auth.incarnation_id:
        raise HttpError(400, "hello.bad_request")
    head_seq = obj.get("next_seq", 1) - 1 if type(obj.get("next_seq")) is int else 0

    def look() -> dict:
        with hub.engine.begin() as conn:
            st = ingest.incarnation_state(conn, auth.station_id, inc)
            chain_at_head = None
            if st and head_seq > 0:
                from sqlalchemy import select

                from station.hub import tables as t
                ch = conn.execute(select(t.record.c.chain_hash).where(
                    t.record.c.station_id == auth.station_id, t.record.c.incarnation_id == inc,
                    t.record.c.seq == head_seq)).scalar()
                chain_at_head = bytes(ch).hex() if ch is not None else None
        status = obj.get("status")
        if isinstance(status, dict) and len(body) < 4096:
            from sqlalchemy import delete, insert

            from station.hub import tables as t
            with hub.engine.begin() as conn:
                k = "station_status:" + auth.station_id
                conn.execute(delete(t.setting).where(t.setting.c.key == k))
                conn.execute(insert(t.setting).values(key=k, value=wire.canonical_json(status).decode()))
        if random.random() < 0.01:
            stations.prune_nonces(hub.engine)
        return {"contiguous_watermark": st.contiguous_seq if st else 0,
                "max_seq_seen": st.max_seq_seen if st else 0,
                "chain_at_watermark": st.chain_at_watermark.hex() if st else wire.ZERO_HASH.hex(),
                "chain_at_head": chain_at_head}

    inc_state = await run_in_threadpool(look)
    c = hub.config
    return 200, wire.canonical_json({
        "protocol": wire.PROTOCOL_VERSION, "min_protocol": wire.MIN_PROTOCOL_VERSION,
        "min_app_version": c.min_app_version, "max_batch_bytes": c.max_batch_bytes,
        "max_decompressed_bytes": c.max_decompressed_bytes, "encodings": list(wire.ENCODINGS),
        "server_time": utc_text(), "incarnation": inc_state, "batch_hint_bytes": c.batch_hint_bytes,
    }), {}


def _admit(request: Request, hub: HubState, ctx: dict) -> None:
    """Shed load BEFORE reading the body: if the queue ahead would not drain within half the
    request deadline, answer 429 with a Retry-After spread over the expected drain time."""
    c = hub.config
    if hub.waiting >= c.max_waiting_ingest:
        # Signed for the requesting nonce so the station trusts the back-off (a 429 acks nothing).
        ctx["auth"] = stations.StationAuth(request.headers.get(wire.H_STATION, "")[:64], "", "-", "-",
                                           request.headers.get(wire.H_NONCE, "")[:64], "", False)
        # spread the retries so they do not come back together
        raise HttpError(429, "hub.busy", retry_after=random.randint(2, 8))


@endpoint
async def put_batch(request: Request, hub: HubState, ctx: dict):
    started = time.monotonic()
    _admit(request, hub, ctx)
    hub.waiting += 1
    try:
        return await _put_batch(request, hub, ctx, started)
    finally:
        hub.waiting -= 1


async def _put_batch(request: Request, hub: HubState, ctx: dict, started: float):
    c = hub.config
    p = request.path_params
    body = await read_body(request, c.max_batch_bytes)
    auth = ctx["auth"] = await _authed(request, body, remember=False)  # signature checked BEFORE decompressing
    if p["station_id"] != auth.station_id:
        raise HttpError(403, "auth.station_mismatch")
    if p["incarnation_id"] != auth.incarnation_id or p["batch_id"] != auth.batch_id:
        raise HttpError(400, "batch.path_mismatch")

    def known() -> bytes | None:
        with hub.engine.begin() as conn:
            return ingest.stored_result(conn, auth.batch_id, auth.station_id)

    stored = await run_in_threadpool(known)
    if stored is not None:
        return 200, stored, {}
    await run_in_threadpool(stations.remember, hub.engine, auth)
    raw = wire.decompress(body, request.headers.get("content-encoding", "identity"), c.max_decompressed_bytes)
    if request.headers.get(wire.H_PAYLOAD_SHA, wire.sha256(raw).hex()) != wire.sha256(raw).hex():
        raise HttpError(400, "batch.payload_digest")
    header, envelopes = wire.decode_batch(raw)
    if (header.station_id, header.incarnation_id, header.batch_id) != (auth.station_id, auth.incarnation_id,
                                                                      auth.batch_id):
        raise HttpError(400, "batch.header_mismatch")
    if wire.batch_id_for(header.station_id, header.incarnation_id, header.first_seq, header.last_seq,
                         [e.payload_sha256 for e in envelopes]) != header.batch_id:
        raise HttpError(400, "batch.id_mismatch")
    async with hub.ingest_gate:
        deadline = started + c.request_deadline_s
        if time.monotonic() > deadline:
            raise ingest.DeadlineExceeded()
        result = await run_in_threadpool(ingest.ingest_batch, hub.engine, header, envelopes,
                                         stations.clock_offset_ms(auth.created), deadline, c.batch_hint_bytes)
    return 200, result, {}


@endpoint
async def get_digest(request: Request, hub: HubState, ctx: dict):
    auth = ctx["auth"] = await _authed(request, await read_body(request, 0))
    if request.path_params["station_id"] != auth.station_id:
        raise HttpError(403, "auth.station_mismatch")
    upto = request.query_params.get("upto", "")
    if not upto.isdigit():
        raise HttpError(400, "digest.bad_request")
    d = await run_in_threadpool(digest_mod.digest, hub.engine, auth.station_id,
                                request.path_params["incarnation_id"], int(upto))
    return 200, wire.canonical_json(d), {}


@endpoint
async def ref_overview(request: Request, hub: HubState, ctx: dict):
    auth = ctx["auth"] = await _authed(request, await read_body(request, 0))
    del auth
    cur = await run_in_threadpool(reference.cursors, hub.engine)
    tag = wire.combined_etag(cur)
    if request.headers.get("if-none-match") == tag:
        return 304, b"", {}  # the station already holds the tag: every byte counts on 2G
    return 200, wire.canonical_json({"datasets": {k: [s, c] for k, (s, c) in cur.items()}}), {"ETag": tag}


@endpoint
async def ref_pull(request: Request, hub: HubState, ctx: dict):
    ctx["auth"] = await _authed(request, await read_body(request, 0))
    dataset = request.path_params["dataset"]
    q = request.query_params
    since, limit = q.get("since", "0"), q.get("limit", "1000")
    if not (since.isdigit() and limit.isdigit() and reference.NAME.match(dataset)):
        raise HttpError(400, "ref.bad_request")
    page = await run_in_threadpool(reference.pull, hub.engine, dataset, int(since), int(limit))
    return 200, wire.canonical_json(page), {}


@endpoint
async def post_sms(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    auth = ctx["auth"] = await _authed(request, body)
    obj = _json(body)
    try:
        state = await run_in_threadpool(sms.queue, hub.engine, auth.station_id, str(obj.get("sms_id", "")),
                                        str(obj.get("phone", "")), str(obj.get("text", "")))
    except ValueError as e:
        raise HttpError(400, str(e)) from e
    return 202, wire.canonical_json({"sms_id": obj["sms_id"], "state": state}), {}


@endpoint
async def relay_claim(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    auth = ctx["auth"] = await _authed(request, body)
    if not auth.relay:
        raise HttpError(403, "relay.not_allowed")
    items = await run_in_threadpool(sms.claim, hub.engine, auth.station_id, 20)
    return 200, wire.canonical_json({"messages": items}), {}


@endpoint
async def relay_report(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    auth = ctx["auth"] = await _authed(request, body)
    if not auth.relay:
        raise HttpError(403, "relay.not_allowed")
    obj = _json(body)
    await run_in_threadpool(sms.report, hub.engine, auth.station_id, str(obj.get("sms_id", "")),
                            bool(obj.get("sent")))
    return 200, wire.canonical_json({"ok": True}), {}


@endpoint
async def rotate(request: Request, hub: HubState, ctx: dict):
    body = await read_body(request, wire.MAX_JSON_BODY_BYTES)
    auth = ctx["auth"] = await _authed(request, body)
    if request.path_params["station_id"] != auth.station_id:
        raise HttpError(403, "auth.station_mismatch")
    obj = _json(body)
    await run_in_threadpool(stations.rotate_key, hub.engine, auth.station_id, str(obj.get("new_public_key", "")),
                            str(obj.get("proof", "")))
    return 200, wire.canonical_json({"ok": True}), {}


async def healthz(request: Request) -> Response:
    return Response(wire.canonical_json({"ok": True, "fp": _state(request).fp}), media_type="application/json")


routes = [
    Route("/healthz", healthz),
    Route("/v1/enrol", enrol, methods=["POST"]),
    Route("/v1/sync/hello", hello, methods=["POST"]),
    Route("/v1/stations/{station_id}/incarnations/{incarnation_id}/batches/{batch_id}", put_batch,
          methods=["PUT"]),
    Route("/v1/stations/{station_id}/incarnations/{incarnation_id}/digest", get_digest, methods=["GET"]),
    Route("/v1/stations/{station_id}/rotate-key", rotate, methods=["POST"]),
    Route("/v1/ref", ref_overview, methods=["GET"]),
    Route("/v1/ref/{dataset}", ref_pull, methods=["GET"]),
    Route("/v1/sms", post_sms, methods=["POST"]),
    Route("/v1/relay/sms/claim", relay_claim, methods=["POST"]),
    Route("/v1/relay/sms/report", relay_report, methods=["POST"]),
]
