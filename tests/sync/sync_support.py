"""Test helpers for sync and hub tests: a station database made with plain SQL (the foundation's
DDL copied here on purpose), a tiny outbox append, a hub served by uvicorn on loopback, enrolment."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import uvicorn
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine, select

from station.hub import api, db, stations
from station.hub import tables as t
from station.hub.app import create_app
from station.sync import wire
from station.sync.enrolment import enrol
from station.sync.outbox import OutboxStore

ROOT = Path(__file__).resolve().parents[2]

FOUNDATION_DDL = """
CREATE TABLE sync_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1), station_id TEXT NOT NULL, station_code TEXT NOT NULL,
  incarnation_id TEXT NOT NULL, next_seq INTEGER NOT NULL, last_chain_hash BLOB NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE outbox (
  incarnation_id TEXT NOT NULL, seq INTEGER NOT NULL, record_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
  schema_version INTEGER NOT NULL, payload BLOB NOT NULL, payload_sha256 BLOB NOT NULL, chain_hash BLOB NOT NULL,
  created_wall TEXT NOT NULL, created_mono_ns INTEGER NOT NULL, boot_id TEXT NOT NULL,
  ref_versions TEXT NOT NULL DEFAULT '{}',
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','inflight','acked','quarantined')),
  batch_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, acked_at TEXT,
  PRIMARY KEY (incarnation_id, seq));
CREATE INDEX ix_outbox_todo ON outbox (state, incarnation_id, seq);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def run_migration_0002(path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "m0002", ROOT / "station/storage/migrations/versions/0002_sync_reference.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn, opts={"render_as_batch": True})):
        mod.upgrade()
    engine.dispose()


def make_station_db(path: Path, code: str = "HX-001", training: bool = False) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript(FOUNDATION_DDL)
    conn.execute("INSERT INTO sync_identity VALUES (1, ?, ?, ?, 1, ?, ?)",
                 (str(uuid.uuid4()), code, str(uuid.uuid4()), wire.ZERO_HASH, dt.datetime.now(dt.UTC).isoformat()))
    if training:
        conn.execute("INSERT INTO sync_state VALUES ('training', '1')")
    conn.commit()
    conn.close()
    run_migration_0002(path)
    return path


def append(path: Path, n: int = 1, kind: str = "parcel.taken_in", payload: dict | None = None,
           wall: str | None = None) -> list[str]:
    """What a business transaction does: business row (omitted) + gapless seq + chained outbox row."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA busy_timeout=30000")
    ids = []
    conn.execute("BEGIN IMMEDIATE")
    inc, seq, chain = conn.execute("SELECT incarnation_id, next_seq, last_chain_hash FROM sync_identity").fetchone()
    chain = bytes(chain)
    for i in range(n):
        rid = str(uuid.uuid4())
        body = payload if payload is not None else {"waybill": f"YT{seq:010d}", "amount_fen": 100 + i % 7,
                                                    "phone_last4": f"{seq % 10000:04d}", "shelf": "A-3"}
        data = wire.canonical_json(body)
        ph = wire.sha256(data)
        chain = wire.chain_next(chain, seq, ph)
        conn.execute("INSERT INTO outbox(incarnation_id, seq, record_id, kind, schema_version, payload, "
                     "payload_sha256, chain_hash, created_wall, created_mono_ns, boot_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                     (inc, seq, rid, kind, 1, data, ph, chain,
                      wall or dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="milliseconds"),
                      time.monotonic_ns(), "boot-1"))
        ids.append(rid)
        seq += 1
    conn.execute("UPDATE sync_identity SET next_seq = ?, last_chain_hash = ?", (seq, chain))
    conn.execute("COMMIT")
    conn.close()
    return ids


def restore_backup(backup: Path, target: Path) -> None:
    """What the foundation does on restore: the old file back, then a new incarnation."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(backup, target)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE sync_identity SET incarnation_id = ?, next_seq = 1, last_chain_hash = ?",
                 (str(uuid.uuid4()), wire.ZERO_HASH))
    conn.commit()
    conn.close()


def backup(src: Path, dest: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dest)
    a.backup(b)
    a.close()
    b.close()


def station_records(path: Path) -> dict[str, bytes]:
    conn = sqlite3.connect(path)
    out = {r: bytes(h) for r, h in conn.execute("SELECT record_id, payload_sha256 FROM outbox")}
    conn.close()
    return out


def states(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    out = dict(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    conn.close()
    return out


def hub_records(engine) -> list[tuple[str, bytes]]:
    with engine.begin() as conn:
        return [(r, bytes(h)) for r, h in conn.execute(select(t.record.c.record_id, t.record.c.payload_sha256))]


def assert_hub_holds_exactly(engine, station_paths: list[Path]) -> None:
    """I1 + I2 + I3: every committed record once, nothing else, no silent second payload."""
    hub = hub_records(engine)
    ids = [r for r, _ in hub]
    assert len(ids) == len(set(ids)), "a record is doubled at the hub"
    expected: dict[str, bytes] = {}
    for p in station_paths:
        expected.update(station_records(p))
    assert dict(hub) == expected


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HubThread:
    """The real hub app on uvicorn in a thread, on a loopback port."""

    def __init__(self, url: str, config: api.HubConfig | None = None) -> None:
        self.url_db = url
        self.engine = db.make_engine(url)
        self.config = config or api.HubConfig()
        self.app = create_app(self.engine, self.config)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.config.public_url = self.url
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error",
                                                    lifespan="on", timeout_keep_alive=20,
                                                    server_header=False, date_header=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> HubThread:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("hub did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.engine.dispose()


class HubProcess:
    """``station-hub`` as a subprocess (for kill -9)."""

    def __init__(self, url: str, port: int | None = None) -> None:
        self.url_db = url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen([sys.executable, "-m", "station.hub", "--database", self.url_db, "--port",
                                      str(self.port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError as exc:
                if self.proc.poll() is not None:
                    raise RuntimeError(self.proc.stderr.read().decode()) from exc
                time.sleep(0.05)
        raise RuntimeError("hub process did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def enrol_station(path: Path, engine, hub_url: str, transport=None) -> None:
    token = stations.create_enrol_token(engine, "HX")
    fp = wire.key_fingerprint(wire.public_key_text(stations.hub_key(engine)))
    store = OutboxStore(path)
    try:
        enrol(store, wire.qr_payload(hub_url, token, fp), "0.1.0", transport=transport)
    finally:
        store.close()


def sqlite_hub_url(tmp: Path) -> str:
    return db.sqlite_url(tmp / "hub.sqlite3")


def dump(obj) -> str:
    return json.dumps(obj, default=str)
