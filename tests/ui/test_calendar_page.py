"""The calendar page over real services: marks by kind, clicking a day lists its records, adding on a day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView, QToolButton
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.pages.calendar import CalendarPage, to_qdate
from tests.ui.keyboard import type_text

# The services fixture's clock says Friday 2026-12-04.


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def students(services: AppServices) -> dict[str, int]:
    return {name: services.students.add(name=name) for name in ("李小明", "王芳", "张伟")}


def _log(services: AppServices, date: str, kind: str, ids: list[int], place: str = "教室", **extra: str) -> int:
    return services.activities.add(date=date, kind=kind, student_ids=ids, place=place, content="记录内容", **extra)


def _page(qtbot: QtBot, services: AppServices, undo_stack: QUndoStack) -> CalendarPage:
    page = CalendarPage(services, undo_stack)
    qtbot.addWidget(page)
    page.resize(960, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _click_day(qtbot: QtBot, page: CalendarPage, day: int) -> None:
    """Click the cell of `day` of the shown month, as the teacher would (days 8 to 21 appear once in a grid)."""
    assert 8 <= day <= 21
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    cells = [
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
        if model.data(model.index(row, column)) == day
    ]
    assert len(cells) == 1
    index: QModelIndex = cells[0]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def test_days_are_marked_by_kind(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    li, wang = students["李小明"], students["王芳"]
    _log(services, "2026-11-10", "tutoring", [li, wang])
    _log(services, "2026-11-10", "talk", [li])
    _log(services, "2026-11-10", "tutoring", [wang])
    _log(services, "2026-11-12", "home-visit", [wang])
    _log(services, "2026-12-02", "assistance", [li])

    page = _page(qtbot, services, undo_stack)
    page.calendar.setCurrentPage(2026, 11)

    calendar = page.calendar
    assert calendar.marks(dt.date(2026, 11, 10)) == (ActivityKind.TALK, ActivityKind.TUTORING)
    assert calendar.marks(dt.date(2026, 11, 12)) == (ActivityKind.HOME_VISIT,)
    assert calendar.marks(dt.date(2026, 11, 11)) == ()
    # The grid shows the start of December too, and marks it.
    assert calendar.marks(dt.date(2026, 12, 2)) == (ActivityKind.ASSISTANCE,)
    fmt = calendar.dateTextFormat(to_qdate(dt.date(2026, 11, 10)))
    assert fmt.toolTip() == "谈心 1 条、补课辅导 2 条"
    assert fmt.fontWeight() == 700
    assert calendar.dateTextFormat(to_qdate(dt.date(2026, 11, 11))).toolTip() == ""
    assert page.month_label.text() == "2026年11月：谈心/家访 2 人次，补课辅导 3 人次，生活帮扶等 0 人次"


def test_clicking_a_day_lists_its_records(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    li, wang, zhang = students.values()
    _log(services, "2026-11-18", "tutoring", [li, wang, zhang], place="图书室", time="16:30")
    talk = _log(services, "2026-11-18", "talk", [wang], place="办公室", time="07:45")
    _log(services, "2026-11-19", "talk", [li])

    page = _page(qtbot, services, undo_stack)
    qtbot.mouseClick(page.calendar.findChild(QToolButton, "qt_calendar_prevmonth"), Qt.MouseButton.LeftButton)
    assert (page.shown_month().year, page.shown_month().month) == (2026, 11)
    _click_day(qtbot, page, 18)

    assert page.selected_date() == dt.date(2026, 11, 18)
    assert page.day_label.text() == "2026年11月18日 星期三"
    assert page.day_summary.text() == "共 2 条记录，4 人次"
    texts = [page.records.item(i).text() for i in range(page.records.count())]
    assert texts == [
        "07:45  谈心 · 王芳 · 办公室\n记录内容",
        "16:30  补课辅导 · 李小明、王芳、张伟 · 图书室\n记录内容",
    ]
    assert page.record_ids()[0] == talk
    assert page.records.isVisibleTo(page) and page.empty_label.isHidden()

    _click_day(qtbot, page, 20)
    assert page.records.count() == 0
    assert not page.records.isVisibleTo(page)
    assert page.empty_label.isVisibleTo(page)
    assert page.empty_label.text() == "这一天没有记录。"


def test_add_a_record_on_the_chosen_day(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    page = _page(qtbot, services, undo_stack)
    qtbot.mouseClick(page.calendar.findChild(QToolButton, "qt_calendar_prevmonth"), Qt.MouseButton.LeftButton)
    _click_day(qtbot, page, 9)

    assert page.add_button.isEnabled()
    with qtbot.waitSignal(page.add_requested) as signal:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == [dt.date(2026, 11, 9)]
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "新增活动记录"
    assert dialog.date_edit.date() == QDate(2026, 11, 9)  # the chosen day, not today

    dialog.picker.line_edit.setFocus()
    type_text(qtbot, dialog.picker.line_edit, "王芳")
    QTest.keyClick(dialog.picker.line_edit, Qt.Key.Key_Return)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("home-visit"))
    dialog.place_edit.setText("学生家中")
    dialog.content_edit.setFocus()
    type_text(qtbot, dialog.content_edit, "家访，与家长交流")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    record = services.activities.get(saved.args[0])
    assert record.activity.date == dt.date(2026, 11, 9)
    assert [s.name for s in record.students] == ["王芳"]
    assert page.calendar.marks(dt.date(2026, 11, 9)) == (ActivityKind.HOME_VISIT,)
    assert page.records.item(0).text() == "家访 · 王芳 · 学生家中\n家访，与家长交流"
    assert page.day_summary.text() == "共 1 条记录，1 人次"

    undo_stack.undo()  # Ctrl+Z in the window
    assert services.activities.list() == []
    assert page.calendar.marks(dt.date(2026, 11, 9)) == ()
    assert page.empty_label.isVisibleTo(page)


def test_an_untouched_dialog_closes_without_asking(qtbot: QtBot, services: AppServices, undo_stack: QUndoStack) -> None:
    page = _page(qtbot, services, undo_stack)
    page.select_date(dt.date(2026, 12, 1))
    dialog = page.add_on_selected_day()

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert dialog.discard_box is None
    qtbot.waitUntil(lambda: page.dialog is None)
    assert services.activities.list() == []


def test_no_day_after_today_can_be_chosen(qtbot: QtBot, services: AppServices, undo_stack: QUndoStack) -> None:
    page = _page(qtbot, services, undo_stack)

    assert page.selected_date() == dt.date(2026, 12, 4)
    page.select_date(dt.date(2026, 12, 20))
    assert page.selected_date() == dt.date(2026, 12, 4)  # QCalendarWidget keeps to its maximum date
    assert page.add_button.isEnabled()


def test_records_changed_elsewhere_show_after_the_undo_stack_moves(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    page = _page(qtbot, services, undo_stack)
    assert page.calendar.marks(dt.date(2026, 12, 3)) == ()

    _log(services, "2026-12-03", "home-visit", [students["张伟"]])
    undo_stack.push(QUndoCommand("添加记录"))  # what any page does after changing the records

    assert page.calendar.marks(dt.date(2026, 12, 3)) == (ActivityKind.HOME_VISIT,)
    assert page.month_label.text() == "2026年12月：谈心/家访 1 人次，补课辅导 0 人次，生活帮扶等 0 人次"


def test_activating_a_record_opens_it(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    record = _log(services, "2026-12-01", "talk", [students["李小明"]])
    page = _page(qtbot, services, undo_stack)
    page.select_date(dt.date(2026, 12, 1))

    item = page.records.item(0)
    rect = page.records.visualItemRect(item)
    qtbot.mouseClick(page.records.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as signal:
        qtbot.mouseDClick(page.records.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [record]
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "修改活动记录"
    assert dialog.record is not None and dialog.record.id == record

    dialog.place_edit.setText("操场")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.activities.get(record).activity.place == "操场"
    assert page.records.item(0).text() == "谈心 · 李小明 · 操场\n记录内容"


def test_a_record_gone_meanwhile_is_not_opened(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    record = _log(services, "2026-12-01", "talk", [students["李小明"]])
    page = _page(qtbot, services, undo_stack)
    page.select_date(dt.date(2026, 12, 1))
    services.activities.delete(record)

    assert page.open_record(record) is None
    assert page.records.count() == 0


def test_a_long_content_is_shortened_in_the_list(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int]
) -> None:
    services.activities.add(
        date="2026-12-01", kind="talk", student_ids=[students["李小明"]], place="操场", content="长" * 200
    )
    page = _page(qtbot, services, undo_stack)
    page.select_date(dt.date(2026, 12, 1))

    text = page.records.item(0).text()
    assert text.endswith("…")
    assert len(text.split("\n")[1]) == 60
    assert page.records.item(0).toolTip() == "长" * 200


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_month_is_named_as_the_language_names_it(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, students: dict[str, int], language: Lang
) -> None:
    services.settings.set_language(language)
    _log(services, "2026-12-02", "tutoring", [students["李小明"], students["王芳"]])

    page = _page(qtbot, services, undo_stack)

    assert (
        page.month_label.text()
        == {
            "zh": "2026年12月：谈心/家访 0 人次，补课辅导 2 人次，生活帮扶等 0 人次",
            "en": "Person-times in December 2026: talks/visits 0, tutoring 2, assistance 0",
        }[language]
    )
