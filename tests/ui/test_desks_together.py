"""The desks working together through the real program: a serial scanner on a pty feeding the intake
page, and a purchase order recognised when its parcel is scanned in."""

from __future__ import annotations

import os
import pty
import tty

from PySide6.QtCore import Qt
from ui_support import set_up_station, wait_idle

from station.domain.purchases import make_item


def open_station(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    return window


def test_serial_scanner_on_a_pty_takes_parcels_in(qtbot, station_app):
    master, slave = pty.openpty()
    tty.setraw(slave)
    try:
        window = open_station(qtbot, station_app)
        station_app.devices.configure("scanner", "scanner.honeywell_serial", os.ttyname(slave))
        qtbot.waitUntil(lambda: station_app.bridge.states.get("scanner", ("",))[0] == "connected", timeout=5000)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        page = window.workspace.intake_page
        page.batch.setChecked(True)
        for i in range(5):
            os.write(master, f"YT{7000000000000 + i}\r\n".encode())
            qtbot.waitUntil(lambda n=i + 1: page.table.rowCount() == n, timeout=8000)
            wait_idle(qtbot, station_app)
        assert {page.table.text(r, 1) for r in range(5)} == {f"YT{7000000000000 + i}" for i in range(5)}
        assert station_app.services.parcels.intake.figures().taken_in == 5
    finally:
        os.close(master)
        os.close(slave)


def test_a_purchase_parcel_is_recognised_at_intake(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    person, _ = station_app.services.people.create(actor, name="王秀英", phones=["13812345678"])
    purchases = station_app.services.purchases
    detail, _ = purchases.create(actor, person_id=person.id, deposit_fen=5000, print_receipt=False,
                                 items=[make_item("电饭煲", "pinduoduo", 1, 12900)])
    order_id = detail.order.id
    purchases.place(actor, order_id, "PDD-250001")
    purchases.add_tracking(actor, order_id, "YT8123456789012")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    page = window.workspace.intake_page
    page.on_scan("YT8123456789012")
    page.take_in()
    wait_idle(qtbot, station_app)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert detail.order.order_no in page.details.text()
    arrived = purchases.get(order_id)
    assert str(arrived.order.state) == "arrived" and arrived.balance_due_fen == 12900 + arrived.order.fee_fen - 5000


def test_arrival_sms_goes_out_through_the_modem_by_itself(qtbot, station_app):
    from station.devices.sim.bench import SimBench

    bench = SimBench()
    try:
        window = open_station(qtbot, station_app)
        actor = station_app.session.actor()
        person, _ = station_app.services.people.create(actor, name="李四", phones=["13900001111"])
        station_app.devices.configure("modem", "modem.generic_gsm", bench.url("modem"))
        qtbot.waitUntil(station_app.sms.available, timeout=5000)
        from station.services.parcels.intake import IntakeRequest

        station_app.services.parcels.intake.take_in(actor, IntakeRequest("ZT7312345678901", person_id=person.id))
        station_app.send_notices()  # what the one-minute timer does
        wait_idle(qtbot, station_app)
        sent = bench.get("modem").sent
        assert len(sent) == 1 and sent[0][0] == "13900001111" and "和兴村服务站" in sent[0][1]
        del window
    finally:
        bench.close()


def test_a_purchase_parcel_does_not_leave_the_pickup_desk_without_its_balance(qtbot, station_app):
    from station.domain.errors import DomainError
    from station.domain.ledger import Method

    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    person, _ = station_app.services.people.create(actor, name="王秀英", phones=["13812345678"])
    purchases = station_app.services.purchases
    detail, _ = purchases.create(actor, person_id=person.id, deposit_fen=5000, print_receipt=False,
                                 items=[make_item("电饭煲", "pinduoduo", 1, 12900)])
    purchases.place(actor, detail.order.id, "PDD-250002")
    purchases.add_tracking(actor, detail.order.id, "YT8123456789013")
    from station.services.parcels.intake import IntakeRequest

    parcel = station_app.services.parcels.intake.take_in(actor, IntakeRequest("YT8123456789013",
                                                                              person_id=person.id)).parcel
    handover = station_app.services.parcels.handover
    try:
        handover.hand_over(actor, [parcel.id])
    except DomainError as exc:
        assert exc.code == "handover.purchase_balance_due" and exc.params["order_no"] == detail.order.order_no
    else:
        raise AssertionError("a purchase parcel left without its balance")
    assert [p.id for p in handover.waiting_for_person(person.id)] == [parcel.id]  # nothing half-done
    due = purchases.get(detail.order.id).balance_due_fen
    purchases.hand_over(actor, detail.order.id, due, Method.CASH, print_receipt=False)
    assert handover.waiting_for_person(person.id) == []  # paid at the purchases desk: the parcel went with it
    del window


def test_handing_over_a_purchase_by_its_order_frees_the_parcels_shelf_slot(qtbot, station_app):
    from station.domain.ledger import Method
    from station.services.parcels.intake import IntakeRequest

    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    person, _ = station_app.services.people.create(actor, name="赵淑芬", phones=["13700005678"])
    purchases = station_app.services.purchases
    detail, _ = purchases.create(actor, person_id=person.id, print_receipt=False,
                                 items=[make_item("洗衣液", "taobao", 2, 3590)])
    purchases.place(actor, detail.order.id, "TB-1")
    purchases.add_tracking(actor, detail.order.id, "JT0001234567890")
    intake = station_app.services.parcels.intake
    intake.take_in(actor, IntakeRequest("JT0001234567890", person_id=person.id))
    assert intake.figures().waiting == 1
    due = purchases.get(detail.order.id).balance_due_fen
    purchases.hand_over(actor, detail.order.id, due, Method.CASH, print_receipt=False)
    assert intake.figures().waiting == 0  # the parcel left the shelf with the money, in one transaction
    assert station_app.services.parcels.handover.waiting_for_person(person.id) == []
    del window


def test_a_tracking_number_recorded_after_its_parcel_arrived_links_it(qtbot, station_app):
    from station.services.parcels.intake import IntakeRequest

    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    person, _ = station_app.services.people.create(actor, name="钱多多", phones=["13600002222"])
    intake = station_app.services.parcels.intake
    parcel = intake.take_in(actor, IntakeRequest("SF1234567890123", person_id=person.id)).parcel  # too early
    purchases = station_app.services.purchases
    detail, _ = purchases.create(actor, person_id=person.id, print_receipt=False,
                                 items=[make_item("雨靴", "jd", 1, 4500)])
    purchases.place(actor, detail.order.id, "JD-9")
    arrived, _ = purchases.add_tracking(actor, detail.order.id, "SF1234567890123")
    assert str(arrived.order.state) == "arrived"
    assert purchases.for_parcel(parcel.id).order.id == detail.order.id
    del window


def connect_scanner(qtbot, station_app):  # type: ignore[no-untyped-def]
    master, slave = pty.openpty()
    tty.setraw(slave)
    station_app.devices.configure("scanner", "scanner.honeywell_serial", os.ttyname(slave))
    qtbot.waitUntil(lambda: station_app.bridge.states.get("scanner", ("",))[0] == "connected", timeout=5000)
    return master, slave


def test_batch_scans_go_from_the_port_straight_to_the_worker_and_only_the_first_takes_the_recipient(
        qtbot, station_app):
    window = open_station(qtbot, station_app)
    zhang, _ = station_app.services.people.create(station_app.session.actor(), name="张三", phones=["13812345678"])
    master, slave = connect_scanner(qtbot, station_app)
    routed: list[str] = []
    station_app.bridge.scan_received.connect(lambda code, _source: routed.append(code))
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        page = window.workspace.intake_page
        page.batch.setChecked(True)
        qtbot.keyClicks(page.phone, "13812345678")  # the person is matched as the phone is typed
        os.write(master, b"YT7000000000001\r\nYT7000000000002\r\n")  # two scans in one read
        qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=8000)
        wait_idle(qtbot, station_app)
        assert routed == []  # neither went through the GUI thread's routing
        first = station_app.services.parcels.handover.lookup("YT7000000000001")
        second = station_app.services.parcels.handover.lookup("YT7000000000002")
        assert [p.person_id for p in first.parcels] == [zhang.id]
        assert [p.needs_completion for p in second.parcels] == [True]
        assert page.phone.text() == ""
        # refused on the worker (already on the shelf): the message, the scan back in the field, and the
        # recipient typed for it is still there for the next scan
        qtbot.keyClicks(page.phone, "13812345678")
        os.write(master, b"YT7000000000001\r\n")
        qtbot.waitUntil(lambda: page.message.text() != "", timeout=8000)
        wait_idle(qtbot, station_app)
        assert "YT7000000000001" in page.message.text() and page.scan.text() == "YT7000000000001"
        assert page.phone.text() == "13812345678"
        page.scan.clear()
        os.write(master, b"YT7000000000003\r\n")
        qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=8000)
        wait_idle(qtbot, station_app)
        third = station_app.services.parcels.handover.lookup("YT7000000000003")
        assert [p.person_id for p in third.parcels] == [zhang.id]
    finally:
        os.close(master)
        os.close(slave)


def test_while_a_dialog_is_open_a_serial_scan_is_not_taken_in(qtbot, station_app):
    window = open_station(qtbot, station_app)
    master, slave = connect_scanner(qtbot, station_app)
    try:
        qtbot.keyClick(window, Qt.Key.Key_F1)
        page = window.workspace.intake_page
        page.batch.setChecked(True)
        page.open_new_person()  # the new-person dialog, modal over the window
        qtbot.waitUntil(lambda: page.dialog.isVisible(), timeout=3000)
        os.write(master, b"ZT7312345678901\r\n")
        qtbot.waitUntil(lambda: "ZT7312345678901" in page.message.text(), timeout=8000)
        assert page.table.rowCount() == 0
        page.dialog.reject()
        qtbot.waitUntil(lambda: not page.dialog.isVisible(), timeout=3000)
        os.write(master, b"ZT7312345678901\r\n")
        qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=8000)
        wait_idle(qtbot, station_app)
    finally:
        os.close(master)
        os.close(slave)
