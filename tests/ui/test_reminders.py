"""Reminders: at start and once a day, a notice when the month is behind pace; tray where there is one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.ui.reminders import ReminderBanner, Reminders

DEC_23 = dt.date(2026, 12, 23)  # 9 days of December left, today included


@pytest.fixture
def late_services(paths: AppPaths) -> Iterator[AppServices]:
    """Services on 2026-12-23: the pace asks for 4 talks/visits and 5 tutoring by today."""
    services = open_services(paths, FixedClock(DEC_23))
    yield services
    services.close()


@pytest.fixture
def banner(qtbot: QtBot) -> ReminderBanner:
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    return banner


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int) -> None:
        self.messages.append((title, msg))


def _fill(services: AppServices, talks: int, tutoring: int) -> None:
    ids = [services.students.add(name=f"学生{i}") for i in range(max(talks, tutoring, 1))]
    if talks:
        services.activities.add(date="2026-12-02", kind="talk", student_ids=ids[:talks], place="教室", content="谈心")
    if tutoring:
        services.activities.add(
            date="2026-12-03", kind="tutoring", student_ids=ids[:tutoring], place="教室", content="辅导"
        )


def _reminders(services: AppServices, banner: ReminderBanner, **kwargs: object) -> Reminders:
    kwargs.setdefault("tray_available", lambda: False)
    reminders = Reminders(services, banner, banner, **kwargs)  # type: ignore[arg-type]
    return reminders


def test_behind_pace_shows_the_banner(late_services: AppServices, banner: ReminderBanner) -> None:
    _fill(late_services, talks=3, tutoring=5)  # talks/visits behind (3 < 4); tutoring on pace but short

    reminders = _reminders(late_services, banner)
    text = reminders.start()

    assert text == "本月还差 3 人次谈心/家访、3 人次辅导，还剩 9 天"
    assert not banner.isHidden()
    assert banner.text() == text
    reminders.stop()


def test_on_pace_says_nothing(late_services: AppServices, banner: ReminderBanner) -> None:
    _fill(late_services, talks=4, tutoring=5)

    reminders = _reminders(late_services, banner)

    assert reminders.start() is None
    assert banner.isHidden()
    reminders.stop()


def test_only_the_short_targets_are_named(late_services: AppServices, banner: ReminderBanner) -> None:
    _fill(late_services, talks=6, tutoring=2)

    assert _reminders(late_services, banner).check() == "本月还差 6 人次辅导，还剩 9 天"


def test_reminders_turned_off(late_services: AppServices, banner: ReminderBanner) -> None:
    late_services.settings.set_reminders_enabled(False)

    assert _reminders(late_services, banner).check() is None
    assert banner.isHidden()


def test_exempt_month_is_never_reminded(late_services: AppServices, banner: ReminderBanner) -> None:
    late_services.settings.set_exempt_months(2026, [12])

    assert _reminders(late_services, banner).check() is None


def test_the_first_days_of_a_month_are_quiet(services: AppServices, banner: ReminderBanner) -> None:
    # 2026-12-04: the pace asks for 0 talks/visits and 1 tutoring.
    reminders = _reminders(services, banner)
    assert reminders.check() == "本月还差 6 人次谈心/家访、8 人次辅导，还剩 28 天"
    _fill(services, talks=0, tutoring=1)
    assert reminders.check() is None


def test_tray_message_where_there_is_a_tray(late_services: AppServices, banner: ReminderBanner) -> None:
    tray = FakeTray()
    reminders = _reminders(late_services, banner, tray=tray, tray_available=lambda: True)

    text = reminders.check()

    assert tray.messages == [("“168”爱生行动进度提醒", text)]
    assert banner.isHidden()  # told once, in the tray


def test_banner_can_be_put_away(qtbot: QtBot, late_services: AppServices, banner: ReminderBanner) -> None:
    banner.show()
    reminders = _reminders(late_services, banner)
    reminders.check()
    assert banner.isVisible()

    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)

    assert banner.isHidden()


def test_once_a_day_while_open(qtbot: QtBot, late_services: AppServices, banner: ReminderBanner) -> None:
    day = [DEC_23]
    reminders = _reminders(late_services, banner, interval_ms=5, today=lambda: day[0])
    given: list[str] = []
    reminders.reminded.connect(given.append)
    ticks: list[int] = []
    reminders.timer.timeout.connect(lambda: ticks.append(1))

    reminders.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    assert given == ["本月还差 6 人次谈心/家访、8 人次辅导，还剩 9 天"]  # the same day: not again

    day[0] = DEC_23 + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: len(given) == 2)
    assert given[1] == "本月还差 6 人次谈心/家访、8 人次辅导，还剩 8 天"
    reminders.stop()
    assert not reminders.timer.isActive()


def test_the_default_interval_checks_hourly(late_services: AppServices, banner: ReminderBanner) -> None:
    reminders = Reminders(late_services, banner)
    assert reminders.timer.interval() == 60 * 60 * 1000


def test_a_reminder_on_show_follows_the_records_and_goes_once_on_pace(
    late_services: AppServices, banner: ReminderBanner
) -> None:
    """Records logged after the day's reminder (in the window or with `jilu`): the reminder says what is still
    needed now, and goes away once the month is on pace again; nothing new pops up for it."""
    tray = FakeTray()
    reminders = _reminders(late_services, banner, tray=tray, tray_available=lambda: False)
    ids = [late_services.students.add(name=f"学生{i}") for i in range(5)]

    def log(kind: str, count: int) -> None:
        late_services.activities.add(
            date="2026-12-22", kind=kind, student_ids=ids[:count], place="教室", content="帮扶"
        )

    log("talk", 1)
    log("tutoring", 1)
    assert reminders.start() == "本月还差 5 人次谈心/家访、7 人次辅导，还剩 9 天"

    log("talk", 2)
    reminders.update()
    assert not banner.isHidden() and banner.text() == "本月还差 3 人次谈心/家访、7 人次辅导，还剩 9 天"

    log("talk", 1)
    log("tutoring", 4)
    reminders.update()
    assert banner.isHidden()
    assert tray.messages == []
    reminders.stop()


def test_no_reminder_is_given_by_an_update(late_services: AppServices, banner: ReminderBanner) -> None:
    reminders = _reminders(late_services, banner)
    banner.hide()
    reminders.update()  # behind pace, but the day's reminder was put away (or never given): it stays so
    assert banner.isHidden()
