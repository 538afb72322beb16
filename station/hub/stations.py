"""Stations as the hub knows them: the hub's own signing key, enrolment tokens, registration,
request authentication (signature + nonce), revocation and key rotation, and clock flags."""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from station.hub import tables as t
from station.hub.db import utc_now, utc_text
from station.sync import wire

TOKEN_TTL = dt.timedelta(days=7)
NONCE_RETENTION = dt.timedelta(days=7)


class AuthError(Exception):
    """Maps to 401 (credentials) or 403 (authenticated, but not allowed)."""

    def __init__(self, code: str, status: int = 401, auth: StationAuth | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.auth = auth  # set when the signature was good: the answer can be signed


@dataclass(frozen=True, slots=True)
class StationAuth:
    station_id: str
    station_code: str
    incarnation_id: str
    batch_id: str
    nonce: str
    created: str
    relay: bool


def hub_key(engine: Engine) -> Ed25519PrivateKey:
    with engine.begin() as conn:
        text = conn.execute(select(t.setting.c.value).where(t.setting.c.key == "signing_key")).scalar()
        if text is None:
            text = wire.private_key_to_text(wire.new_private_key())
            conn.execute(insert(t.setting).values(key="signing_key", value=text))
    return wire.private_key_from_text(text)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_enrol_token(engine: Engine, station_code: str) -> str:
    token = secrets.token_urlsafe(24)
    now = utc_now()
    with engine.begin() as conn:
        conn.execute(insert(t.enrol_token).values(token_hash=_token_hash(token), station_code=station_code,
                                                  created_at=utc_text(now),
                                                  expires_at=utc_text(now + TOKEN_TTL)))
    return token


def register(engine: Engine, token: str, station_id: str, station_code: str, public_key: str,
             app_version: str) -> None:
    """Consume a one-time token and store the station's public key. A retry with the same key is a no-op."""
    now = utc_text()
    with engine.begin() as conn:
        tok = conn.execute(select(t.enrol_token).where(t.enrol_token.c.token_hash == _token_hash(token))
                           .with_for_update()).mappings().first()
        if tok is None:
            raise AuthError("enrol.token_unknown")
        existing = conn.execute(select(t.station).where(t.station.c.station_id == station_id)).mappings().first()
        if tok["used_at"] is not None:
            if tok["station_id"] == station_id and existing and existing["public_key"] == public_key:
                return  # the answer to the first attempt was lost; same outcome again
            raise AuthError("enrol.token_used")
        if tok["expires_at"] < now:
            raise AuthError("enrol.token_expired")
        if existing is not None and existing["status"] == "active":
            raise AuthError("enrol.station_exists", 409)
        values = {"station_code": station_code or tok["station_code"], "public_key": public_key,
                  "status": "active", "enrolled_at": now, "app_version": app_version[:40]}
        if existing is None:
            conn.execute(insert(t.station).values(station_id=station_id, relay=0, **values))
        else:
            conn.execute(update(t.station).where(t.station.c.station_id == station_id).values(**values))
        conn.execute(update(t.enrol_token).where(t.enrol_token.c.token_hash == tok["token_hash"])
                     .values(used_at=now, station_id=station_id))


def set_status(engine: Engine, station_id: str, status: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(t.station).where(t.station.c.station_id == station_id).values(status=status))


def set_relay(engine: Engine, station_id: str, relay: bool) -> None:
    with engine.begin() as conn:
        conn.execute(update(t.station).where(t.station.c.station_id == station_id).values(relay=int(relay)))


def rotate_key(engine: Engine, station_id: str, new_public: str, proof: str) -> None:
    pub = wire.public_key_from_text(new_public)
    with engine.begin() as conn:
        old = conn.execute(select(t.station.c.public_key).where(t.station.c.station_id == station_id)
                           .with_for_update()).scalar_one()
        if old == new_public:
            return
        if not wire.verify(pub, proof, wire.rotation_proof_bytes(station_id, old, new_public)):
            raise AuthError("rotate.bad_proof", 400)
        conn.execute(update(t.station).where(t.station.c.station_id == station_id)
                     .values(public_key=new_public))


def authenticate(engine: Engine, method: str, path: str, headers, body_digest: str,
                 remember_nonce: bool = True) -> StationAuth:
    """Check the station's signature over the request line and headers; record the nonce."""
    get = headers.get
    sid, inc, bid = get(wire.H_STATION) or "", get(wire.H_INCARNATION) or "-", get(wire.H_BATCH) or "-"
    created, nonce, sig, digest = (get(wire.H_CREATED) or "", get(wire.H_NONCE) or "",
                                   get(wire.H_SIGNATURE) or "", get(wire.H_DIGEST) or body_digest)
    if not (sid and created and nonce and sig) or len(nonce) > 64 or len(sid) > 64:
        raise AuthError("auth.missing_headers")
    if digest != body_digest:
        raise AuthError("auth.digest_mismatch", 400)
    with engine.begin() as conn:
        row = conn.execute(select(t.station.c.public_key, t.station.c.status, t.station.c.station_code,
                                  t.station.c.relay).where(t.station.c.station_id == sid)).first()
    if row is None:
        raise AuthError("auth.unknown_station")
    msg = wire.request_signing_bytes(method, path, sid, inc, bid, digest, created, nonce)
    if not wire.verify(wire.public_key_from_text(row[0]), sig, msg):
        raise AuthError("auth.bad_signature")
    auth = StationAuth(sid, row[2], inc, bid, nonce, created, bool(row[3]))
    if row[1] != "active":
        raise AuthError("auth.revoked", 403, auth)
    if remember_nonce:
        remember(engine, auth)
    return auth


def remember(engine: Engine, auth: StationAuth) -> None:
    now = utc_text()
    try:
        with engine.begin() as conn:
            conn.execute(insert(t.nonce).values(station_id=auth.station_id, nonce=auth.nonce, seen_at=now))
            conn.execute(update(t.station).where(t.station.c.station_id == auth.station_id)
                         .values(last_seen_at=now))
    except IntegrityError as exc:
        raise AuthError("auth.replayed", 401, auth) from exc


def prune_nonces(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(delete(t.nonce).where(t.nonce.c.seen_at < utc_text(utc_now() - NONCE_RETENTION)))


# Set while a USB-stick file is replayed: its requests were signed when the station wrote the file,
# so "hub time minus send time" is how long the stick took to arrive, not the station's clock error.
OFFLINE_IMPORT: contextvars.ContextVar[bool] = contextvars.ContextVar("offline_import", default=False)


def clock_offset_ms(created: str) -> int | None:
    """Hub time minus the station's claimed send time (one way; includes transit). None for a request
    replayed from an offline file, whose send time says nothing about the station's clock."""
    if OFFLINE_IMPORT.get():
        return None
    try:
        moment = dt.datetime.fromisoformat(created)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return int((utc_now() - moment).total_seconds() * 1000)


# ---------------------------------------------------------------- clock flags (sync.md §4.11)

CLOCK_OFF, CLOCK_FUTURE = 1, 2  # bits in hub_record.clock_flags
CLOCK_OFF_MS = 5 * 60_000
# With a good clock, created_wall + offset can still pass received_at a little: the Created header
# has whole seconds, the offset includes transit, and NTP steps clocks back by seconds. A minute of
# that never matters to a report; a real future date (a clock set days ahead, then put right) does.
FUTURE_GRACE_MS = 60_000
SWEEP_CHUNK = 2000
FLAGGED_SHOWN = 500


def _instant(text: str | None) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text or "")
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None  # a time without a zone cannot be placed


def clock_flags(created_wall: str, offset_ms: int | None, received_at: str) -> int:
    """Records are never refused for their time; these bits only tell a supervisor to look."""
    flags = CLOCK_OFF if offset_ms is not None and abs(offset_ms) > CLOCK_OFF_MS else 0
    created, received = _instant(created_wall), _instant(received_at)
    if created is not None and received is not None:
        # No offset (the Created header was unreadable): judge the station's time as it stands.
        ahead_ms = (created - received) / dt.timedelta(milliseconds=1) + (offset_ms or 0)
        if ahead_ms > FUTURE_GRACE_MS:
            flags |= CLOCK_FUTURE
    return flags


def clock_judge(offset_ms: int | None, received_at: str) -> Callable[[str], int]:
    """``clock_flags`` for the records of one batch: what they share (the offset, the arrival time)
    is worked out once, leaving one time parse per record."""
    base = CLOCK_OFF if offset_ms is not None and abs(offset_ms) > CLOCK_OFF_MS else 0
    received = _instant(received_at)
    if received is None:
        return lambda _created_wall: base
    # ahead = created - received + offset > grace  <=>  created > received + grace - offset
    try:
        latest_fine = received + dt.timedelta(milliseconds=FUTURE_GRACE_MS - (offset_ms or 0))
    except OverflowError:  # a clock thousands of years off: judge each record the long way
        return lambda created_wall: clock_flags(created_wall, offset_ms, received_at)

    def judge(created_wall: str) -> int:
        created = _instant(created_wall)
        return base | CLOCK_FUTURE if created is not None and created > latest_fine else base

    return judge


def sweep_clock_flags(engine: Engine, budget_s: float = 2.0) -> bool:
    """Judge the records not judged yet (records ingested before migration 0002 have clock_flags NULL;
    ingest judges new ones itself), in short transactions because on SQLite each one holds the write
    lock that ingestion needs. Returns False if time ran out with records left; the next page view goes
    on."""
    rc = t.record.c
    stop = time.monotonic() + budget_s
    judge = (update(t.record).where(rc.station_id == bindparam("k_sid"), rc.incarnation_id == bindparam("k_inc"),
                                    rc.seq == bindparam("k_seq")).values(clock_flags=bindparam("k_flags")))
    while True:
        with engine.begin() as conn:
            rows = conn.execute(select(rc.station_id, rc.incarnation_id, rc.seq, rc.created_wall, rc.clock_offset_ms,
                                       rc.received_at).where(t.CLOCK_UNCHECKED).limit(SWEEP_CHUNK)).all()
            if rows:
                conn.execute(judge, [{"k_sid": r[0], "k_inc": r[1], "k_seq": r[2],
                                      "k_flags": clock_flags(r[3], r[4], r[5])} for r in rows])
        if len(rows) < SWEEP_CHUNK:
            return True
        if time.monotonic() > stop:
            return False


def clock_flag_counts(engine: Engine) -> dict[str, int]:
    with engine.begin() as conn:
        return dict(conn.execute(select(t.record.c.station_id, func.count()).where(t.CLOCK_FLAGGED)
                                 .group_by(t.record.c.station_id)).all())


def flagged_records(engine: Engine, station_id: str) -> list[dict]:
    """The newest FLAGGED_SHOWN flagged records of one station."""
    rc = t.record.c
    with engine.begin() as conn:
        return [dict(r) for r in conn.execute(
            select(rc.incarnation_id, rc.seq, rc.kind, rc.created_wall, rc.clock_offset_ms, rc.received_at,
                   rc.clock_flags).where(rc.station_id == station_id, t.CLOCK_FLAGGED)
            .order_by(rc.received_at.desc(), rc.seq.desc()).limit(FLAGGED_SHOWN)).mappings()]
