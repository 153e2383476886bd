"""Quick entry: the hints of the time, students and place boxes (“如 16:30，可不填”, “Type part of a name…”) are
shown whole, in Chinese and in English, at the default and at large font sizes — a cut hint tells the teacher
nothing; nor is any other text of the dialog cut, and the dialog's least width follows the font."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from jilu_desktop.ui.preferences import apply_font_size
from jilu_desktop.ui.undo import UndoStack
from tests.ui.test_i18n import clipped_texts

TEXT_MARGINS = 8  # what a line edit's frame and text margins take from its width, about


def cut_hints(edits: list[QLineEdit]) -> list[str]:
    return [
        f"{edit.placeholderText()!r}: needs {needed} px, has {edit.contentsRect().width() - TEXT_MARGINS}"
        for edit in edits
        if (needed := edit.fontMetrics().horizontalAdvance(edit.placeholderText()))
        > edit.contentsRect().width() - TEXT_MARGINS
    ]


def _dialog(qtbot: QtBot, services: AppServices, language: Lang, points: int | None) -> ActivityDialog:
    services.settings.set_language(language)
    mentee = services.students.add(name="李小明", class_name="五(1)班")
    services.pledges.set(2026, mentee)  # the mentee's button sits beside the students' box
    return _open(qtbot, services, points)


def _open(qtbot: QtBot, services: AppServices, points: int | None) -> ActivityDialog:
    apply_font_size(points)
    dialog = ActivityDialog(services, UndoStack(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


@pytest.mark.parametrize("points", [None, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_every_hint_is_shown_whole(qtbot: QtBot, services: AppServices, language: Lang, points: int | None) -> None:
    dialog = _dialog(qtbot, services, language, points)

    assert dialog.time_edit.isVisible()
    assert cut_hints([dialog.time_edit, dialog.picker.line_edit, dialog.place_edit]) == []


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_nothing_in_the_dialog_is_cut(qtbot: QtBot, services: AppServices, language: Lang, points: int) -> None:
    dialog = _dialog(qtbot, services, language, points)

    assert clipped_texts(dialog) == []


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_least_width_follows_the_font(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    at_10 = _dialog(qtbot, services, language, 10).minimumWidth()
    at_20 = _open(qtbot, services, 20).minimumWidth()

    assert at_20 >= 1.8 * at_10
