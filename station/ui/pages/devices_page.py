"""The device page: choose each counter device's model and port, watch its raw bytes and readings,
and test it (scale zero/tare and a known-weight check, printer self-test, label test, test SMS)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.ports_devices import DEVICE_ROLES, ROLE_KINDS
from station.domain.readings import ScaleReading
from station.domain.weights import format_grams, parse_weight
from station.ui.context import UiContext
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine

CALIBRATION_TOLERANCE_PERMILLE = 5  # 0.5 %: a legal-for-trade class III scale is better; anything worse is wrong
CALIBRATION_TOLERANCE_MIN_G = 2


def role_label(role: str) -> str:
    return {
        "scanner": QCoreApplication.translate("Devices", "Barcode scanner"),
        "scale": QCoreApplication.translate("Devices", "Scale"),
        "receipt_printer": QCoreApplication.translate("Devices", "Receipt printer"),
        "label_printer": QCoreApplication.translate("Devices", "Label printer"),
        "modem": QCoreApplication.translate("Devices", "GSM modem"),
    }[role]


def state_label(state: str) -> str:
    return {
        "connected": QCoreApplication.translate("Devices", "connected"),
        "connecting": QCoreApplication.translate("Devices", "connecting…"),
        "disconnected": QCoreApplication.translate("Devices", "not connected, retrying"),
        "error": QCoreApplication.translate("Devices", "error, retrying"),
    }.get(state, state)


def calibration_verdict(known_grams: int, reading: ScaleReading | None) -> tuple[bool, str]:
    """Compare a stable reading with a reference weight; returns (within tolerance, explanation)."""
    if reading is None or not reading.usable:
        return False, QCoreApplication.translate("Devices", "No stable reading: put the weight on the scale and wait until it settles.")
    tolerance = max(CALIBRATION_TOLERANCE_MIN_G, known_grams * CALIBRATION_TOLERANCE_PERMILLE // 1000)
    difference = reading.grams - known_grams
    if abs(difference) <= tolerance:
        return True, QCoreApplication.translate("Devices", "Scale shows {shown}; reference {known}; within {tol} g. OK.").format(
            shown=format_grams(reading.grams), known=format_grams(known_grams), tol=tolerance)
    return False, QCoreApplication.translate("Devices", "Scale shows {shown} but the reference is {known} ({diff:+d} g, allowed ±{tol} g). "
                               "Have the scale calibrated.").format(
        shown=format_grams(reading.grams), known=format_grams(known_grams), diff=difference, tol=tolerance)


def hex_view(data: bytes, width: int = 16) -> str:
    lines = []
    for start in range(0, len(data), width):
        chunk = data[start:start + width]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{chunk.hex(' '):<{width * 3}}  {text}")
    return "\n".join(lines)


class DevicesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._last_scan = ""
        layout = QVBoxLayout(self)
        if ctx.devices is None:
            layout.addWidget(QLabel(self.tr("The device layer is not running in this session.")))
            return
        self.table = QTableWidget(len(DEVICE_ROLES), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Model"), self.tr("Port"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(190)  # all five roles visible without scrolling
        self.table.itemSelectionChanged.connect(self._on_role_selected)
        layout.addWidget(self.table)
        layout.addWidget(self._setup_box())
        layout.addWidget(self._test_box())
        live = QGroupBox(self.tr("Live view"))
        live_layout = QVBoxLayout(live)
        self.reading_label = QLabel()
        self.counts_label = QLabel()
        labels = QHBoxLayout()
        labels.addWidget(self.reading_label, 1)
        labels.addWidget(self.counts_label)
        self.raw_view = QPlainTextEdit()
        self.raw_view.setReadOnly(True)
        self.raw_view.setMinimumHeight(90)
        self.raw_view.setStyleSheet("font-family: monospace; font-size: 11pt;")
        live_layout.addLayout(labels)
        live_layout.addWidget(self.raw_view, 1)
        layout.addWidget(live, 1)
        self.message = MessageLine()
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._refresh_live)
        if ctx.bridge is not None:
            ctx.bridge.state_changed.connect(lambda *_: self.refresh())
            ctx.bridge.scan_received.connect(self._on_scan)
        self.refresh()
        self.table.selectRow(0)

    # -- building ---------------------------------------------------------------------------------
    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Model and port"))
        form = QFormLayout(box)
        self.profile_box = QComboBox()
        self.port_box = QComboBox()
        self.port_box.setEditable(True)
        self.port_box.lineEdit().setPlaceholderText(self.tr("/dev/ttyUSB0, COM3, socket://host:port"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.port_box, 1)
        form.addRow(self.tr("Model"), self.profile_box)
        form.addRow(self.tr("Port"), buttons)
        self.connect_button = QPushButton(self.tr("Save and connect"))
        self.connect_button.clicked.connect(self._on_connect_clicked)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.detect_button = QPushButton(self.tr("Find ports"))
        self.detect_button.clicked.connect(self._fill_ports)
        self.probe_button = QPushButton(self.tr("Detect model"))
        self.probe_button.clicked.connect(self._on_probe_clicked)
        self.port_box.activated.connect(self._on_port_chosen)
        for button in (self.detect_button, self.probe_button, self.connect_button, self.remove_button):
            buttons.addWidget(button)
        return box

    def _test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Test"))
        layout = QHBoxLayout(box)
        self.scale_row = QWidget()
        scale_layout = QHBoxLayout(self.scale_row)
        scale_layout.setContentsMargins(0, 0, 0, 0)
        self.zero_button = QPushButton(self.tr("Zero"))
        self.tare_button = QPushButton(self.tr("Tare"))
        self.known_weight = QLineEdit()
        self.known_weight.setPlaceholderText(self.tr("known weight, e.g. 5 kg"))
        self.check_button = QPushButton(self.tr("Check"))
        for widget in (self.zero_button, self.tare_button, self.known_weight, self.check_button):
            scale_layout.addWidget(widget)
        self.zero_button.clicked.connect(lambda: self._scale_command("zero"))
        self.tare_button.clicked.connect(lambda: self._scale_command("tare"))
        self.check_button.clicked.connect(self._on_check_clicked)
        self.print_test_button = QPushButton(self.tr("Print a test page"))
        self.print_test_button.clicked.connect(self._on_print_test_clicked)
        self.modem_row = QWidget()
        modem_layout = QHBoxLayout(self.modem_row)
        modem_layout.setContentsMargins(0, 0, 0, 0)
        self.sms_phone = QLineEdit()
        self.sms_phone.setPlaceholderText(self.tr("phone for a test SMS"))
        self.sms_button = QPushButton(self.tr("Send test SMS"))
        self.sms_button.clicked.connect(self._on_sms_clicked)
        modem_layout.addWidget(self.sms_phone)
        modem_layout.addWidget(self.sms_button)
        self.scan_hint = QLabel(self.tr("Scan any barcode: it appears in the live view."))
        for widget in (self.scale_row, self.print_test_button, self.modem_row, self.scan_hint):
            layout.addWidget(widget)
        layout.addStretch()
        self.scan_hint.setWordWrap(True)
        return box

    # -- state ------------------------------------------------------------------------------------
    def selected_role(self) -> str:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return DEVICE_ROLES[rows[0].row()] if rows else DEVICE_ROLES[0]

    def refresh(self) -> None:
        devices = self._ctx.devices
        if devices is None:
            return
        configured = {c["role"]: c for c in devices.configured()}
        states = self._ctx.bridge.states if self._ctx.bridge else {}
        models = {p["id"]: f"{p['vendor']} {p['model']}" for kind in ("scanner", "scale", "printer", "modem")
                  for p in devices.profiles(kind)}
        for row, role in enumerate(DEVICE_ROLES):
            config = configured.get(role)
            state = states.get(role, ("", ""))[0]
            if config and not state and devices.profile_of(role).get("protocol") == "wedge":
                state = "connected"  # a keyboard needs no port
            values = (role_label(role), models.get(config["profile_id"], "") if config else self.tr("none"),
                      config["url"] if config else "", state_label(state) if config else "")
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _on_role_selected(self) -> None:
        role = self.selected_role()
        devices = self._ctx.devices
        assert devices is not None
        kind = ROLE_KINDS[role]
        self.profile_box.clear()
        for profile in devices.profiles(kind):
            if role == "label_printer" and profile["protocol"] != "tspl":
                continue
            if role == "receipt_printer" and profile["protocol"] != "escpos":
                continue
            self.profile_box.addItem(f"{profile['vendor']} {profile['model']}", profile["id"])
        config = next((c for c in devices.configured() if c["role"] == role), None)
        self._fill_ports()
        if config:
            self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(config["profile_id"])))
            self.port_box.setEditText(config["url"])
        self.scale_row.setVisible(role == "scale")
        self.print_test_button.setVisible(role in ("receipt_printer", "label_printer"))
        self.print_test_button.setText(self.tr("Print a test label") if role == "label_printer"
                                       else self.tr("Print a test page"))
        self.modem_row.setVisible(role == "modem")
        self.scan_hint.setVisible(role == "scanner")
        self.message.clear_message()
        self._refresh_live()

    def _fill_ports(self) -> None:
        devices = self._ctx.devices
        assert devices is not None
        current = self.port_box.currentText()
        self.port_box.clear()
        for port in devices.ports():
            label = f"{port['device']}  {port['description']}".strip()
            self.port_box.addItem(label, port)
        self.port_box.setEditText(current)

    def _on_port_chosen(self, index: int) -> None:
        """A USB id the profiles know preselects the model; the operator can still change it."""
        port = self.port_box.itemData(index)
        if not isinstance(port, dict):
            return
        self.port_box.setEditText(port["device"])
        for profile_id in filter(None, port.get("suggestions", "").split(",")):
            found = self.profile_box.findData(profile_id)
            if found >= 0:
                self.profile_box.setCurrentIndex(found)
                self.message.show_info(self.tr("Model suggested from the USB id; check it."))
                return

    def _on_probe_clicked(self) -> None:
        devices = self._ctx.devices
        assert devices is not None
        url = self.port_box.currentText().strip()
        if not url:
            self.message.show_error(message_for(DomainError("device.port_empty")))
            return
        self.probe_button.setEnabled(False)
        self.message.show_info(self.tr("Asking the device on {port}… this takes a few seconds.").format(port=url))

        def done(profile_ids: object) -> None:
            self.probe_button.setEnabled(True)
            for profile_id in profile_ids:  # type: ignore[attr-defined]
                found = self.profile_box.findData(profile_id)
                if found >= 0:
                    self.profile_box.setCurrentIndex(found)
                    self.message.show_info(self.tr("The device answered as: {model}. Press “Save and connect”.")
                                           .format(model=self.profile_box.currentText()))
                    return
            self.message.show_error(self.tr("No known protocol answered on {port}. Choose the model by hand "
                                            "(some scales only send when something is on them).").format(port=url))

        def failed(exc: Exception) -> None:
            self.probe_button.setEnabled(True)
            self.message.show_error(message_for(exc))

        self._ctx.runner.run(lambda: devices.probe(url), done, failed)

    def _refresh_live(self) -> None:
        devices = self._ctx.devices
        if devices is None or not self.isVisible():
            return
        role = self.selected_role()
        good, bad = devices.frame_counts(role)
        self.counts_label.setText(self.tr("Good frames: {good}   Bad frames: {bad}").format(good=good, bad=bad))
        self.raw_view.setPlainText(hex_view(devices.recent_bytes(role)[-512:]))
        if role == "scale" and self._ctx.bridge is not None:
            reading = self._ctx.bridge.last_reading()
            if reading is None:
                self.reading_label.setText(self.tr("No reading yet."))
            elif reading.overload or reading.underload:
                self.reading_label.setText(self.tr("Out of range (overload or below zero)"))
            else:
                stable = self.tr("stable") if reading.stable else self.tr("settling…")
                net = self.tr("net") if reading.net else self.tr("gross")
                self.reading_label.setText(f"{format_grams(reading.grams)}  {stable}  {net}")
        elif role == "scanner":
            self.reading_label.setText(self.tr("Last scan: {code}").format(code=self._last_scan or "—"))
        else:
            self.reading_label.setText("")

    def _on_scan(self, code: str, _source: str) -> None:
        self._last_scan = code
        if self.isVisible():
            self._refresh_live()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._timer.stop()

    # -- actions (port I/O runs on the task runner, never on the GUI thread) ---------------------------
    def _run(self, fn, done_text: str | None = None) -> None:  # type: ignore[no-untyped-def]
        def done(result: object) -> None:
            self.message.show_info(done_text if done_text is not None else str(result))
            self.refresh()

        self._ctx.runner.run(fn, done, lambda exc: self.message.show_error(message_for(exc)))

    def _on_connect_clicked(self) -> None:
        devices = self._ctx.devices
        assert devices is not None
        role, profile_id, url = self.selected_role(), self.profile_box.currentData(), self.port_box.currentText()
        try:
            devices.configure(role, profile_id, url)
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        self.message.show_info(self.tr("Saved. The program connects by itself and reconnects when the device "
                                       "is plugged in again."))
        self.refresh()

    def _on_remove_clicked(self) -> None:
        devices = self._ctx.devices
        assert devices is not None
        role = self.selected_role()
        devices.remove(role)
        if self._ctx.bridge is not None:
            self._ctx.bridge.forget(role)
        self.refresh()

    def _scale_command(self, command: str) -> None:
        scale = self._ctx.devices.scale() if self._ctx.devices else None
        if scale is None:
            self.message.show_error(self.tr("No scale is configured."))
            return
        self._run(getattr(scale, command), self.tr("Command sent to the scale."))

    def _on_check_clicked(self) -> None:
        try:
            known = parse_weight(self.known_weight.text())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        ok, text = calibration_verdict(known, self._ctx.bridge.last_reading() if self._ctx.bridge else None)
        (self.message.show_info if ok else self.message.show_error)(text)

    def _on_print_test_clicked(self) -> None:
        role = self.selected_role()
        queue = self._ctx.print_queue
        if queue is None or self._ctx.devices is None or self._ctx.devices.printer(role) is None:
            self.message.show_error(self.tr("No printer is configured for this role."))
            return
        actor = self._ctx.session.actor()

        def print_now() -> object:
            result = queue.print_self_test(actor, role)
            queue.process_waiting()
            return result

        self._run(print_now, self.tr("Test sent to the printer; see “Print jobs” for its state."))

    def _on_sms_clicked(self) -> None:
        modem = self._ctx.devices.modem() if self._ctx.devices else None
        if modem is None:
            self.message.show_error(self.tr("No modem is configured."))
            return
        phone = self.sms_phone.text().strip()
        text = self.tr("Village Station test message. 村站测试短信。")

        def send() -> str:
            result = modem.send_sms(phone, text)
            if result.ok:
                return self.tr("SMS sent (reference {ref}).").format(ref=result.message_ref)
            raise DomainError(f"sms.{result.reason_code}")

        self._run(send)
