"""Quick entry, driven from the keyboard as a teacher does: saved records, messages beside fields, drafts kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.dialogs.activity_dialog import ActivityDialog
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.field_errors import ERROR_COLOR
from jilu_desktop.ui.undo import UndoStack
from tests.ui.keyboard import type_text

Open = Callable[..., ActivityDialog]


@pytest.fixture
def kids(services: AppServices) -> dict[str, int]:
    ids = {
        name: services.students.add(name=name, class_name="五(1)班") for name in ("李小明", "王芳", "张伟", "李小红")
    }
    services.pledges.set(2026, ids["张伟"], measures="每周两次午休辅导数学")
    return ids


@pytest.fixture
def stack(qapp: QApplication) -> UndoStack:
    return UndoStack()


@pytest.fixture
def open_dialog(qtbot: QtBot, services: AppServices, stack: UndoStack) -> Open:
    def make(**kwargs: Any) -> ActivityDialog:
        dialog = ActivityDialog(services, stack, None, **kwargs)
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.open()
            dialog.activateWindow()
        qtbot.waitUntil(lambda: dialog.picker.line_edit.hasFocus())  # straight into 帮扶对象
        return dialog

    return make


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _log(services: AppServices, student: int, **fields: Any) -> int:
    values: dict[str, Any] = {
        "date": "2026-12-01",
        "kind": "tutoring",
        "student_ids": [student],
        "place": "图书室",
        "content": "辅导阅读",
    }
    values.update(fields)
    return services.activities.add(**values)


def test_a_record_from_the_keyboard_alone(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    _log(services, kids["王芳"])  # the last record: tutoring in 图书室
    dialog = open_dialog()

    assert dialog.windowTitle() == "新增活动记录"
    assert dialog.date_edit.date() == QDate(2026, 12, 4)  # today
    assert dialog.kind_combo.currentText() == "补课辅导"  # as last time
    assert dialog.place_edit.text() == "图书室"  # where the last session was

    type_text(qtbot, focused(), "小明")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    type_text(qtbot, focused(), "王芳")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.picker.selected_ids() == [kids["李小明"], kids["王芳"]]
    for _ in range(8):  # Tab along the form to the content
        if dialog.content_edit.hasFocus():
            break
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert dialog.content_edit.hasFocus()
    type_text(qtbot, focused(), "午休辅导分数应用题")
    assert dialog.counter_label.text() == "9 / 2000 字"
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    record = services.activities.get(saved.args[0])
    assert record.activity.date == dt.date(2026, 12, 4)
    assert record.activity.kind is ActivityKind.TUTORING
    assert [s.name for s in record.students] == ["李小明", "王芳"]
    assert (record.activity.place, record.activity.content) == ("图书室", "午休辅导分数应用题")
    assert not dialog.isVisible()
    assert stack.count() == 1 and stack.undoText() == "新增记录"


def _set_date(dialog: ActivityDialog, day: str) -> None:
    dialog.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (lambda d: d.place_edit.clear(), "place", "地点不能为空"),
        (lambda d: d.place_edit.setText("地" * 51), "place", "地点最多 50 个字，现在有 51 个字"),
        (lambda d: d.place_edit.setText("教\t室"), "place", "地点含有无法保存的控制字符"),
        (lambda d: d.content_edit.clear(), "content", "帮扶内容或帮扶心得不能为空"),
        (
            lambda d: d.content_edit.setPlainText("谈" * 2001),
            "content",
            "帮扶内容或帮扶心得最多 2000 个字，现在有 2001 个字",
        ),
        (lambda d: d.content_edit.setPlainText("谈心\x07"), "content", "帮扶内容或帮扶心得含有无法保存的控制字符"),
        (lambda d: d.time_edit.setText("25:00"), "time", "时间“25:00”不是有效的时间（应为 时:分，00:00 至 23:59）"),
        (lambda d: d.picker.set_selected([]), "students", "请至少选择一名帮扶对象"),
        (lambda d: _set_date(d, "2026-12-05"), "date", "日期 2026-12-05 还没有到，不能记录未来的日期"),
        (lambda d: _set_date(d, "2008-08-31"), "date", "日期 2008-08-31 早于 2008-09-01，请检查"),
    ],
)
def test_every_rule_is_told_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    services: AppServices,
    kids: dict[str, int],
    stack: UndoStack,
    open_dialog: Open,
    change: Callable[[ActivityDialog], None],
    field: str,
    message: str,
) -> None:
    dialog = open_dialog()
    dialog.picker.add(kids["李小明"])
    dialog.place_edit.setText("教室")
    dialog.content_edit.setPlainText("谈心")
    change(dialog)

    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.errors.message(field) == message
    assert not dialog.errors.label(field).isHidden()
    assert [f for f in ("date", "time", "kind", "students", "place", "content") if dialog.errors.message(f)] == [field]
    assert services.activities.list() == []
    assert stack.count() == 0
    assert dialog.isVisible()  # the draft is still there to be put right


def test_the_message_is_in_the_teachers_language(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    services.settings.set_language("en")
    dialog = open_dialog()
    dialog.content_edit.setPlainText("谈心")

    dialog.save()

    assert dialog.errors.message("students") == "choose at least one student"


def test_after_a_mistake_the_draft_is_kept_and_can_be_saved(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    dialog = open_dialog()
    dialog.picker.add(kids["李小明"])
    dialog.content_edit.setPlainText("家访，与家长交流")
    dialog.save()  # no place yet
    assert dialog.errors.message("place") == "地点不能为空"
    assert dialog.place_edit.hasFocus()  # the cursor is where the fix goes

    type_text(qtbot, dialog.place_edit, "学生家中")
    assert dialog.errors.message("place") == ""  # typing there takes the message away
    dialog.save()

    (record,) = services.activities.list()
    assert (record.activity.place, record.activity.content) == ("学生家中", "家访，与家长交流")


def test_the_counter_turns_red_past_the_limit(open_dialog: Open, kids: dict[str, int]) -> None:
    dialog = open_dialog()
    dialog.content_edit.setPlainText("字" * 2001)

    assert dialog.counter_label.text() == "2001 / 2000 字"
    assert dialog.counter_label.palette().color(dialog.counter_label.foregroundRole()) == ERROR_COLOR


def test_closing_a_draft_asks_first(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    dialog = open_dialog()
    dialog.picker.add(kids["李小明"])
    type_text(qtbot, dialog.content_edit, "还没写完的记录")

    QTest.keyClick(dialog.content_edit, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert dialog.isVisible()
    assert box.defaultButton().text() == "继续填写(&K)"  # a stray Enter keeps the draft

    box.defaultButton().click()
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert dialog.isVisible()
    assert dialog.content_edit.toPlainText() == "还没写完的记录"

    dialog.close()  # the window's close button asks too
    box = dialog.discard_box
    assert box is not None
    discard = next(b for b in box.buttons() if b.text() == "放弃(&Q)")
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert services.activities.list() == []


def test_closing_an_untouched_dialog_does_not_ask(qtbot: QtBot, kids: dict[str, int], open_dialog: Open) -> None:
    dialog = open_dialog()

    QTest.keyClick(focused(), Qt.Key.Key_Escape)

    assert dialog.discard_box is None
    assert not dialog.isVisible()


def test_editing_a_record_and_undoing_the_edit(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    activity_id = _log(services, kids["王芳"], date="2026-11-20", time="16:30", content="辅导阅读")
    dialog = open_dialog(record=services.activities.get(activity_id))

    assert dialog.windowTitle() == "修改活动记录"
    assert dialog.date_edit.date() == QDate(2026, 11, 20)
    assert dialog.time_edit.text() == "16:30"
    assert dialog.picker.selected_ids() == [kids["王芳"]]
    dialog.content_edit.selectAll()
    type_text(qtbot, dialog.content_edit, "辅导阅读理解，讲解概括段意")
    dialog.save()

    assert services.activities.get(activity_id).activity.content == "辅导阅读理解，讲解概括段意"
    assert stack.undoText() == "修改记录"
    stack.undo()
    assert services.activities.get(activity_id).activity.content == "辅导阅读"
    stack.redo()
    assert services.activities.get(activity_id).activity.content == "辅导阅读理解，讲解概括段意"


def test_saving_an_unchanged_record_adds_no_undo_step(
    services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    activity_id = _log(services, kids["王芳"])
    dialog = open_dialog(record=services.activities.get(activity_id))

    dialog.save()

    assert not dialog.isVisible()
    assert stack.count() == 0


def test_duplicate_a_record_for_a_repeated_session(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    activity_id = _log(services, kids["王芳"], date="2026-11-20", content="每周一次的阅读辅导")
    dialog = open_dialog(record=services.activities.get(activity_id))

    QTest.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)

    assert dialog.windowTitle() == "新增活动记录"
    assert dialog.date_edit.date() == QDate(2026, 12, 4)
    assert not dialog.duplicate_button.isVisible()
    assert dialog.is_dirty()  # a copy not saved yet is a draft
    dialog.save()
    records = services.activities.list()
    assert [(r.activity.date, r.activity.content) for r in records] == [
        (dt.date(2026, 12, 4), "每周一次的阅读辅导"),
        (dt.date(2026, 11, 20), "每周一次的阅读辅导"),
    ]


def test_a_template_opens_as_a_new_record_dated_today(
    services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    activity_id = _log(services, kids["王芳"], date="2026-11-20")

    dialog = open_dialog(template=services.activities.get(activity_id))

    assert dialog.record is None
    assert dialog.date_edit.date() == QDate(2026, 12, 4)
    assert dialog.picker.selected_ids() == [kids["王芳"]]
    assert dialog.place_edit.text() == "图书室"


# A student not yet in the list, added from here


def _student_dialog(qtbot: QtBot, dialog: ActivityDialog) -> StudentDialog:
    qtbot.waitUntil(lambda: dialog.student_dialog is not None and dialog.student_dialog.isVisible())
    student_dialog = dialog.student_dialog
    assert student_dialog is not None
    qtbot.waitUntil(student_dialog.name_edit.hasFocus)
    return student_dialog


def _back_in_the_picker(qtbot: QtBot, dialog: ActivityDialog) -> None:
    """The student dialog closed, and the keyboard back in 帮扶对象."""
    qtbot.waitUntil(lambda: dialog.student_dialog is None)
    qtbot.waitUntil(dialog.picker.line_edit.hasFocus)


def _names(services: AppServices) -> list[str]:
    return sorted(r.student.name for r in services.students.list())


def test_a_new_student_from_the_keyboard_alone(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "赵磊")
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # matches no one: the student dialog, the name filled in

    student_dialog = _student_dialog(qtbot, dialog)
    assert student_dialog.windowTitle() == "添加学生"
    assert student_dialog.name_edit.text() == "赵磊"
    assert student_dialog.windowModality() == Qt.WindowModality.WindowModal  # over the record, not the window
    with qtbot.waitSignal(student_dialog.finished):
        QTest.keyClick(focused(), Qt.Key.Key_Return)  # 保存

    (new,) = [r for r in services.students.list() if r.student.name == "赵磊"]
    assert dialog.picker.selected_ids() == [new.id]
    chip = dialog.picker._chips[new.id]
    assert chip.text() == "赵磊 ✕" and chip.isVisible()
    assert dialog.picker.line_edit.text() == ""
    _back_in_the_picker(qtbot, dialog)  # on to the next name
    assert stack.count() == 1 and stack.undoText() == "添加学生“赵磊”"

    type_text(qtbot, focused(), "王芳")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.picker.selected_ids() == [new.id, kids["王芳"]]
    dialog.place_edit.setText("办公室")
    type_text(qtbot, dialog.content_edit, "初次谈心，了解学习情况")
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    record = services.activities.get(saved.args[0])
    assert record.activity.student_ids == (new.id, kids["王芳"])  # the new student's id, saved
    assert [s.name for s in record.students] == ["赵磊", "王芳"]
    assert [stack.text(i) for i in range(stack.count())] == ["添加学生“赵磊”", "新增记录"]

    stack.undo()  # the record
    stack.undo()  # then the student
    assert services.activities.list() == []
    assert "赵磊" not in _names(services)
    stack.redo()
    stack.redo()
    assert "赵磊" in _names(services)
    assert [s.name for s in services.activities.get(record.id).students] == ["赵磊", "王芳"]


def test_the_new_student_can_be_given_a_class_and_more(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "钱多多")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert student_dialog.class_edit.hasFocus()
    type_text(qtbot, focused(), "五(3)班")
    student_dialog.difficulty_boxes[next(iter(student_dialog.difficulty_boxes))].setChecked(True)
    QTest.keyClick(focused(), Qt.Key.Key_Return)

    _back_in_the_picker(qtbot, dialog)
    (new,) = [r for r in services.students.list() if r.student.name == "钱多多"]
    assert new.student.class_name == "五(3)班"
    assert len(new.student.difficulties) == 1
    assert dialog.picker.selected_ids() == [new.id]


def test_cancelling_the_new_student_leaves_everything_as_it_was(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    dialog.picker.add(kids["李小明"])
    type_text(qtbot, dialog.picker.line_edit, "赵磊")
    dirty_before = dialog.is_dirty()
    QTest.keyClick(dialog.picker.line_edit, Qt.Key.Key_Return)
    _student_dialog(qtbot, dialog)

    QTest.keyClick(focused(), Qt.Key.Key_Escape)

    _back_in_the_picker(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.picker.line_edit.text() == "赵磊"  # what was typed is still there
    assert dialog.picker.selected_ids() == [kids["李小明"]]
    qtbot.waitUntil(dialog.picker.line_edit.hasFocus)
    assert "赵磊" not in _names(services)
    assert stack.count() == 0
    assert dialog.is_dirty() == dirty_before


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "姓名不能为空"), ("赵" * 31, "姓名最多 30 个字，现在有 31 个字")],
)
def test_a_name_the_rules_refuse_is_told_in_the_student_dialog(
    qtbot: QtBot,
    services: AppServices,
    kids: dict[str, int],
    stack: UndoStack,
    open_dialog: Open,
    name: str,
    message: str,
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "赵磊")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)
    student_dialog.name_edit.setText(name)

    QTest.keyClick(focused(), Qt.Key.Key_Return)

    assert student_dialog.errors.message("name") == message
    assert student_dialog.isVisible()  # to be put right
    assert len(services.students.list()) == len(kids)
    assert stack.count() == 0
    assert dialog.picker.selected_ids() == []

    student_dialog.name_edit.setText("赵磊")  # put right: saved
    QTest.keyClick(student_dialog.name_edit, Qt.Key.Key_Return)
    _back_in_the_picker(qtbot, dialog)
    assert [dialog.picker._students[i].student.name for i in dialog.picker.selected_ids()] == ["赵磊"]


def test_a_rare_character_is_fine(qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "王𠮷")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    _student_dialog(qtbot, dialog)
    QTest.keyClick(focused(), Qt.Key.Key_Return)

    _back_in_the_picker(qtbot, dialog)
    (new,) = [r for r in services.students.list() if r.student.name == "王𠮷"]
    assert dialog.picker.selected_ids() == [new.id]
    assert dialog.picker._chips[new.id].text() == "王𠮷 ✕"


def test_a_name_already_in_the_list_is_chosen_not_added_twice(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "王方")  # a slip of the pen
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)
    student_dialog.name_edit.setText("王芳")  # put right in the student dialog: she is in the list already

    QTest.keyClick(focused(), Qt.Key.Key_Return)

    _back_in_the_picker(qtbot, dialog)
    assert _names(services) == sorted(kids)  # no second 王芳
    assert dialog.picker.selected_ids() == [kids["王芳"]]
    assert dialog.picker.line_edit.text() == ""
    assert stack.count() == 0
    # Told which student was chosen, and how to add another child of that name.
    assert dialog.notice_label.isVisible()
    assert dialog.notice_label.text() == (
        f"已选择名单中已有的学生王芳（五(1)班，编号 {kids['王芳']}）。如果是另一名同名的学生，请取下后到“学生”页添加。"
    )
    dialog.picker.remove(kids["王芳"])
    assert not dialog.notice_label.isVisible()  # the note goes with the choice it was about


def _fill_wang_fang_with_a_difficulty(qtbot: QtBot, dialog: ActivityDialog) -> StudentDialog:
    """QA finding: 王方 typed, put right to 王芳 in the student dialog, with a class, a difficulty and its text."""
    type_text(qtbot, focused(), "王方")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)
    student_dialog.name_edit.setText("王芳")
    student_dialog.class_edit.setText("五（1）班")  # full-width brackets, as the IME types them
    student_dialog.difficulty_boxes[Difficulty.ECONOMIC].setChecked(True)
    student_dialog.detail_edit.setPlainText("家里困难")
    return student_dialog


def test_details_typed_for_a_name_in_the_list_are_never_dropped(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    student_dialog = _fill_wang_fang_with_a_difficulty(qtbot, dialog)

    qtbot.mouseClick(student_dialog.save_button, Qt.MouseButton.LeftButton)

    # As on the students page: told beside the name, the button now 仍然添加, nothing saved or chosen.
    assert student_dialog.isVisible()
    assert student_dialog.errors.message("name") == (
        f"学生名单中已经有“王芳”（五(1)班，编号 {kids['王芳']}）。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“王芳（大）”"
    )
    assert student_dialog.save_button.text() == "仍然添加"
    assert student_dialog.detail_edit.toPlainText() == "家里困难"  # still there
    assert _names(services) == sorted(kids) and stack.count() == 0
    assert dialog.picker.selected_ids() == []
    assert services.students.get(kids["王芳"]).student.difficulties == frozenset()  # the other one untouched

    with qtbot.waitSignal(student_dialog.finished):
        qtbot.mouseClick(student_dialog.save_button, Qt.MouseButton.LeftButton)  # 仍然添加: another child

    _back_in_the_picker(qtbot, dialog)
    (new,) = [r for r in services.students.list() if r.student.name == "王芳" and r.id != kids["王芳"]]
    assert new.student.class_name == "五（1）班"
    assert new.student.difficulties == frozenset({Difficulty.ECONOMIC})
    assert new.student.difficulty_detail == "家里困难"
    assert dialog.picker.selected_ids() == [new.id]
    assert stack.count() == 1 and stack.undoText() == "添加学生“王芳”"
    assert not dialog.notice_label.isVisible()
    # Two 王芳 of one class now: the chip and the list tell them apart by id.
    assert dialog.picker._chips[new.id].text() == f"王芳（编号 {new.id}） ✕"
    assert services.students.get(kids["王芳"]).student.difficulty_detail == ""


def test_cancelling_after_the_same_name_notice_adds_and_chooses_nothing(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    student_dialog = _fill_wang_fang_with_a_difficulty(qtbot, dialog)
    qtbot.mouseClick(student_dialog.save_button, Qt.MouseButton.LeftButton)
    assert student_dialog.save_button.text() == "仍然添加"

    QTest.keyClick(focused(), Qt.Key.Key_Escape)

    _back_in_the_picker(qtbot, dialog)
    assert dialog.picker.selected_ids() == [] and dialog.picker.line_edit.text() == "王方"
    assert _names(services) == sorted(kids) and stack.count() == 0


def test_a_name_two_students_share_is_not_chosen_for_the_teacher(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    second = services.students.add(name="王芳", class_name="五(1)班", same_name_ok=True)
    dialog = open_dialog()
    type_text(qtbot, focused(), "王方")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)
    student_dialog.name_edit.setText("王芳")  # the name alone: but which 王芳?

    QTest.keyClick(focused(), Qt.Key.Key_Return)

    assert student_dialog.isVisible()
    assert student_dialog.errors.message("name").startswith(
        f"学生名单中已经有 2 名“王芳”：编号 {kids['王芳']}（五(1)班）、编号 {second}（五(1)班）。"
    )
    assert student_dialog.save_button.text() == "仍然添加"
    assert dialog.picker.selected_ids() == [] and stack.count() == 0
    assert len(services.students.list()) == len(kids) + 1


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_book_that_cannot_be_written_is_told_in_english(
    qtbot: QtBot,
    services: AppServices,
    kids: dict[str, int],
    open_dialog: Open,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.settings.set_language("en")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_message", lambda _parent, title, text, _icon=None: told.append((title, text)))

    def read_only(**_fields: Any) -> int:
        raise StorageEnvironmentError(Problem.READ_ONLY)

    monkeypatch.setattr(services.activities, "add", read_only)
    dialog = open_dialog()
    type_text(qtbot, focused(), "王芳")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    dialog.content_edit.setPlainText("谈心")

    dialog.save()

    text = StorageEnvironmentError(Problem.READ_ONLY).message("en")
    assert text.isascii() and told == [("Cannot save", text)]
    assert dialog.isVisible() and dialog.content_edit.toPlainText() == "谈心"  # the draft is kept
    assert services.activities.list() == []


def test_saving_with_an_unknown_name_offers_to_add_it(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "赵磊")
    dialog.place_edit.setText("教室")
    dialog.content_edit.setPlainText("辅导作文")

    QTest.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert services.activities.list() == []
    assert dialog.errors.message("students") == "没有找到学生“赵磊”。请检查姓名，或按回车添加为新学生"
    button = dialog.picker.new_button
    assert button.isVisible() and button.text() == "添加为新学生(&A)…"
    assert dialog.picker.line_edit.hasFocus()
    QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the button's key
    student_dialog = _student_dialog(qtbot, dialog)
    assert student_dialog.name_edit.text() == "赵磊"
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    _back_in_the_picker(qtbot, dialog)

    assert dialog.errors.message("students") == ""  # the message went with the name
    assert button.isHidden()
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [s.name for s in services.activities.get(saved.args[0]).students] == ["赵磊"]


def test_the_new_student_stays_when_the_record_is_dropped(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "赵磊")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    _student_dialog(qtbot, dialog)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    _back_in_the_picker(qtbot, dialog)
    assert dialog.is_dirty()  # the record now has a student: a draft

    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert box is not None  # the draft is not lost without asking
    next(b for b in box.buttons() if b.text() == "放弃(&Q)").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert services.activities.list() == []
    assert "赵磊" in _names(services)
    assert stack.count() == 1 and stack.undoText() == "添加学生“赵磊”"


def test_closing_the_record_while_adding_a_student_finishes_the_student_first(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], open_dialog: Open
) -> None:
    dialog = open_dialog()
    type_text(qtbot, focused(), "赵磊")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    student_dialog = _student_dialog(qtbot, dialog)

    dialog.reject()  # as the main window does when it is closed

    assert dialog.isVisible() and student_dialog.isVisible()
    assert dialog.discard_box is None  # no second question under the student dialog
    student_dialog.reject()
    _back_in_the_picker(qtbot, dialog)
    assert "赵磊" not in _names(services)
