"""概览's key-mentee card at large fonts, in Chinese and in English: the class is never broken in two (“李小明 · 五(1)”
over “班”); where “name · class” does not fit the card's width, the class goes on a line of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.mentee_card import MenteeCard
from jilu_desktop.ui.preferences import apply_font_size

SMALL_SCREEN = QSize(1024, 700)
NAME, CLASS = "李小明", "五(1)班"


def shown_lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label shows its text on, at its present width (as Qt lays the text out)."""
    lines: list[str] = []
    width = label.contentsRect().width() - 2 * label.margin()
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    for paragraph in label.text().split("\n"):
        layout = QTextLayout(paragraph, label.font())
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()].strip())
        layout.endLayout()
    return lines


def _kept_whole(label: QLabel, name: str = NAME, class_name: str = CLASS) -> None:
    lines = shown_lines(label)
    assert any(class_name in line for line in lines), lines  # the class on one line
    assert any(name in line for line in lines), lines
    assert not any(line.endswith("·") for line in lines), lines  # no dot left hanging at the end of a line


@pytest.fixture
def mentee(services: AppServices) -> int:
    student = services.students.add(name=NAME, class_name=CLASS, difficulties=["learning"])
    services.pledges.set(2026, student, measures="每周两次午休辅导数学；每月与家长沟通一次；在班级中安排学习伙伴")
    return student


@pytest.mark.parametrize("points", [10, 16, 24])
@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_class_is_never_broken_in_two(qtbot: QtBot, services: AppServices, language: Lang, points: int) -> None:
    services.demo.fill([2025, 2026])  # the demo book: its mentee, and the overview as full as a real one
    pledge = services.pledges.get(2026)
    assert pledge is not None and pledge.mentee.student.class_name
    name, class_name = pledge.mentee.student.name, pledge.mentee.student.class_name
    services.settings.set_language(language)
    apply_font_size(points)  # as the app does before it makes the window
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.overview.show_details()
    QApplication.processEvents()
    label = window.overview.mentee.name_label

    _kept_whole(label, name, class_name)
    if points == 10:
        assert label.text() == f"{name} · {class_name}"  # room enough: on one line, as always


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_class_follows_the_cards_width(qtbot: QtBot, services: AppServices, mentee: int, language: Lang) -> None:
    apply_font_size(24)
    card = MenteeCard()
    qtbot.addWidget(card)
    card.show_mentee(services.pledges.get(2026), 2, None)
    card.resize(220, 900)
    card.show()
    qtbot.waitExposed(card)
    QApplication.processEvents()
    assert card.name_label.text() == f"{NAME}\n{CLASS}"
    _kept_whole(card.name_label)

    card.resize(900, 900)  # the window made wider: back on one line
    QApplication.processEvents()
    assert card.name_label.text() == f"{NAME} · {CLASS}"
    _kept_whole(card.name_label)
