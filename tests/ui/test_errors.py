"""Uncaught exceptions: logged with their traceback, told in a box that does not block, app kept running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.ui.errors import ErrorReporter


@pytest.fixture
def reporter(qapp: QApplication, tmp_path: Path) -> Iterator[ErrorReporter]:
    (tmp_path / "jilu.log").touch()
    reporter = ErrorReporter(tmp_path / "jilu.log")
    yield reporter
    if reporter.box is not None:
        reporter.box.close()


def _raise() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("出错了")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
        assert exc_type is not None and exc is not None
        return exc_type, exc, tb


def test_logs_the_traceback_and_shows_a_non_blocking_box(
    reporter: ErrorReporter, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    exc_type, exc, tb = _raise()
    with caplog.at_level(logging.CRITICAL, logger="jilu_desktop.ui.errors"):
        reporter.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]

    assert "uncaught exception" in caplog.text
    assert "Traceback" in caplog.text and "_raise" in caplog.text
    box = reporter.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "ValueError: 出错了" in box.text()
    assert str(tmp_path / "jilu.log") in box.text()


def test_a_second_error_does_not_pile_up_boxes(reporter: ErrorReporter) -> None:
    reporter.excepthook(*_raise())  # type: ignore[arg-type]
    first = reporter.box
    reporter.excepthook(*_raise())  # type: ignore[arg-type]

    assert reporter.box is first
    assert reporter.suppressed == 1


def test_install_and_uninstall_restore_the_previous_hook(reporter: ErrorReporter) -> None:
    before = sys.excepthook
    reporter.install()
    try:
        assert sys.excepthook == reporter.excepthook
    finally:
        reporter.uninstall()
    assert sys.excepthook is before


def test_ctrl_c_still_stops_the_program(reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch) -> None:
    passed: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, e, tb: passed.append(t))

    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)

    assert passed == [KeyboardInterrupt]
    assert reporter.box is None


def test_an_exception_in_a_slot_reaches_the_box_and_the_loop_goes_on(
    reporter: ErrorReporter, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_slot() -> None:
        raise RuntimeError("槽函数出错")

    reporter.install()
    try:
        with caplog.at_level(logging.CRITICAL, logger="jilu_desktop.ui.errors"):
            QTimer.singleShot(0, broken_slot)
            qtbot.waitUntil(lambda: reporter.box is not None)
            ticks: list[int] = []
            QTimer.singleShot(0, lambda: ticks.append(1))
            qtbot.waitUntil(lambda: ticks == [1])  # the event loop still runs
    finally:
        reporter.uninstall()
    assert reporter.box is not None
    assert "RuntimeError: 槽函数出错" in reporter.box.text()
    assert "broken_slot" in caplog.text


def test_no_log_file_is_named_when_there_is_none(qapp: QApplication, tmp_path: Path) -> None:
    reporter = ErrorReporter(tmp_path / "never-written.log")
    reporter.excepthook(*_raise())  # type: ignore[arg-type]

    assert reporter.box is not None
    assert "never-written.log" not in reporter.box.text()
    assert "日志文件不可用" in reporter.box.text()
    reporter.box.close()
