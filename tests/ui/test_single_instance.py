"""One window per data folder: a second start brings the first window forward instead of opening the data."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jilu_desktop.ui.single_instance import LOCK_FILE, STALE_AFTER_MS, Holder, InstanceGuard, server_name


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


def _lock_of_another_computer(data_dir: Path, age_s: float) -> None:
    (data_dir / LOCK_FILE).write_text("4242\njilu\nOTHER-PC\n", encoding="utf-8")
    then = time.time() - age_s
    os.utime(data_dir / LOCK_FILE, (then, then))


def test_a_fresh_lock_of_another_computer_holds(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    _lock_of_another_computer(tmp_path, age_s=5)
    guard = _guard(guards, tmp_path)
    assert not guard.try_lock()
    assert guard.holder == Holder(4242, "OTHER-PC")
    assert not guard.ask_holder_to_show()


def test_an_old_lock_of_another_computer_is_taken_over(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    """The stick was pulled out of another computer with the program still open there."""
    _lock_of_another_computer(tmp_path, age_s=STALE_AFTER_MS / 1000 + 30)
    assert _guard(guards, tmp_path).try_lock()


def test_the_holder_keeps_its_lock_fresh(qtbot: QtBot, tmp_path: Path, guards: list[InstanceGuard]) -> None:
    guard = _guard(guards, tmp_path)
    assert guard.try_lock()
    then = time.time() - 3600
    os.utime(tmp_path / LOCK_FILE, (then, then))
    guard._refresh.setInterval(10)
    guard.listen()
    qtbot.waitUntil(lambda: time.time() - (tmp_path / LOCK_FILE).stat().st_mtime < 60, timeout=3000)
    assert not _guard(guards, tmp_path).try_lock()
