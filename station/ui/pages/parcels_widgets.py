"""Pieces the parcel pages share: the scan field, the day's figures, carrier names, the big code."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QSizePolicy, QStyle, QWidget

from station.domain.parcels import DailyFigures

_NAMES: dict[str, dict[str, str]] = {}  # by the language's name for SF: one set per language in use


def carrier_names() -> dict[str, str]:
    # every scan shows a carrier's name a few times: build the twelve translations once per language
    key = QCoreApplication.translate("Carriers", "SF Express")
    names = _NAMES.get(key)
    if names is None:
        names = _NAMES[key] = _translated_carrier_names()
    return names


def _translated_carrier_names() -> dict[str, str]:
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


class PaintedText(QWidget):
    """Text drawn by the widget itself on its own opaque background. A new text repaints this widget and
    nothing else: its size never depends on the text, so the page around it is not laid out again (a
    ``QLabel`` asks for that on every new text: about a millisecond per scan on the intake page).

    Only the strip where the old text was and the new one goes is repainted: a paint costs about what
    it fills, and these lines are as wide as the window while their text takes a third of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # as QLabel's
        if text != self._text:
            before, self._text = self._text, text
            self.setToolTip(text)  # whole, where the line shows it cut
            self.setAccessibleName(text)
            self.update(self.text_span(before).united(self.text_span(text)))

    def text_span(self, text: str) -> QRect:
        """The full-height strip of the widget that ``text`` covers when drawn (empty text: none)."""
        return self.rect()


class BigCode(PaintedText):
    """The pickup code as large as the screen allows: read across the counter.

    Drawn from a cache of one picture per character: Qt's raster painter caches glyphs only up to
    64 pixels and draws bigger ones as outlines, which cost ~0.6 ms for a code at 64 pt on every scan;
    copying ten cached pictures costs a few µs.
    """

    COLOUR = QColor("#0b3d91")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glyphs: dict[str, tuple[QPixmap, float]] = {}  # before the font is set: a font change clears it
        self.setObjectName("BigCode")
        font = QFont(self.font())
        font.setPointSize(64)
        font.setBold(True)
        self.setFont(font)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("0-0-00000"), max(110, metrics.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._glyphs.clear()
        super().changeEvent(event)

    def _glyph(self, char: str) -> tuple[QPixmap, float]:
        """The character's picture and advance (both asked of the font once: cold, a font metrics call
        costs ~40 µs, and every scan needs ten)."""
        glyph = self._glyphs.get(char)
        if glyph is None:
            metrics = QFontMetrics(self.font())
            ratio = self.devicePixelRatioF()
            advance = metrics.horizontalAdvance(char)
            picture = QPixmap(max(1, math.ceil(advance * ratio)), max(1, math.ceil(metrics.height() * ratio)))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            painter.setFont(self.font())
            painter.setPen(self.COLOUR)
            painter.drawText(0, metrics.ascent(), char)
            painter.end()
            glyph = self._glyphs[char] = (picture, advance)
        return glyph

    def _left(self, text: str) -> float:
        return (self.width() - sum(self._glyph(char)[1] for char in text)) / 2

    def text_span(self, text: str) -> QRect:
        if not text:
            return QRect()
        left = self._left(text)
        return QRect(math.floor(left) - 4, 0, math.ceil(self.width() - 2 * left) + 8, self.height())  # ink past the advance

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        x = self._left(self._text)
        for char in self._text:
            picture, advance = self._glyph(char)
            painter.drawPixmap(QPointF(x, (self.height() - picture.deviceIndependentSize().height()) / 2), picture)
            x += advance


class TextLine(PaintedText):
    """One line of text: its height is fixed by the font, its width by the layout, and a long text is
    cut with "…" (whole in the tooltip)."""

    def __init__(self, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alignment = alignment | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self.font()).height() + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _shown(self, text: str, metrics: QFontMetrics) -> str:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width())

    def text_span(self, text: str) -> QRect:
        if not text:
            return QRect()
        metrics = QFontMetrics(self.font())
        width = min(self.width(), metrics.horizontalAdvance(self._shown(text, metrics)))
        box = QStyle.alignedRect(self.layoutDirection(), self._alignment, QSize(width, self.height()), self.rect())
        return box.adjusted(-2, 0, 2, 0)  # antialiased edges and italic overhang

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.rect(), self._alignment, self._shown(self._text, painter.fontMetrics()))


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
