"""The station's ack-file import: random or hostile files give SyncError and change nothing."""

from __future__ import annotations

import pytest
import sync_support as s
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.sync import sneakernet, wire
from station.sync.client import SyncError
from station.sync.outbox import OutboxStore


@pytest.fixture(scope="module")
def enrolled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ack")
    db = s.make_station_db(tmp / "station.db")
    with s.HubThread(s.sqlite_hub_url(tmp)) as hub:
        s.enrol_station(db, hub.engine, hub.url)
    s.append(db, 5)
    return db, tmp


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), wrap=st.booleans())
def test_random_ack_files_are_refused_and_ack_nothing(enrolled, data, wrap):
    db, tmp = enrolled
    path = tmp / "ack.vsack"
    path.write_bytes(wire.compress(data) if wrap else data)
    store = OutboxStore(db)
    try:
        try:
            assert sneakernet.import_ack(store, path) == 0
        except SyncError:
            pass
    finally:
        store.close()
    assert s.states(db) == {"pending": 5}


def test_forged_ack_is_ignored(enrolled):
    db, tmp = enrolled
    store = OutboxStore(db)
    inc = store.identity().incarnation_id
    body = wire.canonical_json({"batch_id": "x", "incarnation_id": inc, "accepted": [[1, 5]], "duplicate": [],
                                "rejected": [], "conflict": []})
    forged = {"format": sneakernet.ACK_FORMAT, "responses": [
        {"nonce": "n", "status": 200, "body": __import__("base64").b64encode(body).decode(),
         "headers": {wire.H_HUB_SIGNATURE: wire.sign(wire.new_private_key(), b"x"), wire.H_HUB_TIME: "t"}}]}
    (tmp / "forged.vsack").write_bytes(wire.compress(wire.canonical_json(forged)))
    assert sneakernet.import_ack(store, tmp / "forged.vsack") == 0
    store.close()
    assert s.states(db) == {"pending": 5}
