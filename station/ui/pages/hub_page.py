"""The township hub: enrol this station, see what waits to be sent, sync now, and the USB-stick way."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine, row_of


def sync_state_text(status: dict) -> str:
    """One line for the status bar, in plain words."""
    if not status.get("enrolled"):
        return QCoreApplication.translate("Hub", "Sync: not connected to a hub yet · {n} records waiting").format(
            n=status.get("records_waiting", 0))
    parts = []
    if status.get("alert") or status.get("last_error"):
        parts.append(QCoreApplication.translate("Hub", "Sync: problem — {reason}").format(
            reason=message_for(DomainError(status.get("alert") or status.get("last_error")))))
    elif status.get("state") == "syncing":
        parts.append(QCoreApplication.translate("Hub", "Sync: sending…"))
    else:
        parts.append(QCoreApplication.translate("Hub", "Sync: connected"))
    last = status.get("last_success_at")
    if last:
        parts.append(QCoreApplication.translate("Hub", "last success {time}").format(time=_local(last)))
    parts.append(QCoreApplication.translate("Hub", "{n} waiting").format(n=status.get("records_waiting", 0)))
    if status.get("quarantined"):
        parts.append(QCoreApplication.translate("Hub", "{n} held back").format(n=status["quarantined"]))
    return " · ".join(parts)


def _local(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone().strftime("%m-%d %H:%M")
    except ValueError:
        return iso


class HubPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        if ctx.sync is None:
            note = QLabel(self.tr("Training mode never sends anything to the hub."))
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch()
            return
        enrol = QGroupBox(self.tr("Connect to the township hub"))
        enrol_layout = QVBoxLayout(enrol)
        explain = QLabel(self.tr("Scan the enrolment QR code shown on the hub's supervisor page (or paste its text), "
                                 "then press “Connect”."))
        explain.setWordWrap(True)
        enrol_layout.addWidget(explain)
        row = QHBoxLayout()
        self.qr_text = QLineEdit()
        self.qr_text.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.qr_text.setPlaceholderText(self.tr("enrolment code"))
        self.enrol_button = QPushButton(self.tr("Connect"))
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        row.addWidget(self.qr_text, 1)
        row.addWidget(self.enrol_button)
        enrol_layout.addLayout(row)
        layout.addWidget(enrol)
        state = QGroupBox(self.tr("State"))
        form = QFormLayout(state)
        self.hub_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        form.addRow(self.tr("Hub"), self.hub_label)
        form.addRow(self.tr("Sync"), self.state_label)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: ctx.sync.sync_now(force=True))  # type: ignore[union-attr]
        self.retry_button = QPushButton(self.tr("Send held-back records again"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch()
        form.addRow(buttons)
        layout.addWidget(state)
        self.held_back = QTableWidget(0, 3)
        self.held_back.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Record"), self.tr("Reason")])
        self.held_back.horizontalHeader().setStretchLastSection(True)
        self.held_back.verticalHeader().setVisible(False)
        self.held_back.setMaximumHeight(120)
        layout.addWidget(self.held_back)
        usb = QGroupBox(self.tr("No network: carry the records on a USB stick"))
        usb_form = QFormLayout(usb)
        self.export_path = QLineEdit(str(Path(str(ctx.extras.get("exports_dir", "."))) / "station-records.vsb"))
        self.export_button = QPushButton(self.tr("Write the file"))
        self.export_button.clicked.connect(self._on_export_clicked)
        self.ack_path = QLineEdit()
        self.ack_path.setPlaceholderText(self.tr("the hub's answer file from the USB stick"))
        self.ack_button = QPushButton(self.tr("Read the answer"))
        self.ack_button.clicked.connect(self._on_ack_clicked)
        usb_form.addRow(self.tr("Records to the hub"), row_of(self.export_path, self.export_button))
        usb_form.addRow(self.tr("Answer from the hub"), row_of(self.ack_path, self.ack_button))
        layout.addWidget(usb)
        self.message = MessageLine()
        layout.addWidget(self.message)
        layout.addStretch()
        self._timer = QTimer(self)
        self._timer.setInterval(2000)
        self._timer.timeout.connect(self.refresh)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._ctx.sync is not None:
            self.refresh()
            self._timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self._ctx.sync is not None:
            self._timer.stop()

    def refresh(self) -> None:
        sync = self._ctx.sync
        if sync is None:
            return
        status = sync.status()
        self.hub_label.setText(status.get("hub_url") or self.tr("not connected"))
        self.state_label.setText(sync_state_text(status))
        held = sync.quarantined()
        self.held_back.setRowCount(len(held))
        for row, record in enumerate(held):
            for col, text in enumerate((str(record["seq"]), record["kind"], record["reason"] or "")):
                self.held_back.setItem(row, col, QTableWidgetItem(text))

    def _run(self, fn, done_text) -> None:  # type: ignore[no-untyped-def]
        self._ctx.runner.run(fn, lambda result: (self.message.show_info(done_text(result)), self.refresh()),
                             lambda exc: self.message.show_error(message_for(exc)))

    def _on_enrol_clicked(self) -> None:
        text = self.qr_text.text().strip()
        if not text:
            self.message.show_error(self.tr("Scan or paste the enrolment code first."))
            return
        sync = self._ctx.sync
        self._run(lambda: sync.enrol(text),  # type: ignore[union-attr]
                  lambda url: self.tr("Connected to {hub}. Records now go to the hub by themselves.").format(hub=url))

    def _on_retry_clicked(self) -> None:
        sync = self._ctx.sync
        self._run(sync.retry_quarantined,  # type: ignore[union-attr]
                  lambda n: self.tr("{n} records queued again.").format(n=n))

    def _on_export_clicked(self) -> None:
        path, sync = self.export_path.text().strip(), self._ctx.sync
        self._run(lambda: sync.export_pending(path),  # type: ignore[union-attr]
                  lambda n: self.tr("{n} records written to {path}. Take the file to the hub.").format(n=n, path=path))

    def _on_ack_clicked(self) -> None:
        path, sync = self.ack_path.text().strip(), self._ctx.sync
        self._run(lambda: sync.import_ack(path),  # type: ignore[union-attr]
                  lambda n: self.tr("The hub confirmed {n} records.").format(n=n))

