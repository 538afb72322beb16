"""Run service calls off the GUI thread and tell every page what changed (Anki's CollectionOp).

A page calls ``runner.run(fn, on_done=..., on_error=...)``; ``fn`` runs on a pool thread, the callbacks
on the GUI thread. When the result carries ``Changes``, ``changed`` is emitted so other pages refresh.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from station.domain.changes import Changes

log = logging.getLogger(__name__)

# Long enough for the result's repaint to come first (a few ms), short enough that nobody sees the
# other pages lag behind.
ANNOUNCE_AFTER_MS = 15


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the page, which shows a translated message
            if not hasattr(exc, "code"):
                log.error("background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._active = 0
        self._jobs: set[_Job] = set()
        self._announcements: list[Changes] = []
        self._announce_due = QTimer(self)
        self._announce_due.setSingleShot(True)
        self._announce_due.setInterval(ANNOUNCE_AFTER_MS)
        self._announce_due.timeout.connect(self._announce_now)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        job = _Job(fn)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finished(result: Any) -> None:
            self._finish(job)
            changes = _find_changes(result)
            if on_done:
                on_done(result)
            if changes is not None and changes.topics:
                self._announce(changes)

        def failed(exc: Exception) -> None:
            self._finish(job)
            if on_error:
                on_error(exc)

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        self._active += 1
        if self._active == 1:
            self.busy_changed.emit(True)
        self._pool.start(job)

    def _announce(self, changes: Changes) -> None:
        """Tell the other pages a moment later, after the screen has shown this result: the header
        counts and the sync nudge would otherwise start work (and take the interpreter) between the
        callback and the repaint the operator is waiting for. Changes keep their order."""
        self._announcements.append(changes)
        if not self._announce_due.isActive():
            self._announce_due.start()

    def _announce_now(self) -> None:
        while self._announcements:
            self.changed.emit(self._announcements.pop(0))

    def _finish(self, job: _Job) -> None:
        self._jobs.discard(job)
        self._active -= 1
        if self._active == 0:
            self.busy_changed.emit(False)

    def idle(self) -> bool:
        """No job running and no change waiting to be announced (which may start more jobs)."""
        return not self._jobs and not self._announcements

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)


def _find_changes(result: Any) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                return item
    return None
