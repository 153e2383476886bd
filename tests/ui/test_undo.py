"""Undo and redo of adding, editing and deleting records (and, through the same base, students), checked in the
database."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from jilu_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from jilu_desktop.services import AppServices
from jilu_desktop.ui.pages.people_commands import AddStudent
from jilu_desktop.ui.undo import UndoStack, activity_fields, add_activity, delete_activities, edit_activity


@pytest.fixture
def stack(qapp: QApplication) -> UndoStack:
    return UndoStack()


@pytest.fixture
def li(services: AppServices) -> int:
    return services.students.add(name="李小明")


def _add(stack: UndoStack, services: AppServices, student: int, content: str = "谈心") -> int:
    fields = {"date": "2026-12-01", "kind": "talk", "student_ids": [student], "place": "办公室", "content": content}
    return add_activity(stack, services, **fields).id


def contents(services: AppServices) -> list[str]:
    return [r.activity.content for r in services.activities.list(newest_first=False)]


def test_add_undo_redo(stack: UndoStack, services: AppServices, li: int) -> None:
    activity_id = _add(stack, services, li)
    before = services.activities.get(activity_id)

    stack.undo()
    assert services.activities.list() == []
    stack.redo()

    assert services.activities.get(activity_id) == before  # the same record, id and times


def test_a_refused_change_is_not_pushed(stack: UndoStack, services: AppServices, li: int) -> None:
    with pytest.raises(ValidationError):
        _add(stack, services, li, content="")

    assert stack.count() == 0
    assert services.activities.list() == []


def test_edit_undo_redo(stack: UndoStack, services: AppServices, li: int) -> None:
    activity_id = _add(stack, services, li, "谈心")
    wang = services.students.add(name="王芳")

    edit_activity(stack, services, activity_id, content="谈心，了解学习情况", student_ids=[wang, li])
    stack.undo()
    record = services.activities.get(activity_id)
    assert (record.activity.content, record.activity.student_ids) == ("谈心", (li,))

    stack.redo()
    record = services.activities.get(activity_id)
    assert (record.activity.content, record.activity.student_ids) == ("谈心，了解学习情况", (wang, li))
    assert activity_fields(record)["student_ids"] == [wang, li]


def test_delete_several_undo_redo(stack: UndoStack, services: AppServices, li: int) -> None:
    ids = [_add(stack, services, li, text) for text in ("一", "二", "三")]

    delete_activities(stack, services, ids[:2])
    assert contents(services) == ["三"]
    assert stack.undoText() == "删除 2 条记录"

    stack.undo()
    assert contents(services) == ["一", "二", "三"]
    stack.redo()
    assert contents(services) == ["三"]


def test_deleting_records_one_of_which_is_gone_deletes_none(stack: UndoStack, services: AppServices, li: int) -> None:
    first = _add(stack, services, li, "一")

    with pytest.raises(NotFoundError, match="没有编号为 999 的活动记录"):
        delete_activities(stack, services, [first, 999])

    assert contents(services) == ["一"]
    assert stack.undoText() == "新增记录"  # nothing was pushed


def test_an_undo_that_fails_is_reported_and_dropped(stack: UndoStack, services: AppServices, li: int) -> None:
    failures: list[str] = []
    stack.failed.connect(failures.append)
    first = _add(stack, services, li, "一")
    _add(stack, services, li, "二")
    services.activities.delete(first)  # changed behind the stack's back

    stack.undo()  # 二: fine
    stack.undo()  # 一: already gone

    assert failures == ["无法完成“新增记录”：没有编号为 1 的活动记录"]
    assert stack.count() == 1  # the failed step left the stack
    assert contents(services) == []
    stack.redo()
    assert contents(services) == ["二"]


def test_failures_are_told_in_the_teachers_language(qapp: QApplication, services: AppServices, li: int) -> None:
    stack = UndoStack(lang="en")
    failures: list[str] = []
    stack.failed.connect(failures.append)
    first = _add(stack, services, li)
    services.activities.delete(first)

    stack.undo()

    assert failures == ["无法完成“新增记录”：there is no activity with id 1"]


def test_commands_do_not_keep_their_stack_alive(qapp: QApplication, services: AppServices, li: int) -> None:
    # A command holding its stack made a cycle (the stack owns its commands), left to the garbage collector,
    # whose collection destroyed the stack while it was still deleting its commands.
    stack = UndoStack()
    _add(stack, services, li)
    alive = weakref.ref(stack)

    del stack

    assert alive() is None  # gone at once, by reference counting
    assert len(services.activities.list()) == 1


@pytest.mark.parametrize("window_stack", [True, False], ids=["window's UndoStack", "plain QUndoStack"])
def test_a_student_command_tells_its_refusal_to_the_window_else_to_the_page(
    qapp: QApplication, services: AppServices, li: int, window_stack: bool
) -> None:
    stack = UndoStack() if window_stack else QUndoStack()
    told: list[str] = []
    reported: list[Exception] = []
    if isinstance(stack, UndoStack):
        stack.failed.connect(told.append)
    stack.push(AddStudent(stack, services, services.students.get(li), reported.append))
    assert services.students.list()  # pushed as done: the first redo() did not add the student again
    _add(QUndoStack(), services, li)  # a record names the student now, so undoing the add is refused

    stack.undo()

    refusal = "学生“李小明”还有 1 条活动记录，不能删除；请先修改或删除这些记录"
    if window_stack:
        assert told == [f"无法完成“添加学生“李小明””：{refusal}"]
        assert reported == []
    else:
        assert [e.message("zh") for e in reported if isinstance(e, DomainError)] == [refusal]
    assert stack.count() == 0  # the refused step left the stack
    assert [r.student.name for r in services.students.list()] == ["李小明"]
