"""Changes made with `jilu` while the window is open are shown: when the window is activated, every few seconds
while it is shown, and on 查看 → 刷新 (F5); never under an open dialog, and never over unsaved edits."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import WATCH_INTERVAL_MS, MainWindow
from jilu_desktop.ui.pages.settings import SettingsPage
from tests.ui.keyboard import type_text

SETTINGS = 5  # the page's place in the window


@pytest.fixture
def mentee(services: AppServices) -> int:
    student_id = services.students.add(name="李小明", class_name="五(1)班")
    services.activities.add(date="2026-12-01", kind="tutoring", student_ids=[student_id], place="教室", content="辅导")
    return student_id


@pytest.fixture
def shown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = make_window()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def log_talk(cli: AppServices, student_id: int) -> None:
    """`jilu log add --date 2026-12-03 --kind talk --student 1 …`"""
    cli.activities.add(date="2026-12-03", kind="talk", student_ids=[student_id], place="办公室", content="谈心")


def test_the_services_tell_changes_made_elsewhere_from_their_own(
    services: AppServices, cli: AppServices, mentee: int
) -> None:
    assert services.changed_elsewhere() is False  # the first look starts watching
    services.activities.add(date="2026-12-02", kind="talk", student_ids=[mentee], place="教室", content="谈心")
    assert services.changed_elsewhere() is False  # the window's own change
    log_talk(cli, mentee)
    assert services.changed_elsewhere() is True
    assert services.changed_elsewhere() is False  # told once
    # A change made elsewhere just before one of the window's own is still told.
    log_talk(cli, mentee)
    services.settings.set_reminders_enabled(False)
    assert services.changed_elsewhere() is True
    assert cli.changed_elsewhere() is False  # (the command's first look)


def test_looking_costs_well_under_a_millisecond(services: AppServices, cli: AppServices, mentee: int) -> None:
    services.changed_elsewhere()
    looks = 2000
    started = time.perf_counter()
    for _ in range(looks):
        services.changed_elsewhere()
    each = (time.perf_counter() - started) / looks
    assert each < 0.0002, f"{each * 1e6:.1f} µs a look"


def test_activating_the_window_shows_a_record_added_with_jilu(
    qtbot: QtBot, shown: Callable[[], MainWindow], cli: AppServices, mentee: int
) -> None:
    window = shown()
    assert window.overview.talks_visits.count_label.text() == "0 / 6 人次"
    elsewhere = QWidget()  # the teacher goes to the terminal…
    qtbot.addWidget(elsewhere)
    with qtbot.waitActive(elsewhere):
        elsewhere.show()
        elsewhere.activateWindow()
    log_talk(cli, mentee)
    assert window.overview.talks_visits.count_label.text() == "0 / 6 人次"

    with qtbot.waitActive(window):  # …and comes back
        window.activateWindow()

    assert window.overview.talks_visits.count_label.text() == "1 / 6 人次"
    assert window.overview.tutoring.count_label.text() == "1 / 8 人次"


def test_the_shown_window_looks_every_few_seconds(
    qtbot: QtBot, shown: Callable[[], MainWindow], cli: AppServices, mentee: int
) -> None:
    window = shown()
    window.show_page(window.records)
    assert window.records.model.rowCount() == 1
    assert not window.watch_timer.isActive()  # not before the first paint: app.py starts it
    window.start_watching()
    assert window.watch_timer.isActive()
    assert window.watch_timer.interval() == WATCH_INTERVAL_MS
    window.watch_timer.setInterval(20)  # the test does not wait three seconds

    log_talk(cli, mentee)

    qtbot.waitUntil(lambda: window.records.model.rowCount() == 2, timeout=5000)
    window.hide()
    assert not window.watch_timer.isActive()
    window.show()
    assert window.watch_timer.isActive()


def test_nothing_is_read_again_when_nothing_changed(
    shown: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, mentee: int
) -> None:
    window = shown()
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh", lambda: refreshed.append(True))
    assert window.check_for_changes() is False
    window._watch_tick()
    assert refreshed == []


def test_f5_reads_everything_again(
    qtbot: QtBot, shown: Callable[[], MainWindow], cli: AppServices, mentee: int
) -> None:
    window = shown()
    assert window.reload_action in window.view_menu.actions()
    assert window.reload_action.text() == "刷新(&R)"
    assert window.reload_action.shortcut() == QKeySequence("F5")
    log_talk(cli, mentee)

    qtbot.keyClick(window, Qt.Key.Key_F5)

    assert window.overview.talks_visits.count_label.text() == "1 / 6 人次"
    assert window.statusBar().currentMessage() == "已刷新"


def test_an_open_dialog_keeps_its_draft_and_the_refresh_waits_for_it(
    qtbot: QtBot, shown: Callable[[], MainWindow], cli: AppServices, mentee: int
) -> None:
    window = shown()
    window.show_page(window.records)
    dialog = window.new_record()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.content_edit, "辅导分数应用题")
    log_talk(cli, mentee)

    assert window.check_for_changes() is False  # not under the dialog
    assert dialog.isVisible()
    assert dialog.content_edit.toPlainText() == "辅导分数应用题"
    assert window.records.model.rowCount() == 1

    dialog.content_edit.clear()
    qtbot.waitUntil(lambda: not dialog.is_dirty())
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.check_for_changes() is True  # the change seen while it was open is shown now
    assert window.records.model.rowCount() == 2


def test_unsaved_settings_are_kept_and_then_saved_without_undoing_jilu(
    qtbot: QtBot, shown: Callable[[], MainWindow], services: AppServices, cli: AppServices
) -> None:
    window = shown()
    window.nav.setCurrentRow(SETTINGS)
    page = window.page(SETTINGS)
    assert isinstance(page, SettingsPage)
    qtbot.mouseClick(page.reminders_check, Qt.MouseButton.LeftButton)  # not saved yet
    cli.settings.set_targets(2026, 6, 10)

    assert window.check_for_changes() is True
    assert page.has_unsaved_changes()
    assert not page.reminders_check.isChecked()  # what she changed is still there
    assert page.tutoring_spin.value() == 8  # shown as it was until she saves or reverts

    assert page.save()
    assert services.settings.targets(2026).tutoring == 10
    assert services.settings.reminders_enabled() is False
    assert page.tutoring_spin.value() == 10
