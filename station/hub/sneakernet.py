"""Sneakernet on the hub: a station's exported file holds the exact signed requests it would have
sent online; each is replayed through the same ASGI app (same checks, same idempotent ingestion)
and the signed answers go into the ack file the station imports."""

from __future__ import annotations

import base64
import json

import httpx

from station.hub import stations
from station.sync import wire

FILE_FORMAT = "vs-sneakernet-1"
ACK_FORMAT = "vs-sneakernet-ack-1"
MAX_FILE_BYTES = 256 << 20


def _load(data: bytes) -> dict:
    try:
        raw = wire.decompress(data, "zstd", MAX_FILE_BYTES)
        obj = json.loads(raw)
    except (wire.WireError, ValueError) as exc:
        raise ValueError("sneakernet.bad_file") from exc
    if not isinstance(obj, dict) or obj.get("format") != FILE_FORMAT or not isinstance(obj.get("requests"), list):
        raise ValueError("sneakernet.bad_file")
    return obj


async def import_file(app, data: bytes) -> bytes:
    obj = _load(data)
    responses = []
    offline = stations.OFFLINE_IMPORT.set(True)  # the ASGI app runs in this task: it sees the flag
    try:
        await _replay(app, obj, responses)
    finally:
        stations.OFFLINE_IMPORT.reset(offline)
    ack = {"format": ACK_FORMAT, "station_id": obj.get("station_id", ""), "responses": responses}
    return wire.compress(wire.canonical_json(ack))


async def _replay(app, obj: dict, responses: list) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.local") as client:
        for req in obj["requests"]:
            if not isinstance(req, dict):
                raise ValueError("sneakernet.bad_file")
            try:
                body = base64.b64decode(req.get("body", ""))
                method, path, headers = str(req["method"]), str(req["path"]), dict(req["headers"])
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError("sneakernet.bad_file") from exc
            if method not in ("PUT", "POST") or not path.startswith("/v1/"):
                raise ValueError("sneakernet.bad_file")
            r = await client.request(method, path, content=body, headers=headers)
            responses.append({"nonce": headers.get(wire.H_NONCE, ""), "path": path, "status": r.status_code,
                              "headers": {k: r.headers[k] for k in (wire.H_HUB_TIME,
                                                                    wire.H_HUB_SIGNATURE) if k in r.headers},
                              "body": base64.b64encode(r.content).decode("ascii")})


def import_file_sync(app, data: bytes) -> bytes:
    import asyncio

    return asyncio.run(import_file(app, data))
