"""A student of a name already in the list: told beside the name, then added only when the teacher confirms."""
# ruff: noqa: F811 - the fixtures imported from the students page tests are used as parameters

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.students import Student
from jilu_desktop.services import AppServices
from jilu_desktop.ui.pages.records import RecordsPage
from jilu_desktop.ui.pages.students import StudentsPage
from jilu_desktop.ui.undo import UndoStack
from tests.ui.keyboard import type_text
from tests.ui.test_students_page import _dialog, make_page, stack  # noqa: F401 - fixtures


def _pairs(services: AppServices) -> list[tuple[str, str]]:
    return sorted((r.student.name, r.student.class_name) for r in services.students.list())


def test_the_same_name_is_told_then_confirmed_with_the_button(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.name_edit, "李小明")
    dialog.class_edit.setFocus()
    type_text(qtbot, dialog.class_edit, "五(1)班")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.message("name") == (
        f"学生名单中已经有“李小明”（五(1)班，编号 {first}）。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“李小明（大）”"
    )
    assert dialog.save_button.text() == "仍然添加"
    assert _pairs(services) == [("李小明", "五(1)班")] and stack.count() == 0

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _pairs(services) == [("李小明", "五(1)班"), ("李小明", "五(1)班")]
    assert stack.count() == 1  # one undoable step, as any added student


def test_a_changed_name_is_checked_again(
    qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    services.students.add(name="李小明", class_name="五(1)班")
    services.students.add(name="李小明大", class_name="五(1)班")
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.name_edit, "李小明")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.text() == "仍然添加"

    # Telling them apart in the name: the button is “保存” again and the new name is checked afresh.
    dialog.name_edit.setFocus()
    type_text(qtbot, dialog.name_edit, "大")
    assert dialog.save_button.text() == "保存"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "李小明大" in dialog.errors.message("name")
    assert _pairs(services) == [("李小明", "五(1)班"), ("李小明大", "五(1)班")]


def test_editing_into_another_students_name_and_class_is_told_then_confirmed(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    first = services.students.add(name="王芳", class_name="三(10)班")
    other = services.students.add(name="王方", class_name="三(10)班", difficulty_detail="家里困难")
    page = make_page()
    page.select_student(other)
    dialog = page.edit_selected()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name_edit.selectAll()
    type_text(qtbot, dialog.name_edit, "王芳")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.message("name").startswith(f"学生名单中已经有“王芳”（三(10)班，编号 {first}）。")
    assert dialog.save_button.text() == "仍然保存"  # editing: the student is saved, not added
    assert services.students.get(other).student.name == "王方" and stack.count() == 0

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert services.students.get(other).student == Student("王芳", "三(10)班", difficulty_detail="家里困难")
    assert stack.count() == 1
    stack.undo()  # undo and redo put back what the teacher had: no second question
    assert services.students.get(other).student.name == "王方"
    stack.redo()
    assert services.students.get(other).student.name == "王芳"


def test_students_of_one_name_and_class_are_told_apart_in_the_records_filter(
    qtbot: QtBot, services: AppServices, stack: QUndoStack
) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    second = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    other = services.students.add(name="李小明", class_name="五(2)班")
    no_class = [services.students.add(name="王芳"), services.students.add(name="王芳", same_name_ok=True)]
    page = RecordsPage(services, UndoStack(), None)
    qtbot.addWidget(page)
    page.refresh()
    combo = page.student_combo
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts[first] == f"李小明（五(1)班，编号 {first}）"
    assert texts[second] == f"李小明（五(1)班，编号 {second}）"
    assert texts[other] == "李小明（五(2)班）"  # the class tells this one apart
    assert [texts[i] for i in no_class] == [f"王芳（编号 {i}）" for i in no_class]

    combo.setCurrentIndex(combo.findData(second))
    assert combo.currentData() == second


def test_students_of_one_name_and_class_are_told_apart_on_the_students_page(
    services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    first = services.students.add(name="李小明", class_name="五(1)班")
    second = services.students.add(name="李小明", class_name="五(1)班", same_name_ok=True)
    other_class = services.students.add(name="李小明", class_name="三(2)班")
    services.pledges.set(2026, second)
    page = make_page()
    names = page.student_names()
    assert names[0] == f"李小明（编号 {second}，重点帮扶）"  # the mentee first, with its id and mark
    assert f"李小明（编号 {first}）" in names
    assert "李小明" in names  # the one in another class needs no id
    assert len(names) == 3 and other_class not in (first, second)
