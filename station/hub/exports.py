"""CSV/XLSX export of records across stations and dates, for supervisors."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from sqlalchemy import Engine, select

from station.hub import tables as t

COLUMNS = ["station_code", "station_id", "incarnation_id", "seq", "record_id", "kind", "day", "created_wall",
           "amount_fen", "received_at", "clock_offset_ms", "payload"]


def _rows(engine: Engine, day_from: str | None, day_to: str | None, station: str | None):
    r, s = t.record.c, t.station.c
    q = (select(s.station_code, r.station_id, r.incarnation_id, r.seq, r.record_id, r.kind, r.day, r.created_wall,
                r.amount_fen, r.received_at, r.clock_offset_ms, r.payload)
         .select_from(t.record.join(t.station, t.station.c.station_id == r.station_id, isouter=True))
         .order_by(r.station_id, r.incarnation_id, r.seq))
    if day_from:
        q = q.where(r.day >= day_from)
    if day_to:
        q = q.where(r.day <= day_to)
    if station:
        q = q.where((s.station_code == station) | (r.station_id == station))
    with engine.begin() as conn:
        for row in conn.execute(q):
            out = list(row)
            out[-1] = bytes(out[-1]).decode("utf-8", "replace")
            yield out


def export_records(engine: Engine, fmt: str, day_from: str | None = None, day_to: str | None = None,
                   station: str | None = None) -> bytes:
    rows = _rows(engine, day_from, day_to, station)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(COLUMNS)
        w.writerows(rows)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM so Excel opens UTF-8 Chinese correctly
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("records")
    ws.append(COLUMNS)
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
