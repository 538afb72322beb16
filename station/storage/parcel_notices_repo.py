"""Arrival notices and reminders as rows with a state: queued, sent, failed, resent (or cancelled)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from station.domain.notices import Notice, NoticeChannel, NoticeKind, NoticeState
from station.storage.fast import Sql, placeholders
from station.storage.tables_parcels import parcel_notice


def _to_notice(r: Any) -> Notice:
    return Notice(r.id, NoticeKind(r.kind), NoticeChannel(r.channel), NoticeState(r.state), r.person_id, r.phone,
                  r.text, tuple(json.loads(r.parcel_ids)), r.created_at, r.business_date, r.attempts,
                  r.last_error, r.sent_at)


class SqlParcelNotices:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._sql = Sql(conn)  # add / queued_for / set_content run on every intake (station.storage.fast)

    def add(self, notice: Notice, recipient_key: str, batch_id: str) -> None:
        self._sql.run(
            "INSERT INTO parcel_notice (id, kind, channel, state, person_id, phone, recipient_key, text, parcel_ids, "
            "batch_id, created_at, business_date, attempts, sent_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (notice.id, str(notice.kind), str(notice.channel), str(notice.state), notice.person_id, notice.phone,
             recipient_key, notice.text, json.dumps(list(notice.parcel_ids)), batch_id, notice.created_at,
             notice.business_date, notice.attempts, notice.sent_at))

    def mark_due(self, parcel_id: str) -> None:
        """This parcel's arrival notice is to be composed after the intake's commit (``due``)."""
        self._sql.run("INSERT OR IGNORE INTO parcel_notice_due (parcel_id) VALUES (?)", (parcel_id,))

    def due(self, limit: int) -> list[str]:
        """Parcels whose arrival notice is still to be composed, in the order they were taken in (their
        ids are time-ordered)."""
        return self._sql.values("SELECT parcel_id FROM parcel_notice_due ORDER BY parcel_id LIMIT ?", (limit,))

    def clear_due(self, parcel_ids: list[str]) -> None:
        if parcel_ids:
            self._sql.run(f"DELETE FROM parcel_notice_due WHERE parcel_id IN ({placeholders(len(parcel_ids))})",
                          parcel_ids)

    def get(self, notice_id: str) -> Notice | None:
        row = self._conn.execute(select(parcel_notice).where(parcel_notice.c.id == notice_id)).first()
        return _to_notice(row) if row else None

    def queued_for(self, recipient_key: str, batch_id: str, kind: NoticeKind, business_date: str) -> Notice | None:
        """The notice still waiting to go to this person in this batch today: parcels join it (one SMS
        each). Found through the person-and-day index, so no index of its own is written per intake."""
        row = self._sql.first("SELECT * FROM parcel_notice WHERE recipient_key = ? AND business_date = ? AND kind = ? "
                              "AND state = 'queued' AND batch_id = ?",
                              (recipient_key, business_date, str(kind), batch_id))
        return _to_notice(row) if row else None

    def set_content(self, notice_id: str, text: str, parcel_ids: tuple[str, ...]) -> None:
        self._sql.run("UPDATE parcel_notice SET text = ?, parcel_ids = ? WHERE id = ?",
                      (text, json.dumps(list(parcel_ids)), notice_id))

    def reminded_on(self, recipient_key: str, business_date: str) -> bool:
        return self._conn.execute(select(parcel_notice.c.id).where(
            parcel_notice.c.recipient_key == recipient_key, parcel_notice.c.business_date == business_date,
            parcel_notice.c.kind == str(NoticeKind.REMINDER)).limit(1)).first() is not None

    def with_state(self, states: tuple[NoticeState, ...], channel: NoticeChannel | None = None,
                   limit: int = 500) -> list[Notice]:
        query = select(parcel_notice).where(parcel_notice.c.state.in_([str(s) for s in states]))
        if channel is not None:
            query = query.where(parcel_notice.c.channel == str(channel))
        rows = self._conn.execute(query.order_by(parcel_notice.c.created_at).limit(limit))
        return [_to_notice(r) for r in rows]

    def on_date(self, business_date: str) -> list[Notice]:
        rows = self._conn.execute(select(parcel_notice).where(parcel_notice.c.business_date == business_date)
                                  .order_by(parcel_notice.c.created_at))
        return [_to_notice(r) for r in rows]

    def record_attempt(self, notice_id: str, state: NoticeState, error: str, at: str | None) -> None:
        self._conn.execute(update(parcel_notice).where(parcel_notice.c.id == notice_id).values(
            state=str(state), attempts=parcel_notice.c.attempts + 1, last_error=error, sent_at=at))

    def set_state(self, notice_id: str, state: NoticeState) -> None:
        self._conn.execute(update(parcel_notice).where(parcel_notice.c.id == notice_id).values(state=str(state)))
