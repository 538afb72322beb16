"""Hypothesis state machine over transport outcomes, crashes, restores, hub restarts and reference
changes (sync.md §6 A). In-process: the hub app behind a fault-injecting httpx transport."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import warnings
from pathlib import Path

import httpx
import sync_support as s
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

with warnings.catch_warnings():  # starlette's notice about httpx2; its transport is what we borrow
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from station.hub import api, db, reference
from station.hub import tables as t
from station.hub.app import create_app
from station.sync import wire
from station.sync.enrolment import make_client
from station.sync.outbox import OutboxStore
from station.sync.reference import read_dataset
from station.sync.uploader import Uploader
from station.sync.worker import SyncWorker

OUTCOMES = ["ok", "drop_request", "drop_response", "duplicate", "captive_portal", "gateway_502", "too_large_413",
            "busy_429", "corrupt_response", "stall"]


class FaultTransport(httpx.BaseTransport):
    def __init__(self, machine: SyncMachine) -> None:
        self.m = machine
        self.plan: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        outcome = self.plan.pop(0) if self.plan else "ok"
        inner = self.m.hub_transport
        if outcome == "drop_request":
            raise httpx.ConnectError("dropped", request=request)
        if outcome == "stall":
            raise httpx.ReadTimeout("stalled", request=request)
        if outcome == "captive_portal":
            return httpx.Response(200, html="<html>WiFi login</html>")
        if outcome == "too_large_413":
            return httpx.Response(413, text="Request Entity Too Large")
        if outcome == "busy_429":
            return httpx.Response(429, headers={"Retry-After": "0"})
        request.read()
        response = inner.handle_request(request)
        response.read()
        if outcome == "duplicate":
            again = httpx.Request(request.method, request.url, headers=request.headers, content=request.content)
            inner.handle_request(again).read()
        if outcome == "drop_response":
            raise httpx.ReadError("response lost", request=request)
        if outcome == "gateway_502":
            return httpx.Response(502, text="bad gateway")
        if outcome == "corrupt_response" and response.content:
            body = bytearray(response.content)
            body[len(body) // 2] ^= 1
            return httpx.Response(response.status_code, headers=response.headers, content=bytes(body))
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="vs-sm-"))
        self.db = s.make_station_db(self.tmp / "station.db")
        self.hub_url = s.sqlite_hub_url(self.tmp)
        self._start_hub()
        self.transport = FaultTransport(self)
        s.enrol_station(self.db, self.engine, "http://hub.test", transport=self.hub_transport)
        self.worker = SyncWorker(self.db, transport=self.transport, timeout_s=1)
        self.worker.max_batch_cap = 4096
        self.ever: dict[str, bytes] = {}
        self.backups: list[Path] = []
        self.watermarks: dict[str, int] = {}
        self.ref_version = 0

    def _start_hub(self) -> None:
        self.engine = db.make_engine(self.hub_url)
        self.app = create_app(self.engine, api.HubConfig(public_url="http://hub.test"))
        self.client = TestClient(self.app, base_url="http://hub.test")
        self.hub_transport = self.client._transport

    # ------------------------------------------------------------ rules

    @initialize(n=st.integers(1, 20))
    def first_day(self, n):
        """Some records and a backup before anything was synced: restores then overlap in seq."""
        self.create_records(n, 0)
        self.take_backup()

    @rule(n=st.integers(1, 40), skew_days=st.sampled_from([0, 0, 1, -1, 3650, -3650]))
    def create_records(self, n, skew_days):
        wall = (dt.datetime.now(dt.UTC) + dt.timedelta(days=skew_days)).astimezone().isoformat()
        before = s.station_records(self.db)
        s.append(self.db, n, kind="ledger.entry", wall=wall)
        self.ever.update({k: v for k, v in s.station_records(self.db).items() if k not in before})

    @rule(plan=st.lists(st.sampled_from(OUTCOMES), max_size=4))
    def sync_step(self, plan):
        self.transport.plan = list(plan)
        self.worker.run_once()

    @rule(point=st.sampled_from(["after_inflight", "before_ack"]))
    def crash_mid_upload(self, point):
        store = OutboxStore(self.db)
        client = make_client(store, self.transport, 1)
        try:
            up = Uploader(store, client)
            up.sizer.bytes = up.sizer.max_bytes = 4096
            batch = up._cut(store.identity().station_id)
            if batch is None:
                return
            store.mark_inflight(batch.incarnation_id, batch.rows[0].seq, batch.rows[-1].seq, batch.batch_id)
            if point == "before_ack":
                try:
                    client.put_batch(batch.incarnation_id, batch.batch_id, batch.body, "zstd",
                                     wire.sha256(batch.raw).hex())
                except Exception:
                    pass
        finally:
            client.close()
            store.close()

    @rule()
    def take_backup(self):
        path = self.tmp / f"backup{len(self.backups)}.db"
        s.backup(self.db, path)
        self.backups.append(path)

    @rule(data=st.data())
    def restore_backup(self, data):
        s.restore_backup(data.draw(st.sampled_from(self.backups)), self.db)

    @rule()
    def restart_hub(self):
        self.client.close()
        self.engine.dispose()
        self._start_hub()

    @rule(size=st.integers(0, 30))
    def change_reference(self, size):
        self.ref_version += 1
        reference.replace_dataset(self.engine, "catalogue",
                                  {f"sku{i}": {"price_fen": i * self.ref_version} for i in range(size)})

    # ------------------------------------------------------------ invariants

    @invariant()
    def acked_is_durable_and_unique(self):
        hub = s.hub_records(self.engine)
        ids = [r for r, _ in hub]
        assert len(ids) == len(set(ids)), "I3: doubled at the hub"
        held = dict(hub)
        conn = sqlite3.connect(self.db)
        for rid, ph in conn.execute("SELECT record_id, payload_sha256 FROM outbox WHERE state = 'acked'"):
            assert held.get(rid) == bytes(ph), "I4: acked but not held by the hub"
        conn.close()
        assert set(held) <= set(self.ever), "I2: the hub holds something never committed"

    @invariant()
    def watermarks_never_decrease(self):
        with self.engine.begin() as conn:
            for inc, wm in conn.execute(select(t.incarnation.c.incarnation_id, t.incarnation.c.contiguous_seq)):
                assert wm >= self.watermarks.get(inc, 0)
                self.watermarks[inc] = wm

    def teardown(self):
        try:
            self.transport.plan = []
            for _ in range(10):
                stt = self.worker.run_once()
                if stt.state == "idle" and stt.records_waiting == 0:
                    break
            assert stt.state == "idle" and stt.records_waiting == 0, stt
            hub = dict(s.hub_records(self.engine))
            mine = s.station_records(self.db)
            assert all(hub.get(k) == v for k, v in mine.items()), "I1: a committed record is missing"
            conn = sqlite3.connect(self.db)
            assert read_dataset(conn, "catalogue") == reference.current(self.engine, "catalogue"), "I6"
            conn.close()
        finally:
            self.worker._file_lock.release()
            self.client.close()
            self.engine.dispose()


SyncMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=20, deadline=None,
                                         suppress_health_check=list(HealthCheck))
test_sync_state_machine = SyncMachine.TestCase
