"""English as a teacher reads it: nothing cut (the student dialog's difficulties, the records page's search
hint), “1 person-time a month” beside a target of 1, one name for each difficulty, and quotes and ellipses
the bundled font draws narrow (its “ ” and … are full-width, made for Chinese)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.ui import i18n
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.labels import difficulty_labels, difficulty_short_labels
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.settings import SettingsPage
from tests.ui.test_i18n import _forms, _messages

SETTINGS = 5  # the page's place in the window
FULL_WIDTH = re.compile("[“”‘’…]")


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_difficulty_boxes_are_never_cut(qtbot: QtBot, language: Lang) -> None:
    dialog = StudentDialog(lambda _fields: None, lambda: language, dt.date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    boxes = list(dialog.difficulty_boxes.values())
    assert [box.text() for box in boxes] == list(difficulty_labels().values())
    row = boxes[0].parentWidget()
    for box in boxes:
        assert box.width() >= box.sizeHint().width(), box.text()
        assert row.rect().contains(box.geometry()), box.text()  # inside the form, on a second line if need be
    if language == "zh":
        assert len({box.y() for box in boxes}) == 1  # one row, as before


def _search_text_width(edit: QLineEdit) -> int:
    """The room for text inside a line edit: its frame, margins and the clear button's place taken off."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    clear_button = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8
    return inside.width() - margins.left() - margins.right() - clear_button


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(760, 520)], ids=["1024x700", "smallest"])
def test_the_search_hint_is_shown_whole(
    qtbot: QtBot, make_window: Callable[[], MainWindow], language: Lang, size: QSize
) -> None:
    window = make_window()
    window.resize(size)
    window.show()
    page = window.records
    window.show_page(page)
    qtbot.waitExposed(window)
    edit = page.search_edit

    hint = edit.placeholderText()
    assert (
        hint == {"zh": "搜索内容、地点或学生姓名（Ctrl+F）", "en": "Search content, places, names (Ctrl+F)"}[language]
    )
    assert edit.fontMetrics().horizontalAdvance(hint) <= _search_text_width(edit)


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_target_unit_follows_the_number(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow], language: Lang
) -> None:
    services.settings.set_targets(2026, 1, 8)
    window = make_window()
    page = window.page(SETTINGS)
    assert isinstance(page, SettingsPage)
    window.show_page(page)

    one, many = {"zh": ("人次/月", "人次/月"), "en": ("person-time a month", "person-times a month")}[language]
    assert (page.talks_spin.value(), page.talks_unit.text()) == (1, one)
    assert (page.tutoring_spin.value(), page.tutoring_unit.text()) == (8, many)
    page.talks_spin.setValue(2)
    assert page.talks_unit.text() == many
    page.tutoring_spin.setValue(1)
    assert page.tutoring_unit.text() == one


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_each_difficulty_has_one_name(language: Lang) -> None:
    """The table's short name is the first word of the detail pane's and the dialog's (and the CLI's value)."""
    short, full = difficulty_short_labels(), difficulty_labels()
    assert short == {
        Difficulty.LEARNING: "Learning",
        Difficulty.ECONOMIC: "Economic",
        Difficulty.PSYCHOLOGICAL: "Psychological",
        Difficulty.OTHER: "Other",
    }
    for difficulty in Difficulty:
        assert full[difficulty] == f"{short[difficulty]} difficulty"
        assert short[difficulty].lower() == difficulty.value  # as `jilu student add --difficulty` takes it


def test_english_uses_quotes_and_ellipses_the_font_draws_narrow() -> None:
    wide = [
        (context, text)
        for context, _source, translation in _messages(i18n.i18n_dir() / "jilu_en.ts")
        if not translation.get("type")
        for text in _forms(translation)
        if FULL_WIDTH.search(text)
    ]
    assert wide == []


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_narrow_quotes_are_narrow(qapp: QApplication, language: Lang) -> None:
    metrics = QLineEdit().fontMetrics()
    assert metrics.horizontalAdvance('"') < metrics.horizontalAdvance("“")  # why the .ts uses straight quotes
    assert metrics.horizontalAdvance("...") < metrics.horizontalAdvance("…") * 1.5
