"""The window's first paint: what is left of the start-up runs just after it, and --quit-after-first-paint.

Both wait for the window's first paint event and then for that paint pass to finish, not merely for show()
to return. QuitAfterFirstPaint leaves the event loop then (the smoke test and the start-up benchmark);
after_first_paint() runs what the first paint does not need to wait for.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# The benchmark's stopwatch: the wall-clock time of the first paint is written to this file, so that the
# start-up is measured from the process's start to the paint, without the teardown that follows.
STAMP_ENV = "JILU_FIRST_PAINT_STAMP"
EXIT_NO_PAINT = 4
NO_PAINT_TIMEOUT_MS = 60_000  # a headless run that never paints must fail, not hang a CI job


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        self.painted_after: float | None = None
        window.installEventFilter(self)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)
        self._watchdog.start(NO_PAINT_TIMEOUT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.painted_after is None:
            self.painted_after = time.perf_counter() - self._started
            stamp = os.environ.get(STAMP_ENV)
            if stamp:
                Path(stamp).write_text(repr(time.time()), encoding="ascii")
            watched.removeEventFilter(self)
            self._watchdog.stop()
            log.info("first paint %.0f ms after start-up began", self.painted_after * 1000)
            # The window gets its paint event before its children; quit once the whole pass is done.
            QTimer.singleShot(0, self._quit)
        return False

    def _quit(self) -> None:
        QCoreApplication.exit(0)

    def _give_up(self) -> None:
        log.error("the main window was not painted within %d ms", NO_PAINT_TIMEOUT_MS)
        QCoreApplication.exit(EXIT_NO_PAINT)


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # once the whole paint pass is done
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> QObject:
    """Call `callback` once, from the event loop, just after `widget`'s first paint pass."""
    return _AfterFirstPaint(widget, callback)


def resume_gc() -> None:
    """Turn the garbage collector back on after a start-up that ran with it off (see app.run_gui)."""
    gc.enable()
