"""The shell: title, menus, status bar, the about box, and a storage problem while reading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.main_window import MainWindow


def test_title_menus_and_today(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()

    assert window.windowTitle() == "“168”爱生行动记录本"
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "帮助(&H)"]
    assert window.quit_action.text() == "退出(&X)"
    assert window.about_action.text() == "关于(&A)"
    assert window.today_label.text() == "今天：2026年12月4日 星期五"


def test_quit_closes_the_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)

    window.quit_action.trigger()

    assert not window.isVisible()


def test_about_does_not_block_and_names_the_data_folder(qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    window = MainWindow(services, data_dir=tmp_path / "数据")
    qtbot.addWidget(window)

    box = window.show_about()  # returns at once: a blocking box would hang this test

    assert box is not None
    assert box.isVisible()
    assert not box.isModal()
    assert str(tmp_path / "数据") in box.text()
    box.close()


def test_storage_problem_while_reading_is_told_not_raised(
    services: AppServices, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon: shown.append((title, text)))
    window = make_window()

    def locked() -> None:
        raise StorageEnvironmentError(Problem.LOCKED)

    monkeypatch.setattr(services.progress, "month", locked)
    window.refresh()

    assert shown == [("无法读取记录", StorageEnvironmentError(Problem.LOCKED).message("zh"))]


def test_no_dialogs_env_logs_instead(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(messages.NO_DIALOGS_ENV, "1")
    window = make_window()

    assert window.show_about() is None
    assert "关于记录本" in capsys.readouterr().err


def test_message_icon_is_kept(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    box = messages.show_message(window, "标题", "内容", QMessageBox.Icon.Warning)

    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
