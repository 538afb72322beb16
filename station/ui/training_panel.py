"""The trainer's panel in training mode: drive the simulated devices and see the virtual printer.

Trainees scan, weigh and print exactly as at a real counter; the trainer (or the trainee) makes the
scanner read a code, puts a weight on the scale, takes the paper out of the printer or the SIM out of
the modem, and looks at what the receipt printer printed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.domain.errors import DomainError
from station.domain.ports_devices import SimulatorControl
from station.domain.weights import parse_weight
from station.ui.messages import message_for
from station.ui.widgets.common import MessageLine, row_of


class TrainingPanel(QDockWidget):
    reset_requested = Signal()

    def __init__(self, simulators: SimulatorControl, practice_pin: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Simulated devices"), parent)
        self._sim = simulators
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. SF1234567890123"))
        self.code.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.scan_button = QPushButton(self.tr("Scan"))
        self.scan_button.clicked.connect(self._on_scan_clicked)
        form.addRow(self.tr("Scanner"), row_of(self.code, self.scan_button))
        self.weight = QLineEdit()
        self.weight.setPlaceholderText(self.tr("e.g. 38.6 kg"))
        self.weigh_button = QPushButton(self.tr("Put on scale"))
        self.weigh_button.clicked.connect(self._on_weigh_clicked)
        form.addRow(self.tr("Scale"), row_of(self.weight, self.weigh_button))
        self.paper_out = QCheckBox(self.tr("Printer out of paper"))
        self.paper_out.toggled.connect(self._sim.set_paper_out)
        self.no_sim = QCheckBox(self.tr("Modem without SIM card"))
        self.no_sim.toggled.connect(lambda on: self._sim.set_sim_card(not on))
        form.addRow(self.paper_out)
        form.addRow(self.no_sim)
        layout.addLayout(form)
        self.message = MessageLine()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.show_receipt = QPushButton(self.tr("Last receipt"))
        self.show_receipt.clicked.connect(lambda: self._show(self._sim.receipt_preview()))
        self.show_label = QPushButton(self.tr("Last label"))
        self.show_label.clicked.connect(lambda: self._show(self._sim.label_preview()))
        buttons.addWidget(self.show_receipt)
        buttons.addWidget(self.show_label)
        layout.addLayout(buttons)
        self.preview = QLabel(self.tr("The virtual printer's output appears here."))
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        layout.addWidget(scroll, 1)
        hint = QLabel(self.tr("Practice login: 培训员, PIN {pin}").format(pin=practice_pin))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.reset_button = QPushButton(self.tr("Reset training data"))
        self.confirm_reset = QPushButton(self.tr("Yes, start again from fresh demo data"))
        self.confirm_reset.setVisible(False)
        self.reset_button.clicked.connect(lambda: self.confirm_reset.setVisible(True))
        self.confirm_reset.clicked.connect(self.reset_requested)
        layout.addWidget(self.reset_button)
        layout.addWidget(self.confirm_reset)
        self.setWidget(body)
        self.setMinimumWidth(300)

    def _on_scan_clicked(self) -> None:
        code = self.code.text().strip()
        if code:
            self._sim.scan(code)
            self.message.show_info(self.tr("Scanned {code}").format(code=code))

    def _on_weigh_clicked(self) -> None:
        try:
            grams = parse_weight(self.weight.text())
        except DomainError as exc:
            self.message.show_error(message_for(exc))
            return
        self._sim.put_on_scale(grams)
        self.message.clear_message()

    def _show(self, png: bytes) -> None:
        if not png:
            self.preview.setText(self.tr("Nothing printed yet."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        room = max(200, self.preview.parentWidget().width() - 8)  # whole width of the paper in view
        if pixmap.width() > room:
            pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

