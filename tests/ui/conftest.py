"""Fixtures for the window tests: the main window over the test database, and a clean application font."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
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
