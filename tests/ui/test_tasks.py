"""The background runner: work off the window's thread, its result, progress or error back on it, one at a time."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.services import AppServices
from jilu_desktop.ui.tasks import Progress, TaskRunner

WAIT_S = 10  # a worker that never comes back must fail the test, not hang it


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.wait(WAIT_S * 1000)
    QApplication.processEvents()


def test_the_work_runs_on_another_thread_and_its_result_comes_back_on_the_windows(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    main = QThread.currentThread()
    worker_threads: list[QThread] = []
    slot_threads: list[QThread] = []

    def work(progress: Progress) -> int:
        worker_threads.append(QThread.currentThread())
        return 6 + 8

    task = runner.run(work, label="计算")
    task.succeeded.connect(lambda result: slot_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_S * 1000) as result:
        pass

    assert result.args == [14]
    assert task.result == 14 and task.done and task.error is None
    assert worker_threads and worker_threads[0] is not main
    assert slot_threads == [main]


def test_progress_arrives_in_order_before_the_result(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[tuple[int, int, str]] = []

    def work(progress: Progress) -> str:
        for page in range(1, 4):
            progress(page, 3, f"第 {page} 页")
        return "完成"

    task = runner.run(work)
    task.progress.connect(lambda done, total, text: seen.append((done, total, text)))
    task.succeeded.connect(lambda result: seen.append((-1, -1, result)))
    with qtbot.waitSignal(task.finished, timeout=WAIT_S * 1000):
        pass

    assert seen == [(1, 3, "第 1 页"), (2, 3, "第 2 页"), (3, 3, "第 3 页"), (-1, -1, "完成")]


def test_an_error_is_handed_back_whole(qtbot: QtBot, runner: TaskRunner) -> None:
    def work(progress: Progress) -> None:
        raise ValidationError("required", "name")

    task = runner.run(work)
    with qtbot.waitSignal(task.failed, timeout=WAIT_S * 1000) as failed:
        pass

    (error,) = failed.args
    assert isinstance(error, ValidationError)
    assert error.message("zh") == "姓名不能为空"
    assert task.error is error


def test_an_error_nobody_listens_for_reaches_the_excepthook(
    qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: hooked.append(e))

    def work(progress: Progress) -> None:
        raise RuntimeError("磁盘出错")

    task = runner.run(work)
    with qtbot.waitSignal(task.finished, timeout=WAIT_S * 1000):
        pass

    assert [str(e) for e in hooked] == ["磁盘出错"]


def test_cancel_stops_the_work_at_its_next_check(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    carry_on = threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        carry_on.wait(WAIT_S)
        for step in range(100):
            progress.check()
            steps.append(step)

    task = runner.run(work)
    failed: list[object] = []
    task.failed.connect(failed.append)
    assert started.wait(WAIT_S)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=WAIT_S * 1000):
        carry_on.set()

    assert steps == []
    assert failed == []


def test_one_piece_of_work_at_a_time_and_the_window_keeps_running(qtbot: QtBot, runner: TaskRunner) -> None:
    gate = threading.Event()
    order: list[str] = []

    def first(progress: Progress) -> None:
        order.append("first begins")
        gate.wait(WAIT_S)
        order.append("first ends")

    def second(progress: Progress) -> None:
        order.append("second begins")

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.run(first)
    last = runner.run(second)
    assert runner.busy()

    # While the worker is held, the event loop still runs timers: nothing waits for the work.
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=WAIT_S * 1000)
    with qtbot.waitSignal(last.finished, timeout=WAIT_S * 1000):
        gate.set()

    assert order == ["first begins", "first ends", "second begins"]
    assert busy == [True, False]
    assert not runner.busy()


def test_the_services_can_be_used_from_the_worker(qtbot: QtBot, runner: TaskRunner, services: AppServices) -> None:
    services.students.add(name="李小明")

    task = runner.run(lambda progress: [s.student.name for s in services.students.list()])
    with qtbot.waitSignal(task.succeeded, timeout=WAIT_S * 1000) as result:
        pass

    assert result.args == [["李小明"]]
