"""An edit dialog open while the same record (or student) is changed with `jilu`: saving does not overwrite
that change; the teacher is told and keeps what she wrote."""
# ruff: noqa: F811 - fixtures imported from the other dialog tests are used as parameters

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.ui.field_errors import GENERAL
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.overview import OverviewPage
from jilu_desktop.ui.pages.pledge import PledgePage
from jilu_desktop.ui.pages.students import StudentsPage
from jilu_desktop.ui.undo import UndoStack
from tests.ui.keyboard import type_text
from tests.ui.test_activity_dialog import Open, kids, open_dialog, stack  # noqa: F401
from tests.ui.test_students_page import _dialog, make_page  # noqa: F401

PLEDGE = 4  # the page's place in the window
TOLD = (
    "在您修改期间，这项内容已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。"
    "您写的内容还在这里：请复制需要的文字，取消后重新打开再修改。"
)


def test_a_record_changed_elsewhere_is_not_overwritten_by_the_dialog(
    qtbot: QtBot, services: AppServices, cli: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    activity_id = services.activities.add(
        date="2026-12-01", kind="talk", student_ids=[kids["王芳"]], place="教室", content="谈心"
    )
    dialog = open_dialog(record=services.activities.get(activity_id))
    cli.activities.edit(activity_id, place="图书室（命令行改的）")  # while the dialog is open
    dialog.content_edit.selectAll()
    type_text(qtbot, dialog.content_edit, "谈心，了解学习情况")
    dialog.save()

    assert dialog.isVisible()
    assert dialog.errors.message(GENERAL) == TOLD
    assert dialog.content_edit.toPlainText() == "谈心，了解学习情况"  # what she wrote is kept
    stored = services.activities.get(activity_id).activity
    assert (stored.place, stored.content) == ("图书室（命令行改的）", "谈心")
    assert stack.count() == 0


def test_an_unchanged_record_still_saves(
    qtbot: QtBot, services: AppServices, kids: dict[str, int], stack: UndoStack, open_dialog: Open
) -> None:
    activity_id = services.activities.add(
        date="2026-12-01", kind="talk", student_ids=[kids["王芳"]], place="教室", content="谈心"
    )
    dialog = open_dialog(record=services.activities.get(activity_id))
    dialog.content_edit.selectAll()
    type_text(qtbot, dialog.content_edit, "谈心，了解学习情况")
    dialog.save()
    assert not dialog.isVisible()
    assert services.activities.get(activity_id).activity.content == "谈心，了解学习情况"
    assert stack.count() == 1


def test_a_student_changed_elsewhere_is_not_overwritten_by_the_dialog(
    qtbot: QtBot, services: AppServices, cli: AppServices, make_page: Callable[[], StudentsPage]
) -> None:
    student_id = services.students.add(name="王芳", class_name="五(1)班")
    page = make_page()
    page.select_student(student_id)
    page.edit_selected()
    dialog = _dialog(qtbot, page)
    cli.students.edit(student_id, class_name="五(2)班")
    dialog.birth_edit.setFocus()
    type_text(qtbot, dialog.birth_edit, "2015")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.message(GENERAL) == TOLD
    stored = services.students.get(student_id).student
    assert (stored.class_name, stored.birth_year) == ("五(2)班", None)


@pytest.mark.parametrize("first_time", [True, False])
def test_a_profile_changed_elsewhere_is_not_overwritten_by_the_dialog(
    qtbot: QtBot, services: AppServices, cli: AppServices, make_window: Callable[[], MainWindow], first_time: bool
) -> None:
    """From the overview (first time: the empty dialog) or the pledge page; `jilu profile set` meanwhile."""
    if not first_time:
        services.profile.update(name="王丽华", school="湖塘实验小学")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    page = window.overview if first_time else window.page(PLEDGE)
    assert isinstance(page, OverviewPage | PledgePage)
    dialog = page.edit_profile()
    cli.profile.update(name="王丽华（命令行）", school="命令行小学")
    dialog.school_edit.clear()
    type_text(qtbot, dialog.school_edit, "武进区湖塘实验小学")
    dialog.save()

    assert dialog.isVisible()
    assert dialog.errors.message(GENERAL) == TOLD
    stored = services.profile.get()
    assert stored is not None and (stored.name, stored.school) == ("王丽华（命令行）", "命令行小学")


@pytest.mark.parametrize("first_time", [True, False])
def test_a_pledge_changed_elsewhere_is_not_overwritten_by_the_page(
    qtbot: QtBot, services: AppServices, cli: AppServices, make_window: Callable[[], MainWindow], first_time: bool
) -> None:
    """The pledge page filled in while `jilu pledge set` writes the same school year's pledge."""
    mentee = services.students.add(name="李小明", class_name="五(1)班")
    if not first_time:
        services.pledges.set(2026, mentee, measures="每周两次午休辅导数学")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    page = window.page(PLEDGE)
    assert isinstance(page, PledgePage)
    window.show_page(page)
    page.load_year(2026)
    page.mentee_combo.setCurrentIndex(page.mentee_combo.findData(mentee))
    page.measures_edit.setFocus()
    type_text(qtbot, page.measures_edit, "，每月家访一次")
    cli.pledges.set(2026, mentee, measures="命令行写的措施")

    assert not page.save()
    assert page.errors.message(GENERAL) == TOLD
    stored = services.pledges.get(2026)
    assert stored is not None and stored.pledge.measures == "命令行写的措施"
    assert "，每月家访一次" in page.measures_edit.toPlainText()  # what she wrote is kept
