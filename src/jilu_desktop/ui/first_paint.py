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

# The benchmark's stopwatch: once the first paint pass is done, the wall-clock time and the peak resident
# memory so far (KiB) are written to this file, so that the start-up is measured from the process's start to
# the painted window, without the teardown that follows.
STAMP_ENV = "JILU_FIRST_PAINT_STAMP"
EXIT_NO_PAINT = 4
NO_PAINT_TIMEOUT_MS = 60_000  # a headless run that never paints must fail, not hang a CI job


class QuitAfterFirstPaint(QObject):
    def __init__(self, window: QWidget, started: float) -> None:
        super().__init__(window)
        self._started = started
        self.painted_after: float | None = None  # seconds from `started` to the end of the first paint pass
        window.installEventFilter(self)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)
        self._watchdog.start(NO_PAINT_TIMEOUT_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watchdog.stop()
            # The window gets its paint event before its children; stop the clock once the whole pass is done.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.painted_after = time.perf_counter() - self._started
        stamp = os.environ.get(STAMP_ENV)
        if stamp:
            Path(stamp).write_text(f"{time.time()!r} {peak_rss_kib()}", encoding="ascii")
        log.info("first paint %.0f ms after start-up began", self.painted_after * 1000)
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


def peak_rss_kib() -> int:
    """The most memory this process has had resident since it started (KiB); 0 where it cannot be told.

    Read from /proc (VmHWM) rather than getrusage(): Linux carries a parent's peak into a child started with
    fork or vfork and exec, so a child of a large process (the benchmark) would report at least its size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
