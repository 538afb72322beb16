"""滞留件: the overdue list by age, reminders and notices, extend hold, problems, return to the courier."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.domain.errors import PermissionDenied
from station.domain.money import format_fen
from station.domain.operators import Permission
from station.domain.parcels import ProblemKind
from station.domain.phones import mask_phone
from station.services.parcels.common import NOTICES, PARCELS
from station.services.parcels.notices import WechatPost
from station.services.parcels.retention import OverdueRow
from station.ui.context import UiContext
from station.ui.dialogs.parcel_settings_dialog import ParcelSettingsDialog
from station.ui.messages import message_for
from station.ui.pages.parcels_widgets import carrier_label, carrier_names, with_changes
from station.ui.widgets.common import MessageLine, PageTitle


def problem_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    # spelled out (no alias for translate): lupdate only finds the literal call
    return {"damaged": QCoreApplication.translate("Problems", "Damaged"),
            "refused": QCoreApplication.translate("Problems", "Refused"),
            "lost": QCoreApplication.translate("Problems", "Lost"),
            "wrong_station": QCoreApplication.translate("Problems", "Wrong station"),
            "other": QCoreApplication.translate("Problems", "Other problem")}


class ParcelsOverduePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._desk = ctx.services.parcels
        self._rows: list[OverdueRow] = []
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Overdue parcels and notices")))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("At least")))
        self.min_days = QSpinBox()
        self.min_days.setRange(0, 365)
        self.min_days.setValue(3)
        self.min_days.setSuffix(self.tr(" days"))
        self.min_days.valueChanged.connect(self.refresh)
        filters.addWidget(self.min_days)
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("All carriers"), "")
        for code, name in carrier_names().items():
            self.carrier.addItem(name, code)
        self.carrier.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.carrier)
        filters.addStretch()
        self.settings_button = QPushButton(self.tr("Parcel settings…"))
        self.settings_button.clicked.connect(self.open_settings)
        filters.addWidget(self.settings_button)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Carrier"), self.tr("Waybill"),
                                              self.tr("Recipient"), self.tr("Days"), self.tr("Fee"),
                                              self.tr("Problem")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.extend_button = QPushButton(self.tr("Extend hold 7 days"))
        self.extend_button.clicked.connect(self.extend)
        actions.addWidget(self.extend_button)
        self.problem = QComboBox()
        for code, name in problem_names().items():
            self.problem.addItem(name, code)
        actions.addWidget(self.problem)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        actions.addWidget(self.note, 1)
        self.problem_button = QPushButton(self.tr("Mark problem"))
        self.problem_button.clicked.connect(self.mark_problem)
        actions.addWidget(self.problem_button)
        layout.addLayout(actions)
        returns = QHBoxLayout()
        self.courier = QLineEdit()
        self.courier.setPlaceholderText(self.tr("Courier who takes the returns"))
        returns.addWidget(self.courier, 1)
        self.return_button = QPushButton(self.tr("Return selected to carrier"))
        self.return_button.clicked.connect(self.return_selected)
        returns.addWidget(self.return_button)
        layout.addLayout(returns)
        notices = QHBoxLayout()
        notices.addWidget(QLabel(self.tr("Notices:")))
        self.remind_button = QPushButton(self.tr("Reminders"))
        self.remind_button.clicked.connect(self.queue_reminders)
        self.send_button = QPushButton(self.tr("Send SMS"))
        self.send_button.clicked.connect(self.send_sms)
        self.wechat_button = QPushButton(self.tr("WeChat text"))
        self.wechat_button.clicked.connect(self.copy_wechat)
        self.list_button = QPushButton(self.tr("Arrival list"))
        self.list_button.clicked.connect(self.print_list)
        for button, tip in ((self.remind_button, self.tr("Queue reminders for parcels 3 and 7 days old")),
                            (self.send_button, self.tr("Send the queued SMS through the modem")),
                            (self.wechat_button, self.tr("Copy the arrival list as text for the village WeChat group")),
                            (self.list_button, self.tr("Print the arrival list for the notice board"))):
            button.setToolTip(tip)
            notices.addWidget(button)
        notices.addStretch()
        layout.addLayout(notices)
        self.message = MessageLine()
        layout.addWidget(self.message)
        ctx.runner.changed.connect(self._on_changed)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._rows = self._desk.retention.overdue(self.min_days.value(), self.carrier.currentData() or "")
        except Exception as exc:
            self.message.show_error(message_for(exc))
            return
        names = problem_names()
        self.table.setRowCount(len(self._rows))
        for row, item in enumerate(self._rows):
            p = item.parcel
            who = item.person_name or (mask_phone(p.recipient_phone) if p.recipient_phone else "")
            for col, text in enumerate((p.pickup_code, carrier_label(p.carrier), p.waybill, who,
                                        str(item.age_days), format_fen(item.fee_fen) if item.fee_fen else "",
                                        names.get(p.problem_kind, ""))):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> list[OverdueRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self._rows[r] for r in rows if r < len(self._rows)]

    def _run(self, fn, done_text: str) -> None:  # type: ignore[no-untyped-def]
        self._ctx.runner.run(fn, lambda _r: self.message.show_info(done_text),
                             lambda exc: self.message.show_error(message_for(exc)))

    def _need_selection(self) -> list[OverdueRow] | None:
        chosen = self.selected()
        if not chosen:
            self.message.show_error(self.tr("Select one or more parcels in the list."))
            return None
        return chosen

    def extend(self) -> None:
        chosen = self._need_selection()
        if chosen:
            desk, actor = self._desk, self._ctx.session.actor()
            ids = [r.parcel.id for r in chosen]
            self._run(lambda: desk.retention.extend_hold(actor, ids, 7),
                      self.tr("Hold extended by 7 days."))

    def mark_problem(self) -> None:
        chosen = self._need_selection()
        if chosen:
            desk, actor = self._desk, self._ctx.session.actor()
            kind, note, ids = ProblemKind(self.problem.currentData()), self.note.text(), [r.parcel.id for r in chosen]
            self._run(lambda: desk.retention.mark_problem(actor, ids, kind, note),
                      self.tr("Problem recorded."))

    def return_selected(self) -> None:
        chosen = self._need_selection()
        if chosen:
            desk, actor = self._desk, self._ctx.session.actor()
            ids, courier = [r.parcel.id for r in chosen], self.courier.text()
            self._run(lambda: desk.retention.return_to_carrier(actor, ids, courier, print_list=True),
                      self.tr("Returned to the carrier; the list for the courier is printing."))

    def queue_reminders(self) -> None:
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: desk.notices.queue_reminders(actor),
                             lambda r: self.message.show_info(self.tr("{n} reminders queued.").format(n=r[0])),
                             lambda exc: self.message.show_error(message_for(exc)))

    def send_sms(self) -> None:
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: with_changes(desk.notices.send_queued(actor)),
                             lambda r: self.message.show_info(self.tr("SMS sent: {sent}, failed: {failed}.").format(
                                 sent=r[0].sent, failed=r[0].failed)),
                             lambda exc: self.message.show_error(message_for(exc)))

    def copy_wechat(self) -> None:
        desk, actor = self._desk, self._ctx.session.actor()
        self._ctx.runner.run(lambda: with_changes(desk.notices.post_wechat(actor)), self._on_wechat_posted,
                             lambda exc: self.message.show_error(message_for(exc)))

    def _on_wechat_posted(self, done: tuple[WechatPost, Changes]) -> None:
        post = done[0]
        QGuiApplication.clipboard().setText(post.text)
        self.message.show_info(self.tr("The WeChat text is on the clipboard: paste it into the village group. "
                                       "{n} recipients are recorded as told.").format(n=post.recipients))

    def print_list(self) -> None:
        desk, actor = self._desk, self._ctx.session.actor()
        self._run(lambda: desk.notices.print_arrival_list(actor), self.tr("Arrival list sent to the printer."))

    def open_settings(self) -> None:
        if not self._ctx.session.actor().can(Permission.SETTINGS):
            self.message.show_error(message_for(PermissionDenied("operator.not_allowed")))
            return
        self.dialog = ParcelSettingsDialog(self._ctx, self)
        self.dialog.open()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(PARCELS, NOTICES) and self.isVisible():
            self.refresh()
