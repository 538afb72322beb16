"""Pieces the parcel pages share: the scan field, the day's figures, carrier names, the big code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from station.domain.parcels import DailyFigures


def carrier_names() -> dict[str, str]:
    # spelled out (no alias for translate): lupdate only finds the literal call
    return {
        "sf": QCoreApplication.translate("Carriers", "SF Express"),
        "zto": QCoreApplication.translate("Carriers", "ZTO"),
        "yto": QCoreApplication.translate("Carriers", "YTO"),
        "yunda": QCoreApplication.translate("Carriers", "Yunda"),
        "sto": QCoreApplication.translate("Carriers", "STO"),
        "jt": QCoreApplication.translate("Carriers", "J&T"),
        "jd": QCoreApplication.translate("Carriers", "JD Logistics"),
        "ems": QCoreApplication.translate("Carriers", "EMS"),
        "post": QCoreApplication.translate("Carriers", "China Post"),
        "best": QCoreApplication.translate("Carriers", "Best Express"),
        "deppon": QCoreApplication.translate("Carriers", "Deppon"),
        "other": QCoreApplication.translate("Carriers", "Other"),
    }


def carrier_label(code: str) -> str:
    return carrier_names().get(code, code)


class ScanField(QLineEdit):
    """A line for scanners: no input method, so a Chinese IME cannot turn ``SF123`` into pinyin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.setObjectName("ScanField")
        font = self.font()
        font.setPointSize(20)
        self.setFont(font)
        self.setMinimumHeight(48)


class BigCode(QLabel):
    """The pickup code as large as the screen allows: read across the counter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BigCode")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(64)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet("font-size: 64pt; font-weight: bold; color: #0b3d91;")
        self.setMinimumHeight(110)


class FiguresHeader(QLabel):
    """Today at a glance: in, out, waiting, overdue, and today's intake per carrier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FiguresHeader")
        self.setWordWrap(True)
        self.setStyleSheet("color: #33414f; font-size: 13pt; padding: 2px 0 6px 0;")
        self._counting = False
        self._count_again = False

    def refresh(self, runner, load, on_error) -> None:  # type: ignore[no-untyped-def]
        """Count in the background: on a five-year database the counts take tens of milliseconds, which
        the GUI thread must not spend between two scans. One count runs at a time; asks that arrive
        meanwhile are folded into one more count after it, so a burst of scans costs two counts."""
        if self._counting:
            self._count_again = True
            return
        self._counting = True

        def finished() -> None:
            self._counting = False
            if self._count_again:
                self._count_again = False
                self.refresh(runner, load, on_error)

        def shown(figures: DailyFigures) -> None:
            self.show_figures(figures)
            finished()

        def failed(exc: Exception) -> None:
            on_error(exc)
            finished()

        runner.run(load, shown, failed)

    def show_figures(self, figures: DailyFigures) -> None:
        head = self.tr("Today in {taken_in} · out {handed_over} · waiting {waiting} · overdue {overdue}").format(
            taken_in=figures.taken_in, handed_over=figures.handed_over, waiting=figures.waiting,
            overdue=figures.overdue)
        per = "  ".join(f"{carrier_label(c)} {n}" for c, n in sorted(figures.per_carrier.items(),
                                                                        key=lambda cn: -cn[1]))
        self.setText(f"{head}    {per}" if per else head)


def dialog_open() -> bool:
    """A scan while a dialog is open must not land on the page behind it."""
    return QApplication.activeModalWidget() is not None


def with_changes(result):  # type: ignore[no-untyped-def]
    """Service results carry ``.changes``; the task runner announces changes found in a returned tuple."""
    return result, result.changes
