"""The Qt binding must not eat references: PySide6 6.12.0 dropped one reference to None on every call of
a method that returns nothing (setText, insertRow, addItem...). About 60 such calls happen per scan at
the intake page, so the program aborted with "deallocating None" after some 700 scans. pyproject.toml
excludes that release; this test fails on any binding with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableWidget, QTableWidgetItem


def test_calls_that_return_nothing_keep_none_alive(qapp):
    label, field, table, combo = QLabel(), QLineEdit(), QTableWidget(0, 3), QComboBox()

    def counter_work() -> None:
        label.setText("取件码 1-1-0001")
        label.setObjectName("InfoText")
        label.style().unpolish(label)
        label.style().polish(label)
        field.setText("SF1234567890123")
        field.clear()
        table.insertRow(0)
        table.setItem(0, 0, QTableWidgetItem("1-1-0001"))
        combo.clear()
        combo.addItem("中通", "zto")

    counter_work()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(300):
        counter_work()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 50 for a, b in zip(after, before, strict=True)), (before, after)
