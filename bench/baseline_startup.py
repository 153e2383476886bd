"""The start-up floor: import what the app cannot do without, show an empty window, quit after its first paint."""

import os
import sys
import time

import sqlalchemy.orm  # noqa: F401  - the app needs it before its first paint too
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            stamp = os.environ.get("JILU_FIRST_PAINT_STAMP")  # as the app does (ui/first_paint.py)
            if stamp:
                with open(stamp, "w", encoding="ascii") as f:
                    f.write(repr(time.time()))
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1000, 700)
spy = _FirstPaint()
window.installEventFilter(spy)
window.show()
sys.exit(app.exec())
