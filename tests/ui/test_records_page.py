"""活动记录: finding records by month, kind, student and text; opening, copying, deleting and undoing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.models.records_model import CHUNK, Column
from jilu_desktop.ui.pages.records import RecordsPage
from jilu_desktop.ui.undo import UndoStack
from tests.ui.keyboard import type_text


@pytest.fixture
def kids(services: AppServices) -> dict[str, int]:
    return {name: services.students.add(name=name, class_name="五(1)班") for name in ("李小明", "王芳", "张伟")}


@pytest.fixture
def book(services: AppServices, kids: dict[str, int]) -> dict[str, int]:
    """Five records: four this month (December 2026), one in November."""
    li, wang, zhang = kids["李小明"], kids["王芳"], kids["张伟"]

    def log(date: str, kind: str, students: list[int], place: str, content: str) -> int:
        return services.activities.add(date=date, kind=kind, student_ids=students, place=place, content=content)

    return {
        "nov": log("2026-11-20", "talk", [wang], "操场", "谈心，了解王芳的家庭情况"),
        "talk": log("2026-12-01", "talk", [li], "办公室", "谈心，鼓励上课发言"),
        "tutoring": log("2026-12-02", "tutoring", [li, wang], "教室", "辅导分数应用题"),
        "visit": log("2026-12-03", "home-visit", [zhang], "学生家中", "家访，与家长交流"),
        "help": log("2026-12-04", "assistance", [wang], "食堂", "帮助申请餐费补助"),
    }


@pytest.fixture
def stack(qapp: QApplication) -> UndoStack:
    return UndoStack()


@pytest.fixture
def page(qtbot: QtBot, services: AppServices, stack: UndoStack, book: dict[str, int]) -> Iterator[RecordsPage]:
    page = RecordsPage(services, stack, None)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.refresh()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    yield page
    for box in (page.delete_box, page.dialog):
        if box is not None:
            box.hide()


def ids(page: RecordsPage) -> list[int]:
    return [row.id for row in page.model.rows()]


def texts(page: RecordsPage, column: Column) -> list[str]:
    return [page.model.data(page.model.index(r, column)) for r in range(page.model.rowCount())]


def test_this_month_newest_first(page: RecordsPage, book: dict[str, int]) -> None:
    assert page.month_combo.currentText() == "2026年12月（4 条）"
    assert [page.month_combo.itemText(i) for i in range(page.month_combo.count())] == [
        "全部月份（5 条）",
        "2026年12月（4 条）",
        "2026年11月（1 条）",
    ]
    assert ids(page) == [book["help"], book["visit"], book["tutoring"], book["talk"]]
    assert texts(page, Column.STUDENTS) == ["王芳", "张伟", "李小明、王芳", "李小明"]
    assert page.count_label.text() == "共 4 条记录，5 人次"
    assert page.view_stack.currentWidget() is page.table


def test_filters_combine(qtbot: QtBot, page: RecordsPage, book: dict[str, int], kids: dict[str, int]) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findText("谈心"))
    assert ids(page) == [book["talk"]]

    page.month_combo.setCurrentIndex(0)  # 全部月份
    assert ids(page) == [book["talk"], book["nov"]]

    page.student_combo.setCurrentIndex(page.student_combo.findData(kids["王芳"]))
    assert ids(page) == [book["nov"]]

    page.kind_combo.setCurrentIndex(0)
    assert ids(page) == [book["help"], book["tutoring"], book["nov"]]


def test_search_as_the_teacher_types(qtbot: QtBot, page: RecordsPage, book: dict[str, int]) -> None:
    page.focus_search()  # what Ctrl+F does (the window's shortcut)
    assert page.search_edit.hasFocus()

    type_text(qtbot, page.search_edit, "家")
    assert ids(page) == [book["visit"]]  # 学生家中, 家访, 与家长: content or place

    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "王芳")  # a student's name finds their records too
    assert ids(page) == [book["help"], book["tutoring"]]


def test_nothing_found_this_month_offers_every_month(qtbot: QtBot, page: RecordsPage, book: dict[str, int]) -> None:
    type_text(qtbot, page.search_edit, "家庭情况")

    assert page.view_stack.currentWidget() is page.empty_box
    assert page.empty_label.text() == "没有符合条件的记录。"
    assert not page.all_months_button.isHidden()

    QTest.mouseClick(page.all_months_button, Qt.MouseButton.LeftButton)

    assert ids(page) == [book["nov"]]
    assert page.view_stack.currentWidget() is page.table


def test_an_empty_month_says_how_to_begin(page: RecordsPage, services: AppServices, book: dict[str, int]) -> None:
    for activity_id in book.values():
        services.activities.delete(activity_id)
    page.refresh()

    assert page.empty_label.text() == "这个月还没有记录。按 Ctrl+N 新增一条。"
    assert page.all_months_button.isHidden()
    assert page.count_label.text() == "共 0 条记录，0 人次"


def test_clicking_a_header_sorts(qtbot: QtBot, page: RecordsPage, book: dict[str, int]) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.PLACE) + header.sectionSize(Column.PLACE) // 2

    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    # By pinyin: 办公室 (ban), 教室 (jiao), 食堂 (shi), 学生家中 (xue).
    assert texts(page, Column.PLACE) == ["办公室", "教室", "食堂", "学生家中"]


def _select(qtbot: QtBot, page: RecordsPage, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    rect = page.table.visualRect(page.model.index(row, Column.CONTENT))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_double_click_or_enter_opens_the_record(qtbot: QtBot, page: RecordsPage, book: dict[str, int]) -> None:
    rect = page.table.visualRect(page.model.index(1, Column.CONTENT))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.record is not None and dialog.record.id == book["visit"]
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Down)  # to the next record, then Enter
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.record is not None and dialog.record.id == book["tutoring"]


def test_ctrl_d_copies_the_record_as_a_new_one(qtbot: QtBot, page: RecordsPage, book: dict[str, int]) -> None:
    _select(qtbot, page, 2)  # 辅导分数应用题

    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    dialog = page.dialog
    assert dialog is not None and dialog.record is None
    assert dialog.content_edit.toPlainText() == "辅导分数应用题"


def _answer(qtbot: QtBot, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    next(b for b in box.buttons() if b.text() == text).click()


def test_delete_asks_first_and_can_be_undone(
    qtbot: QtBot, page: RecordsPage, services: AppServices, stack: UndoStack, book: dict[str, int]
) -> None:
    _select(qtbot, page, 1)  # 家访
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.delete_box
    assert box is not None
    assert "12月3日 周四 家访（张伟）" in box.text()
    assert "Ctrl+Z" in box.text()

    _answer(qtbot, box, "取消")  # the default: a stray Enter keeps the record
    qtbot.waitUntil(lambda: page.delete_box is None)
    assert len(services.activities.list()) == 5

    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    _answer(qtbot, page.delete_box, "删除(&D)")
    qtbot.waitUntil(lambda: page.delete_box is None)

    assert book["visit"] not in [r.id for r in services.activities.list()]
    assert ids(page) == [book["help"], book["tutoring"], book["talk"]]
    assert page.selected_ids() == [book["tutoring"]]  # the cursor moves on to the next record
    assert stack.undoText() == "删除记录"

    stack.undo()
    page.refresh()
    assert services.activities.get(book["visit"]).activity.content == "家访，与家长交流"
    assert book["visit"] in ids(page)
    stack.redo()
    assert book["visit"] not in [r.id for r in services.activities.list()]


def test_several_records_are_deleted_and_restored_together(
    qtbot: QtBot, page: RecordsPage, services: AppServices, stack: UndoStack, book: dict[str, int]
) -> None:
    _select(qtbot, page, 0)
    _select(qtbot, page, 2, Qt.KeyboardModifier.ControlModifier)
    assert sorted(page.selected_ids()) == sorted([book["help"], book["tutoring"]])

    page.delete_selected()
    assert page.delete_box is not None and "删除选中的 2 条记录？" in page.delete_box.text()
    _answer(qtbot, page.delete_box, "删除(&D)")
    qtbot.waitUntil(lambda: page.delete_box is None)

    assert len(services.activities.list()) == 3
    assert stack.count() == 1 and stack.undoText() == "删除 2 条记录"
    stack.undo()
    assert len(services.activities.list()) == 5


def test_buttons_follow_the_selection(qtbot: QtBot, page: RecordsPage) -> None:
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()

    _select(qtbot, page, 0)
    assert page.edit_button.isEnabled() and page.duplicate_button.isEnabled() and page.delete_button.isEnabled()

    _select(qtbot, page, 1, Qt.KeyboardModifier.ControlModifier)
    assert not page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_a_saved_record_is_shown_and_selected_even_in_another_month(
    qtbot: QtBot, page: RecordsPage, services: AppServices, kids: dict[str, int]
) -> None:
    dialog = page.new_record()
    dialog.picker.add(kids["张伟"])
    dialog.date_edit.setDate(dialog.date_edit.date().addMonths(-2))  # 2026-10-04
    dialog.place_edit.setText("心理辅导室")
    dialog.content_edit.setPlainText("补记：十月的一次谈心")
    dialog.save()

    assert page.month_combo.currentText() == "2026年10月（1 条）"
    (new,) = page.model.rows()
    assert page.selected_ids() == [new.id]


def test_a_storage_problem_is_told_and_the_page_stays(
    page: RecordsPage, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon: told.append(text))

    def locked(*args: object, **kwargs: object) -> None:
        raise StorageEnvironmentError(Problem.LOCKED)

    monkeypatch.setattr(services.activities, "summaries", locked)
    page.kind_combo.setCurrentIndex(1)

    assert told == [StorageEnvironmentError(Problem.LOCKED).message("zh")]
    assert page.isVisible()


def test_a_long_list_is_shown_a_screenful_at_a_time(
    qtbot: QtBot, services: AppServices, stack: UndoStack, kids: dict[str, int]
) -> None:
    services.demo.fill([2025, 2026], per_month=30)
    total, person_times = services.activities.count()
    page = RecordsPage(services, stack, None)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.refresh()
    page.show()
    qtbot.waitExposed(page)

    page.month_combo.setCurrentIndex(0)  # 全部月份

    assert total > CHUNK
    assert page.model.rowCount() == CHUNK  # the rest when the teacher scrolls to it
    assert page.count_label.text() == f"共 {total} 条记录，{person_times} 人次"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > CHUNK)
    page.table.setFocus()
    for _ in range(total // CHUNK + 1):  # Ctrl+End again and again: each time the next rows come
        QTest.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    assert page.model.rowCount() == total
    assert page.model.row(page.table.currentIndex().row()).id == page.model.rows()[-1].id
