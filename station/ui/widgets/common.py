"""Small building blocks shared by pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class PageTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("PageTitle")


class MessageLine(QLabel):
    """One line under a form: an error in red or a confirmation in green; empty when nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_message()

    def show_error(self, text: str) -> None:
        self._show("ErrorText", text)

    def show_info(self, text: str) -> None:
        self._show("InfoText", text)

    def clear_message(self) -> None:
        self._show("", "")

    def _show(self, kind: str, text: str) -> None:
        self.setText(text)
        if self.objectName() != kind:  # re-polishing is the costly part: only when the colour changes
            self.setObjectName(kind)
            self.style().unpolish(self)
            self.style().polish(self)


def row_of(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row (a field and its button)."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return holder
