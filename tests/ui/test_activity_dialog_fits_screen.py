"""Quick entry at the largest font fits a 1366 × 768 screen, in Chinese and in English: the key mentee's button
goes under the students' box where the row would be wider than the room (it made the dialog 1409 px wide in
English at 24 pt), and stays beside it where there is room; nothing is cut at 10/16/24 pt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.preferences import FONT_SIZE_MAX
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from jilu_desktop.ui.preferences import apply_font_size
from jilu_desktop.ui.undo import UndoStack
from tests.ui.test_activity_dialog_hints import cut_hints
from tests.ui.test_i18n import clipped_texts

SCREEN = QSize(1366, 768)
FRAME = QSize(16, 80)  # a window's frame, its title bar and the taskbar, about


def _dialog(qtbot: QtBot, services: AppServices, language: Lang, points: int) -> ActivityDialog:
    services.settings.set_language(language)
    mentee = services.students.add(name="李小明", class_name="五(1)班")
    services.pledges.set(2026, mentee)  # the mentee's button: beside the students' box, or under it
    apply_font_size(points)
    dialog = ActivityDialog(services, UndoStack(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def _beside(dialog: ActivityDialog) -> bool:
    """Is the mentee's button on the students' box's line (not under it)?"""
    box, button = dialog.picker.line_edit.geometry(), dialog.picker.mentee_button.geometry()
    return button.top() < box.bottom() and button.left() > box.right()


def _whole(dialog: ActivityDialog) -> list[str]:
    """What is cut or hidden: any text (clipped_texts), a hint, the mentee's tool button, or the two overlapping."""
    picker = dialog.picker
    problems = clipped_texts(dialog) + cut_hints([dialog.time_edit, picker.line_edit, dialog.place_edit])
    button = picker.mentee_button
    if not button.isVisible():
        problems.append("the mentee's button is hidden")
    if button.sizeHint().width() > button.width():
        problems.append(f"{button.text()!r}: needs {button.sizeHint().width()} px, has {button.width()}")
    if not picker.rect().contains(button.geometry()):
        problems.append(f"the mentee's button {button.geometry()} is outside the picker {picker.rect()}")
    if button.geometry().intersects(picker.line_edit.geometry()):
        problems.append("the mentee's button covers the students' box")
    return problems


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_largest_font_fits_a_small_screen(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    dialog = _dialog(qtbot, services, language, FONT_SIZE_MAX)

    assert dialog.minimumWidth() <= SCREEN.width() - FRAME.width()
    assert dialog.width() <= SCREEN.width() - FRAME.width()  # as shown on a screen narrower than its size hint
    assert dialog.height() <= SCREEN.height() - FRAME.height()
    assert not _beside(dialog)  # no room: the button went under the box
    assert _whole(dialog) == []


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_mentee_button_is_beside_the_box_where_there_is_room(
    qtbot: QtBot, services: AppServices, language: Lang, points: int
) -> None:
    dialog = _dialog(qtbot, services, language, points)
    assert _whole(dialog) == []

    dialog.resize(dialog.sizeHint().width(), dialog.height())  # as wide as the row wants (a wide screen)
    QApplication.processEvents()
    assert _beside(dialog)
    assert _whole(dialog) == []

    dialog.resize(dialog.minimumSize())  # as small as the dialog goes
    QApplication.processEvents()
    assert _whole(dialog) == []
