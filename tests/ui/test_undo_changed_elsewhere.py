"""Undo and redo reverse only the window's own change: an object changed meanwhile through the `jilu` command
(here a second AppServices on the same data folder, as the command opens it) is left as it is, the teacher
is told, and the step leaves the stack; an unchanged object still undoes and redoes as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.people_commands import AddStudent, DeleteStudent, EditStudent, SavePledge, SaveProfile
from jilu_desktop.ui.undo import UndoStack, add_activity, delete_activities, edit_activity

ELSEWHERE = "已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这一步不能再撤销或重做"


@pytest.fixture
def stack(qapp: QApplication) -> UndoStack:
    return UndoStack()


@pytest.fixture
def told(stack: UndoStack) -> list[str]:
    failures: list[str] = []
    stack.failed.connect(failures.append)
    return failures


@pytest.fixture
def li(services: AppServices) -> int:
    return services.students.add(name="李小明", class_name="五(1)班")


def _fields(student: int, content: str) -> dict[str, object]:
    return {"date": "2026-12-01", "kind": "talk", "student_ids": [student], "place": "教室", "content": content}


def _add(stack: UndoStack, services: AppServices, student: int, content: str = "谈心") -> int:
    return add_activity(stack, services, **_fields(student, content)).id


def _aside() -> UndoStack:
    """A stack of its own, for a step the test does not undo."""
    return UndoStack()


def _unused(error: Exception) -> None:
    raise AssertionError(f"the window's stack tells through `failed`, not the page: {error}")


# --- records ---


def test_undoing_an_edit_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    record_id = _add(stack, services, li)
    edit_activity(stack, services, record_id, content="谈心，了解学习情况")
    cli.activities.edit(record_id, place="图书室（命令行改的）")

    stack.undo()

    stored = services.activities.get(record_id).activity
    assert (stored.place, stored.content) == ("图书室（命令行改的）", "谈心，了解学习情况")
    assert told == [f"无法完成“修改记录”：2026-12-01 的这条活动记录{ELSEWHERE}；请先查看它现在的内容"]
    assert (stack.count(), stack.index()) == (1, 1)  # the step left the stack; the add below it stays
    stack.undo()  # the add: the record is not as the add left it either, so it stays
    assert len(told) == 2
    assert services.activities.get(record_id).activity.place == "图书室（命令行改的）"
    assert stack.count() == 0


def test_redoing_an_edit_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    record_id = _add(_aside(), services, li)
    edit_activity(stack, services, record_id, content="谈心，了解学习情况")
    stack.undo()
    cli.activities.edit(record_id, place="图书室（命令行改的）")

    stack.redo()

    stored = services.activities.get(record_id).activity
    assert (stored.place, stored.content) == ("图书室（命令行改的）", "谈心")
    assert len(told) == 1 and ELSEWHERE in told[0]
    assert (stack.count(), stack.canRedo()) == (0, False)


def test_an_unchanged_record_still_undoes_and_redoes(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    record_id = _add(stack, services, li)
    other = cli.activities.add(**_fields(li, "命令行加的"))  # meanwhile: the undo of the add leaves it
    edit_activity(stack, services, record_id, content="谈心，了解学习情况")
    delete_activities(stack, services, [record_id])

    for _ in range(3):
        stack.undo()
    assert [r.id for r in services.activities.list()] == [other]  # the window's add is gone, the CLI's stays
    for _ in range(3):
        stack.redo()
    assert [r.id for r in services.activities.list()] == [other]
    stack.undo()
    stack.undo()
    assert services.activities.get(record_id).activity.content == "谈心"
    assert told == []


def test_undoing_an_add_deletes_only_that_record_and_only_if_unchanged(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    first = _add(stack, services, li, "窗口加的")
    added_elsewhere = cli.activities.add(**_fields(li, "命令行加的"))
    second = _add(stack, services, li, "窗口又加的")
    cli.activities.edit(first, content="命令行补充了内容")

    stack.undo()  # the second add: unchanged, deleted by its id
    stack.undo()  # the first: changed elsewhere, kept

    assert sorted(r.activity.content for r in services.activities.list()) == ["命令行加的", "命令行补充了内容"]
    assert second not in {r.id for r in services.activities.list()}
    assert added_elsewhere in {r.id for r in services.activities.list()}
    assert told == [f"无法完成“新增记录”：2026-12-01 的这条活动记录{ELSEWHERE}；请先查看它现在的内容"]


def test_redoing_a_delete_keeps_a_record_changed_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    ids = [_add(_aside(), services, li, text) for text in ("一", "二")]
    delete_activities(stack, services, ids)
    stack.undo()
    cli.activities.edit(ids[1], content="二（命令行改的）")

    stack.redo()

    assert sorted(r.activity.content for r in services.activities.list()) == ["一", "二（命令行改的）"]  # none
    assert len(told) == 1 and told[0].startswith("无法完成“删除 2 条记录”：2026-12-01 的这条活动记录")


def test_undoing_a_delete_after_jilu_added_a_record_restores_it(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    # The QA scenario: the newest record is deleted in the window, `jilu log add` adds one, Ctrl+Z.
    record_id = _add(_aside(), services, li, "窗口删的")
    delete_activities(stack, services, [record_id])
    added = cli.activities.add(**_fields(li, "命令行加的"))
    assert added > record_id  # the freed id is never given again

    stack.undo()

    assert {r.id: r.activity.content for r in services.activities.list()} == {
        record_id: "窗口删的",
        added: "命令行加的",
    }
    assert told == []
    stack.redo()
    assert [r.id for r in services.activities.list()] == [added]
    assert cli.activities.add(**_fields(li, "又加的")) > added


# --- students ---


def test_undoing_a_student_edit_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    before = services.students.get(li)
    after = services.students.edit(li, name="李晓明")
    stack.push(EditStudent(stack, services, before, after.student, _unused))
    cli.students.edit(li, class_name="五(2)班")

    stack.undo()

    stored = services.students.get(li).student
    assert (stored.name, stored.class_name) == ("李晓明", "五(2)班")
    assert told == [f"无法完成“修改学生“李晓明””：学生“李晓明”的信息{ELSEWHERE}；请先查看这名学生现在的信息"]
    assert stack.count() == 0


def test_an_unchanged_student_still_undoes_and_redoes(
    stack: UndoStack, told: list[str], services: AppServices, li: int
) -> None:
    before = services.students.get(li)
    after = services.students.edit(li, name="李晓明")
    stack.push(EditStudent(stack, services, before, after.student, _unused))

    stack.undo()
    assert services.students.get(li).student.name == "李小明"
    stack.redo()
    assert services.students.get(li).student.name == "李晓明"
    assert told == []


def test_undoing_a_student_add_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices
) -> None:
    wang = services.students.add(name="王芳")
    stack.push(AddStudent(stack, services, services.students.get(wang), _unused))
    cli.students.edit(wang, class_name="六(3)班")

    stack.undo()

    assert services.students.get(wang).student.class_name == "六(3)班"
    assert len(told) == 1 and ELSEWHERE in told[0]


def test_redoing_a_student_delete_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    stack.push(DeleteStudent(stack, services, services.students.delete(li), _unused))
    stack.undo()  # back under the same id
    cli.students.edit(li, birth_year=2015)

    stack.redo()

    assert services.students.get(li).student.birth_year == 2015
    assert len(told) == 1 and ELSEWHERE in told[0]


def test_undoing_a_student_delete_after_jilu_added_a_student_restores_them(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    stack.push(DeleteStudent(stack, services, services.students.delete(li), _unused))
    zhao = cli.students.add(name="赵强")
    assert zhao > li  # the freed id is never given again

    stack.undo()

    assert {r.id: r.student.name for r in services.students.list()} == {li: "李小明", zhao: "赵强"}
    assert told == []


# --- the pledge and the profile ---


def test_undoing_a_pledge_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices, li: int
) -> None:
    first = services.pledges.set(2026, li, measures="每周两次午休辅导").pledge
    stack.push(SavePledge(stack, services, None, first, _unused))  # the first one: undo would take it away
    second = services.pledges.set(2026, li, measures="每周三次").pledge
    stack.push(SavePledge(stack, services, first, second, _unused))
    cli.pledges.set(2026, li, commitments="命令行写的承诺")

    stack.undo()
    stack.undo()

    view = services.pledges.get(2026)
    assert view is not None
    assert (view.pledge.measures, view.pledge.commitments) == ("每周三次", "命令行写的承诺")
    assert len(told) == 2 and all("2026学年的志愿书" + ELSEWHERE in text for text in told)
    assert stack.count() == 0


def test_an_unchanged_pledge_still_undoes_and_redoes(
    stack: UndoStack, told: list[str], services: AppServices, li: int
) -> None:
    first = services.pledges.set(2026, li, measures="每周两次午休辅导").pledge
    stack.push(SavePledge(stack, services, None, first, _unused))

    stack.undo()
    assert services.pledges.get(2026) is None
    stack.redo()
    view = services.pledges.get(2026)
    assert view is not None and view.pledge == first
    assert told == []


def test_undoing_a_profile_change_keeps_a_change_made_elsewhere(
    stack: UndoStack, told: list[str], services: AppServices, cli: AppServices
) -> None:
    before = services.profile.update(name="王丽华", school="湖塘实验小学")
    after = services.profile.update(school="武进区湖塘实验小学")
    stack.push(SaveProfile(stack, services, before, after, _unused))
    cli.profile.update(post="语文教师")

    stack.undo()

    profile = services.profile.get()
    assert profile is not None and (profile.school, profile.post) == ("武进区湖塘实验小学", "语文教师")
    assert told == [f"无法完成“修改个人信息”：个人信息{ELSEWHERE}；请先查看现在的个人信息"]


def test_an_unchanged_profile_still_undoes_and_redoes(stack: UndoStack, told: list[str], services: AppServices) -> None:
    before = services.profile.update(name="王丽华", school="湖塘实验小学", gender="女", birth="1985-03")
    after = services.profile.update(school="武进区湖塘实验小学")
    stack.push(SaveProfile(stack, services, before, after, _unused))

    stack.undo()
    assert services.profile.get() == before
    stack.redo()
    assert services.profile.get() == after
    assert told == []


# --- the window ---


@pytest.fixture
def shown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = make_window()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def test_the_window_tells_and_shows_the_record_as_it_is_now(
    qtbot: QtBot, services: AppServices, cli: AppServices, li: int, shown: Callable[[], MainWindow]
) -> None:
    # The steps of the report: edit record #1 in the window, change its place with `jilu log edit`, Ctrl+Z.
    record_id = services.activities.add(**_fields(li, "谈心"))
    window = shown()
    window.show_page(window.records)
    edit_activity(window.undo_stack, services, record_id, content="谈心，了解学习情况")
    cli.activities.edit(record_id, place="图书室（命令行改的）")

    window.undo_action.trigger()

    stored = services.activities.get(record_id).activity
    assert (stored.place, stored.content) == ("图书室（命令行改的）", "谈心，了解学习情况")
    box = window.undo_failure_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "无法撤销或重做"
    assert box.text() == f"无法完成“修改记录”：2026-12-01 的这条活动记录{ELSEWHERE}；请先查看它现在的内容"
    assert window.statusBar().currentMessage() == "无法撤销或重做，记录没有改动"
    assert [row.place for row in window.records.model.rows()] == ["图书室（命令行改的）"]  # shown as it is now
    assert not window.undo_stack.canUndo()
    box.close()


def test_the_window_shows_the_current_data_after_a_failed_redo(
    qtbot: QtBot, services: AppServices, cli: AppServices, li: int, shown: Callable[[], MainWindow]
) -> None:
    record_id = services.activities.add(**_fields(li, "谈心"))
    window = shown()
    window.show_page(window.records)
    edit_activity(window.undo_stack, services, record_id, content="谈心，了解学习情况")
    window.undo_action.trigger()
    cli.activities.edit(record_id, place="图书室（命令行改的）")  # not yet on screen

    window.redo_action.trigger()

    assert [row.place for row in window.records.model.rows()] == ["图书室（命令行改的）"]
    assert services.activities.get(record_id).activity.content == "谈心"
    assert window.undo_failure_box is not None
    window.undo_failure_box.close()
