"""Starting the program again on the same data folder: the first window comes forward, no second one opens."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop import app
from jilu_desktop.bootstrap import LOG_FILE
from jilu_desktop.paths import AppPaths
from jilu_desktop.ui.single_instance import LOCK_FILE, InstanceGuard
from tests.ui.test_app import _told, no_file_logging  # noqa: F401 - a fixture

TIMEOUT_S = 120


@pytest.fixture
def first(paths: AppPaths) -> Iterator[InstanceGuard]:
    """A first window's hold on the data folder."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    guard = InstanceGuard(paths.data_dir)
    assert guard.try_lock()
    yield guard
    guard.release()


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_a_second_start_brings_the_first_window_forward_and_opens_nothing(
    qtbot: QtBot, qapp: QApplication, paths: AppPaths, first: InstanceGuard, monkeypatch: pytest.MonkeyPatch
) -> None:
    first.listen()
    told = _told(monkeypatch)
    with qtbot.waitSignal(first.show_requested, timeout=5000):
        assert app.run_gui(paths) == app.EXIT_OK
    assert told == []
    assert not paths.database.exists()  # the data was not opened (here: not even made)


@pytest.mark.usefixtures("no_file_logging", "app_font")
def test_a_window_that_does_not_answer_is_told(
    qapp: QApplication, paths: AppPaths, first: InstanceGuard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "_system_lang", lambda: "zh")
    told = _told(monkeypatch)
    assert app.run_gui(paths) == app.EXIT_STORAGE
    assert told == [
        (
            "记录本已经打开",
            "这个记录本已经在另一个窗口中打开，但那个窗口没有响应。请先关闭那个窗口（必要时在任务管理器中结束它），"
            "一分钟后再试。",
        )
    ]
    assert not paths.database.exists()


@pytest.mark.usefixtures("no_file_logging", "app_font")
@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "记录本已经打开", "这个记录本正在另一台电脑（OTHER-PC）上打开。"),
        ("en", "The record book is already open", "This record book is open on another computer (OTHER-PC)."),
    ],
)
def test_a_book_open_on_another_computer_is_told_with_its_name(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, lang: str, title: str, text: str
) -> None:
    """A USB stick (or a shared folder) with the book still open on another computer."""
    assert QSysInfo.machineHostName() != "OTHER-PC"
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / LOCK_FILE).write_text("4242\njilu-desktop\nOTHER-PC\n", encoding="utf-8")
    monkeypatch.setattr(app, "_system_lang", lambda: lang)
    told = _told(monkeypatch)
    assert app.run_gui(paths) == app.EXIT_STORAGE
    assert len(told) == 1 and told[0][0] == title and told[0][1].startswith(text)
    assert not paths.database.exists()


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("JILU_DATA_DIR", "JILU_TODAY")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", JILU_NO_DIALOGS="1", JILU_TODAY="2026-12-04")
    return env


def test_two_real_starts_make_one_window(tmp_path: Path) -> None:
    data_dir = tmp_path / "数据"
    made = subprocess.run(
        [sys.executable, "-m", "jilu_desktop", "--data-dir", str(data_dir), "demo"],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    assert made.returncode == 0, made.stderr
    log_file = data_dir / "logs" / LOG_FILE
    window = subprocess.Popen(
        [sys.executable, "-m", "jilu_desktop.app", "--data-dir", str(data_dir)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while "will bring this window forward" not in (
            log_file.read_text(encoding="utf-8") if log_file.exists() else ""
        ):
            assert window.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "jilu_desktop.app", "--data-dir", str(data_dir), "--quit-after-first-paint"],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
        )
        assert second.returncode == 0, second.stderr
        log = log_file.read_text(encoding="utf-8")
        assert "is open in another window; brought it forward" in log
        assert "first paint" not in log  # the second start drew no window (it would have logged it and quit)
        assert window.poll() is None  # the first one is still open
    finally:
        window.terminate()
        window.wait(timeout=TIMEOUT_S)
