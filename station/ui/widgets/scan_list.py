"""The running list of a burst of scans: newest on top, drawn by hand so a new row costs one row.

A ``QTableWidget`` repaints every visible cell through the style's item painter when a row goes in at
the top: 1.3-3 ms for five rows on the counter's hardware, more than the whole budget left for showing
a scan (docs/decisions/scan-list.md). Here the rows already on screen are moved down by one row in the
window's backing store (``QWidget.scroll`` copies the pixels) and only the new row is drawn: about
0.1 ms. Scrolling works the same way; everything else (a resize, a selection) repaints what it touched.

The verbs mirror ``QTableWidget`` where they mean the same (``rowCount``, ``currentRow``, ``selectRow``),
so pages and tests read as before; cells are plain strings.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

PAD = 6  # pixels around a cell's text
GRID = "#d0d7de"
RANGE_AFTER_MS = 15  # one frame of a 60 Hz screen


class _Header(QWidget):
    """The column titles above the rows (not a QHeaderView: nothing to sort or resize here)."""

    def __init__(self, owner: ScanList) -> None:
        super().__init__(owner)
        self._owner = owner
        font = self.font()
        font.setPointSize(max(8, font.pointSize() - 2))
        font.setBold(True)
        self.setFont(font)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def height_needed(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * PAD

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Button))
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        metrics = painter.fontMetrics()
        for (x, width), title in zip(self._owner.column_spans(), self._owner.titles, strict=False):
            painter.drawText(QRect(x + PAD, 0, width - 2 * PAD, self.height()), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, width - 2 * PAD))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)


class ScanList(QAbstractScrollArea):
    def __init__(self, titles: Sequence[str], weights: Sequence[int] | None = None, max_rows: int = 200,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles = list(titles)
        self._weights = list(weights or [1] * len(self.titles))
        self._max_rows = max_rows
        self._rows: list[list[str]] = []  # newest first
        self._current = -1
        self._spans: list[tuple[int, int]] = []
        self._placeholder = ""
        self._row_height: int | None = None
        self._advances: dict[str, int] = {}  # per character, for the font: cleared when it changes
        self._header = _Header(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # we fill every pixel we paint, so Qt need not clear the viewport first, and an opaque viewport
        # is what lets QWidget.scroll move pixels instead of repainting
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.verticalScrollBar().setSingleStep(self.row_height())
        self._shifting = False
        self._range_due = QTimer(self)
        self._range_due.setSingleShot(True)
        self._range_due.setInterval(RANGE_AFTER_MS)
        self._range_due.timeout.connect(self._update_range)

    # -- rows ------------------------------------------------------------------------------------------
    def rowCount(self) -> int:  # the QTableWidget names, on purpose
        return len(self._rows)

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def insert_row(self, texts: Sequence[str]) -> None:
        """A new row at the top; the rows on screen move down by one row (a pixel copy, not a repaint)."""
        row = [str(t) for t in texts] + [""] * (len(self.titles) - len(texts))
        self._rows.insert(0, row[: len(self.titles)])
        if self._current >= 0:
            self._current += 1  # the selection stays on its parcel
        if len(self._rows) > self._max_rows:
            del self._rows[self._max_rows:]
            if self._current >= self._max_rows:
                self._set_current(-1)
        bar = self.verticalScrollBar()
        at = bar.value()
        if len(self._rows) == 1:
            self._update_range()
            self.viewport().update()  # the placeholder goes
        elif at == 0:
            self.viewport().scroll(0, self.row_height())
            # the scroll bar's new length is drawn a frame later: redrawn with the row, it and the page
            # behind it cost as much again as the row (four widgets' paints for a 14-pixel strip)
            self._range_due.start()
        else:  # the operator scrolled down to look at something: keep it where it is on screen
            self._update_range()
            self._shifting = True
            try:
                bar.setValue(at + self.row_height())
            finally:
                self._shifting = False

    def remove_row(self, row: int) -> None:
        del self._rows[row]
        if self._current == row:
            self._set_current(-1)
        elif self._current > row:
            self._current -= 1
        self._update_range()
        self.viewport().update()

    def set_text(self, row: int, column: int, text: str) -> None:
        self._rows[row][column] = text
        self.viewport().update(self._row_rect(row))

    def setPlaceholderText(self, text: str) -> None:  # as QLineEdit's
        self._placeholder = text
        if not self._rows:
            self.viewport().update()

    # -- selection -------------------------------------------------------------------------------------
    def currentRow(self) -> int:
        return self._current

    def selectRow(self, row: int) -> None:
        self._set_current(row if 0 <= row < len(self._rows) else -1)
        self._ensure_visible(self._current)

    def _set_current(self, row: int) -> None:
        if row == self._current:
            return
        before, self._current = self._current, row
        for changed in (before, row):
            if changed >= 0:
                self.viewport().update(self._row_rect(changed))

    def _ensure_visible(self, row: int) -> None:
        if row < 0:
            return
        if self._range_due.isActive():  # the rows' length is due: the bar must know it to go there
            self._update_range()
        bar, height = self.verticalScrollBar(), self.row_height()
        top, bottom = row * height, (row + 1) * height
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + self.viewport().height():
            bar.setValue(bottom - self.viewport().height())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = (int(event.position().y()) + self.verticalScrollBar().value()) // self.row_height()
        if 0 <= row < len(self._rows):
            self.selectRow(row)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = max(1, self.viewport().height() // self.row_height())
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}
        key = event.key()
        if not self._rows or (key not in moves and key not in (Qt.Key.Key_Home, Qt.Key.Key_End)):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Home:
            row = 0
        elif key == Qt.Key.Key_End:
            row = len(self._rows) - 1
        else:
            row = min(len(self._rows) - 1, max(0, self._current + moves[key]))
        self.selectRow(row)

    # -- geometry --------------------------------------------------------------------------------------
    def row_height(self) -> int:
        if self._row_height is None:  # asked several times per scan; the font rarely changes
            self._row_height = QFontMetrics(self.font()).height() + 2 * PAD
        return self._row_height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._row_height = None
            self._advances.clear()
            self.verticalScrollBar().setSingleStep(self.row_height())
            self._update_range()
        super().changeEvent(event)

    def column_spans(self) -> list[tuple[int, int]]:
        """(x, width) of each column in the viewport, shared out by the columns' weights."""
        return self._spans

    def _layout_columns(self) -> None:
        width, total = self.viewport().width(), sum(self._weights)
        spans, x = [], 0
        for i, weight in enumerate(self._weights):
            w = width - x if i == len(self._weights) - 1 else width * weight // total
            spans.append((x, w))
            x += w
        self._spans = spans

    def _row_rect(self, row: int) -> QRect:
        height = self.row_height()
        return QRect(0, row * height - self.verticalScrollBar().value(), self.viewport().width(), height)

    def _update_range(self) -> None:
        self._range_due.stop()
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, len(self._rows) * self.row_height() - self.viewport().height()))

    def sizeHint(self) -> QSize:
        return QSize(600, self._header.height_needed() + 6 * self.row_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        header = self._header.height_needed()
        self.setViewportMargins(0, header, 0, 0)
        frame = self.frameWidth()
        self._header.setGeometry(frame, frame, self.viewport().width(), header)
        self._layout_columns()
        self._update_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if not self._shifting:  # else the rows moved down as far as the view did: nothing changes
            self.viewport().scroll(dx, dy)

    # -- painting --------------------------------------------------------------------------------------
    def _fitted(self, text: str, width: int, metrics: QFontMetrics) -> str:
        """The text, cut with "…" if it is wider than ``width``. Most cells fit: summing cached character
        advances says so in a few µs, where asking the font to elide costs ~20 µs a cell on a cold CPU
        (a row is drawn beside the commit of the parcel it shows: docs/decisions/scan-to-screen.md)."""
        advances, total = self._advances, 0
        for char in text:
            advance = advances.get(char)
            if advance is None:
                advance = advances[char] = metrics.horizontalAdvance(char)
            total += advance
        if total <= width:
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        if not self._rows:
            if self._placeholder:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(self.viewport().rect().adjusted(PAD, PAD, -PAD, -PAD),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._placeholder)
            return
        height, offset = self.row_height(), self.verticalScrollBar().value()
        first = max(0, (area.top() + offset) // height)
        last = min(len(self._rows) - 1, (area.bottom() + offset) // height)
        text_pen, grid = palette.color(QPalette.ColorRole.Text), QColor(GRID)
        baseline = (height - metrics.height()) // 2 + metrics.ascent()
        for row in range(first, last + 1):
            y = row * height - offset
            if row == self._current:
                painter.fillRect(QRect(0, y, self.viewport().width(), height),
                                 palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                painter.setPen(text_pen)
            for (x, width), text in zip(self._spans, self._rows[row], strict=False):
                painter.drawText(x + PAD, y + baseline, self._fitted(text, width - 2 * PAD, metrics))
            painter.setPen(grid)
            painter.drawLine(0, y + height - 1, self.viewport().width(), y + height - 1)
