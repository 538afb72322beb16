"""Run service calls off the GUI thread and tell every page what changed (Anki's CollectionOp).

A page calls ``runner.run(fn, on_done=..., on_error=...)``; ``fn`` runs on a pool thread, the callbacks
on the GUI thread. When the result carries ``Changes``, ``changed`` is emitted so other pages refresh.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from station.domain.changes import Changes

log = logging.getLogger(__name__)


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
                self.changed.emit(changes)

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

    def _finish(self, job: _Job) -> None:
        self._jobs.discard(job)
        self._active -= 1
        if self._active == 0:
            self.busy_changed.emit(False)

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
