"""活动记录: from the search box to what it found without the mouse — Down or Enter goes to the first record
found, and Enter there opens it; Down never leaves the teacher stuck in the box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.ui.pages.records import RecordsPage
from jilu_desktop.ui.undo import UndoStack
from tests.ui.keyboard import type_text


@pytest.fixture
def page(qtbot: QtBot, services: AppServices) -> Iterator[RecordsPage]:
    li = services.students.add(name="李小明", class_name="五(1)班")
    wang = services.students.add(name="王芳", class_name="五(1)班")
    for day, student, content in (("2026-12-01", li, "谈心"), ("2026-12-02", wang, "辅导"), ("2026-12-03", li, "家访")):
        services.activities.add(date=day, kind="talk", student_ids=[student], place="教室", content=content)
    page = RecordsPage(services, UndoStack(), None)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.refresh()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    yield page
    if page.dialog is not None:
        page.dialog.hide()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_a_key_goes_from_the_search_to_the_first_record_found(qtbot: QtBot, page: RecordsPage, key: Qt.Key) -> None:
    page.table.selectRow(2)  # chosen before the search: not what the teacher is looking for now
    page.focus_search()
    type_text(qtbot, page.search_edit, "李小明")
    assert page.model.rowCount() == 2

    QTest.keyClick(page.search_edit, key)

    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert [index.row() for index in page.table.selectionModel().selectedRows()] == [0]
    assert page.search_edit.text() == "李小明"  # the search stays


def test_enter_on_the_record_found_opens_it(qtbot: QtBot, page: RecordsPage) -> None:
    page.focus_search()
    type_text(qtbot, page.search_edit, "家访")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)

    QTest.keyClick(page.table, Qt.Key.Key_Return)

    assert page.dialog is not None and page.dialog.isVisible()
    assert page.dialog.content_edit.toPlainText() == "家访"


def test_nothing_found_keeps_the_search(qtbot: QtBot, page: RecordsPage) -> None:
    page.focus_search()
    type_text(qtbot, page.search_edit, "没有这样的记录")

    QTest.keyClick(page.search_edit, Qt.Key.Key_Down)

    assert page.search_edit.hasFocus()  # nothing to go to: the teacher can type on
