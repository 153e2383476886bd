"""Leaving a page with unsaved changes (another page, another school year, an import, closing the window): the
teacher is asked to save, not to save, or to stay. Nothing typed is dropped without her saying so.

    ask_before_leaving(page, title, text, save=page.save, discard=..., proceed=..., stay=...)

While the question is open the page holds it as `leave_box`, with `leave_save_button`, `leave_discard_button` and
`leave_stay_button` (the window and the tests look at them); `leave_box` is None again once it is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


@dataclass(frozen=True)
class LeaveQuestion:
    """The open question and its buttons (tests press them)."""

    box: QMessageBox
    save_button: QAbstractButton
    discard_button: QAbstractButton
    stay_button: QAbstractButton


def ask_before_leaving(
    parent: QWidget,
    title: str,
    text: str,
    *,
    save: Callable[[], bool],
    discard: Callable[[], None],
    proceed: Callable[[], None],
    stay: Callable[[], None],
) -> LeaveQuestion:
    """Ask, window-modal: 保存 (the default: `save`, then `proceed` if it saved), 不保存 (`discard`, then `proceed`)
    or 取消 (Esc too: `stay`)."""

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save_button = box.addButton(QCoreApplication.translate("LeavingPage", "保存"), QMessageBox.ButtonRole.AcceptRole)
    discard_button = box.addButton(
        QCoreApplication.translate("LeavingPage", "不保存"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay_button = box.addButton(QCoreApplication.translate("LeavingPage", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save_button)
    box.setEscapeButton(stay_button)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        parent.leave_box = None  # type: ignore[attr-defined]
        clicked = box.clickedButton()
        if clicked is save_button:
            if save():
                proceed()
        elif clicked is discard_button:
            discard()
            proceed()
        else:
            stay()

    box.finished.connect(done)
    box.open()
    question = LeaveQuestion(box, save_button, discard_button, stay_button)
    parent.leave_box = box  # type: ignore[attr-defined]
    parent.leave_save_button = save_button  # type: ignore[attr-defined]
    parent.leave_discard_button = discard_button  # type: ignore[attr-defined]
    parent.leave_stay_button = stay_button  # type: ignore[attr-defined]
    return question
