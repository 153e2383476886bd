"""The Qt binding itself: a release that mishandles references would abort the app after a while."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_leak_or_steal_references_to_none(qapp: QApplication) -> None:
    # PySide6 6.12.0 dropped one reference to None per call of a method returning nothing; on Python 3.11,
    # where None is an ordinary object, the count reaches zero and the interpreter aborts mid-session.
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("记录")
        qapp.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
