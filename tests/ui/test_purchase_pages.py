"""Agent purchases and the day close, driven like an operator: F-keys, typing, scanning, buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import set_up_station, wait_idle

from station.domain.errors import DomainError
from station.domain.purchases import OrderState
from station.services.purchases import PurchaseWaybillMatcher
from station.ui.messages import message_for


class RecordingPrinter:
    def __init__(self) -> None:
        self.jobs: list[Any] = []

    def submit(self, uow: Any, *, kind: str, document: Any, ref_kind: str, ref_id: str, operator_id: str,
               at: str) -> str:
        self.jobs.append(document)
        return str(len(self.jobs))


def open_station(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    printer = RecordingPrinter()
    station_app.services.purchases._printer = printer  # the lead wires the real print queue in app.py
    station_app.services.day_close._printer = printer
    return window, printer


def fill_order(qtbot, dialog) -> None:
    dialog.person_search.insert("张三")  # IME commit
    qtbot.waitUntil(lambda: dialog.people.count() == 1, timeout=3000)
    dialog.items.item(0, 0).setText("电饭煲")
    dialog.items.item(0, 5).setText("129")
    dialog.items.cellWidget(0, 1).setCurrentIndex(dialog.items.cellWidget(0, 1).findData("pinduoduo"))
    row = dialog.add_item_row(name="儿童袜子", platform="taobao", quantity="3", price="9.90", spec="黑色 M")
    assert row == 1
    dialog.shipping.setText("8")
    dialog.deposit.clear()
    qtbot.keyClicks(dialog.deposit, "50")


def test_order_with_two_items_receipt_handover_and_day_close(qtbot, station_app):
    window, printer = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    station_app.services.people.create(actor, name="张三", phones=["13812345678"], village="和兴村")
    page = window.workspace.purchases_page
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.workspace.pages.currentWidget() is page

    qtbot.keyClick(page.scan, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    fill_order(qtbot, dialog)
    dialog.items.item(1, 4).setText("-3")  # a negative quantity: refused, nothing lost
    save.click()
    wait_idle(qtbot, station_app)
    assert dialog.isVisible()
    assert dialog.message.text() == message_for(DomainError("purchase.quantity_invalid", line=2, max=999))
    dialog.items.item(1, 4).setText("3")
    assert "￥171.70" in dialog.quote_label.text()  # 129 + 29.70 + 8 shipping + ￥5 fee
    save.click()
    wait_idle(qtbot, station_app)
    assert not dialog.isVisible()
    detail = page.detail
    assert detail.order.order_no == "DG-0001" and detail.money.paid_fen == 5000
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "DG-0001"

    # the receipt, read back from the ESC/POS bytes a printer would get
    from station.printing.escpos import EscPosProfile, encode_receipt
    from station.printing.interpreter import interpret

    printed = interpret(encode_receipt(printer.jobs[-1], EscPosProfile.from_options({})))
    assert printed.qr_payloads == ["DG-0001"]
    for part in ("DG-0001", "张三", "电饭煲", "儿童袜子", "￥171.70", "￥50.00", "￥121.70"):
        assert part in printed.text, part

    # ordered online and shipped, then the parcel arrives at intake (the matcher, as parcel intake calls it)
    purchases = station_app.services.purchases
    purchases.place(actor, detail.order.id, "240611-0099")
    purchases.add_tracking(actor, detail.order.id, "YT7788990011")
    with station_app.services.ctx.uow() as uow:
        PurchaseWaybillMatcher().on_parcel_arrived(uow, parcel_id="parcel-1", waybill="YT7788990011",
                                                   person_id=None, actor_id=actor.id,
                                                   at=station_app.services.ctx.now_iso())

    # the villager comes with the receipt: scan the order QR, hand over with the balance
    page.scan.clear()
    qtbot.keyClicks(page.scan, "DG-0001")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.detail.order.state == OrderState.ARRIVED and page.actions["hand_over"].isEnabled()
    qtbot.mouseClick(page.actions["hand_over"], Qt.MouseButton.LeftButton)
    handover = page.dialog
    handover.amount.setText("100")  # short of the balance: refused, goods not handed over
    handover.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, station_app)
    assert handover.isVisible() and "￥121.70" in handover.message.text()
    handover.amount.setText("121.70")
    handover.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, station_app)
    assert not handover.isVisible()
    assert page.detail.order.state == OrderState.HANDED_OVER and page.detail.balance_due_fen == 0
    assert len(printer.jobs) == 2

    # day close: ￥171.70 cash taken; the drawer holds ￥170.00
    close_page = window.workspace.day_close_page
    window.workspace.show_page("day_close")
    assert window.workspace.pages.currentWidget() is close_page
    assert close_page.expected.text() == "￥171.70"
    qtbot.keyClicks(close_page.counted, "170")
    assert "￥1.70" in close_page.difference.text()
    assert close_page.entries.rowCount() == 3  # service fee, deposit, balance: every entry of the day
    close_page.note.insert("找零多给了")  # IME commit
    qtbot.mouseClick(close_page.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert close_page.message.objectName() == "InfoText"
    close = station_app.services.day_close.recent()[0]
    assert close.counted_cash_fen == 17000 and close.difference_fen == -170 and close.note == "找零多给了"
    assert station_app.services.day_close.is_closed()
    assert "-￥1.70" in interpret(encode_receipt(printer.jobs[-1], EscPosProfile.from_options({}))).text
    # closing again is refused with a translated sentence
    qtbot.keyClicks(close_page.counted, "170")
    qtbot.mouseClick(close_page.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert close_page.message.objectName() == "ErrorText"
