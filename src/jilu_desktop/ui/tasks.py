"""Work that may take more than ~100 ms (export, backup, import, signing) runs here, off the window's thread.

One worker thread, so that two pieces of work never race for the database. The work is a plain function:
it gets a Progress to report to and to ask whether the teacher cancelled, and it must not touch a widget.
Its result, or its error, comes back as a signal of its Task on the window's thread, where widgets may be
used again:

    task = runner.run(lambda progress: services.export.record_book(year, out, progress), label=tr("导出"))
    task.succeeded.connect(self._exported)   # called on the window's thread with the result
    task.failed.connect(self._tell_error)    # ... or with the exception
    task.progress.connect(bar.setValue)      # done, total, text

An error nobody listens for goes to sys.excepthook (the ErrorReporter's box), so it is never lost.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaMethod, QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work by Progress.check() once the teacher has cancelled it."""


class Progress:
    """Handed to the work function; safe to call from the worker thread."""

    def __init__(self, task: Task) -> None:
        self._task = task

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress: `done` of `total` steps (total 0: unknown), with an optional line of text."""
        self._task._progressed.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        """Stop the work here (raising Cancelled) if the teacher has cancelled it."""
        if self.cancelled:
            raise Cancelled


class Task(QObject):
    """One piece of work; its public signals are all emitted on the window's thread."""

    progress = Signal(int, int, str)  # done, total (0: unknown), text
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    # Emitted from the worker thread; queued to this object's (the window's) thread.
    _progressed = Signal(int, int, str)
    _returned = Signal(object)
    _raised = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self._fn = fn
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._progressed.connect(self._on_progress)
        self._returned.connect(self._on_returned)
        self._raised.connect(self._on_raised)

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next Progress.check()."""
        self._cancel.set()

    def _work(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._fn(Progress(self))
        except BaseException as error:  # handed over whole, to be told on the window's thread
            self._raised.emit(error)
        else:
            self._returned.emit(result)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.progress.emit(done, total, text)

    @Slot(object)
    def _on_returned(self, result: object) -> None:
        self.done = True
        self.result = result
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_raised(self, error: BaseException) -> None:
        self.done = True
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        else:
            self.error = error
            if self.isSignalConnected(QMetaMethod.fromSignal(self.failed)):
                self.failed.emit(error)
            else:
                log.error("background task %r failed and nobody was listening", self.label)
                sys.excepthook(type(error), error, error.__traceback__)
        self.finished.emit()


class TaskRunner(QObject):
    """Runs Tasks one after another on its own worker thread."""

    started = Signal(object)  # the Task, when it is queued
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: list[Task] = []

    def run(self, fn: Callable[[Progress], Any], label: str = "") -> Task:
        """Queue `fn`; connect to the returned Task's signals before control goes back to the event loop."""
        task = Task(fn, label, self)
        self._running.append(task)
        task.finished.connect(lambda: self._forget(task))
        self._pool.start(task._work)
        self.started.emit(task)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        return task

    def busy(self) -> bool:
        return bool(self._running)

    def tasks(self) -> list[Task]:
        return list(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutting down); True if it is."""
        return self._pool.waitForDone(msecs)

    def _forget(self, task: Task) -> None:
        self._running.remove(task)
        task.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
