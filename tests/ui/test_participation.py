"""Months before the teacher began taking part: 未参加 on the overview's chart, and the settings page's month."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QUndoStack
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.participation import StartSource
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.month_text import month_summary
from jilu_desktop.ui.pages.settings import SettingsPage

# The services fixture's clock says 2026-12-04.


@pytest.fixture
def december(services: AppServices) -> AppServices:
    """The QA scenario: a new book, no pledge, one record in December 2026."""
    services.profile.update(name="新老师")
    student = services.students.add(name="李小明")
    services.activities.add(date="2026-12-02", kind="talk", student_ids=[student], place="教室", content="谈心")
    return services


def test_the_chart_shows_the_months_before_the_first_record_as_not_taking_part(
    qtbot: QtBot, december: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitUntil(window.overview.details_shown)
    chart = window.overview.chart
    assert chart is not None
    labels = chart.months.categories()
    for label, month in zip(labels[:3], ("9月", "10月", "11月"), strict=True):
        assert label.startswith(month + "<br>") and label.endswith(">未参加</font>")
    assert labels[3] == "12月<br>本月"
    assert not any("未达标" in label for label in labels)
    assert chart.talks.selectedBars() == [] and chart.tutoring.selectedBars() == []  # nothing in red
    assert chart.not_participating is not None  # the grey behind September to November
    assert [p.x() for p in chart.not_participating.upperSeries().points()] == [-0.5, 2.5]
    assert "9月：谈心/家访 0，辅导 0，未参加" in chart.accessibleDescription()


def test_a_year_with_every_month_counted_has_no_grey(
    qtbot: QtBot, december: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    december.settings.set_participation_start("2026-09")
    window = make_window()
    window.show()
    qtbot.waitUntil(window.overview.details_shown)
    chart = window.overview.chart
    assert chart is not None
    assert chart.not_participating is None
    assert chart.months.categories()[:3] == ["9月<br>未达标", "10月<br>未达标", "11月<br>未达标"]


def test_the_month_summary_of_a_month_before_the_start(december: AppServices) -> None:
    november = december.progress.month(Month(2026, 11))
    assert november.state is MonthState.NOT_PARTICIPATING
    assert month_summary(november) == "本月在参加起始月份之前（未参加），不计达标或未达标"


@pytest.fixture
def page(qtbot: QtBot, december: AppServices, app_font: QFont) -> SettingsPage:
    page = SettingsPage(december, QUndoStack())
    qtbot.addWidget(page)
    page.resize(960, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_page_shows_the_automatic_start(page: SettingsPage) -> None:
    assert page.joined_auto.isChecked()
    assert not page.joined_edit.isEnabled()
    assert page.joined_edit.date() == QDate(2026, 12, 1)
    assert page.joined_note.text() == "此前的月份为“未参加”，不计达标或未达标。自动：2026年12月，第一条活动记录的月份。"
    assert page.participation_start() is None
    assert page.joined_edit.maximumDate() == QDate(2026, 12, 1)  # not beyond this month
    assert page.joined_edit.minimumDate() == QDate(2008, 9, 1)  # nor before the campaign


def test_saving_a_stated_month_and_going_back_to_automatic(
    qtbot: QtBot, page: SettingsPage, december: AppServices
) -> None:
    qtbot.mouseClick(page.joined_auto, Qt.MouseButton.LeftButton)
    assert page.joined_edit.isEnabled()
    page.joined_edit.setDate(QDate(2026, 10, 1))  # she joined in October, logged her first talk in December
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    joined = december.settings.participation()
    assert (joined.start, joined.source) == (Month(2026, 10), StartSource.SETTING)
    assert december.progress.month(Month(2026, 10)).state is MonthState.SHORT
    assert page.joined_note.text().endswith("已设定为 2026年10月（自动将是 2026年12月）。")
    assert not page.has_unsaved_changes()

    qtbot.mouseClick(page.joined_auto, Qt.MouseButton.LeftButton)
    assert page.joined_edit.date() == QDate(2026, 12, 1)  # the automatic month is shown again
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert december.settings.participation().source is StartSource.ACTIVITY
    assert december.progress.month(Month(2026, 10)).state is MonthState.NOT_PARTICIPATING


def test_a_refused_month_is_told_beside_it_and_nothing_is_saved(
    qtbot: QtBot, page: SettingsPage, december: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The field cannot go beyond this month; a page left open into the next month could still try.
    monkeypatch.setattr(page, "participation_start", lambda: Month(2027, 1))
    qtbot.mouseClick(page.joined_auto, Qt.MouseButton.LeftButton)
    page.talks_spin.setValue(5)
    assert not page.save()
    assert page.errors.message("participation_start") == "参加起始月份 2027-01 还没有到，最晚只能是本月（2026-12）"
    assert page.status_label.text() == "没有保存，请先改正标出的内容。"
    assert december.settings.participation().source is StartSource.ACTIVITY
    assert december.settings.targets(2026).talks_visits == 6  # nothing at all was written
