"""Supervisor accounts (scrypt password hashes) and browser sessions."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets

from sqlalchemy import Engine, delete, insert, select

from station.hub import tables as t
from station.hub.db import utc_now, utc_text

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_HOURS = 12


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$" + base64.b64encode(salt).decode() + "$" + \
        base64.b64encode(dk).decode()


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


def login(engine: Engine, name: str, password: str) -> str | None:
    with engine.begin() as conn:
        stored = conn.execute(select(t.supervisor.c.password_hash).where(t.supervisor.c.name == name)).scalar()
    if stored is None:
        check_password(password, hash_password("x" * 8))  # same cost whether or not the name exists
        return None
    if not check_password(password, stored):
        return None
    token = secrets.token_urlsafe(32)
    from datetime import timedelta
    with engine.begin() as conn:
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
