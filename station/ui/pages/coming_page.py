"""A page whose work arrives in a later release: says plainly what will be here, pretends nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from station.ui.widgets.common import PageTitle


class ComingPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(title))
        notice = QLabel(self.tr("Not available yet in this version."))
        notice.setObjectName("ErrorText")
        layout.addWidget(notice)
        text = QLabel(description)
        text.setObjectName("ComingSoon")
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch()
