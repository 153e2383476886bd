"""Quick entry: the time box's hint (“如 16:30，可不填”) is shown whole, in Chinese and in English, at the default
and at a large font size — a cut hint tells the teacher nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from jilu_desktop.ui.preferences import apply_font_size
from jilu_desktop.ui.undo import UndoStack

TEXT_MARGINS = 8  # what a line edit's frame and text margins take from its width, about


def cut_hints(edits: list[QLineEdit]) -> list[str]:
    return [
        f"{edit.placeholderText()!r}: needs {needed} px, has {edit.contentsRect().width() - TEXT_MARGINS}"
        for edit in edits
        if (needed := edit.fontMetrics().horizontalAdvance(edit.placeholderText()))
        > edit.contentsRect().width() - TEXT_MARGINS
    ]


@pytest.mark.parametrize("points", [None, 16])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_every_hint_is_shown_whole(qtbot: QtBot, services: AppServices, language: Lang, points: int | None) -> None:
    services.settings.set_language(language)
    apply_font_size(points)
    mentee = services.students.add(name="李小明", class_name="五(1)班")
    services.pledges.set(2026, mentee)  # the mentee's button sits beside the students' box
    dialog = ActivityDialog(services, UndoStack(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()

    assert dialog.time_edit.isVisible()
    assert cut_hints([dialog.time_edit, dialog.place_edit]) == []
