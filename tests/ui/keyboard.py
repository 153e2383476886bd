"""Typing as a teacher does: Latin keys as key presses, Chinese as an input method commits it.

QTest.keyClicks only knows the keys of an ASCII keyboard (it aborts on other characters), and Chinese
reaches a widget from the input method as a QInputMethodEvent, so that is what is sent for it.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` at its cursor: each run of keys as keys, each run of Chinese as one commit."""
    for run in re.findall(r"[ -~]+|[^ -~]+", text):
        if run[0].isascii():
            QTest.keyClicks(widget, run)
        else:
            commit(widget, run)


def commit(widget: QWidget, text: str) -> None:
    """What an input method sends when the teacher picks a candidate: the chosen characters at once."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
