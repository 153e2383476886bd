"""概览 with a large interface font on a small screen (1024×700): nothing is cut and nothing overlaps; what
does not fit is scrolled to, as on the settings page."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.domain.preferences import FONT_SIZE_MAX
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.preferences import apply_font_size
from tests.ui.test_i18n import clipped_texts

SMALL_SCREEN = QSize(1024, 700)


def _overlapping(labels: list[QLabel]) -> list[str]:
    """Pairs of the labels, shown one above the other, whose rectangles cross."""
    shown = sorted((label for label in labels if label.isVisible()), key=lambda label: label.y())
    return [
        f"{upper.text()!r} overlaps {lower.text()!r}"
        for upper, lower in pairwise(shown)
        if upper.geometry().bottom() >= lower.geometry().top()
    ]


def _overview(qtbot: QtBot, services: AppServices, language: Lang, points: int) -> MainWindow:
    services.demo.fill([2025, 2026])
    services.settings.set_language(language)
    apply_font_size(points)  # as the app does before it makes the window (the language fixture keeps the font)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.overview.show_details()
    QApplication.processEvents()
    assert window.size() == SMALL_SCREEN
    return window


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_a_large_font_fits_a_small_screen(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    window = _overview(qtbot, services, language, 16)

    assert _overlapping(window.overview.mentee.findChildren(QLabel)) == []
    assert clipped_texts(window.overview) == []


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_largest_font_is_scrolled_not_cut(qtbot: QtBot, services: AppServices, language: Lang) -> None:
    window = _overview(qtbot, services, language, FONT_SIZE_MAX)
    page = window.overview

    assert _overlapping(page.mentee.findChildren(QLabel)) == []
    assert [text for text in clipped_texts(page) if not text.startswith("QScrollArea scrolls")] == []
    assert page.scroll_area.verticalScrollBar().maximum() > 0  # the rest of the page is scrolled to
