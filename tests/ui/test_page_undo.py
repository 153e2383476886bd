"""The students page and the pledge page follow the window's undo stack alike (ui.pages.page_undo): a move
refreshes the page and stales its notice, a book that cannot be read on the way is told in a box, and a stack or
page on its way out is left alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.pages.page_undo import report_failure, stack_moved
from jilu_desktop.ui.pages.pledge import PledgePage
from jilu_desktop.ui.pages.students import StudentsPage
from jilu_desktop.ui.widgets.undo_notice import UndoNotice


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon=None: shown.append((title, text)))
    return shown


class _Step(QUndoCommand):
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


def test_a_move_refreshes_and_a_book_that_cannot_be_read_is_told(qtbot: QtBot, told: list[tuple[str, str]]) -> None:
    page, stack = QWidget(), QUndoStack()
    qtbot.addWidget(page)
    notice = UndoNotice(stack, "", page)
    notice.push(_Step())
    notice.tell("已保存")
    refreshed: list[bool] = []
    reported: list[Exception] = []
    stack.push(_Step())  # another page's step: the notice's is no longer on top

    stack_moved(page, stack, notice, lambda: refreshed.append(True), reported.append)
    assert refreshed == [True] and reported == [] and notice.isHidden()

    locked = StorageEnvironmentError(Problem.LOCKED)

    def refuse() -> None:
        raise locked

    stack_moved(page, stack, notice, refuse, reported.append)
    assert reported == [locked]


def test_a_stack_being_destroyed_is_left_alone(qtbot: QtBot) -> None:
    page, stack = QWidget(), QUndoStack()
    qtbot.addWidget(page)
    notice = UndoNotice(stack, "", page)
    shiboken6.delete(stack)
    stack_moved(page, stack, notice, lambda: pytest.fail("refreshed"), lambda error: pytest.fail("reported"))


def test_a_failure_is_told_in_the_teachers_words(qtbot: QtBot, told: list[tuple[str, str]]) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    report_failure(page, "无法完成操作", StorageEnvironmentError(Problem.LOCKED), "en")
    report_failure(page, "无法完成操作", DomainError("unknown_student", value=7), "zh")
    report_failure(page, "无法完成操作", RuntimeError("something else"), "zh")
    assert told == [
        ("无法完成操作", StorageEnvironmentError(Problem.LOCKED).message("en")),
        ("无法完成操作", "没有编号为 7 的学生"),
        ("无法完成操作", "something else"),
    ]


@pytest.mark.parametrize("page_class", [StudentsPage, PledgePage])
def test_both_pages_tell_a_book_that_cannot_be_read_when_the_stack_moves(
    qtbot: QtBot,
    services: AppServices,
    told: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    page_class: Callable[[AppServices, QUndoStack], QWidget],
) -> None:
    stack = QUndoStack()
    page = page_class(services, stack)
    qtbot.addWidget(page)

    def refuse() -> None:
        raise StorageEnvironmentError(Problem.LOCKED)

    monkeypatch.setattr(page, "refresh", refuse)
    stack.push(_Step())
    assert told == [("无法完成操作", StorageEnvironmentError(Problem.LOCKED).message("zh"))]
