"""A student added from the quick-entry dialog, seen by the whole window: the students page, the records
page's student filter, the status bar, and undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.students import StudentsPage
from tests.ui.keyboard import type_text


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_a_student_added_in_quick_entry_shows_on_every_page_and_can_be_undone(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    services.students.add(name="李小明", class_name="五(1)班")
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    students = window.page(3)
    assert isinstance(students, StudentsPage)
    window.show_page(students)  # the students page on screen, the records page made and read too
    records = window.records
    assert records.student_combo.findText("赵磊") == -1

    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = records.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.picker.line_edit.hasFocus)
    type_text(qtbot, focused(), "赵磊")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.student_dialog is not None and dialog.student_dialog.name_edit.hasFocus())
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.student_dialog is None and dialog.picker.line_edit.hasFocus())

    (new,) = [r for r in services.students.list() if r.student.name == "赵磊"]
    assert "赵磊" in students.student_names()  # the page on screen, at once
    assert window.statusBar().currentMessage() == "已添加学生“赵磊”。按 Ctrl+Z 可撤销"
    window.show_page(records)  # the other pages when next shown
    assert records.student_combo.findData(new.id) >= 0

    dialog.place_edit.setText("办公室")
    type_text(qtbot, dialog.content_edit, "初次谈心")
    with qtbot.waitSignal(dialog.saved) as saved:
        QTest.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.get(saved.args[0]).activity.student_ids == (new.id,)

    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the record
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # then the student
    assert services.activities.list() == []
    assert [r.student.name for r in services.students.list()] == ["李小明"]
    assert window.statusBar().currentMessage() == "已撤销：添加学生“赵磊”"
    assert records.student_combo.findData(new.id) == -1
    window.show_page(students)
    assert "赵磊" not in students.student_names()
