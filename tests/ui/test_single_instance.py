"""One window per data folder: a second start brings the first window forward instead of opening the data."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jilu_desktop.ui.single_instance import LOCK_FILE, InstanceGuard, server_name


@pytest.fixture
def guards(tmp_path: Path) -> Iterator[list[InstanceGuard]]:
    made: list[InstanceGuard] = []
    yield made
    for guard in made:
        guard.release()


def _guard(guards: list[InstanceGuard], data_dir: Path) -> InstanceGuard:
    guard = InstanceGuard(data_dir)
    guards.append(guard)
    return guard


def test_a_second_start_asks_the_first_window_to_come_forward(
    qtbot: QtBot, tmp_path: Path, guards: list[InstanceGuard]
) -> None:
    first = _guard(guards, tmp_path)
    assert first.try_lock()
    first.listen()
    assert (tmp_path / LOCK_FILE).exists()

    second = _guard(guards, tmp_path)
    assert not second.try_lock()
    assert second.holder is not None and second.holder.pid == os.getpid()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        assert second.ask_holder_to_show()


def test_a_holder_that_does_not_answer_is_reported(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    first = _guard(guards, tmp_path)
    assert first.try_lock()  # holds the folder but never listens (another computer, say)
    second = _guard(guards, tmp_path)
    assert not second.try_lock()
    assert not second.ask_holder_to_show()
    assert second.holder is not None and second.holder.pid == os.getpid()


def test_other_folders_are_not_held(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _guard(guards, tmp_path / "a").try_lock()
    assert _guard(guards, tmp_path / "b").try_lock()
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_the_folder_is_free_again_once_released(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    first = _guard(guards, tmp_path)
    assert first.try_lock()
    first.listen()
    first.release()
    assert not (tmp_path / LOCK_FILE).exists()
    assert _guard(guards, tmp_path).try_lock()


def test_the_lock_of_a_program_that_crashed_is_taken_over(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    code = (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(tmp_path / LOCK_FILE)!r})\n"
        "lock.setStaleLockTime(0)\n"
        "print(lock.tryLock(0), flush=True)\n"
        "time.sleep(60)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not _guard(guards, tmp_path).try_lock()  # alive: held
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes its pipe
    assert (tmp_path / LOCK_FILE).exists()  # left behind by the killed program
    assert _guard(guards, tmp_path).try_lock()


def test_a_folder_that_cannot_hold_a_lock_file_does_not_stop_the_start(
    tmp_path: Path, guards: list[InstanceGuard]
) -> None:
    """A read-only stick, say: opening the data is what tells the teacher about it."""
    assert _guard(guards, tmp_path / "missing" / "folder").try_lock()
