"""Agent purchases at the counter: lists that catch what is waiting, scan an order QR, act on an order."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.domain.money import format_fen
from station.domain.phones import mask_phone
from station.domain.purchases import OrderRow, OrderState
from station.services.purchases import PURCHASES, OrderDetail
from station.ui.context import UiContext
from station.ui.dialogs.purchase_action_dialog import PurchaseActionDialog
from station.ui.dialogs.purchase_fee_dialog import PurchaseFeeDialog
from station.ui.dialogs.purchase_order_dialog import PurchaseOrderDialog
from station.ui.messages import message_for
from station.ui.pages.purchase_labels import event_names, platform_names, receipt_labels, state_names
from station.ui.pages.purchase_reports import CommissionReportDialog
from station.ui.widgets.common import MessageLine, PageTitle

OPEN, ARRIVED, NOT_PLACED = "open", "arrived", "not_placed"


def waiting_hours(since: str, now: datetime) -> int | None:
    try:
        then = datetime.fromisoformat(since)
    except ValueError:
        return None
    if then.tzinfo is None:
        then = then.replace(tzinfo=now.tzinfo)
    return max(0, int((now - then).total_seconds() // 3600))


class PurchasesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[OrderRow] = []
        self.detail: OrderDetail | None = None
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Agent purchases")))
        top = QHBoxLayout()  # the scan/search field gets a row of its own: it is where the work starts
        buttons = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan the order QR or a tracking number; or search a name, item or "
                                             "platform order number"))
        self.scan.returnPressed.connect(self._on_scan)
        top.addWidget(self.scan, 1)
        self.view = QComboBox()
        self.view.addItem(self.tr("Open orders"), OPEN)
        self.view.addItem(self.tr("Arrived, not collected"), ARRIVED)
        self.view.addItem(self.tr("Deposit taken, not ordered for over a day"), NOT_PLACED)
        self.view.currentIndexChanged.connect(self.refresh)
        self.view.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view.setMinimumContentsLength(10)  # the longest list name would push the buttons off a 1024 px screen
        buttons.addWidget(self.view)
        buttons.addStretch(1)
        self.new_button = QPushButton(self.tr("New order (Ctrl+N)"))
        self.new_button.clicked.connect(self.open_new_order)
        buttons.addWidget(self.new_button)
        self.fee_button = QPushButton(self.tr("Service fee…"))
        self.fee_button.clicked.connect(self.open_fee_rule)
        buttons.addWidget(self.fee_button)
        self.report_button = QPushButton(self.tr("Commission report"))
        self.report_button.clicked.connect(self.open_commission_report)
        buttons.addWidget(self.report_button)
        layout.addLayout(top)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)  # list above, the chosen order below: fits 1024 x 768
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Order"), self.tr("Customer"), self.tr("State"),
                                              self.tr("Waiting"), self.tr("Items"), self.tr("Total"),
                                              self.tr("Balance due")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._on_row_selected)
        split.addWidget(self.table)
        split.addWidget(self._detail_panel())
        split.setSizes([260, 360])
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        QShortcut(QKeySequence("Ctrl+N"), self, self.open_new_order)
        ctx.runner.changed.connect(self._on_changed)

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 8, 0, 0)
        upper = QHBoxLayout()
        self.summary = QLabel(self.tr("Choose an order, or scan its QR code."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        upper.addWidget(self.summary, 3)
        self.history = QListWidget()
        upper.addWidget(self.history, 2)
        box.addLayout(upper, 1)
        grid = QGridLayout()
        self.actions: dict[str, QPushButton] = {}
        for i, (key, label) in enumerate([
                ("hand_over", self.tr("Hand over, collect balance")), ("place", self.tr("Platform order no.")),
                ("tracking", self.tr("Tracking no.")), ("deposit", self.tr("Take deposit")),
                ("after_sales", self.tr("Return / exchange")), ("return", self.tr("Return parcel sent")),
                ("refund", self.tr("Refund")), ("cancel", self.tr("Cancel order")),
                ("commission", self.tr("Commission")), ("close", self.tr("Close order")),
                ("reprint", self.tr("Print receipt again"))]):
            button = QPushButton(label)
            button.setStyleSheet("padding: 2px 6px; min-height: 28px; font-size: 13pt;")  # eleven fit the panel
            button.clicked.connect(lambda _=False, k=key: self.start_action(k))
            grid.addWidget(button, i // 4, i % 4)
            self.actions[key] = button
        box.addLayout(grid)
        self._enable_actions()
        return panel

    # -- lists -----------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.scan.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(PURCHASES) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        purchases = self._ctx.services.purchases
        view = self.view.currentData()
        try:
            if view == ARRIVED:
                rows = purchases.arrived_not_collected()
            elif view == NOT_PLACED:
                rows = purchases.deposit_not_placed()
            else:
                rows = purchases.open_orders()
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.show_rows(rows)

    def show_rows(self, rows: list[OrderRow]) -> None:
        self._rows = rows
        names = state_names()
        now = self._ctx.services.ctx.clock.now()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            items = row.first_item + (self.tr(" and {n} more").format(n=row.item_count - 1)
                                      if row.item_count > 1 else "")
            due = row.balance_due_fen if row.state not in (OrderState.CANCELLED, OrderState.CLOSED) else 0
            for c, text in enumerate((row.order_no, row.person_name, names.get(row.state, row.state),
                                      self._age(row.state_at, now), items, format_fen(row.total_fen),
                                      format_fen(due))):
                cell = QTableWidgetItem(text)
                if c >= 5:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, cell)
        if self.detail is not None:
            for r, row in enumerate(rows):
                if row.id == self.detail.order.id:
                    self.table.selectRow(r)

    def _age(self, since: str, now: datetime) -> str:
        hours = waiting_hours(since, now)
        if hours is None:
            return ""
        if hours >= 24:
            return self.tr("{days} d {hours} h").format(days=hours // 24, hours=hours % 24)
        return self.tr("{hours} h").format(hours=hours)

    def _on_scan(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        purchases = self._ctx.services.purchases
        try:
            found = purchases.find(text)
            if found is not None:
                self.show_rows(purchases.search(found.order.order_no))
                self.show_detail(found)
            else:
                rows = purchases.search(text)
                self.show_rows(rows)
                if not rows:
                    self.message.show_error(self.tr("No order matches “{text}”.").format(text=text))
                    return
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        self.message.clear_message()
        self.scan.selectAll()

    def _on_row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return
        chosen = self._rows[rows[0].row()]
        if self.detail is not None and self.detail.order.id == chosen.id:
            return
        try:
            self.show_detail(self._ctx.services.purchases.get(chosen.id))
        except Exception as exc:
            self.message.show_error(message_for(exc))

    # -- the chosen order ------------------------------------------------------------------------
    def show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        order, money = detail.order, detail.money
        platforms = platform_names()
        lines = [f"<b>{order.order_no}</b> · {state_names().get(order.state, order.state)}",
                 f"{detail.person_name} {' '.join(mask_phone(p) for p in detail.person_phones)}"]
        for item in order.items:
            spec = f" ({item.spec})" if item.spec else ""
            lines.append(f"{item.name}{spec} · {platforms.get(item.platform, item.platform)} · "
                         f"{item.quantity} × {format_fen(item.unit_price_fen)}")
        lines.append(self.tr("Total {total} · paid {paid} · refunded {refunded}").format(
            total=format_fen(order.total_fen), paid=format_fen(money.paid_fen),
            refunded=format_fen(money.refunded_fen)))
        if order.state not in (OrderState.CANCELLED, OrderState.CLOSED, OrderState.REFUNDED):
            lines.append("<b>" + self.tr("Balance due: {due}").format(due=format_fen(detail.balance_due_fen)) + "</b>")
        if order.platform_orders:
            lines.append(self.tr("Platform orders: {numbers}").format(numbers=", ".join(order.platform_orders)))
        if order.trackings:
            lines.append(self.tr("Tracking: {numbers}").format(
                numbers=", ".join(t.tracking_no + (" ✓" if t.parcel_id else "") for t in order.trackings)))
        self.summary.setText("<br>".join(lines))
        events = event_names()
        self.history.clear()
        for event in reversed(detail.events):
            self.history.addItem(f"{event.at[5:16].replace('T', ' ')}  {events.get(event.kind, event.kind)}")
        self._enable_actions()

    def _enable_actions(self) -> None:
        state = self.detail.order.state if self.detail else None
        S = OrderState
        allowed = {
            "hand_over": {S.ARRIVED}, "place": {S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED},
            "tracking": {S.PLACED, S.SHIPPED, S.RETURN_SENT}, "deposit": {S.QUOTED, S.DEPOSIT_PAID, S.PLACED},
            "after_sales": {S.ARRIVED, S.HANDED_OVER}, "return": {S.AFTER_SALES},
            "refund": {S.DEPOSIT_PAID, S.PLACED, S.SHIPPED, S.ARRIVED, S.HANDED_OVER, S.AFTER_SALES, S.RETURN_SENT},
            "cancel": {S.QUOTED, S.DEPOSIT_PAID, S.PLACED, S.SHIPPED}, "close": {S.HANDED_OVER, S.REFUNDED},
            "commission": set(S) - {S.QUOTED, S.DEPOSIT_PAID, S.CANCELLED}, "reprint": set(S),
        }
        for key, button in self.actions.items():
            button.setEnabled(state is not None and state in allowed[key])

    def start_action(self, key: str) -> None:
        """Open the small form for one step of the chosen order (the service still checks everything)."""
        if self.detail is None:
            return
        p, actor, order_id = self._ctx.services.purchases, self._ctx.session.actor(), self.detail.order.id
        labels = receipt_labels()
        due = self.detail.balance_due_fen
        forms = {
            "hand_over": (self.tr("Hand over {order}").format(order=self.detail.order.order_no),
                          self.tr("Collect the balance and give the goods."), {"amount_fen": due},
                          lambda v: p.hand_over(actor, order_id, v["amount_fen"], v["method"], v["reference"],
                                                labels=labels)),
            "place": (self.tr("Ordered online"), self.tr("Scan or type the platform's order number."),
                      {"text_label": self.tr("Platform order no.")}, lambda v: p.place(actor, order_id, v["text"])),
            "tracking": (self.tr("Tracking number"), self.tr("The courier's waybill number of this order."),
                         {"text_label": self.tr("Tracking no.")},
                         lambda v: p.add_tracking(actor, order_id, v["text"])),
            "deposit": (self.tr("Take deposit"), "", {"amount_fen": 0},
                        lambda v: p.take_deposit(actor, order_id, v["amount_fen"], v["method"], v["reference"])),
            "after_sales": (self.tr("Return or exchange"), "",
                            {"text_label": self.tr("Reason"),
                             "choices": {"return": self.tr("Return"), "exchange": self.tr("Exchange")}},
                            lambda v: p.request_after_sales(actor, order_id, v["choice"], v["text"])),
            "return": (self.tr("Return parcel sent"), self.tr("The waybill of the parcel sent back."),
                       {"text_label": self.tr("Return waybill")},
                       lambda v: p.dispatch_return(actor, order_id, v["text"])),
            "refund": (self.tr("Refund"), self.tr("Money the platform refunded, given back to the villager."),
                       {"amount_fen": self.detail.money.net_fen, "text_label": self.tr("Reason")},
                       lambda v: p.refund(actor, order_id, v["amount_fen"], v["method"], v["reference"], v["text"])),
            "cancel": (self.tr("Cancel order"), self.tr("Everything paid is given back."),
                       {"text_label": self.tr("Reason")}, lambda v: p.cancel(actor, order_id, v["text"])),
            "commission": (self.tr("Commission received"), self.tr("Commission paid by the platform for this order."),
                           {"amount_fen": 0}, lambda v: p.record_commission(actor, order_id, v["amount_fen"],
                                                                            v["method"], v["reference"])),
        }
        if key == "close":
            self._ctx.runner.run(lambda: p.close(actor, order_id), self._on_action_done, self._on_action_failed)
            return
        if key == "reprint":
            self._ctx.runner.run(lambda: p.reprint(actor, order_id, labels),
                                 lambda _: self.message.show_info(self.tr("Receipt sent to the printer.")),
                                 self._on_action_failed)
            return
        title, explain, options, call = forms[key]
        dialog = PurchaseActionDialog(self._ctx, title, explain, call, parent=self, **options)
        dialog.completed.connect(self._on_action_done)
        self.dialog = dialog
        dialog.open()

    def _on_action_done(self, result: object) -> None:
        detail = result[0] if isinstance(result, tuple) else result
        if isinstance(detail, OrderDetail):
            self.show_detail(detail)
            self.message.show_info(self.tr("Saved: {order} is now “{state}”.").format(
                order=detail.order.order_no, state=state_names().get(detail.order.state, detail.order.state)))

    def _on_action_failed(self, error: Exception) -> None:
        self.message.show_error(message_for(error))

    def open_new_order(self) -> None:
        dialog = PurchaseOrderDialog(self._ctx, self)
        dialog.saved.connect(self._on_order_saved)
        self.dialog = dialog
        dialog.open()

    def _on_order_saved(self, detail: OrderDetail) -> None:
        self.show_detail(detail)
        self.message.show_info(self.tr("Order {order} saved; the receipt is printing.").format(
            order=detail.order.order_no))
        self.refresh()

    def open_fee_rule(self) -> None:
        dialog = PurchaseFeeDialog(self._ctx, self)
        dialog.saved.connect(lambda rule: self.message.show_info(
            self.tr("Service fee saved: {rule}. It applies to new orders.").format(rule=dialog.describe(rule))))
        self.dialog = dialog
        dialog.open()

    def open_commission_report(self) -> None:
        dialog = CommissionReportDialog(self._ctx, self)
        self.dialog = dialog
        dialog.open()
