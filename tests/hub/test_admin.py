"""Supervisor pages, CLI and sneakernet, through the public surface."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import httpx
import openpyxl
import pytest
import sync_support as s

from station.hub import stations, supervisors
from station.sync import sneakernet
from station.sync.outbox import OutboxStore


@pytest.fixture
def hub(tmp_path):
    with s.HubThread(s.sqlite_hub_url(tmp_path)) as h:
        supervisors.create(h.engine, "zhang", "secret-pass")
        yield h


def _login(hub) -> httpx.Client:
    c = httpx.Client(base_url=hub.url, follow_redirects=True)
    r = c.post("/admin/login", data={"name": "zhang", "password": "secret-pass"})
    assert r.status_code == 200 and "服务站" in r.text
    return c


def _csrf(html: str) -> str:
    return re.search(r'name=csrf value=["\']([^"\']+)', html).group(1)


def test_login_rejects_a_wrong_password_and_pages_need_a_session(hub):
    c = httpx.Client(base_url=hub.url, follow_redirects=False)
    assert c.get("/admin").status_code == 303
    r = c.post("/admin/login", data={"name": "zhang", "password": "wrong-pass"})
    assert "用户名或密码错误" in r.text


def test_enrolment_qr_then_station_figures(hub, tmp_path):
    c = _login(hub)
    page = c.get("/admin/enrol")
    r = c.post("/admin/enrol", data={"code": "HX-007", "csrf": _csrf(page.text)})
    assert "data:image/png;base64," in r.text
    payload = re.search(r"<pre class=payload>(.*?)</pre>", r.text).group(1).replace("&quot;", '"')
    db = s.make_station_db(tmp_path / "st.db", code="HX-007")
    from station.sync.enrolment import enrol
    store = OutboxStore(db)
    enrol(store, payload)
    s.append(db, 4, kind="parcel.taken_in")
    s.append(db, 2, kind="parcel.handed_over")
    s.append(db, 3, kind="purchase.ordered", payload={"amount_fen": 1990})
    from station.sync.worker import SyncWorker
    assert SyncWorker(db).run_once().state == "idle"
    home = c.get("/admin").text
    assert "HX-007" in home
    row = re.search(r"HX-007</a></td>(.*?)</tr>", home).group(1)
    cells = re.findall(r"<td>(.*?)</td>", row)
    assert cells[-5:] == ["4", "2", "3", "0", "9"]
    detail = c.get(f"/admin/stations/{store.identity().station_id}").text
    assert "purchase.ordered" in detail
    csv_bytes = c.get("/admin/export.file", params={"fmt": "csv"}).content
    assert csv_bytes.decode("utf-8-sig").count("\n") == 10
    xlsx = c.get("/admin/export.file", params={"fmt": "xlsx", "station": "HX-007"}).content
    ws = openpyxl.load_workbook(io.BytesIO(xlsx)).active
    assert ws.max_row == 10
    store.close()


def test_reference_editing_form(hub):
    c = _login(hub)
    page = c.get("/admin/ref/tariffs")
    r = c.post("/admin/ref/tariffs", data={"csrf": _csrf(page.text), "json": '{"zto": {"first_kg_fen": 800}}'})
    assert "已保存" in r.text
    bad = c.post("/admin/ref/tariffs", data={"csrf": _csrf(page.text), "json": "[1,2"})
    assert "格式错误" in bad.text
    assert c.post("/admin/ref/tariffs", data={"csrf": "forged", "json": "{}"}).status_code == 403
    assert "英文" not in c.get("/admin/ref?lang=en").text and "Tariffs" in c.get("/admin/ref?lang=en").text


def test_create_supervisor_cli(tmp_path):
    r = subprocess.run([sys.executable, "-m", "station.hub", "--data", str(tmp_path), "--create-supervisor", "li",
                        "--password", "long-enough"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    from station.hub import db
    engine = db.make_engine(db.sqlite_url(tmp_path / "hub.sqlite3"))
    assert supervisors.login(engine, "li", "long-enough") is not None
    assert supervisors.login(engine, "li", "wrong-one!") is None


def test_sneakernet_round_trip_via_cli_and_page(tmp_path):
    db_path = s.make_station_db(tmp_path / "st.db")
    hub_url = s.sqlite_hub_url(tmp_path)
    with s.HubThread(hub_url) as hub:
        s.enrol_station(db_path, hub.engine, hub.url)
        supervisors.create(hub.engine, "zhang", "secret-pass")
        s.append(db_path, 120)
        store = OutboxStore(db_path)
        assert sneakernet.export_file(store, tmp_path / "out.vssync") == 120
        c = _login(hub)
        csrf = _csrf(c.get("/admin/export").text.replace("'x-csrf':'", "name=csrf value='"))
        ack = c.post("/admin/sneakernet", content=(tmp_path / "out.vssync").read_bytes(), headers={"x-csrf": csrf})
        assert ack.status_code == 200
        (tmp_path / "ack.vsack").write_bytes(ack.content)
        assert sneakernet.import_ack(store, tmp_path / "ack.vsack") == 120
        s.assert_hub_holds_exactly(hub.engine, [db_path])
        assert s.states(db_path) == {"acked": 120}
        assert stations.sweep_clock_flags(hub.engine)
        with hub.engine.connect() as conn:  # the file's age is not the station's clock error
            offsets = conn.exec_driver_sql("SELECT DISTINCT clock_offset_ms FROM hub_record").all()
            flagged = conn.exec_driver_sql("SELECT count(*) FROM hub_record WHERE clock_flags > 0").scalar()
        assert offsets == [(None,)] and flagged == 0
        # the CLI path with the same file: idempotent, same outcome
        s.append(db_path, 5)
        sneakernet.export_file(store, tmp_path / "out2.vssync")
        store.close()
    r = subprocess.run([sys.executable, "-m", "station.hub", "--database", hub_url, "--import-file",
                        str(tmp_path / "out2.vssync"), "--ack-file", str(tmp_path / "ack2.vsack")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    store = OutboxStore(db_path)
    assert sneakernet.import_ack(store, tmp_path / "ack2.vsack") == 5
    store.close()
