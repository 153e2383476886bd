"""--quit-after-first-paint: leave the event loop once the main window has really been drawn.

Used by the smoke test and the start-up benchmark, so it waits for the window's first paint event and then
for that paint pass to finish, not merely for show() to return.
"""

from __future__ import annotations

import logging
import os
import time
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
