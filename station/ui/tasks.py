"""Run service calls off the GUI thread and tell every page what changed (Anki's CollectionOp).

A page calls ``runner.run(fn, on_done=..., on_error=...)``; ``fn`` runs on a pool thread, the callbacks
on the GUI thread. When the result carries ``Changes``, ``changed`` is emitted so other pages refresh.
``run_reporting`` is for a job with something to show before it ends (the intake shows its parcel while
its commit goes to disk).

The pool is Python's own (``concurrent.futures``), and every result comes back through one relay
object: handing a job to a ``QThreadPool`` let the new thread take the interpreter while the GUI
thread was still returning from the call, so each scan at the counter paid for two hand-overs of the
interpreter lock before its transaction could run at full speed.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from itertools import count
from queue import SimpleQueue
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from station.domain.changes import Changes

log = logging.getLogger(__name__)

# Long enough for the result's repaint to come first (a few ms), short enough that nobody sees the
# other pages lag behind.
ANNOUNCE_AFTER_MS = 15


class _Relay(QObject):
    """Lives on the GUI thread; emitted from pool threads, so its slots run on the GUI thread (in the
    order the job emitted them: what a job reports always arrives before its result)."""
    settled = Signal(int, object, object)  # job number, result, exception
    reported = Signal(int, object)  # job number, something the job reported on its way


class TaskRunner(QObject):
    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_threads, thread_name_prefix="task")
        self._relay = _Relay(self)
        self._relay.settled.connect(self._settled)
        self._relay.reported.connect(self._reported)
        self._numbers = count(1)
        # job number -> (on_done, on_error, future); a job leaves when its callback has run
        self._jobs: dict[int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None,
                                    Future | None]] = {}
        self._reporters: dict[int, Callable[[Any], None]] = {}
        self._mail: SimpleQueue | None = None  # reporting jobs' reports and results, for _post_mail
        # run_reporting may be called from a port thread (the intake page's scan lane): the job
        # table and the posting thread's start are guarded; everything else happens on the GUI thread
        self._lock = threading.Lock()
        self._announcements: list[Changes] = []
        self._announce_due = QTimer(self)
        self._announce_due.setSingleShot(True)
        self._announce_due.setInterval(ANNOUNCE_AFTER_MS)
        self._announce_due.timeout.connect(self._announce_now)

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None) -> None:
        self._start(next(self._numbers), fn, on_done, on_error)

    def run_reporting(self, fn: Callable[[Callable[[Any], None]], Any], on_report: Callable[[Any], None],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None) -> None:
        """Like ``run``, for a job with something to show before it ends: ``fn`` gets a ``report``
        callable; each value it reports reaches ``on_report`` on the GUI thread while the job goes on.
        May be called from any thread; the callbacks always run on the GUI thread."""
        with self._lock:
            number = next(self._numbers)
            self._reporters[number] = on_report
            if self._mail is None:
                self._mail = SimpleQueue()
                threading.Thread(target=self._post_mail, args=(self._mail,), name="task-reports",
                                 daemon=True).start()
            mail = self._mail
        self._start(number, lambda: fn(lambda value: mail.put((number, value, None))), on_done, on_error, mail)

    def _start(self, number: int, fn: Callable[[], Any], on_done: Callable[[Any], None] | None,
               on_error: Callable[[Exception], None] | None, mail: SimpleQueue | None = None) -> None:
        with self._lock:  # in the table before it runs: its result may reach the GUI thread at once
            was_idle = not self._jobs
            self._jobs[number] = (on_done, on_error, None)
        if was_idle:
            self.busy_changed.emit(True)
        future = self._pool.submit(self._work, number, fn, mail)
        with self._lock:
            if number in self._jobs:
                self._jobs[number] = (on_done, on_error, future)

    def _post_mail(self, mail: SimpleQueue) -> None:
        """Posts what reporting jobs report, then their results, in the order they were put.

        Why a thread of its own: posting a signal wakes the GUI thread, which takes the interpreter to
        run the slot and paint. Posted from the job itself, the job then waited for the interpreter
        with its commit not yet started (measured: 30 % of scans lost ~3 ms so). From here, the post
        happens once the job has let go of the interpreter, i.e. when it is inside its commit, and the
        GUI paints while the disk writes."""
        while True:
            number, value, outcome = mail.get()
            if outcome is None:
                self._relay.reported.emit(number, value)
            else:
                self._relay.settled.emit(number, *outcome)

    def _reported(self, number: int, value: Any) -> None:
        on_report = self._reporters.get(number)
        if on_report is not None:
            on_report(value)

    def _work(self, number: int, fn: Callable[[], Any], mail: SimpleQueue | None = None) -> None:
        settle: Callable[[int, Any, Exception | None], None] = self._relay.settled.emit
        if mail is not None:  # a reporting job's result goes through its mail, behind what it reported
            def settle(number: int, result: Any, exc: Exception | None) -> None:
                mail.put((number, None, (result, exc)))
        try:
            result = fn()
        except Exception as exc:  # reported to the page, which shows a translated message
            if not hasattr(exc, "code"):
                log.error("background task failed:\n%s", traceback.format_exc())
            settle(number, None, exc)
        else:
            settle(number, result, None)

    def _settled(self, number: int, result: Any, exc: Exception | None) -> None:
        with self._lock:
            on_done, on_error, _future = self._jobs.pop(number)
            self._reporters.pop(number, None)
            now_idle = not self._jobs
        if now_idle:
            self.busy_changed.emit(False)
        if exc is not None:
            if on_error:
                on_error(exc)
            return
        changes = _find_changes(result)
        if on_done:
            on_done(result)
        if changes is not None and changes.topics:
            self._announce(changes)

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

    def idle(self) -> bool:
        """No job running and no change waiting to be announced (which may start more jobs)."""
        return not self._jobs and not self._announcements

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the jobs handed out so far (their callbacks run later, on the GUI thread)."""
        with self._lock:
            futures = [job[2] for job in self._jobs.values() if job[2] is not None]
        _done, pending = wait_for(futures, timeout=msecs / 1000)
        return not pending


def _find_changes(result: Any) -> Changes | None:
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        for item in result:
            if isinstance(item, Changes):
                return item
    return None
