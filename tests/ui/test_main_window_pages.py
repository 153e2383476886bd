"""The pages in the shell, working together: students to records, the pledge guarding its draft,
settings changing every page's figures, the reminder banner, and the first run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.calendar import CalendarPage
from jilu_desktop.ui.pages.pledge import PledgePage
from jilu_desktop.ui.pages.settings import SettingsPage
from jilu_desktop.ui.pages.students import StudentsPage
from tests.ui.keyboard import type_text


@pytest.fixture
def book(services: AppServices) -> dict[str, int]:
    services.profile.update(name="王丽华", school="湖塘实验小学")
    ids = {name: services.students.add(name=name, class_name="五(1)班") for name in ("李小明", "王芳")}
    services.pledges.set(2026, ids["李小明"], measures="每周两次辅导", signed_on="2026-09-08")
    services.activities.add(date="2026-10-09", kind="talk", student_ids=[ids["李小明"]], place="办公室", content="谈心")
    services.activities.add(date="2026-12-01", kind="tutoring", student_ids=[ids["王芳"]], place="教室", content="辅导")
    return ids


def test_every_page_by_its_key(qtbot: QtBot, book: dict[str, int], make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    expected = [CalendarPage, StudentsPage, PledgePage, SettingsPage]
    for number, page_class in zip(range(3, 7), expected, strict=True):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert isinstance(window.current_page(), page_class)
        assert window.nav.currentRow() == number - 1


def test_a_students_records_are_shown_from_the_students_page(
    book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    students = window.page(3)
    assert isinstance(students, StudentsPage)
    students.show_records_requested.emit(book["李小明"])
    assert window.current_page() is window.records
    flt = window.records.current_filter()
    assert (flt.student_id, flt.start, flt.kind, flt.search) == (book["李小明"], None, None, "")
    assert window.records.model.rowCount() == 1  # the October talk, though the month shown was December


def test_leaving_an_unsaved_pledge_asks_and_can_stay(
    qtbot: QtBot, book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.nav.setCurrentRow(4)
    pledge = window.current_page()
    assert isinstance(pledge, PledgePage)
    pledge.measures_edit.setFocus()
    pledge.measures_edit.selectAll()
    type_text(qtbot, pledge.measures_edit, "每月家访一次")
    assert pledge.has_unsaved_changes()

    window.nav.setCurrentRow(0)
    assert pledge.leave_box is not None
    assert window.current_page() is pledge and window.nav.currentRow() == 4
    pledge.leave_stay_button.click()
    assert window.current_page() is pledge

    window.nav.setCurrentRow(0)
    assert pledge.leave_box is not None
    pledge.leave_save_button.click()
    assert window.current_page() is window.overview
    view = window._services.pledges.get(2026)
    assert view is not None and view.pledge.measures == "每月家访一次"


def test_closing_with_an_unsaved_pledge_asks_first(
    qtbot: QtBot, book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show()
    window.nav.setCurrentRow(4)
    pledge = window.current_page()
    assert isinstance(pledge, PledgePage)
    pledge.measures_edit.setFocus()
    type_text(qtbot, pledge.measures_edit, "。")
    assert not window.close()
    assert window.isVisible() and pledge.leave_box is not None
    pledge.leave_discard_button.click()
    assert not window.isVisible()
    view = window._services.pledges.get(2026)
    assert view is not None and view.pledge.measures == "每周两次辅导"


def test_new_targets_from_settings_show_on_the_overview(
    book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.nav.setCurrentRow(5)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.tutoring_spin.setValue(12)
    settings.save_button.click()
    assert window._services.settings.targets(2026).tutoring == 12
    window.nav.setCurrentRow(0)
    assert "1 / 12" in window.overview.tutoring.count_label.text()


@pytest.fixture
def late_services(paths: AppPaths) -> Iterator[AppServices]:
    services = open_services(paths, FixedClock(dt.date(2026, 12, 23)))
    yield services
    services.close()


def test_the_window_reminds_when_the_month_is_behind(qtbot: QtBot, late_services: AppServices) -> None:
    late_services.profile.update(name="王丽华")
    window = MainWindow(late_services)
    qtbot.addWidget(window)
    window.show()
    assert window.reminder_banner.isHidden()  # not before the app starts the reminders
    window.start_reminders()
    assert not window.reminder_banner.isHidden()
    assert window.reminder_banner.text() == "本月还差 6 人次谈心/家访、8 人次辅导，还剩 9 天"
    assert window.reminders is not None
    window.reminders.stop()


def test_a_new_teacher_is_guided_and_a_set_up_one_is_not(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    wizard = window.run_first_run()
    assert isinstance(wizard, QWizard) and wizard.isVisible()
    wizard.reject()
    services.profile.update(name="王丽华")
    assert window.run_first_run() is None


def test_leaving_unsaved_settings_asks_save_discard_or_stay(
    qtbot: QtBot, services: AppServices, book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    """Targets typed on the settings page and never saved were lost without a word when the teacher went to
    another page and closed the window: now she is asked, as for the pledge."""
    window = make_window()
    window.show()
    window.nav.setCurrentRow(5)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.talks_spin.setValue(7)
    assert settings.has_unsaved_changes()

    window.nav.setCurrentRow(0)
    assert settings.leave_box is not None and window.current_page() is settings
    assert settings.leave_box.text() == "设置页上有未保存的修改。要先保存吗？"
    settings.leave_stay_button.click()
    assert window.current_page() is settings and settings.talks_spin.value() == 7

    assert not window.close()  # closing asks too
    assert window.isVisible() and settings.leave_box is not None
    settings.leave_discard_button.click()
    assert not window.isVisible()
    assert services.settings.targets(2026).talks_visits == 6  # never saved, and dropped only when she said so


def test_leaving_unsaved_settings_can_save_them(
    qtbot: QtBot, services: AppServices, book: dict[str, int], make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.nav.setCurrentRow(5)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.tutoring_spin.setValue(10)
    window.nav.setCurrentRow(1)
    assert settings.leave_box is not None
    settings.leave_save_button.click()
    assert window.current_page() is window.records
    assert services.settings.targets(2026).tutoring == 10
    assert settings.leave_box is None
