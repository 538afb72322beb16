"""Records from skewed or future-dated station clocks are stored and flagged on the supervisor pages
(sync.md §4.11): real stations sync over HTTP with their clocks set wrong, then the pages are read."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
import sync_support as s
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from station.hub import stations, supervisors
from station.hub import tables as t
from station.sync import client
from station.sync.outbox import OutboxStore
from station.sync.worker import SyncWorker

MIN = dt.timedelta(minutes=1)


def _wall(delta: dt.timedelta) -> str:
    return (dt.datetime.now(dt.UTC) + delta).astimezone().isoformat(timespec="milliseconds")


def _sync(db, monkeypatch, skew: dt.timedelta) -> None:
    """Sync with the station's clock `skew` away from true time (it signs its requests with that time)."""
    with monkeypatch.context() as m:
        m.setattr(client, "now_text", lambda: _wall(skew))
        w = SyncWorker(db)
        try:
            for _ in range(5):
                st = w.run_once()
                if st.state == "idle" and st.records_waiting == 0:
                    return
            raise AssertionError(st)
        finally:
            w._file_lock.release()


def _station(tmp_path, hub, code: str):
    db = s.make_station_db(tmp_path / f"{code}.db", code=code)
    s.enrol_station(db, hub.engine, hub.url)
    store = OutboxStore(db)
    sid = store.identity().station_id
    store.close()
    return db, sid


def _cells(html: str) -> list[list[str]]:
    body = html.split("<tbody>", 1)[1]
    return [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<td>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


@pytest.fixture
def hub(hub_db_url):
    with s.HubThread(hub_db_url) as h:
        supervisors.create(h.engine, "zhang", "secret-pass")
        yield h


def test_skewed_and_future_records_are_stored_and_flagged_on_the_pages(hub, tmp_path, monkeypatch):
    good, good_id = _station(tmp_path, hub, "HX-A")  # right clock; two records dated tomorrow
    s.append(good, 3, wall=_wall(0 * MIN))
    s.append(good, 2, wall=_wall(dt.timedelta(days=1)))
    _sync(good, monkeypatch, 0 * MIN)

    slow, slow_id = _station(tmp_path, hub, "HX-B")  # 2 min behind (fine), then 10 min behind
    s.append(slow, 2, wall=_wall(-2 * MIN))
    _sync(slow, monkeypatch, -2 * MIN)
    s.append(slow, 3, wall=_wall(-10 * MIN))
    s.append(slow, 1, wall=_wall(dt.timedelta(days=1) - 10 * MIN))  # both problems at once
    _sync(slow, monkeypatch, -10 * MIN)

    fast, fast_id = _station(tmp_path, hub, "HX-C")  # 8 min ahead: off, but nothing dated past receipt
    s.append(fast, 2, wall=_wall(8 * MIN))
    _sync(fast, monkeypatch, 8 * MIN)

    with hub.engine.begin() as conn:  # never refused for time
        assert conn.execute(select(func.count()).select_from(t.record)).scalar_one() == 13

    c = httpx.Client(base_url=hub.url, follow_redirects=True, timeout=30)
    assert c.post("/admin/login", data={"name": "zhang", "password": "secret-pass"}).status_code == 200
    home = c.get("/admin").text
    assert "时钟异常" in home
    head = re.findall(r"<th>(.*?)</th>", home)
    col = head.index("时钟异常")
    counts = {row[0]: row[col] for row in _cells(home)}
    assert counts == {"HX-A": "2", "HX-B": "4", "HX-C": "2"}
    assert f'href="/admin/stations/{slow_id}/clock"' in home

    def flagged(sid: str, lang: str = "") -> dict[int, str]:
        page = c.get(f"/admin/stations/{sid}/clock{lang}").text
        return {int(row[2]): row[-1] for row in _cells(page)}

    assert flagged(good_id) == {4: "时间在未来", 5: "时间在未来"}
    assert flagged(slow_id) == {3: "时钟偏差 10 分钟", 4: "时钟偏差 10 分钟", 5: "时钟偏差 10 分钟",
                                6: "时钟偏差 10 分钟；时间在未来"}
    assert flagged(fast_id) == {1: "时钟偏差 8 分钟", 2: "时钟偏差 8 分钟"}
    assert flagged(slow_id, "?lang=en")[6] == "clock off by 10 min; dated in the future"
    assert flagged(good_id, "?lang=en")[4] == "dated in the future"

    page = c.get(f"/admin/stations/{slow_id}/clock").text
    row = next(r for r in _cells(page) if r[2] == "3")
    assert row[0] == "HX-B" and row[3] == "parcel.taken_in" and row[5].startswith("+10.")
    assert "站点时钟慢" in page  # the sign is explained in words
    assert "时钟异常" in c.get(f"/admin/stations/{slow_id}").text
    assert c.get("/admin/stations/nope/clock").status_code == 404


def test_records_are_judged_in_chunks_until_none_is_left(hub, tmp_path, monkeypatch):
    db, sid = _station(tmp_path, hub, "HX-D")
    s.append(db, 7, wall=_wall(dt.timedelta(days=2)))
    _sync(db, monkeypatch, 0 * MIN)
    assert stations.clock_flag_counts(hub.engine) == {sid: 7}  # ingest judges records as they arrive
    with hub.engine.begin() as conn:  # as records stored before the hub learnt to judge them
        conn.execute(update(t.record).values(clock_flags=None))
    assert stations.clock_flag_counts(hub.engine) == {}
    monkeypatch.setattr(stations, "SWEEP_CHUNK", 3)
    assert stations.sweep_clock_flags(hub.engine, budget_s=0) is False  # out of time, work left
    assert stations.sweep_clock_flags(hub.engine) is True
    assert stations.clock_flag_counts(hub.engine) == {sid: 7}
    with hub.engine.begin() as conn:
        assert conn.execute(select(func.count()).select_from(t.record).where(t.CLOCK_UNCHECKED)).scalar_one() == 0


@pytest.mark.parametrize(("wall", "offset_ms", "expected"), [
    ("2024-05-01T10:00:00.000+08:00", 0, 0),
    ("2024-05-01T09:55:00.000+08:00", 5 * 60_000, 0),  # exactly 5 min behind: not yet "more than"
    ("2024-05-01T09:55:00.000+08:00", 5 * 60_000 + 1, stations.CLOCK_OFF),
    ("2024-05-01T10:00:00.000+08:00", -6 * 60_000, stations.CLOCK_OFF),
    ("2024-05-01T02:00:30.000+00:00", 0, 0),  # 30 s after receipt: whole-second headers, NTP steps
    ("2024-05-01T10:02:00.000+08:00", 0, stations.CLOCK_FUTURE),
    ("2024-05-01T10:02:00.000+08:00", -2 * 60_000, 0),  # the offset puts it right
    ("2024-05-01T10:02:00.000+08:00", None, stations.CLOCK_FUTURE),  # no offset: taken as it stands
    ("2024-05-02T10:00:00+08:00", -10 * 60_000, stations.CLOCK_OFF | stations.CLOCK_FUTURE),
    ("2024-05-01T10:02:00", 0, 0),  # no zone: cannot be placed in time, so not judged
    ("garbage", 9 * 60_000, stations.CLOCK_OFF),
])
def test_clock_flag_rules(wall, offset_ms, expected):
    assert stations.clock_flags(wall, offset_ms, "2024-05-01T02:00:00.000+00:00") == expected


@settings(max_examples=300, deadline=None)
@given(created=st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)),
       received=st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)),
       offset=st.one_of(st.none(), st.integers(-(1 << 50), 1 << 50)), text=st.text(max_size=30))
def test_a_batch_judges_record_times_as_each_record_alone_would(created, received, offset, text):
    received_at = received.isoformat(timespec="milliseconds")
    judge = stations.clock_judge(offset, received_at)
    beijing = dt.timezone(dt.timedelta(hours=8))
    for wall in (created.isoformat(timespec="milliseconds"), created.astimezone(beijing).isoformat(), text):
        assert judge(wall) == stations.clock_flags(wall, offset, received_at)
