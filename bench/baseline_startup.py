"""The start-up floor: import what the app cannot do without, show an empty window, quit after its first paint.

Stopped as the app's stopwatch is (ui/first_paint.py): at the end of the first paint pass, the wall-clock time
and the peak resident memory so far are written to the file named by JILU_FIRST_PAINT_STAMP.
With JILU_BENCH_GC_OFF=1 the garbage collector is off throughout, as the app's is until its first paint.
"""

import gc
import os

if os.environ.get("JILU_BENCH_GC_OFF") == "1":
    gc.disable()

import sys
import time

import sqlalchemy.orm  # noqa: F401  - the app needs it before its first paint too
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kib() -> int:
    """As ui/first_paint.peak_rss_kib (copied, so that the floor imports nothing of the app's)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # once the whole paint pass is done
        return False

    def _painted(self) -> None:
        stamp = os.environ.get("JILU_FIRST_PAINT_STAMP")
        if stamp:
            with open(stamp, "w", encoding="ascii") as f:
                f.write(f"{time.time()!r} {peak_rss_kib()}")
        QApplication.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1000, 700)
spy = _FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
