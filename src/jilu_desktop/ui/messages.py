"""Message boxes: non-blocking while the app runs, and one blocking box for a start-up that cannot go on.

Every box goes through here so that tests and headless runs can replace them: in-process tests patch these
functions; a child process run with JILU_NO_DIALOGS=1 logs the message and writes it to stderr instead.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

NO_DIALOGS_ENV = "JILU_NO_DIALOGS"


def dialogs_disabled() -> bool:
    return os.environ.get(NO_DIALOGS_ENV, "") not in ("", "0")


def _to_stderr(title: str, text: str) -> None:
    # A windowed (gui-scripts) build on Windows has no stderr at all.
    if sys.stderr is not None:
        print(f"{title}: {text}", file=sys.stderr, flush=True)


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox | None:
    """Show a message and return at once; the caller keeps the box alive if it has no parent."""
    if dialogs_disabled():
        log.warning("message not shown (%s): %s: %s", NO_DIALOGS_ENV, title, text)
        _to_stderr(title, text)
        return None
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Non-modal: the teacher can keep working (and copy what is written in the window) meanwhile.
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.show()
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    yes: str,
    no: str,
    on_answer: Callable[[bool], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask a yes-or-no question without blocking: returns the open box at once, and calls on_answer(True)
    once `yes` is chosen, on_answer(False) for `no`, Esc or closing the box. `no` is the default button, so
    that a stray Enter never deletes or discards anything."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _: on_answer(box.clickedButton() is yes_button))
    box.open()  # window-modal, but the event loop (and a test driving it) goes on
    return box


def show_startup_error(title: str, text: str) -> None:
    """Tell why the app cannot start, and wait until it has been read: there is nothing else to show."""
    log.error("cannot start: %s", text)
    if dialogs_disabled():
        _to_stderr(title, text)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def ask_at_startup(title: str, text: str, yes: str, no: str) -> bool:
    """A yes-or-no question before the window exists (blocking: nothing else is on screen); `no` is the
    default. Headless (JILU_NO_DIALOGS), the answer is yes, and the question is logged."""
    if dialogs_disabled():
        log.warning("question not asked (%s), answered yes: %s: %s", NO_DIALOGS_ENV, title, text)
        return True
    box = QMessageBox(QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return box.clickedButton() is yes_button
