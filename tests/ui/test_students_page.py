"""The students page, driven as a teacher does: typing, clicking, keys; checked against the database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.ui import messages
from jilu_desktop.ui.dialogs.student_dialog import StudentDialog
from jilu_desktop.ui.pages.students import StudentsPage
from tests.ui.keyboard import type_text


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_page(qtbot: QtBot, services: AppServices, stack: QUndoStack) -> Callable[[], StudentsPage]:
    def make() -> StudentsPage:
        page = StudentsPage(services, stack)
        qtbot.addWidget(page)
        page.resize(960, 600)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return make


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the page shows through ui.messages (non-blocking boxes), collected instead of shown."""
    texts: list[str] = []

    def show(parent: QWidget | None, title: str, text: str, icon: object = None) -> None:
        texts.append(text)

    monkeypatch.setattr(messages, "show_message", show)
    return texts


def _log(services: AppServices, day: str, kind: str, ids: list[int], place: str, content: str) -> int:
    return services.activities.add(date=day, kind=kind, student_ids=ids, place=place, content=content)


def _names(services: AppServices) -> list[str]:
    return sorted(r.student.name for r in services.students.list())


def _dialog(qtbot: QtBot, page: StudentsPage) -> StudentDialog:
    """The open dialog, once it has the keyboard (the platform activates it after it is shown)."""
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


# --- the list and the timeline ---------------------------------------------------------------------------


def test_the_mentee_is_first_and_marked_and_the_timeline_is_newest_first(
    services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    a = services.students.add(name="陈静", class_name="五(1)班")
    zhang = services.students.add(name="张伟", class_name="五(2)班", birth_year=2015, difficulties=["psychological"])
    services.pledges.set(2026, zhang, measures="每周谈心")
    _log(services, "2026-11-03", "talk", [zhang], "心理辅导室", "谈心，缓解考试焦虑。")
    _log(services, "2026-12-02", "tutoring", [zhang, a], "教室", "午休辅导分数应用题。")
    _log(services, "2026-10-15", "home-visit", [zhang], "学生家中", "家访，与家长交流。")
    _log(services, "2026-12-01", "talk", [a], "操场", "与陈静谈心。")  # not with 张伟

    page = make_page()

    assert page.student_names() == ["张伟（重点帮扶）", "陈静"]
    page.select_student(zhang)
    assert page.name_label.text() == "张伟"
    assert page.mentee_label.isVisible()
    assert page.class_label.text() == "五(2)班"
    assert page.birth_label.text() == "2015年（今年 11 岁）"
    assert page.difficulties_label.text() == "心理困难"
    assert page.timeline_rows() == [
        ["2026-12-02", "补课辅导", "教室", "陈静", "午休辅导分数应用题。"],
        ["2026-11-03", "谈心", "心理辅导室", "", "谈心，缓解考试焦虑。"],
        ["2026-10-15", "家访", "学生家中", "", "家访，与家长交流。"],
    ]
    assert page.timeline_title.text() == "与张伟的帮扶记录（共 3 条，新的在前）"
    assert page.timeline_summary.text() == "谈心 1 次、家访 1 次、补课辅导 1 次、生活帮扶 0 次"

    page.select_student(a)
    assert not page.mentee_label.isVisible()
    assert [row[0] for row in page.timeline_rows()] == ["2026-12-02", "2026-12-01"]


def test_an_empty_book_says_what_to_do(make_page: Callable[[], StudentsPage]) -> None:
    page = make_page()
    assert page.student_names() == []
    assert "还没有学生" in page.empty_label.text()
    assert not page.delete_button.isEnabled()
    assert page.timeline_view.isHidden()


def test_search_filters_the_list(qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]) -> None:
    for name, klass in (("李小明", "五(1)班"), ("王芳", "五(2)班"), ("李娜", "五(2)班")):
        services.students.add(name=name, class_name=klass)
    page = make_page()
    page.list_view.setFocus()

    QTest.keySequence(page, QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    type_text(qtbot, page.search_edit, "李")
    assert page.student_names() == ["李小明", "李娜"]
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "五(2)")
    assert page.student_names() == ["李娜", "王芳"]
    assert page.name_label.text() in ("李娜", "王芳")  # something found is shown at once
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "赵")
    assert page.student_names() == []
    assert page.empty_label.text() == "没有找到符合条件的学生。"


def test_double_clicking_a_record_asks_the_window_to_open_it(
    qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    li = services.students.add(name="李小明")
    activity = _log(services, "2026-12-02", "talk", [li], "办公室", "谈心")
    page = make_page()
    index = page.timeline_model.index(0, 4)
    rect = page.timeline_view.visualRect(index)
    with qtbot.waitSignal(page.open_activity_requested) as opened:
        # A double click is a click and then a double-click event, as the platform sends it.
        qtbot.mouseClick(page.timeline_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.timeline_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [activity]
    with qtbot.waitSignal(page.open_activity_requested) as opened:
        QTest.keyClick(page.timeline_view, Qt.Key.Key_Return)
    assert opened.args == [activity]


# --- adding ------------------------------------------------------------------------------------------------


def test_add_a_student_through_the_dialog(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    assert dialog.windowTitle() == "添加学生"
    assert dialog.name_edit.hasFocus()

    type_text(qtbot, dialog.name_edit, "李小明")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.class_edit.hasFocus()
    type_text(qtbot, dialog.class_edit, "五(1)班")
    QTest.keyClick(dialog.class_edit, Qt.Key.Key_Tab)
    QTest.keyClick(dialog.gender_combo, Qt.Key.Key_Down)  # （不填） -> 男
    type_text(qtbot, dialog.birth_edit, "2015")
    assert dialog.age_label.text() == "今年 11 岁"
    qtbot.mouseClick(dialog.difficulty_boxes[Difficulty.LEARNING], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.difficulty_boxes[Difficulty.ECONOMIC], Qt.MouseButton.LeftButton)
    dialog.detail_edit.setFocus()
    type_text(qtbot, dialog.detail_edit, "数学基础薄弱")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert page.dialog is None
    (record,) = services.students.list()
    s = record.student
    assert (s.name, s.class_name, s.gender, s.birth_year) == ("李小明", "五(1)班", "男", 2015)
    assert s.difficulties == {Difficulty.LEARNING, Difficulty.ECONOMIC}
    assert s.difficulty_detail == "数学基础薄弱"
    assert page.student_names() == ["李小明"]
    assert page.selected_id() == record.id
    assert page.difficulties_label.text() == "学习困难、家庭经济困难"
    assert page.notice_label.text() == "已添加学生“李小明”。"
    assert stack.undoText() == "添加学生“李小明”"

    qtbot.mouseClick(page.notice_undo, Qt.MouseButton.LeftButton)
    assert services.students.list() == []
    assert page.student_names() == []
    stack.redo()
    assert [r.id for r in services.students.list()] == [record.id]  # back under the same id
    assert page.student_names() == ["李小明"]


def test_alt_n_opens_the_dialog_and_ctrl_enter_saves(
    qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    page = make_page()
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None)  # a mnemonic presses the button visibly, then clicks
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.name_edit, "王芳")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _names(services) == ["王芳"]
    assert page.dialog is None


def test_cancel_saves_nothing(qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]) -> None:
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.name_edit, "王芳")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.dialog is None
    assert services.students.list() == []


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("name", "", "姓名不能为空"),
        ("name", "很" * 31, "姓名最多 30 个字，现在有 31 个字"),
        ("class_name", "班" * 31, "班级最多 30 个字，现在有 31 个字"),
        ("birth_year", "15", "出生年份“15”不是有效的年份（应为四位数字，如 2026）"),
        ("birth_year", "1970", "出生年份应在 1980 至 2024 之间，现在是 1970"),
        ("birth_year", "2030", "出生年份应在 1980 至 2024 之间，现在是 2030"),
        ("difficulty_detail", "难" * 501, "困难情况最多 500 个字，现在有 501 个字"),
    ],
)
def test_every_rule_is_told_beside_its_field_and_nothing_is_saved(
    qtbot: QtBot,
    services: AppServices,
    stack: QUndoStack,
    make_page: Callable[[], StudentsPage],
    field: str,
    typed: str,
    message: str,
) -> None:
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    edits = {"name": dialog.name_edit, "class_name": dialog.class_edit, "birth_year": dialog.birth_edit}
    if field != "name":
        type_text(qtbot, dialog.name_edit, "李小明")
    widget = edits.get(field, dialog.detail_edit)
    widget.setFocus()
    if typed:
        type_text(qtbot, widget, typed)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # still open, with what was typed
    assert dialog.errors.message(field) == message
    assert dialog.errors.label(field).isVisible()
    assert widget.hasFocus()  # the cursor is where the problem is
    assert services.students.list() == []
    assert stack.count() == 0
    # Typing in the field takes the message away.
    type_text(qtbot, widget, "x")
    assert dialog.errors.message(field) == ""


def test_the_message_follows_the_language_setting(
    qtbot: QtBot, services: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    services.settings.set_language("en")
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("name") == "name must not be empty"


# --- editing -----------------------------------------------------------------------------------------------


def test_edit_with_enter_and_undo(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    sid = services.students.add(name="王芳", class_name="五(2)班", gender="女", difficulties=["economic"])
    page = make_page()
    page.list_view.setFocus()
    QTest.keyClick(page.list_view, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page)
    assert dialog.windowTitle() == "修改学生信息"
    assert dialog.name_edit.text() == "王芳"
    assert dialog.gender_combo.currentText() == "女"
    assert dialog.difficulty_boxes[Difficulty.ECONOMIC].isChecked()

    dialog.class_edit.selectAll()
    type_text(qtbot, dialog.class_edit, "六(2)班")
    qtbot.mouseClick(dialog.difficulty_boxes[Difficulty.ECONOMIC], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    changed = services.students.get(sid).student
    assert (changed.class_name, changed.difficulties) == ("六(2)班", frozenset())
    assert page.class_label.text() == "六(2)班"
    assert page.notice_label.text() == "已保存对“王芳”的修改。"
    assert stack.undoText() == "修改学生“王芳”"

    stack.undo()
    back = services.students.get(sid).student
    assert (back.class_name, back.difficulties) == ("五(2)班", frozenset({Difficulty.ECONOMIC}))
    assert page.class_label.text() == "五(2)班"
    stack.redo()
    assert services.students.get(sid).student.class_name == "六(2)班"


def test_f2_edits_and_a_bad_edit_keeps_the_student_as_it_was(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    sid = services.students.add(name="王芳", birth_year=2015)
    page = make_page()
    page.list_view.setFocus()
    QTest.keyClick(page.list_view, Qt.Key.Key_F2)
    dialog = _dialog(qtbot, page)
    dialog.birth_edit.selectAll()
    type_text(qtbot, dialog.birth_edit, "201五")
    dialog.name_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.has_errors()
    assert services.students.get(sid).student.birth_year == 2015
    assert services.students.get(sid).student.name == "王芳"
    assert stack.count() == 0


def test_saving_without_changes_adds_no_undo_step(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    services.students.add(name="王芳")
    page = make_page()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_dialog(qtbot, page).save_button, Qt.MouseButton.LeftButton)
    assert page.dialog is None
    assert stack.count() == 0


# --- deleting ----------------------------------------------------------------------------------------------


def _click(qtbot: QtBot, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_delete_asks_first_and_can_be_undone_with_ctrl_z(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    sid = services.students.add(name="王芳", class_name="五(2)班", difficulties=["economic"])
    keep = services.students.add(name="李小明", class_name="五(1)班")
    page = make_page()
    # The window gives Ctrl+Z to the stack; here the page's own window does it the same way.
    undo_action = stack.createUndoAction(page)
    undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    page.addAction(undo_action)
    page.select_student(sid)
    page.list_view.setFocus()

    QTest.keyClick(page.list_view, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and "确定要删除学生“王芳”吗？" in box.text()
    assert _names(services) == ["李小明", "王芳"]  # nothing happens before the answer
    _click(qtbot, box, "删除")

    assert _names(services) == ["李小明"]
    assert page.student_names() == ["李小明"]
    assert page.notice_label.text() == "已删除学生“王芳”。"
    assert stack.undoText() == "删除学生“王芳”"

    QTest.keyClick(page.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = services.students.get(sid)  # the same id again
    assert restored.student.difficulties == {Difficulty.ECONOMIC}
    assert page.student_names() == ["李小明", "王芳"]
    assert page.notice.isHidden()
    assert services.students.get(keep).student.name == "李小明"


def test_declining_deletes_nothing(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    services.students.add(name="王芳")
    page = make_page()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    _click(qtbot, page.confirm_box, "取消")
    assert _names(services) == ["王芳"]
    assert stack.count() == 0
    assert page.confirm_box is None


def test_a_student_with_records_is_refused_plainly_and_their_records_offered(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    li = services.students.add(name="李小明")
    _log(services, "2026-12-02", "talk", [li], "办公室", "谈心")
    _log(services, "2026-12-03", "tutoring", [li], "教室", "辅导")
    page = make_page()
    page.list_view.setFocus()

    QTest.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert page.confirm_box is None  # nothing to ask: it cannot be done
    box = page.refusal_box
    assert box is not None and box.isVisible()
    assert box.text() == "学生“李小明”还有 2 条活动记录，不能删除；请先修改或删除这些记录"
    with qtbot.waitSignal(page.show_records_requested) as asked:
        _click(qtbot, box, "查看这些记录")
    assert asked.args == [li]
    assert page.timeline_view.hasFocus()
    assert page.timeline_view.selectionModel().isRowSelected(0, page.timeline_view.rootIndex())
    assert _names(services) == ["李小明"]
    assert stack.count() == 0


def test_the_mentee_of_a_pledge_is_refused_too(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage]
) -> None:
    li = services.students.add(name="李小明")
    services.pledges.set(2025, li)
    page = make_page()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.refusal_box
    assert box is not None
    assert box.text() == "学生“李小明”是2025学年志愿书中的重点帮扶学生，不能删除"
    assert [b.text() for b in box.buttons()] == ["关闭"]
    _click(qtbot, box, "关闭")
    assert _names(services) == ["李小明"]


def test_an_undo_the_book_no_longer_allows_is_told_and_dropped(
    qtbot: QtBot, services: AppServices, stack: QUndoStack, make_page: Callable[[], StudentsPage], told: list[str]
) -> None:
    page = make_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.name_edit, "李小明")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (record,) = services.students.list()
    # Meanwhile a record names the new student (as the `jilu` command could do).
    _log(services, "2026-12-03", "talk", [record.id], "教室", "谈心")

    stack.undo()

    assert told == ["学生“李小明”还有 1 条活动记录，不能删除；请先修改或删除这些记录"]
    assert _names(services) == ["李小明"]  # never orphaned
    assert stack.count() == 0  # the step that cannot be undone is gone from the stack
    assert page.student_names() == ["李小明"]


def test_the_students_records_count_is_shown(services: AppServices, make_page: Callable[[], StudentsPage]) -> None:
    li = services.students.add(name="李小明")
    wang = services.students.add(name="王芳")
    _log(services, "2026-12-02", "tutoring", [li, wang], "教室", "辅导")
    _log(services, "2026-12-03", "talk", [li], "教室", "谈心")
    page = make_page()
    counts = {page.proxy.index(r, 0).data(): page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())}
    assert counts == {"李小明": "2", "王芳": "1"}
