"""Fixtures for the window tests: the main window over the test database, and a clean application font."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.fonts import load_bundled_font
from jilu_desktop.ui.i18n import install_translations
from jilu_desktop.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot, services: AppServices) -> Callable[[], MainWindow]:
    """Build the window only after the test has put its data in place, as the app does at start-up."""

    def make() -> MainWindow:
        window = MainWindow(services)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font before the test; restored afterwards, so one test's font never leaks."""
    before = QFont(qapp.font())
    yield before
    qapp.setFont(before)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication, app_font: QFont) -> Iterator[Lang]:
    """The interface in the language the test is parametrized with (indirect=True), with the bundled font."""
    lang: Lang = request.param
    load_bundled_font(qapp)
    installed = install_translations(qapp, lang, pseudo=False)
    yield lang
    installed.remove()
