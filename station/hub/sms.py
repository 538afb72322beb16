"""SMS relay queue: stations hand notices to the hub; a relay station with a GSM modem claims and
sends them. The client's ``sms_id`` makes a retried hand-over idempotent."""

from __future__ import annotations

import re

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from station.hub import tables as t
from station.hub.db import utc_text

PHONE = re.compile(r"^\+?[0-9]{5,20}$")
MAX_TEXT = 500


def queue(engine: Engine, station_id: str, sms_id: str, phone: str, text: str) -> str:
    if not PHONE.match(phone) or not text or len(text) > MAX_TEXT or not 8 <= len(sms_id) <= 64:
        raise ValueError("sms.invalid")
    try:
        with engine.begin() as conn:
            conn.execute(insert(t.sms).values(sms_id=sms_id, station_id=station_id, phone=phone, text=text,
                                              state="queued", created_at=utc_text()))
    except IntegrityError:
        with engine.begin() as conn:
            row = conn.execute(select(t.sms.c.station_id, t.sms.c.state).where(t.sms.c.sms_id == sms_id)).one()
        if row[0] != station_id:
            raise ValueError("sms.foreign") from None
        return row[1]
    return "queued"


def claim(engine: Engine, relay_station: str, limit: int = 20) -> list[dict]:
    with engine.begin() as conn:
        rows = conn.execute(select(t.sms.c.sms_id, t.sms.c.phone, t.sms.c.text).where(t.sms.c.state == "queued")
                            .order_by(t.sms.c.created_at).limit(limit).with_for_update(skip_locked=True)).all()
        ids = [r[0] for r in rows]
        if ids:
            conn.execute(update(t.sms).where(t.sms.c.sms_id.in_(ids))
                         .values(state="claimed", claimed_by=relay_station, updated_at=utc_text()))
    return [{"sms_id": r[0], "phone": r[1], "text": r[2]} for r in rows]


def report(engine: Engine, relay_station: str, sms_id: str, sent: bool) -> None:
    with engine.begin() as conn:
        conn.execute(update(t.sms).where(t.sms.c.sms_id == sms_id, t.sms.c.claimed_by == relay_station)
                     .values(state="sent" if sent else "queued", updated_at=utc_text()))


def listing(engine: Engine, limit: int = 200) -> list[dict]:
    with engine.begin() as conn:
        return [dict(r) for r in conn.execute(select(t.sms).order_by(t.sms.c.created_at.desc()).limit(limit))
                .mappings()]
