"""Print jobs: what was printed, what waits and why; print any past receipt again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.services.print_queue import PRINT_JOBS
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.pages.devices_page import role_label
from station.ui.widgets.common import MessageLine


def state_text(job: dict) -> str:
    if job["state"] == "printed":
        return QCoreApplication.translate("PrintJobs", "printed")
    if job["state"] == "cancelled":
        return QCoreApplication.translate("PrintJobs", "cancelled")
    reason = {
        "printer.paper_out": QCoreApplication.translate("PrintJobs", "waiting: out of paper"),
        "printer.cover_open": QCoreApplication.translate("PrintJobs", "waiting: cover open"),
        "printer.offline": QCoreApplication.translate("PrintJobs", "waiting: printer offline"),
        "printer.not_answering": QCoreApplication.translate("PrintJobs", "waiting: printer not answering"),
        "printer.not_configured": QCoreApplication.translate("PrintJobs", "waiting: no printer set up"),
    }.get(job["last_error"])
    return reason or QCoreApplication.translate("PrintJobs", "waiting")


class PrintJobsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._jobs: list[dict] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Document"), self.tr("Printer"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.reprint_button.clicked.connect(self._on_reprint_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel the job"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.retry_button = QPushButton(self.tr("Try waiting jobs now"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        for button in (self.reprint_button, self.cancel_button, self.retry_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLine()
        layout.addWidget(self.message)
        ctx.runner.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(PRINT_JOBS) and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        queue = self._ctx.print_queue
        self._jobs = queue.recent(100) if queue else []
        self.table.setRowCount(len(self._jobs))
        for row, job in enumerate(self._jobs):
            values = (job["created_at"][:16].replace("T", " "), job["title"], role_label(job["role"]),
                      state_text(job))
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self._jobs[rows[0].row()] if rows else None

    def _on_reprint_clicked(self) -> None:
        job, queue = self._selected(), self._ctx.print_queue
        if job is None or queue is None:
            self.message.show_error(self.tr("Select a job first."))
            return
        actor = self._ctx.session.actor()
        self._ctx.runner.run(lambda: queue.reprint(actor, job["id"]),
                             lambda _r: self.message.show_info(self.tr("Queued again.")),
                             lambda exc: self.message.show_error(message_for(exc)))

    def _on_cancel_clicked(self) -> None:
        job, queue = self._selected(), self._ctx.print_queue
        if job is None or queue is None or job["state"] != "waiting":
            self.message.show_error(self.tr("Only a waiting job can be cancelled."))
            return
        actor = self._ctx.session.actor()
        self._ctx.runner.run(lambda: queue.cancel(actor, job["id"]), None,
                             lambda exc: self.message.show_error(message_for(exc)))

    def _on_retry_clicked(self) -> None:
        queue = self._ctx.print_queue
        if queue is not None:
            self._ctx.runner.run(queue.process_waiting, lambda _r: self.refresh(),
                                 lambda exc: self.message.show_error(message_for(exc)))
