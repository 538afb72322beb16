"""Sneakernet: when there is no network, carry the sync to the hub on a USB stick.

The export file holds the exact signed batch requests the worker would have sent (zstd-compressed
canonical JSON). The hub replays them through its normal API and writes an ack file of its signed
answers; importing that file applies them exactly as online answers are applied. Rows stay pending
until the ack comes back, so exporting twice, or syncing online meanwhile, is harmless.
"""

from __future__ import annotations

import base64
import json
import secrets
from pathlib import Path

from station.sync import wire
from station.sync.client import SyncError, now_text
from station.sync.enrolment import make_client
from station.sync.outbox import ROW_COLS, OutboxRow, OutboxStore
from station.sync.uploader import build

FILE_FORMAT = "vs-sneakernet-1"
ACK_FORMAT = "vs-sneakernet-ack-1"
ROWS_PER_BATCH = 2000
MAX_FILE_BYTES = 256 << 20


def _runs(store: OutboxStore) -> list[tuple[str, list[OutboxRow]]]:
    runs: list[tuple[str, list[OutboxRow]]] = []
    cur = store.conn.execute(f"SELECT incarnation_id, {ROW_COLS} FROM outbox WHERE state IN ('pending','inflight') "
                             "ORDER BY incarnation_id, seq")
    for r in cur:
        row = OutboxRow(r[1], r[2], r[3], r[4], bytes(r[5]), bytes(r[6]), bytes(r[7]), r[8], r[9], r[10], r[11])
        if runs and runs[-1][0] == r[0] and runs[-1][1][-1].seq + 1 == row.seq and len(runs[-1][1]) < ROWS_PER_BATCH:
            runs[-1][1].append(row)
        else:
            runs.append((r[0], [row]))
    return runs


def export_file(store: OutboxStore, path: str | Path) -> int:
    """Write every unacknowledged record as signed batch requests; returns the number of records."""
    if store.is_training():
        raise SyncError("sync.training_mode", fatal=True)
    client = make_client(store)
    sid = client.station_id
    requests, count, size = [], 0, 0
    try:
        for inc, rows in _runs(store):
            prev = store.prev_chain(inc, rows[0].seq)
            if prev is None:
                continue
            batch = build(sid, inc, rows, prev, "zstd")
            p = f"/v1/stations/{sid}/incarnations/{inc}/batches/{batch.batch_id}"
            headers = wire.signed_headers(client.key, "PUT", p, batch.body, sid, inc, batch.batch_id, now_text(),
                                          secrets.token_urlsafe(12))
            headers.update({"Content-Encoding": "zstd", wire.H_PAYLOAD_SHA: wire.sha256(batch.raw).hex()})
            requests.append({"method": "PUT", "path": p, "headers": headers,
                             "body": base64.b64encode(batch.body).decode("ascii")})
            count += len(rows)
            size += len(batch.body)
            if size > MAX_FILE_BYTES // 2:
                break
    finally:
        client.close()
    doc = {"format": FILE_FORMAT, "station_id": sid, "created": now_text(), "requests": requests}
    Path(path).write_bytes(wire.compress(wire.canonical_json(doc)))
    return count


def import_ack(store: OutboxStore, path: str | Path) -> int:
    """Apply the hub's signed answers from an ack file; returns the number of records acknowledged."""
    try:
        doc = json.loads(wire.decompress(Path(path).read_bytes(), "zstd", MAX_FILE_BYTES))
    except (wire.WireError, ValueError, OSError) as exc:
        raise SyncError("sync.ack_file_bad") from exc
    if not isinstance(doc, dict) or doc.get("format") != ACK_FORMAT or not isinstance(doc.get("responses"), list):
        raise SyncError("sync.ack_file_bad")
    client = make_client(store)
    acked = 0
    try:
        for resp in doc["responses"]:
            try:
                body = base64.b64decode(resp["body"])
                status, headers, nonce = int(resp["status"]), dict(resp["headers"]), str(resp["nonce"])
            except (KeyError, TypeError, ValueError) as exc:
                raise SyncError("sync.ack_file_bad") from exc
            if status != 200 or not wire.verify_hub_response(client.hub_public, status, body, headers, nonce,
                                                             client.station_id):
                continue
            result = json.loads(body)
            forks = store.apply_result(result, None)
            if forks:
                store.rehome(result["incarnation_id"], forks)
            acked += sum(b - a + 1 for a, b in result.get("accepted", []) + result.get("duplicate", []))
    finally:
        client.close()
    return acked
