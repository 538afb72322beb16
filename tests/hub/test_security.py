"""Hostile requests get the right status and store nothing (sync.md §6 I)."""

from __future__ import annotations

import sqlite3

import httpx
import pytest
import sync_support as s
from sqlalchemy import func, select

from station.hub import tables as t
from station.sync import wire
from station.sync.client import HubClient, now_text
from station.sync.enrolment import make_client
from station.sync.outbox import OutboxStore
from station.sync.uploader import build


@pytest.fixture
def env(tmp_path):
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
        s.append(db, 20)
        store = OutboxStore(db)
        client = make_client(store)
        yield db, hub, store, client
        client.close()
        store.close()


def _batch(store):
    inc = store.identity().incarnation_id
    rows = store.pending(inc, 100)
    return build(store.identity().station_id, inc, rows, wire.ZERO_HASH, "zstd")


def _count(hub) -> int:
    with hub.engine.begin() as conn:
        return conn.execute(select(func.count()).select_from(t.record)).scalar_one()


def test_a_good_batch_is_stored_and_a_replay_returns_the_same_answer(env):
    _db, hub, store, client = env
    b = _batch(store)
    first = client.put_batch(b.incarnation_id, b.batch_id, b.body, "zstd", wire.sha256(b.raw).hex())
    again = client.put_batch(b.incarnation_id, b.batch_id, b.body, "zstd", wire.sha256(b.raw).hex())
    assert first.status == again.status == 200 and first.verified and again.verified
    assert first.body == again.body
    assert _count(hub) == 20


def test_wrong_key_is_401_and_nothing_stored(env):
    _db, hub, store, client = env
    b = _batch(store)
    stranger = HubClient(hub.url, client.station_id, wire.new_private_key(), client.hub_public)
    r = stranger.put_batch(b.incarnation_id, b.batch_id, b.body, "zstd", wire.sha256(b.raw).hex())
    assert r.status == 401 and _count(hub) == 0
    stranger.close()


def test_replayed_request_bytes_are_harmless(env):
    _db, hub, store, client = env
    b = _batch(store)
    path = f"/v1/stations/{client.station_id}/incarnations/{b.incarnation_id}/batches/{b.batch_id}"
    headers = wire.signed_headers(client.key, "PUT", path, b.body, client.station_id, b.incarnation_id, b.batch_id,
                                  now_text(), "nonce-fixed-1")
    headers["Content-Encoding"] = "zstd"
    r1 = httpx.put(hub.url + path, content=b.body, headers=headers)
    r2 = httpx.put(hub.url + path, content=b.body, headers=headers)
    assert r1.status_code == r2.status_code == 200 and _count(hub) == 20
    hello_body = wire.canonical_json({"incarnation_id": b.incarnation_id, "next_seq": 21})
    h = wire.signed_headers(client.key, "POST", "/v1/sync/hello", hello_body, client.station_id, b.incarnation_id,
                            "-", now_text(), "nonce-fixed-2")
    assert httpx.post(hub.url + "/v1/sync/hello", content=hello_body, headers=h).status_code == 200
    again = httpx.post(hub.url + "/v1/sync/hello", content=hello_body, headers=h)
    assert again.status_code == 401 and again.json()["error"] == "auth.replayed"


def test_another_stations_id_is_refused(env, tmp_path):
    _db, hub, store, client = env
    other_db = s.make_station_db(tmp_path / "other.db", code="HX-002")
    s.enrol_station(other_db, hub.engine, hub.url)
    b = _batch(store)
    other = make_client(OutboxStore(other_db))
    # signed correctly by the other station, but aimed at our station's path
    path = f"/v1/stations/{client.station_id}/incarnations/{b.incarnation_id}/batches/{b.batch_id}"
    r = other.request("PUT", path, b.body, b.incarnation_id, b.batch_id, {"Content-Encoding": "zstd"})
    assert r.status == 403 and _count(hub) == 0
    other.close()


def test_decompression_bomb_is_capped_and_stores_nothing(env):
    _db, hub, store, client = env
    hub.config.max_decompressed_bytes = 1 << 20
    bomb = wire.compress(b"\n" * (64 << 20))
    r = client.put_batch(store.identity().incarnation_id, "b" * 64, bomb, "zstd", "0" * 64)
    assert r.status == 400 and r.error_code == "body.too_large" and _count(hub) == 0


def test_oversized_body_is_413(env):
    _db, hub, store, client = env
    hub.config.max_batch_bytes = 4096
    import os
    r = client.put_batch(store.identity().incarnation_id, "b" * 64, os.urandom(10000), "zstd", "0" * 64)
    assert r.status == 413 and _count(hub) == 0


@pytest.mark.parametrize("raw", [b"", b"not json\n", b'{"v":1}\n', b'{"v":99,"station":"x"}\n', b"\xff\xfe\n"])
def test_malformed_envelope_is_400(env, raw):
    _db, hub, store, client = env
    inc = store.identity().incarnation_id
    body = wire.compress(raw)
    r = client.put_batch(inc, "c" * 64, body, "zstd", wire.sha256(raw).hex())
    assert r.status == 400 and r.verified and _count(hub) == 0


def test_tampered_payload_breaks_the_chain_and_is_refused(env):
    _db, hub, store, client = env
    inc = store.identity().incarnation_id
    rows = store.pending(inc, 5)
    envs = [r.envelope() for r in rows]
    bad = envs[2]
    envs[2] = wire.Envelope(bad.seq, bad.record_id, bad.kind, bad.schema_version, b'{"amount_fen":1}',
                            bad.created_wall, bad.created_mono_ns, bad.boot_id)
    bid = wire.batch_id_for(client.station_id, inc, 1, 5, [e.payload_sha256 for e in envs])
    raw = wire.encode_batch(wire.BatchHeader(client.station_id, inc, bid, 1, 5, 5, wire.ZERO_HASH,
                                             rows[-1].chain_hash), envs)
    r = client.put_batch(inc, bid, wire.compress(raw), "zstd", wire.sha256(raw).hex())
    assert r.status == 400 and r.error_code == "batch.chain_head" and _count(hub) == 0


def test_same_key_different_payload_is_a_recorded_conflict(env):
    db, hub, store, client = env
    b = _batch(store)
    assert client.put_batch(b.incarnation_id, b.batch_id, b.body, "zstd", wire.sha256(b.raw).hex()).status == 200
    conn = sqlite3.connect(db)  # simulate corruption of one already-sent record on the station
    conn.execute("UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE seq = 1",
                 (b'{"x":2}', wire.sha256(b'{"x":2}')))
    conn.commit()
    conn.close()
    inc = store.identity().incarnation_id
    rows = store.pending(inc, 1)
    prev = wire.ZERO_HASH
    r0 = rows[0]
    bid = wire.batch_id_for(client.station_id, inc, 1, 1, [r0.payload_sha256])
    head = wire.chain_next(prev, 1, r0.payload_sha256)
    raw = wire.encode_batch(wire.BatchHeader(client.station_id, inc, bid, 1, 1, 1, prev, head), [r0.envelope()])
    r = client.put_batch(inc, bid, wire.compress(raw), "zstd", wire.sha256(raw).hex())
    assert r.status == 200
    result = r.json()
    assert result["conflict"] == [{"seq": 1, "fork": False}] and result["accepted"] == []
    with hub.engine.begin() as c:
        assert c.execute(select(func.count()).select_from(t.conflict)).scalar_one() == 1
    assert _count(hub) == 20


def test_revoked_station_gets_403_and_keeps_its_records(env):
    db, hub, _store, _client = env
    from station.hub import stations
    from station.sync.worker import SyncWorker
    stations.set_status(hub.engine, _store.identity().station_id, "revoked")
    st = SyncWorker(db).run_once()
    assert st.state == "disabled" and st.last_error == "sync.revoked" and st.records_waiting == 20


def test_key_rotation_keeps_syncing(env):
    db, hub, store, _client = env
    from station.sync.enrolment import rotate_key
    from station.sync.worker import SyncWorker
    old = store.get_state("station_key")
    rotate_key(store)
    assert store.get_state("station_key") != old
    assert SyncWorker(db).run_once().state == "idle"
    s.assert_hub_holds_exactly(hub.engine, [db])


def test_enrol_token_is_single_use(env, tmp_path):
    _db, hub, _store, _client = env
    from station.hub import stations
    from station.sync.client import SyncError
    from station.sync.enrolment import enrol
    token = stations.create_enrol_token(hub.engine, "HX-9")
    a = OutboxStore(s.make_station_db(tmp_path / "a.db"))
    b = OutboxStore(s.make_station_db(tmp_path / "b.db"))
    enrol(a, wire.qr_payload(hub.url, token))
    with pytest.raises(SyncError) as e:
        enrol(b, wire.qr_payload(hub.url, token))
    assert e.value.code == "sync.enrol_rejected"


def test_enrol_rejects_a_hub_with_another_key(env, tmp_path):
    _db, hub, _store, _client = env
    from station.hub import stations
    from station.sync.client import SyncError
    from station.sync.enrolment import enrol
    token = stations.create_enrol_token(hub.engine, "HX-9")
    a = OutboxStore(s.make_station_db(tmp_path / "a.db"))
    with pytest.raises(SyncError) as e:
        enrol(a, wire.qr_payload(hub.url, token, "0" * 16))
    assert e.value.code == "sync.hub_key_mismatch"


def test_captive_portal_answer_never_acks(tmp_path):
    from station.sync.worker import SyncWorker
    db = s.make_station_db(tmp_path / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
    s.append(db, 5)
    portal = httpx.MockTransport(lambda req: httpx.Response(200, html="<html>请登录 WiFi</html>"))
    st = SyncWorker(db, transport=portal).run_once()
    assert st.last_error == "sync.unsigned_answer" and s.states(db) == {"pending": 5}


def test_watermark_waits_for_a_gap_and_then_jumps_over_the_island(env):
    """Batches arriving out of order: the later one is held as an island above a gap; when the gap's
    batch comes, the watermark moves to the island's end, with the island's chain hash."""
    _db, hub, store, client = env
    inc = store.identity().incarnation_id
    rows = store.pending(inc, 20)

    def send(part):
        prev = wire.ZERO_HASH if part[0].seq == 1 else rows[part[0].seq - 2].chain_hash
        b = build(client.station_id, inc, part, prev, "zstd")
        reply = client.put_batch(inc, b.batch_id, b.body, "zstd", wire.sha256(b.raw).hex())
        assert reply.status == 200 and reply.verified
        return reply.json()

    assert send(rows[0:5])["contiguous_watermark"] == 5
    assert send(rows[10:15])["contiguous_watermark"] == 5  # an island above the gap 6..10
    assert send(rows[5:10])["contiguous_watermark"] == 15  # the gap filled: over the island
    assert send(rows[15:20])["contiguous_watermark"] == 20
    with hub.engine.begin() as conn:
        wm_chain = conn.execute(select(t.incarnation.c.chain_at_watermark)).scalar_one()
    assert bytes(wm_chain) == rows[19].chain_hash
