"""Application-wide keyboard-wedge scanner detection (Qt side of ``station.devices.wedge``).

A wedge scanner types a code and Enter faster than any person; the classifier tells the two apart.
The filter sits on the widget that has the keyboard focus (it follows the focus), not on the whole
application: an application-wide Python filter is called for every event of every widget (paints,
timers, layouts), which took the GIL from the worker threads a thousand times per scan.
Keys that might be a scan are held back; if the burst turns out to be typing they are replayed to the
widget that has the focus, so nothing typed is lost. A complete scan is emitted on the bridge
wherever the focus is, and never reaches a Chinese input method.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from station.domain.ports_devices import WedgeClassifier
from station.ui.device_bridge import DeviceBridge

_TERMINATORS = {int(Qt.Key.Key_Return): "\r", int(Qt.Key.Key_Enter): "\r", int(Qt.Key.Key_Tab): "\t"}


class WedgeFilter(QObject):
    def __init__(self, classifier: Callable[[], WedgeClassifier | None], bridge: DeviceBridge,
                 parent: QObject | None = None) -> None:
        """``classifier`` is asked at every key, so a wedge scanner chosen on the device page works at once."""
        super().__init__(parent)
        self._get_classifier = classifier
        self._classifier: WedgeClassifier | None = None
        self._bridge = bridge
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._target: QObject | None = None

    def attach(self, app: QApplication) -> None:
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def detach(self, app: QApplication) -> None:
        app.focusChanged.disconnect(self._follow_focus)
        self._watch(None)

    def _follow_focus(self, _old: QObject | None, new: QObject | None) -> None:
        # no focus widget: keys go to the active window, so watch that
        self._watch(new if new is not None else QApplication.activeWindow())

    def _watch(self, target: QObject | None) -> None:
        if target is self._target:
            return
        if self._target is not None:
            try:
                self._target.removeEventFilter(self)
            except RuntimeError:  # the widget is already gone
                pass
        self._target = target
        if target is not None:
            target.installEventFilter(self)
            target.destroyed.connect(lambda *_args, gone=target: self._forget(gone))

    def _forget(self, gone: QObject) -> None:
        if self._target is gone:
            self._target = None

    @staticmethod
    def _now_ms() -> int:
        return time.monotonic_ns() // 1_000_000

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        self._classifier = self._get_classifier()
        if self._classifier is None:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if obj is not QApplication.focusWidget() and obj is not QApplication.focusObject():
            return False  # each key reaches the filter once per receiver; look at it once
        text = _TERMINATORS.get(int(event.key()), event.text())
        decision = self._classifier.key(text, self._now_ms())
        if decision.release:
            self._replay(decision.release)
        if decision.scan is not None:
            self._bridge.scan_received.emit(decision.scan, "wedge")
        if decision.swallow:
            self._timer.start(self._classifier.max_gap_ms + 5)
        return decision.swallow

    def _on_timeout(self) -> None:
        if self._classifier is None:
            return
        held = self._classifier.expire(self._now_ms())
        if held:
            self._replay(held)

    def _replay(self, text: str) -> None:
        """Deliver held characters as the key presses they were, to whatever has the focus now."""
        target = QApplication.focusWidget()
        if target is None:
            return
        self._replaying = True
        try:
            for ch in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        finally:
            self._replaying = False
