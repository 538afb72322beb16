"""Supervisor accounts (scrypt password hashes), browser sessions, and the wrong-password lock."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from station.hub import tables as t
from station.hub.db import utc_now, utc_text

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_HOURS = 12
NAME_LIMIT = 5  # wrong passwords in a row for one name, then that name is locked for LOCK
# Light: a township office often reaches the hub through one NAT address; a low limit here would let
# one stranger lock every supervisor out.
ADDR_LIMIT = 30
LOCK = timedelta(minutes=15)
FORGET = timedelta(hours=24)  # a typo yesterday does not count toward today's lock (must exceed LOCK)


def _encode(salt: bytes, dk: bytes) -> str:
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$" + base64.b64encode(salt).decode() + "$" + \
        base64.b64encode(dk).decode()


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return _encode(salt, dk)


# Checked against for names that do not exist: the same scrypt cost as a real check, and random bytes
# in place of a derived key, so no password matches it (and building it costs nothing).
_DUMMY_HASH = _encode(os.urandom(16), os.urandom(32))


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, dk = stored.split("$")
        got = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                             p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, base64.b64decode(dk))


def create(engine: Engine, name: str, password: str) -> None:
    if not name or len(name) > 64 or len(password) < 8:
        raise ValueError("supervisor.invalid")
    with engine.begin() as conn:
        conn.execute(delete(t.supervisor).where(t.supervisor.c.name == name))
        conn.execute(insert(t.supervisor).values(name=name, password_hash=hash_password(password),
                                                 created_at=utc_text()))


@dataclass(frozen=True, slots=True)
class LoginResult:
    token: str | None = None
    locked: str | None = None  # "name" or "addr" when the answer is "locked until locked_until"
    locked_until: datetime | None = None


def login(engine: Engine, name: str, password: str) -> str | None:
    return attempt(engine, name, password).token


def attempt(engine: Engine, name: str, password: str, addr: str = "") -> LoginResult:
    """One login try. Known and unknown names take the same path (one scrypt, the same rows written,
    the same lock), so neither the answer nor its timing tells which names exist."""
    name = name[:64]
    addr_key = f"addr:{addr[:100]}" if addr else None
    now = utc_now()
    with engine.begin() as conn:
        if addr_key and (until := _active_lock(conn, addr_key, now)):
            return LoginResult(locked="addr", locked_until=until)
        # Counted as wrong before the slow check, so parallel guesses cannot outrun the lock; a right
        # password deletes the count again.
        name_lock, counted = _count_failure(conn, f"name:{name}", NAME_LIMIT, now)
        if not counted:
            return LoginResult(locked="name", locked_until=name_lock)  # locked: the password is not even tried
        stored = conn.execute(select(t.supervisor.c.password_hash).where(t.supervisor.c.name == name)).scalar()
    if check_password(password, stored or _DUMMY_HASH) and stored is not None:
        return LoginResult(token=_start_session(engine, name))
    if addr_key:  # only real failures count here: a busy office logs in often from one address
        with engine.begin() as conn:
            addr_lock, _ = _count_failure(conn, addr_key, ADDR_LIMIT, now)
        if name_lock is None and addr_lock is not None:
            return LoginResult(locked="addr", locked_until=addr_lock)
    return LoginResult(locked="name" if name_lock else None, locked_until=name_lock)


def _active_lock(conn: Connection, key: str, now: datetime) -> datetime | None:
    until = conn.execute(select(t.login_throttle.c.locked_until).where(t.login_throttle.c.key == key)).scalar()
    return datetime.fromisoformat(until) if until and until > utc_text(now) else None


def _count_failure(conn: Connection, key: str, limit: int, now: datetime) -> tuple[datetime | None, bool]:
    """One wrong password against key, under the row's lock. Returns (locked until, counted): a key
    that is locked already is not counted again, so its lock is never cut short or stretched."""
    lt = t.login_throttle
    ins = postgresql.insert(lt) if conn.dialect.name == "postgresql" else sqlite.insert(lt)
    conn.execute(ins.values(key=key, failures=0, last_failure_at=utc_text(now)).on_conflict_do_nothing())
    failures, last, until = conn.execute(select(lt.c.failures, lt.c.last_failure_at, lt.c.locked_until)
                                         .where(lt.c.key == key).with_for_update()).one()
    if until and until > utc_text(now):
        return datetime.fromisoformat(until), False
    failures = (0 if last < utc_text(now - FORGET) else failures) + 1
    lock = now + LOCK if failures >= limit else None
    conn.execute(update(lt).where(lt.c.key == key).values(failures=0 if lock else failures,
                                                         last_failure_at=utc_text(now),
                                                         locked_until=utc_text(lock) if lock else None))
    # Rows for names nobody uses would pile up; any lock has ended long before FORGET.
    conn.execute(delete(lt).where(lt.c.last_failure_at < utc_text(now - FORGET)))
    return lock, True


def _start_session(engine: Engine, name: str) -> str:
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(delete(t.login_throttle).where(t.login_throttle.c.key == f"name:{name}"))  # count reset
        conn.execute(insert(t.session).values(token_hash=hashlib.sha256(token.encode()).hexdigest(), name=name,
                                              csrf=secrets.token_urlsafe(16),
                                              expires_at=utc_text(utc_now() + timedelta(hours=SESSION_HOURS))))
    return token


def session(engine: Engine, token: str | None) -> dict | None:
    if not token:
        return None
    with engine.begin() as conn:
        row = conn.execute(select(t.session).where(
            t.session.c.token_hash == hashlib.sha256(token.encode()).hexdigest())).mappings().first()
    if row is None or row["expires_at"] < utc_text():
        return None
    return dict(row)


def logout(engine: Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(t.session).where(t.session.c.token_hash == hashlib.sha256(token.encode()).hexdigest()))
