"""The service fee rule, the commission report and the day report as PDF, driven through the real widgets."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import set_up_station, wait_idle

from station.app import StationApp
from station.domain.errors import DomainError, PermissionDenied
from station.domain.ledger import Direction, EntryDraft, Method, Purpose
from station.domain.operators import Role
from station.domain.purchases import make_item
from station.domain.service_fees import DEFAULT_RULE, PercentageFee
from station.printing.pdf import PdfRenderer
from station.ui.dialogs.purchase_fee_dialog import PurchaseFeeDialog
from station.ui.messages import message_for
from station.ui.pages.purchase_reports import CommissionReportDialog


@pytest.fixture
def with_pdf(monkeypatch):
    """What the lead wires in station/app.py: the PDF renderer next to the exports folder in the extras."""
    original = StationApp.ui_context

    def ui_context(self):
        ctx = original(self)
        ctx.extras["pdf"] = PdfRenderer()
        return ctx

    monkeypatch.setattr(StationApp, "ui_context", ui_context)


def open_station(qtbot, station_app):
    window = station_app.show_window()
    qtbot.addWidget(window)
    set_up_station(qtbot, station_app, window)
    station_app.services.purchases._printer = None  # no print queue in these tests
    station_app.services.day_close._printer = None
    return window


def open_fee_dialog(qtbot, window) -> PurchaseFeeDialog:
    page = window.workspace.purchases_page
    window.workspace.show_page("purchases")
    qtbot.mouseClick(page.fee_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PurchaseFeeDialog) and dialog.isVisible()
    return dialog


def save(qtbot, station_app, dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_idle(qtbot, station_app)


def test_fee_rule_shown_refused_when_absurd_and_changed(qtbot, station_app):
    window = open_station(qtbot, station_app)
    purchases = station_app.services.purchases
    dialog = open_fee_dialog(qtbot, window)
    # the rule in force (the default tiers) is shown and filled in
    assert dialog.kind.currentData() == "tiered" and dialog.tiers.rowCount() == 2
    assert (dialog.tiers.item(0, 0).text(), dialog.tiers.item(0, 1).text()) == ("50.00", "2.00")
    assert dialog.above.text() == "10.00" and "￥200.00" in dialog.current.text()

    # a negative fixed fee, then an absurd one: refused, what was typed stays
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed"))
    assert dialog.pages.currentIndex() == 0
    qtbot.keyClicks(dialog.fixed_fee, "-3")
    save(qtbot, station_app, dialog)
    assert dialog.isVisible() and dialog.fixed_fee.text() == "-3"
    assert dialog.message.text() == message_for(DomainError("purchase.fee_rule_invalid"))
    dialog.fixed_fee.setText("5000")
    save(qtbot, station_app, dialog)
    assert dialog.isVisible() and dialog.message.objectName() == "ErrorText"
    dialog.fixed_fee.setText("3块")
    save(qtbot, station_app, dialog)
    assert dialog.message.text() == message_for(DomainError("money.invalid", text="3块"))

    # tiers out of order, and a half-typed tier
    dialog.kind.setCurrentIndex(dialog.kind.findData("tiered"))
    dialog.tiers.item(0, 0).setText("300")
    save(qtbot, station_app, dialog)
    assert dialog.isVisible() and dialog.tiers.item(0, 0).text() == "300"
    assert dialog.message.text() == message_for(DomainError("purchase.fee_rule_invalid"))
    dialog.tiers.item(0, 0).setText("50")
    row = dialog.add_tier("500", "")
    save(qtbot, station_app, dialog)
    assert dialog.message.text() == message_for(DomainError("purchase.fee_tier_incomplete", line=row + 1))
    assert purchases.fee_rule() == DEFAULT_RULE  # nothing refused was saved

    # a percentage that is not one, then a good one with floor and ceiling
    dialog.kind.setCurrentIndex(dialog.kind.findData("percentage"))
    dialog.percent.insert("三")  # IME commit
    save(qtbot, station_app, dialog)
    assert dialog.message.text() == message_for(DomainError("purchase.fee_percent_invalid", text="三"))
    dialog.percent.setText("2.5")
    qtbot.keyClicks(dialog.floor, "1")
    qtbot.keyClicks(dialog.ceiling, "20")
    save(qtbot, station_app, dialog)
    assert not dialog.isVisible()
    assert purchases.fee_rule() == PercentageFee(250, 100, 2000)
    page = window.workspace.purchases_page
    assert page.message.objectName() == "InfoText" and "2.5" in page.message.text()

    # opened again, the new rule is what the form shows
    again = open_fee_dialog(qtbot, window)
    assert again.kind.currentData() == "percentage"
    assert (again.percent.text(), again.floor.text(), again.ceiling.text()) == ("2.5", "1.00", "20.00")
    again.reject()


def test_a_clerk_cannot_change_the_fee_rule(qtbot, station_app):
    window = open_station(qtbot, station_app)
    shopkeeper = station_app.session.actor()
    clerk, _ = station_app.services.auth.add_operator(shopkeeper, "李店员", Role.CLERK, "1357")
    station_app.session.log_in(clerk)
    dialog = open_fee_dialog(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("fixed"))
    qtbot.keyClicks(dialog.fixed_fee, "3")
    save(qtbot, station_app, dialog)
    assert dialog.isVisible() and dialog.fixed_fee.text() == "3"
    assert dialog.message.text() == message_for(PermissionDenied("operator.not_allowed"))
    assert station_app.services.purchases.fee_rule() == DEFAULT_RULE


def test_commission_report_by_month_and_year(qtbot, station_app):
    window = open_station(qtbot, station_app)
    actor = station_app.session.actor()
    purchases = station_app.services.purchases
    person, _ = station_app.services.people.create(actor, name="张三", phones=["13812345678"])
    detail, _ = purchases.create(actor, person_id=person.id, items=[make_item("电饭煲", "pinduoduo", 1, 12900)],
                                 deposit_fen=5000)
    order_id = detail.order.id
    purchases.place(actor, order_id, "240611-0099")
    purchases.set_expected_commission(actor, order_id, 320)
    purchases.record_commission(actor, order_id, 300, Method.CASH, "")
    now = station_app.services.ctx.clock.now()

    page = window.workspace.purchases_page
    window.workspace.show_page("purchases")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    report = page.dialog
    assert isinstance(report, CommissionReportDialog) and report.isVisible()
    assert report.year.value() == now.year and report.table.rowCount() == 13
    month = now.month
    assert report.cell(month, 0) == f"{now.year:04d}-{month:02d}" and report.cell(month, 1) == "1"
    assert (report.cell(month, 3), report.cell(month, 4), report.cell(month, 5)) == ("￥3.20", "￥3.00", "￥0.20")
    assert report.cell("total", 3) == "￥3.20" and report.cell("total", 5) == "￥0.20"
    report.year.setValue(now.year - 1)  # another year: nothing
    assert report.cell(month, 1) == "0" and report.cell("total", 3) == "￥0.00"
    report.reject()


def _close_the_day(qtbot, station_app, window, counted: str):
    actor = station_app.session.actor()
    station_app.services.ledger.record(actor, EntryDraft(300, Direction.IN, Method.CASH, Purpose.STORAGE_FEE))
    page = window.workspace.day_close_page
    window.workspace.show_page("day_close")
    assert not page.pdf_button.isEnabled()  # nothing closed yet
    qtbot.keyClicks(page.counted, counted)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.message.objectName() == "InfoText" and page.pdf_button.isEnabled()
    return page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_day_report_saved_as_pdf(qtbot, station_app, with_pdf):
    window = open_station(qtbot, station_app)
    page = _close_the_day(qtbot, station_app, window, "2.5")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.message.objectName() == "InfoText", page.message.text()
    path = page.last_pdf
    assert path is not None and path.parent == Path(station_app.paths.exports) and path.exists()
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          timeout=30).stdout.decode("utf-8")
    assert "和兴村服务站" in text
    assert "2.50" in text and "3.00" in text  # counted, expected
    assert str(path) in page.message.text()


def test_day_report_pdf_without_a_renderer_says_so(qtbot, station_app, monkeypatch):
    original = StationApp.ui_context

    def without_pdf(self):
        ctx = original(self)
        ctx.extras.pop("pdf", None)
        return ctx

    monkeypatch.setattr(StationApp, "ui_context", without_pdf)
    window = open_station(qtbot, station_app)
    page = _close_the_day(qtbot, station_app, window, "3")
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, station_app)
    assert page.message.text() == message_for(DomainError("export.pdf_unavailable"))
    assert not any(Path(station_app.paths.exports).glob("*.pdf"))
