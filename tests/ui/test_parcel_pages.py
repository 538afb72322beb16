"""The parcel pages driven like an operator would: scans, keys, the F-keys of the workspace."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from ui_support import set_up_station, wait_idle

from station.domain.errors import DomainError, NotFound
from station.domain.notices import NoticeChannel, NoticeState
from station.services.parcels.intake import IntakeRequest
from station.ui.messages import message_for
from station.ui.pages import intake_page


def open_station(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    return window


def scan(qtbot, field, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_intake_of_20_parcels_in_batch_mode(qtbot, station_app):
    window = open_station(qtbot, station_app)
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.workspace.pages.currentWidget() is page
    assert not page.scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    qtbot.keyClick(page.scan, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert page.batch.isChecked()
    for i in range(1, 21):
        if i % 2:
            scan(qtbot, page.scan, f"SF10000000000{i:02d}")
        else:
            page.on_scan(f"JT00000000000{i:02d}")  # the serial scanner's way in
        wait_idle(qtbot, station_app)
    assert page.table.rowCount() == 20
    assert page.big_code.text() == "1-1-0020"
    assert station_app.services.parcels.intake.figures().taken_in == 20 and " 20 " in page.figures.text()
    # garbage and a duplicate: clear messages, nothing saved, the scan kept for correction
    page.on_scan("张三")  # what a scanner with the wrong code page sends
    wait_idle(qtbot, station_app)
    assert page.message.text() == message_for(DomainError("waybill.invalid", text="张三"))
    assert page.scan.text() == "张三" and page.table.rowCount() == 20
    page.scan.clear()
    scan(qtbot, page.scan, "SF1000000000001")
    wait_idle(qtbot, station_app)
    assert page.message.objectName() == "ErrorText" and "1-1-0001" in page.message.text()
    assert page.scan.text() == "SF1000000000001"
    page.scan.clear()
    page.on_scan("JT0000000000002")  # the same from the serial scanner, which goes straight to the worker
    wait_idle(qtbot, station_app)
    assert page.message.objectName() == "ErrorText" and "1-1-0002" in page.message.text()
    assert page.scan.text() == "JT0000000000002" and page.scan.selectedText() == "JT0000000000002"
    assert page.table.rowCount() == 20
    # undo the last one: a reversing event, the row says so
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, station_app)
    assert page.table.text(0, 0) == page.tr("undone")


def test_a_scan_shows_its_row_first_and_the_rest_of_the_page_a_frame_later(qtbot, station_app, monkeypatch):
    """The row, its code first, is painted with the scan; the big code, the details line, the count and
    the emptied recipient follow once the commit is done or a frame later, and nothing shown in between
    is overwritten by them."""
    window = open_station(qtbot, station_app)
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page.batch.setChecked(True)
    page._rest_due.setInterval(60_000)  # hold the frame open: what happens before it is what a user sees
    monkeypatch.setattr(intake_page, "REST_AFTER_COMMIT_MS", 60_000)
    qtbot.keyClicks(page.phone, "13812345678")
    page.on_scan("YT1234567890123")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.text(0, 0) == "1-1-0001" and page.big_code.text() == ""
    assert "YT1234567890123" not in page.details.text() and page.phone.text() == "13812345678"
    page.on_scan("张三")  # a bad scan inside the frame: the rest goes first, then the message stays
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=5000)
    assert page.big_code.text() == "1-1-0001"
    assert "YT1234567890123" in page.details.text() and page.count_label.text() == page.tr(
        "{n} taken in this session").format(n=1)
    assert page.phone.text() == "" and not page.matches.isVisible()  # emptied with the rest
    wait_idle(qtbot, station_app)
    assert page.message.text() == message_for(DomainError("waybill.invalid", text="张三"))
    page._rest_due.setInterval(15)
    monkeypatch.setattr(intake_page, "REST_AFTER_COMMIT_MS", 1)
    page.scan.clear()
    page.on_scan("YT1234567890124")
    qtbot.waitUntil(lambda: "YT1234567890124" in page.details.text(), timeout=5000)
    assert page.message.text() == "" and page.scan.hasFocus() and page.big_code.text() == "1-1-0002"


def test_the_rest_of_the_page_follows_the_commit_without_waiting_for_the_frame(qtbot, station_app):
    window = open_station(qtbot, station_app)
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page.batch.setChecked(True)
    page._rest_due.setInterval(60_000)  # the frame would never come: the commit brings the rest
    qtbot.keyClicks(page.phone, "13812345678")
    page.on_scan("YT1234567890125")
    qtbot.waitUntil(lambda: page.big_code.text() == "1-1-0001", timeout=5000)
    assert "YT1234567890125" in page.details.text() and page.phone.text() == ""


def test_a_scan_inside_the_frame_does_not_take_the_recipient_the_shown_parcel_took(qtbot, station_app,
                                                                                    monkeypatch):
    """The fields still show the first parcel's recipient until the frame; the next scan goes without it,
    and what the operator types meanwhile is kept, not emptied."""
    window = open_station(qtbot, station_app)
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page.batch.setChecked(True)
    page._rest_due.setInterval(60_000)
    monkeypatch.setattr(intake_page, "REST_AFTER_COMMIT_MS", 60_000)
    qtbot.keyClicks(page.phone, "13812345678")
    page.on_scan("YT1234567890131")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.on_scan("YT1234567890132")
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    wait_idle(qtbot, station_app)
    first, second = page._taken[1], page._taken[0]
    assert first.recipient_phone == "13812345678"
    assert second.recipient_phone == "" and second.needs_completion
    qtbot.keyClicks(page.phone, "13912345678")
    page.on_scan("YT1234567890133")
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5000)
    page.name.insert("李四")  # the operator goes on typing (an IME commit) before the frame
    page._show_rest()
    assert (page.phone.text(), page.name.text()) == ("13912345678", "李四")  # kept: not what went
    page.on_scan("YT1234567890134")
    qtbot.waitUntil(lambda: page.table.rowCount() == 4, timeout=5000)
    wait_idle(qtbot, station_app)
    assert page._taken[0].recipient_name == "李四"  # the typed text went with the next scan


def test_intake_with_recipient_last4_picks_the_person(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    zhang, _ = station_app.services.people.create(actor, name="张三", phones=["13812345678"])
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    scan(qtbot, page.scan, "YT1234567890123")
    assert page.phone.hasFocus() and page.carrier.currentData() == "yto"
    qtbot.keyClicks(page.phone, "5678")
    assert page.matches.count() == 1
    qtbot.keyClick(page.phone, Qt.Key.Key_Return)
    wait_idle(qtbot, station_app)
    assert page.big_code.text() == "1-1-0001" and "张三" in page.details.text()
    assert page.phone.text() == "" and page.chosen_person() is None  # at once: the next scan starts afresh
    qtbot.waitUntil(lambda: not page.matches.isVisible() and page.phone.updatesEnabled(), timeout=1000)
    parcels = station_app.services.parcels.handover.waiting_for_person(zhang.id)
    assert [p.waybill for p in parcels] == ["YT1234567890123"]

    def composed():  # the page composes the arrival notice once the parcel is committed and shown
        with station_app.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT parcel_ids, person_id, state FROM parcel_notice").all()

    qtbot.waitUntil(lambda: composed() == [(f'["{parcels[0].id}"]', zhang.id, "queued")], timeout=5000)
    with station_app.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM parcel_notice_due").scalar() == 0


def test_handover_of_three_parcels_to_one_person(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    desk = station_app.services.parcels
    zhang, _ = station_app.services.people.create(actor, name="张三", phones=["13812345678"])
    other, _ = station_app.services.people.create(actor, name="李四", phones=["13900001111"])
    for i in range(3):
        desk.intake.take_in(actor, IntakeRequest(f"SF10000000000{i:02d}", person_id=zhang.id))
    desk.intake.take_in(actor, IntakeRequest("SF1000000000099", person_id=other.id))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    page = window.workspace.parcels_page.handover
    assert window.workspace.pages.currentWidget() is window.workspace.parcels_page
    scan(qtbot, page.query, "9999")
    assert page.message.text() == message_for(NotFound("pickup.nothing_waiting", text="9999"))
    page.query.clear()
    scan(qtbot, page.query, "5678")
    assert page.table.rowCount() == 3 and "张三" in page.who.text()
    qtbot.keyClick(page.query, Qt.Key.Key_F12)
    wait_idle(qtbot, station_app)
    assert page.message.objectName() == "InfoText" and "1-1-0003" in page.message.text()
    assert desk.handover.waiting_for_person(zhang.id) == []
    assert len(desk.handover.waiting_for_person(other.id)) == 1
    # the same code again: nothing waiting
    page.on_scan("1-1-0001")
    assert page.message.text() == message_for(NotFound("pickup.nothing_waiting", text="1-1-0001"))


def test_stock_take_finds_a_missing_parcel(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    desk = station_app.services.parcels
    taken = [desk.intake.take_in(actor, IntakeRequest(f"SF10000000000{i:02d}")).parcel for i in range(3)]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    tabs = window.workspace.parcels_page
    tabs.tabs.setCurrentWidget(tabs.stocktake)
    page = tabs.stocktake
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    tabs.on_scan(taken[0].waybill)
    scan(qtbot, page.scan, taken[2].pickup_code)
    assert "2" in page.count.text()
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.missing.count() == 1 and page.missing.item(0).text().startswith(taken[1].pickup_code)


def test_dispatch_with_weight_and_price(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    station_app.services.people.create(actor, name="张三", phones=["13812345678"])
    qtbot.keyClick(window, Qt.Key.Key_F3)
    page = window.workspace.dispatch_page
    assert window.workspace.pages.currentWidget() is page
    qtbot.keyClicks(page.sender_search, "zs")
    assert page.sender_list.count() == 1
    qtbot.keyClicks(page.id_number, "110101199003074514")
    page.contents.insert("苹果")
    page.dest_name.insert("王五")
    qtbot.keyClicks(page.dest_phone, "13900001111")
    page.province.setCurrentText("广东")
    page.address.insert("广州市天河区某路1号")
    page.carrier.setCurrentIndex(page.carrier.findData("zto"))
    qtbot.keyClicks(page.weight, "2.3")
    qtbot.mouseClick(page.quote_button, Qt.MouseButton.LeftButton)
    assert page.price_label.text() == "￥20.00"  # 2.3 kg: first kg 10.00 + 2 x 5.00 (zto national)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.message.text() == message_for(DomainError("dispatch.not_inspected"))  # nothing saved
    page.inspected.setChecked(True)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert "￥20.00" in page.message.text() and "110***********4514" in page.message.text()
    assert station_app.services.ledger.balances()["cash"] == 2000
    assert page.waiting_table.rowCount() == 1


def test_parcel_settings_shelves_and_fee(qtbot, station_app):
    window = open_station(qtbot, station_app)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    tabs = window.workspace.parcels_page
    tabs.tabs.setCurrentWidget(tabs.overdue)
    qtbot.mouseClick(tabs.overdue.settings_button, Qt.MouseButton.LeftButton)
    dialog = tabs.overdue.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.shelves.rowCount() == 0  # a new station: the default layout arrives with the first parcel
    dialog._add_shelf_row("A", 1, 2)
    dialog.fee.setText("1.00")
    dialog.save()
    wait_idle(qtbot, station_app)
    assert not dialog.isVisible()
    desk, actor = station_app.services.parcels, station_app.session.actor()
    assert desk.retention.settings().fee_per_day_fen == 100
    codes = [desk.intake.take_in(actor, IntakeRequest(f"SF100000000000{i}")).parcel.pickup_code for i in range(2)]
    assert codes == ["A-1-0001", "A-1-0002"]
    try:
        desk.intake.take_in(actor, IntakeRequest("SF1000000000009"))
    except DomainError as exc:
        assert exc.code == "shelf.all_full"
    else:
        raise AssertionError("a full shelf must refuse")


def test_overdue_list_extend_problem_return_and_wechat_text(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    desk = station_app.services.parcels
    taken = [desk.intake.take_in(actor, IntakeRequest(f"SF10000000000{i:02d}", recipient_phone="138****5678"))
             .parcel for i in range(3)]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    tabs = window.workspace.parcels_page
    tabs.tabs.setCurrentWidget(tabs.overdue)
    page = tabs.overdue
    page.min_days.setValue(0)
    assert page.table.rowCount() == 3
    page.table.selectRow(0)
    qtbot.mouseClick(page.extend_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert desk.intake.get(taken[0].id).hold_until > taken[0].hold_until
    page.table.selectRow(1)
    page.courier.setText("中通小王")
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.table.rowCount() == 2  # refreshed: the returned parcel left the list
    queued_list = desk.notices.notices((NoticeState.QUEUED,))
    assert queued_list and {n.channel for n in queued_list} == {NoticeChannel.PRINT_LIST}
    qtbot.mouseClick(page.wechat_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    text = QGuiApplication.clipboard().text()
    assert taken[0].pickup_code in text and "138****5678" in text
    assert "1" in page.message.text() and page.message.objectName() != "ErrorText"
    # the post is on record: one WeChat notice for the one recipient, with both waiting parcels; the
    # notice-board notices of those parcels count as posted
    wechat = [n for n in desk.notices.notices((NoticeState.SENT,)) if n.channel == NoticeChannel.WECHAT_TEXT]
    assert len(wechat) == 1 and set(wechat[0].parcel_ids) == {taken[0].id, taken[2].id}
    assert wechat[0].sent_at and taken[0].pickup_code in wechat[0].text
    assert not [n for n in desk.notices.notices((NoticeState.QUEUED,)) if taken[0].id in n.parcel_ids]


def test_a_parcel_whose_commit_fails_is_taken_back_from_the_screen(qtbot, station_app, monkeypatch):
    """The page shows a parcel while its commit goes to disk; if the disk refuses it, the row and the
    code go, the waybill is back in the scan field and nothing was taken in."""
    window = open_station(qtbot, station_app)
    page = window.workspace.intake_page
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page.batch.setChecked(True)
    page.on_scan("SF1000000000001")
    wait_idle(qtbot, station_app)
    intake = station_app.services.parcels.intake
    real = intake.take_in

    def disk_fails(actor, request, shown=None):  # type: ignore[no-untyped-def]
        def shown_then_fail(result):  # type: ignore[no-untyped-def]
            shown(result)
            raise sqlite3.OperationalError("disk I/O error")
        return real(actor, request, shown_then_fail)

    monkeypatch.setattr(intake, "take_in", disk_fails)
    page.phone.setText("13812345678")  # typed before the scan: given back with the waybill
    page.on_scan("SF1000000000002")
    wait_idle(qtbot, station_app)
    assert page.phone.text() == "13812345678"
    assert page.table.rowCount() == 1 and page.table.text(0, 1) == "SF1000000000001"
    assert page.big_code.text() == "" and "SF1000000000002" in page.details.text()
    assert page.scan.text() == "SF1000000000002" and page.message.objectName() == "ErrorText"
    assert station_app.services.parcels.intake.figures().taken_in == 1


def test_the_start_composes_arrival_notices_a_crash_left(qtbot, qapp, station_app):
    """An intake commits its parcel with a mark; its notice is composed just after. If the program
    stopped in between, the next start composes it (in the background)."""
    from station.app import StationApp

    open_station(qtbot, station_app)
    actor = station_app.session.actor()
    zhang, _ = station_app.services.people.create(actor, name="张三", phones=["13812345678"])
    parcel = station_app.services.parcels.intake.take_in(actor, IntakeRequest("SF1000000000001",
                                                                              person_id=zhang.id)).parcel
    station_app.window.close()
    station_app.close()  # gone before the page's pass: only the mark is on disk
    with sqlite3.connect(station_app.paths.database) as conn:
        assert conn.execute("SELECT parcel_id FROM parcel_notice_due").fetchall() == [(parcel.id,)]
        assert conn.execute("SELECT count(*) FROM parcel_notice").fetchone() == (0,)
    again = StationApp(qapp, station_app.paths, station_app.settings, training=False)
    again.open_storage()
    try:
        wait_idle(qtbot, again)
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM parcel_notice_due").scalar() == 0
            assert conn.exec_driver_sql("SELECT parcel_ids, state FROM parcel_notice").all() == [
                (f'["{parcel.id}"]', "queued")]
    finally:
        again.close()
