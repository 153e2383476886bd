"""The example data in the window: a band says so, and its button clears it (after asking, with a backup) so that
the teacher begins her own book with the guided set-up; the band goes with the example data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.services.students import StudentService
from jilu_desktop.ui.main_window import MainWindow


@pytest.fixture
def shown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = make_window()
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _answer(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.demo_question
    assert box is not None
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_band_shows_the_way_out_of_the_example_data(
    qtbot: QtBot, services: AppServices, data_dir: object, shown: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    services.demo.fill([2026], per_month=4)
    window = shown()
    set_up: list[bool] = []
    monkeypatch.setattr(window, "run_first_run", lambda: set_up.append(True))
    window.check_demo()
    banner = window.demo_banner
    assert banner is not None and banner.isVisible()
    assert banner.label.text() == "这是示例数据，供您熟悉程序，不是真实的记录。"

    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert window.demo_question is not None
    assert "删除前会先备份" in window.demo_question.text() and "注意" not in window.demo_question.text()
    _answer(qtbot, window, "取消")
    assert len(services.students.list()) == 12 and banner.isVisible()

    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    _answer(qtbot, window, "清除示例数据")
    assert services.students.list() == [] and services.profile.get() is None
    assert not banner.isVisible()
    assert window.undo_stack.count() == 0
    assert set_up == [True]  # the guided set-up begins
    assert window.statusBar().currentMessage() == "已清除示例数据（清除前的记录本已备份）"


def test_what_she_added_herself_is_named_before_it_goes(
    qtbot: QtBot, services: AppServices, shown: Callable[[], MainWindow]
) -> None:
    services.demo.fill([2026], per_month=4)
    later = FixedClock(dt.date(2026, 12, 4), dt.datetime(2026, 12, 4, 9, 0))  # after the fill (08:30)
    StudentService(services.db, later).add(name="周小雨", class_name="三(2)班")
    window = shown()
    window.check_demo()
    assert window.demo_banner is not None
    qtbot.mouseClick(window.demo_banner.button, Qt.MouseButton.LeftButton)
    assert window.demo_question is not None
    assert "您又添加了 1 名学生、0 条记录、0 份志愿书，它们也会一起删除" in window.demo_question.text()
    _answer(qtbot, window, "取消")
    assert len(services.students.list()) == 13


def test_no_band_for_a_teachers_own_book(services: AppServices, shown: Callable[[], MainWindow]) -> None:
    services.profile.update(name="张敏")
    window = shown()
    window.check_demo()
    assert window.demo_banner is None


def test_the_band_goes_when_jilu_clears_the_example_data(
    qtbot: QtBot, services: AppServices, cli: AppServices, shown: Callable[[], MainWindow]
) -> None:
    services.demo.fill([2026], per_month=4)
    window = shown()
    window.check_demo()
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    cli.demo.clear()  # `jilu demo --clear`
    window.reload()
    assert not window.demo_banner.isVisible()
