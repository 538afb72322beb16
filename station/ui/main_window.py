"""The main window: first-run setup, login, then the workspace. It only switches between them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.domain.changes import Changes
from station.domain.operators import Operator
from station.ui.context import UiContext
from station.ui.long_lived import freeze_soon
from station.ui.pages.devices_page import role_label as role_label_device
from station.ui.pages.hub_page import sync_state_text
from station.ui.pages.login_page import LoginPage, role_label
from station.ui.pages.setup_page import SetupPage
from station.ui.training_panel import TrainingPanel
from station.ui.workspace import Workspace


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    database_restored = Signal()
    training_reset_requested = Signal()

    def __init__(self, ctx: UiContext | None = None, *, training: bool = False) -> None:
        """Without a context the window paints at once with an 'opening' notice; ``attach`` fills it
        once the database is open, so a slow disk or a long migration never shows a blank screen."""
        super().__init__()
        self._ctx: UiContext | None = None
        self.setWindowTitle(self.tr("Village Station"))
        self.setMinimumSize(1024, 700)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.training_banner = QLabel(self.tr("TRAINING MODE — practice data, simulated devices, nothing is "
                                              "sent to the hub"))
        self.training_banner.setObjectName("TrainingBanner")
        self.training_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_banner.setVisible(training or bool(ctx and ctx.training))
        outer.addWidget(self.training_banner)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.opening = QLabel(self.tr("Opening the station database…"))
        self.opening.setObjectName("PageTitle")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: UiContext) -> None:
        self._ctx = ctx
        self.training_banner.setVisible(ctx.training)
        self.setup_page = SetupPage(ctx)
        self.login_page = LoginPage(ctx)
        self.workspace = Workspace(ctx)
        for page in (self.setup_page, self.login_page, self.workspace):
            self.stack.addWidget(page)
        self.setup_page.station_created.connect(self._on_logged_in)
        self.login_page.logged_in.connect(self._on_logged_in)
        self.workspace.logout_requested.connect(self._on_logout_requested)
        self.workspace.page_built.connect(self._on_page_built)
        self._build_status_bar()
        # The sync line reads the outbox on its own connection (a few ms on a big database): after a
        # burst of scans it is read once, not once per scan between two scans.
        self._sync_status_due = QTimer(self)
        self._sync_status_due.setSingleShot(True)
        self._sync_status_due.setInterval(400)
        self._sync_status_due.timeout.connect(self._refresh_sync_status)
        ctx.runner.changed.connect(self._on_changed)
        ctx.session.operator_changed.connect(self._on_operator_changed)
        if ctx.bridge is not None:
            ctx.bridge.state_changed.connect(self._refresh_device_status)
            ctx.bridge.scan_received.connect(self._on_scan)
        self._refresh_device_status()
        self._on_operator_changed(ctx.session.operator)
        if ctx.training and ctx.simulators is not None:
            self.training_panel = TrainingPanel(ctx.simulators, str(ctx.extras.get("training_pin", "")), self)
            self.training_panel.reset_requested.connect(self.training_reset_requested)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.training_panel)

    def _on_page_built(self, key: str, page: QWidget) -> None:
        freeze_soon()  # the page lives as long as the window: out of the collector's walks
        if key == "settings":  # built the first time someone opens it
            page.language_chosen.connect(self.language_chosen)
            page.restored.connect(self._on_database_restored)

    def show_failure(self, text: str) -> None:
        """The database could not be opened: say why in the window itself."""
        self.opening.setText(text)
        self.opening.setWordWrap(True)
        self.opening.setObjectName("ErrorText")

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.operator_status = QLabel()
        self.device_status = QLabel(self.tr("Devices: none configured"))
        self.sync_status = QLabel()
        self.mode_status = QLabel(self.tr("Training") if self._ctx.training else "")
        for label in (self.operator_status, self.device_status, self.sync_status):
            bar.addWidget(label)
        bar.addPermanentWidget(self.mode_status)
        self._refresh_sync_status()
        self._sync_timer = QTimer(self)
        self._sync_timer.timeout.connect(self._refresh_sync_status)
        self._sync_timer.start(3000)

    def start(self) -> None:
        """Show the right first page: setup on a new database, login otherwise, or keep the session."""
        if not self._ctx.services.setup.is_set_up():
            self.stack.setCurrentWidget(self.setup_page)
            self.setup_page.station_name.setFocus()
        elif self._ctx.session.operator is not None:
            self._show_workspace()
        else:
            self.login_page.refresh()
            self.stack.setCurrentWidget(self.login_page)

    def _on_logged_in(self, operator: Operator) -> None:
        self._ctx.session.log_in(operator)
        self._show_workspace()

    def _show_workspace(self) -> None:
        self.workspace.refresh()
        self.stack.setCurrentWidget(self.workspace)
        if not self.workspace.current_key():
            self.workspace.show_page("people")
        self._on_operator_changed(self._ctx.session.operator)
        freeze_soon()

    def _on_logout_requested(self) -> None:
        self._ctx.session.log_out()
        self.login_page.refresh()
        self.stack.setCurrentWidget(self.login_page)

    def _on_database_restored(self) -> None:
        self.database_restored.emit()
        self._on_logout_requested()

    def _on_operator_changed(self, operator: Operator | None) -> None:
        if operator is None:
            self.operator_status.setText(self.tr("Not logged in"))
        else:
            self.operator_status.setText(self.tr("Operator: {name} ({role})").format(
                name=operator.name, role=role_label(operator.role)))

    def _refresh_device_status(self, *_args: object) -> None:
        devices = self._ctx.devices if self._ctx else None
        if devices is None or not devices.configured():
            self.device_status.setText(self.tr("Devices: none configured"))
            return
        states = self._ctx.bridge.states if self._ctx and self._ctx.bridge else {}
        parts = []
        for config in devices.configured():
            state = states.get(config["role"], ("", ""))[0]
            mark = "✓" if state == "connected" or (not state and config["role"] == "scanner") else "✗"
            parts.append(f"{role_label_device(config['role'])} {mark}")
        self.device_status.setText(self.tr("Devices: {list}").format(list="  ".join(parts)))

    def _on_scan(self, code: str, _source: str) -> None:
        """A scan goes to the page on screen if it takes scans, else into the field that has the focus."""
        if self.stack.currentWidget() is not self.workspace:
            return
        page = self.workspace.pages.currentWidget()
        handler = getattr(page, "on_scan", None)
        if callable(handler):
            handler(code)
            return
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit):
            focus.insert(code)

    def _on_changed(self, _changes: Changes) -> None:
        if self._ctx is not None and self._ctx.sync is not None:
            self._ctx.sync.sync_now()  # a new local record: send it soon (the worker respects back-off)
        self._sync_status_due.start()

    def _refresh_sync_status(self) -> None:
        if self._ctx is None:
            return
        if self._ctx.training or self._ctx.sync is None:
            self.sync_status.setText(self.tr("Sync: off in training mode"))
            return
        self.sync_status.setText(sync_state_text(self._ctx.sync.status()))
