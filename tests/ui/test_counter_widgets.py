"""The intake page's hand-drawn widgets: the scan list, the big code, the one-line texts; and the task
runner's early reports. Driven like a user (clicks, keys) and checked on the pixels the window shows."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from station.ui.pages.parcels_widgets import BigCode, TextLine
from station.ui.tasks import TaskRunner
from station.ui.widgets.scan_list import GRID, PAD, ScanList

ROW = ("3-2-0417", "YT1234567890123", "圆通", "张三 138****5678", "1.25 kg")


def shown_pixels(widget: QWidget) -> QImage:
    """What the window's backing store holds for ``widget``: the pixels on screen, not a fresh paint."""
    window = widget.window().windowHandle()
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    image = window.screen().grabWindow(window.winId(), top_left.x(), top_left.y(), widget.width(),
                                       widget.height()).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


KEEP: list[QWidget] = []  # qtbot holds widgets weakly; the windows live until the test ends


def make_list(qtbot, rows: int = 0, max_rows: int = 200) -> ScanList:
    holder = QWidget()
    KEEP[:] = [holder]
    qtbot.addWidget(holder)
    listing = ScanList(["Code", "Waybill", "Carrier", "Recipient", "Weight"], [2, 3, 2, 3, 1], max_rows=max_rows)
    QVBoxLayout(holder).addWidget(listing)
    holder.resize(900, 300)
    holder.show()
    qtbot.waitExposed(holder)
    for i in range(rows):
        listing.insert_row((f"1-1-{i:04d}", f"SF{i:013d}", "顺丰", "", ""))
    return listing


def test_new_rows_go_on_top_and_the_selection_stays_on_its_parcel(qtbot):
    listing = make_list(qtbot, rows=3)
    assert listing.rowCount() == 3 and listing.text(0, 0) == "1-1-0002"
    listing.selectRow(1)
    listing.insert_row(ROW)
    assert listing.text(0, 1) == "YT1234567890123" and listing.currentRow() == 2
    assert listing.text(2, 0) == "1-1-0001"
    listing.set_text(2, 0, "undone")
    listing.remove_row(0)
    assert listing.rowCount() == 3 and listing.currentRow() == 1 and listing.text(1, 0) == "undone"


def test_the_list_keeps_its_newest_rows(qtbot):
    listing = make_list(qtbot, rows=12, max_rows=10)
    assert listing.rowCount() == 10 and listing.text(0, 0) == "1-1-0011" and listing.text(9, 0) == "1-1-0002"


def test_click_and_keys_choose_a_row(qtbot):
    listing = make_list(qtbot, rows=8)
    height = listing.row_height()
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, height * 2 + height // 2))
    assert listing.currentRow() == 2
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert listing.currentRow() == 4
    qtbot.keyClick(listing, Qt.Key.Key_End)
    assert listing.currentRow() == 7 and listing.verticalScrollBar().value() == listing.verticalScrollBar().maximum()
    qtbot.keyClick(listing, Qt.Key.Key_Home)
    assert listing.currentRow() == 0 and listing.verticalScrollBar().value() == 0


def test_rows_moved_by_copying_pixels_look_exactly_as_if_drawn_afresh(qtbot):
    """A new row shifts the rows on screen down by copying pixels; the screen must then hold what a
    whole repaint would draw, also when the operator had scrolled down to look at an older row."""
    listing = make_list(qtbot, rows=20)
    for scrolled in (0, 3):
        listing.verticalScrollBar().setValue(scrolled * listing.row_height())
        qtbot.wait(20)
        before = shown_pixels(listing.viewport())
        for i in range(3):
            listing.insert_row((f"9-9-{scrolled}{i:03d}", "JT0000000000001", "极兔", "李四", "0.5 kg"))
            qtbot.wait(5)  # one paint each, as at a counter
        qtbot.wait(20)
        incremental = shown_pixels(listing.viewport())
        listing.viewport().repaint()
        qtbot.wait(20)
        assert incremental == shown_pixels(listing.viewport())
        if scrolled:  # the rows the operator was reading did not move
            assert incremental == before


def test_cells_are_drawn_as_qt_lays_out_and_cuts_text(qtbot):
    """A row looks exactly as Qt's own text layout draws it: centred in the row, a cell that fits whole,
    one that does not cut with "…"."""
    listing = make_list(qtbot)
    long_name = "欧阳娜娜 13812345678 和兴村三组 代收 " * 3
    listing.insert_row(("3-2-0417", "YT1234567890123", "圆通", long_name, "1.25 kg"))
    qtbot.wait(20)
    shown = shown_pixels(listing.viewport())
    height, width = listing.row_height(), listing.viewport().width()
    expected = QImage(shown.size(), QImage.Format.Format_RGB32)
    painter = QPainter(expected)
    painter.fillRect(expected.rect(), listing.palette().color(QPalette.ColorRole.Base))
    painter.setFont(listing.font())
    painter.setPen(listing.palette().color(QPalette.ColorRole.Text))
    metrics = painter.fontMetrics()
    cut = []
    for (x, cell), text in zip(listing.column_spans(), listing._rows[0], strict=True):
        fitted = metrics.elidedText(text, Qt.TextElideMode.ElideRight, cell - 2 * PAD)
        cut.append(fitted != text)
        painter.drawText(QRect(x + PAD, 0, cell - 2 * PAD, height), Qt.AlignmentFlag.AlignVCenter, fitted)
    painter.setPen(QColor(GRID))
    painter.drawLine(0, height - 1, width, height - 1)
    painter.end()
    assert cut == [False, False, False, True, False]
    assert shown.copy(0, 0, width, height) == expected.copy(0, 0, width, height)


def test_the_scroll_bar_follows_new_rows_a_frame_later_and_at_once_when_asked(qtbot):
    listing = make_list(qtbot, rows=30)
    bar, height = listing.verticalScrollBar(), listing.row_height()
    qtbot.waitUntil(lambda: bar.maximum() == 30 * height - listing.viewport().height(), timeout=1000)
    listing.insert_row(ROW)
    listing.selectRow(30)  # End pressed within the frame: the bar goes to the real last row
    assert bar.maximum() == 31 * height - listing.viewport().height() and bar.value() == bar.maximum()
    listing.insert_row(ROW)
    listing.insert_row(ROW)
    qtbot.waitUntil(lambda: bar.maximum() == 33 * height - listing.viewport().height(), timeout=1000)


def test_placeholder_until_the_first_row(qtbot):
    listing = make_list(qtbot)
    listing.setPlaceholderText("扫描的包裹会列在这里")
    qtbot.wait(20)
    empty = shown_pixels(listing.viewport())
    base = listing.palette().color(listing.viewport().backgroundRole()).rgb()
    assert any(empty.pixel(x, y) != base for x in range(0, empty.width(), 3) for y in range(empty.height()))


def dark_columns(image: QImage, background: QColor) -> set[int]:
    return {x for x in range(image.width()) for y in range(0, image.height(), 2)
            if QColor(image.pixel(x, y)).lightness() < background.lightness() - 80}


def test_big_code_is_drawn_large_and_centred_from_its_glyphs(qtbot):
    code = BigCode()
    qtbot.addWidget(code)
    code.resize(800, 130)
    code.show()
    qtbot.waitExposed(code)
    code.setText("3-2-0417")
    qtbot.wait(20)
    image = shown_pixels(code)
    ink = dark_columns(image, code.palette().window().color())
    assert ink and min(ink) > 100 and max(ink) < 700  # centred, some 400 px wide at 64 pt
    assert abs((min(ink) + max(ink)) / 2 - 400) < 20
    code.setText("")
    qtbot.wait(20)
    assert not dark_columns(shown_pixels(code), code.palette().window().color())


def test_painted_texts_repaint_where_their_text_was_and_is_and_match_a_full_repaint(qtbot):
    holder = QWidget()
    KEEP[:] = [holder]
    qtbot.addWidget(holder)
    code, line = BigCode(), TextLine(Qt.AlignmentFlag.AlignCenter)
    layout = QVBoxLayout(holder)
    layout.addWidget(code)
    layout.addWidget(line)
    holder.resize(900, 200)
    holder.show()
    qtbot.waitExposed(holder)
    for text in ("12-34-56789", "1-1-1", "", "3-2-0417"):  # long, short, none, again
        code.setText(text)
        line.setText(f"圆通 YT1234567890123 · {text} · 张三")
        qtbot.wait(20)
        for widget in (code, line):
            partial = shown_pixels(widget)
            widget.repaint()
            qtbot.wait(5)
            assert partial == shown_pixels(widget), (type(widget).__name__, text)


def test_text_line_cuts_long_text_and_keeps_it_whole_in_the_tooltip(qtbot):
    line = TextLine()
    qtbot.addWidget(line)
    line.resize(200, line.sizeHint().height())
    line.show()
    qtbot.waitExposed(line)
    text = "顺丰 SF1234567890123 · 张三 · 1.25 kg · 代购单 DG-0042 到货"
    height = line.height()
    line.setText(text)
    assert line.toolTip() == text and line.height() == height  # no new layout, whatever the text


def test_a_job_reports_before_it_ends_and_in_order(qtbot):
    runner = TaskRunner()
    seen: list[str] = []
    release = threading.Event()

    def job(report):  # type: ignore[no-untyped-def]
        report("written")
        release.wait(5)  # the GUI shows the report while the job is still going (its commit)
        report("flushed")
        return "done"

    runner.run_reporting(job, lambda value: seen.append(value), lambda result: seen.append(result))
    qtbot.waitUntil(lambda: seen == ["written"], timeout=3000)
    assert not runner.idle()
    release.set()
    qtbot.waitUntil(runner.idle, timeout=3000)
    assert seen == ["written", "flushed", "done"]

