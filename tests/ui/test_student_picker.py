"""Choosing students by typing: completion, the mentee first, several at once, and taking one away again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.students import Student, StudentRecord
from jilu_desktop.ui.widgets.student_picker import ID_ROLE, NEW_NAME_ROLE, StudentPicker
from tests.ui.keyboard import type_text

STUDENTS = [
    StudentRecord(1, Student("李小明", "五(1)班")),
    StudentRecord(2, Student("王芳", "五(2)班")),
    StudentRecord(3, Student("张伟")),
    StudentRecord(4, Student("李小红", "五(1)班")),
]


@pytest.fixture
def picker(qtbot: QtBot) -> StudentPicker:
    picker = StudentPicker()
    qtbot.addWidget(picker)
    picker.set_students(STUDENTS, mentee_id=3)
    with qtbot.waitActive(picker):
        picker.show()
        picker.activateWindow()
    picker.setFocus()
    qtbot.waitUntil(picker.line_edit.hasFocus)
    return picker


def _offered(picker: StudentPicker) -> list[str]:
    model = picker.completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_part_of_a_name_and_enter_chooses_the_student(qtbot: QtBot, picker: StudentPicker) -> None:
    edited: list[bool] = []
    picker.edited.connect(lambda: edited.append(True))
    type_text(qtbot, picker.line_edit, "王")
    QTest.keyClick(picker.line_edit, Qt.Key.Key_Return)

    assert picker.selected_ids() == [2]
    assert picker.line_edit.text() == ""
    assert edited == [True]


def test_the_completion_list_can_be_used_from_the_keyboard(qtbot: QtBot, picker: StudentPicker) -> None:
    type_text(qtbot, picker.line_edit, "小")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # Last, the name as typed, as a new student: no one is called just “小”.
    assert _offered(picker) == ["李小明（五(1)班）", "李小红（五(1)班）", "添加新学生“小”…"]

    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)

    assert picker.selected_ids() == [4]
    qtbot.waitUntil(lambda: picker.line_edit.text() == "")


def test_the_mentee_is_offered_first(qtbot: QtBot, picker: StudentPicker) -> None:
    QTest.keyClick(picker.line_edit, Qt.Key.Key_Down)  # with nothing typed: the whole list

    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    offered = _offered(picker)
    assert offered[0] == "张伟 · 重点帮扶"
    assert len(offered) == 4
    assert picker.completer.completionModel().index(0, 0).data(ID_ROLE) == 3
    QTest.keyClick(popup, Qt.Key.Key_Escape)


def test_the_mentee_has_a_button_of_their_own(qtbot: QtBot, picker: StudentPicker) -> None:
    assert picker.mentee_button.text() == "+ 张伟（重点帮扶，&M）"

    QTest.mouseClick(picker.mentee_button, Qt.MouseButton.LeftButton)

    assert picker.selected_ids() == [3]
    assert picker.mentee_button.isHidden()  # chosen already
    assert picker.line_edit.hasFocus()


def test_several_students_and_separators(qtbot: QtBot, picker: StudentPicker) -> None:
    type_text(qtbot, picker.line_edit, "王芳，")  # a comma, as typed between names, chooses too
    type_text(qtbot, picker.line_edit, "小明")
    QTest.keyClick(picker.line_edit, Qt.Key.Key_Return)

    assert picker.selected_ids() == [2, 1]
    assert "王芳" not in " ".join(_offered_all(picker))  # a chosen student is not offered again


def _offered_all(picker: StudentPicker) -> list[str]:
    picker.completer.setCompletionPrefix("")
    return _offered(picker)


def test_names_that_match_no_one_or_several_are_told(qtbot: QtBot, picker: StudentPicker) -> None:
    problems: list[str] = []
    picker.problem.connect(problems.append)

    type_text(qtbot, picker.line_edit, "赵")
    assert picker.commit_pending() is False
    picker.line_edit.clear()
    type_text(qtbot, picker.line_edit, "李")
    assert picker.commit_pending() is False

    assert problems == [
        "没有找到学生“赵”。请检查姓名，或按回车添加为新学生",
        "有 2 名学生与“李”相符，请从列表中选择",
    ]
    assert picker.selected_ids() == []
    assert picker.line_edit.text() == "李"  # what was typed stays, to be put right


def test_an_exact_name_wins_over_longer_ones(picker: StudentPicker) -> None:
    picker.set_students([*STUDENTS, StudentRecord(5, Student("李小"))], mentee_id=None)
    picker.line_edit.setText("李小")

    assert picker.commit_pending()
    assert picker.selected_ids() == [5]


def test_taking_students_away_from_the_keyboard(qtbot: QtBot, picker: StudentPicker) -> None:
    picker.set_selected([1, 2, 4])

    QTest.keyClick(picker.line_edit, Qt.Key.Key_Backspace)  # in the empty box: the last one goes
    assert picker.selected_ids() == [1, 2]

    chip = picker._chips[1]
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    QTest.keyClick(chip, Qt.Key.Key_Delete)
    assert picker.selected_ids() == [2]
    assert QApplication.focusWidget() is picker._chips[2]  # the keyboard stays on the next one
    assert picker._chips[2].accessibleName() == "已选：王芳，按空格键取下"

    QTest.keyClick(picker._chips[2], Qt.Key.Key_Space)  # a button: Space presses it
    assert picker.selected_ids() == []
    assert picker.line_edit.hasFocus()


def test_students_no_longer_known_are_dropped(picker: StudentPicker) -> None:
    picker.set_selected([1, 2])

    picker.set_students(STUDENTS[1:], mentee_id=99)

    assert picker.selected_ids() == [2]
    assert picker.mentee_id() is None
    assert picker.mentee_button.isHidden()


# A name no student has: offered as a new student


def _requests(picker: StudentPicker) -> list[str]:
    asked: list[str] = []
    picker.add_requested.connect(asked.append)
    return asked


def test_enter_on_a_name_that_matches_no_one_asks_to_add_it(qtbot: QtBot, picker: StudentPicker) -> None:
    asked = _requests(picker)
    problems: list[str] = []
    picker.problem.connect(problems.append)
    type_text(qtbot, picker.line_edit, "赵磊")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert _offered(picker) == ["添加新学生“赵磊”…"]  # the only entry, the new student
    assert picker.completer.completionModel().index(0, 0).data(NEW_NAME_ROLE) == "赵磊"

    QTest.keyClick(popup, Qt.Key.Key_Return)  # the list is open, nothing highlighted: the box's Enter

    assert asked == ["赵磊"]  # once
    assert problems == []
    assert not popup.isVisible()
    assert picker.line_edit.text() == "赵磊"  # kept until the student is really added
    assert picker.selected_ids() == []

    QTest.keyClick(picker.line_edit, Qt.Key.Key_Return)  # with the list closed, the same
    assert asked == ["赵磊", "赵磊"]


def test_the_new_student_entry_is_chosen_from_the_list(qtbot: QtBot, picker: StudentPicker) -> None:
    asked = _requests(picker)
    type_text(qtbot, picker.line_edit, "李小")  # two students' names hold it, no one is called just that
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert _offered(picker)[-1] == "添加新学生“李小”…"

    for _ in range(3):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)

    assert asked == ["李小"]  # once: the box's own Enter leaves a highlighted entry to the list
    assert picker.selected_ids() == []
    assert picker.line_edit.text() == "李小"


def test_an_existing_name_is_never_offered_as_new(qtbot: QtBot, picker: StudentPicker) -> None:
    asked = _requests(picker)
    type_text(qtbot, picker.line_edit, "王芳")
    assert "添加新学生“王芳”…" not in _offered(picker)
    QTest.keyClick(picker.line_edit, Qt.Key.Key_Return)
    assert picker.selected_ids() == [2]

    type_text(qtbot, picker.line_edit, "王芳")  # chosen already: Enter just empties the box
    assert "添加新学生“王芳”…" not in _offered(picker)
    QTest.keyClick(picker.line_edit, Qt.Key.Key_Return)

    assert asked == []
    assert picker.selected_ids() == [2]
    assert picker.line_edit.text() == ""


def test_an_unmatched_name_left_in_the_box_offers_a_button(qtbot: QtBot, picker: StudentPicker) -> None:
    asked = _requests(picker)
    type_text(qtbot, picker.line_edit, "赵")

    assert picker.commit_pending() is False  # as when the record is saved with the name still there

    assert not picker.new_button.isHidden()
    assert picker.new_button.text() == "添加为新学生(&A)…"
    assert picker.new_button.accessibleName() == "添加新学生“赵”…"
    assert "“赵”" in picker.new_button.toolTip()
    QTest.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert asked == ["赵"]

    type_text(qtbot, picker.line_edit, "六")  # what the button offered is no longer what is typed
    assert picker.new_button.isHidden()


def test_a_student_added_for_the_name_is_chosen_and_the_box_emptied(qtbot: QtBot, picker: StudentPicker) -> None:
    type_text(qtbot, picker.line_edit, "赵磊")
    picker.set_students([*STUDENTS, StudentRecord(5, Student("赵磊", "五(3)班"))], mentee_id=3)

    picker.choose_new(5)

    assert picker.selected_ids() == [5]
    assert picker._chips[5].text() == "赵磊 ✕"
    assert picker.line_edit.text() == ""
    assert picker.line_edit.hasFocus()
    assert not any("添加新学生" in text for text in _offered_all(picker))


def test_students_of_one_name_and_class_show_their_ids(qtbot: QtBot, picker: StudentPicker) -> None:
    twins = [
        *STUDENTS,
        StudentRecord(5, Student("李小明", "五（1）班")),
        StudentRecord(6, Student("李小明", "五(3)班")),
    ]
    picker.set_students(twins, mentee_id=3)
    type_text(qtbot, picker.line_edit, "李小明")
    popup = picker.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # The same name and class (full-width brackets or not): only the id tells them apart.
    assert _offered(picker) == ["李小明（五(1)班，编号 1）", "李小明（五（1）班，编号 5）", "李小明（五(3)班）"]

    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.selected_ids() == [5]
    chip = picker._chips[5]
    assert chip.text() == "李小明（编号 5） ✕"
    assert chip.toolTip() == "取下李小明（五（1）班，编号 5）（Delete）"
    assert chip.accessibleName() == "已选：李小明（编号 5），按空格键取下"

    picker.add(6)
    assert picker._chips[6].text() == "李小明 ✕"  # no one else of that class: the name is enough
    assert picker.full_label(6) == "李小明（五(3)班，编号 6）"


def test_the_mentee_button_shows_the_id_when_another_student_has_the_mentees_name_and_class(
    picker: StudentPicker,
) -> None:
    picker.set_students([*STUDENTS, StudentRecord(7, Student("张伟", ""))], mentee_id=3)
    # Two 张伟 without a class: the button says which one is the mentee, as the chips and the list do.
    assert picker.mentee_button.text() == "+ 张伟（编号 3）（重点帮扶，&M）"
    assert picker.mentee_button.accessibleName() == "添加重点帮扶学生张伟（编号 3）"

    picker.set_students([*STUDENTS, StudentRecord(7, Student("张伟", "五(2)班"))], mentee_id=3)
    assert picker.mentee_button.text() == "+ 张伟（重点帮扶，&M）"  # another class: the name is enough
