"""The township hub: enrol this station, see what waits to be sent, sync now, catch-up progress,
give the station a new key, and the USB-stick way."""

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
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError, PermissionDenied
from station.domain.operators import Permission
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
    elif status.get("state") == "syncing" and _catching_up(status):
        progress = status["catch_up"]
        parts.append(QCoreApplication.translate("Hub", "Sync: uploading {sent}/{total}").format(
            sent=progress["sent"], total=progress["total"]))
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


def _catching_up(status: dict) -> bool:
    progress = status.get("catch_up")
    return bool(progress) and not progress.get("done")


def catch_up_text(progress: dict) -> str:
    """Sent of total, records per second and the time left, for the progress bar's caption."""
    if progress.get("done"):
        return QCoreApplication.translate("Hub", "All {total} waiting records were sent.").format(
            total=progress["total"])
    eta = progress.get("eta_s")
    if eta is None:
        left = QCoreApplication.translate("Hub", "working out the time left")
    elif eta < 60:
        left = QCoreApplication.translate("Hub", "under a minute left")
    else:
        left = QCoreApplication.translate("Hub", "about {n} min left").format(n=round(eta / 60))
    return QCoreApplication.translate("Hub", "{sent} of {total} records sent · {rate} per second · {left}").format(
        sent=progress["sent"], total=progress["total"], rate=round(progress.get("per_s") or 0), left=left)


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
        self.rotate_button = QPushButton(self.tr("Rotate station key"))
        self.rotate_button.clicked.connect(self._on_rotate_clicked)
        self.confirm_rotate_button = QPushButton(self.tr("Yes, give this station a new key"))
        self.confirm_rotate_button.setVisible(False)
        self.confirm_rotate_button.clicked.connect(self._on_confirm_rotate_clicked)
        for button in (self.sync_button, self.retry_button, self.rotate_button, self.confirm_rotate_button):
            buttons.addWidget(button)
        buttons.addStretch()
        form.addRow(buttons)
        layout.addWidget(state)
        # Shown while a long backlog drains (after days offline); fed by the worker's in-memory status,
        # so the page timer never reads the database for it.
        self.catch_up_box = QGroupBox(self.tr("Catching up with the hub"))
        catch_up_layout = QVBoxLayout(self.catch_up_box)
        self.catch_up_bar = QProgressBar()
        self.catch_up_bar.setFormat("%v / %m")
        self.catch_up_label = QLabel()
        catch_up_layout.addWidget(self.catch_up_bar)
        catch_up_layout.addWidget(self.catch_up_label)
        self.catch_up_box.setVisible(False)
        layout.addWidget(self.catch_up_box)
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
        self._rotating = False
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
        self.rotate_button.setEnabled(bool(status.get("enrolled")) and not self._rotating)
        self._show_catch_up(status.get("catch_up"))
        held = sync.quarantined()
        self.held_back.setRowCount(len(held))
        for row, record in enumerate(held):
            for col, text in enumerate((str(record["seq"]), record["kind"], record["reason"] or "")):
                self.held_back.setItem(row, col, QTableWidgetItem(text))

    def _show_catch_up(self, progress: dict | None) -> None:
        self.catch_up_box.setVisible(progress is not None)
        if progress is None:
            return
        self.catch_up_bar.setMaximum(max(1, progress["total"]))
        self.catch_up_bar.setValue(min(progress["sent"], progress["total"]))
        self.catch_up_label.setText(catch_up_text(progress))

    def _run(self, fn, done_text) -> None:  # type: ignore[no-untyped-def]
        self._ctx.runner.run(fn, lambda result: (self.message.show_info(done_text(result)), self.refresh()),
                             lambda exc: self.message.show_error(message_for(exc)))

    def _may_configure(self) -> bool:
        """Connecting to the hub and changing the station's key are station settings (the shopkeeper)."""
        session = self._ctx.session
        if session.operator is not None and session.operator.can(Permission.SETTINGS):
            return True
        self.message.show_error(message_for(PermissionDenied("operator.not_allowed")))
        return False

    def _on_enrol_clicked(self) -> None:
        if not self._may_configure():
            return
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

    def _on_rotate_clicked(self) -> None:
        if not self._may_configure():
            return
        self.message.show_error(self.tr("The hub will hold a new key for this station and refuse the old one. "
                                        "Press “Yes, give this station a new key” to go on."))
        self.confirm_rotate_button.setVisible(True)

    def _on_confirm_rotate_clicked(self) -> None:
        self.confirm_rotate_button.setVisible(False)
        sync = self._ctx.sync
        self._rotating = True
        self.rotate_button.setEnabled(False)

        def done(_result: object) -> None:
            self._rotating = False
            self.message.show_info(self.tr("This station has a new key. The hub accepts only the new key now."))
            self.refresh()

        def failed(exc: Exception) -> None:
            self._rotating = False
            if getattr(exc, "code", None) == "sync.revoked":
                # Revocation is decided at the hub; the counter keeps working and records wait here.
                self.message.show_error(self.tr("The hub has stopped accepting this station, so its key cannot be "
                                                "replaced from here. Everything recorded stays on this PC; ask "
                                                "the supervisor to re-admit the station."))
            else:
                self.message.show_error(self.tr("The key was not replaced: {reason}").format(
                    reason=message_for(exc)))
            self.refresh()

        self._ctx.runner.run(sync.rotate_key, done, failed)  # type: ignore[union-attr]
