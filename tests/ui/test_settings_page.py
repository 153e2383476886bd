"""The settings page over real services: per-year targets and exempt months, language, font size, reminders."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jilu_desktop.domain import preferences, targets
from jilu_desktop.domain.targets import YearTargets
from jilu_desktop.services import AppServices
from jilu_desktop.services.settings import Preferences
from jilu_desktop.ui.pages.settings import SettingsPage

# The services fixture's clock says 2026-12-04: the current school year is 2026.


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def _page(qtbot: QtBot, services: AppServices, undo_stack: QUndoStack) -> SettingsPage:
    page = SettingsPage(services, undo_stack)
    qtbot.addWidget(page)
    page.resize(960, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _set_spin(qtbot: QtBot, spin: object, value: int) -> None:
    """Type a value into a spin box as the teacher would: select all, type, Enter."""
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_shows_the_stored_settings(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    services.settings.set_targets(2026, 5, 9)
    services.settings.set_exempt_months(2026, [1, 2, 7, 8])
    services.settings.set_reminders_enabled(False)

    page = _page(qtbot, services, undo_stack)

    assert page.selected_year() == 2026
    assert page.year_combo.currentText() == "2026学年（2026.9—2027.8）"
    assert page.year_combo.itemData(0) == 2027  # a pledge may be prepared for next year
    assert page.year_combo.itemData(page.year_combo.count() - 1) == 2008
    assert (page.talks_spin.value(), page.tutoring_spin.value()) == (5, 9)
    assert [c.text() for c in page.month_checks.values()][:4] == ["9月", "10月", "11月", "12月"]
    assert {m for m, c in page.month_checks.items() if c.isChecked()} == {1, 2, 7, 8}
    assert page.language_combo.currentText() == "中文"
    assert page.font_spin.value() == max(10, round(QApplication.font().pointSizeF()))
    assert not page.reminders_check.isChecked()
    assert not page.has_unsaved_changes()


def test_save_writes_everything_and_applies_the_font(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)
    _set_spin(qtbot, page.talks_spin, 7)
    _set_spin(qtbot, page.tutoring_spin, 10)
    _click(qtbot, page.month_checks[2])  # winter vacation
    _click(qtbot, page.month_checks[8])  # August counts this year
    _set_spin(qtbot, page.font_spin, 15)
    _click(qtbot, page.reminders_check)
    assert page.has_unsaved_changes()

    with qtbot.waitSignal(page.saved):
        _click(qtbot, page.save_button)

    assert services.settings.targets(2026) == YearTargets(7, 10, frozenset({2, 7}))
    assert services.settings.targets(2025) == YearTargets()  # other years untouched
    assert services.settings.preferences() == Preferences("zh", 15, False)
    assert QApplication.font().pointSizeF() == 15  # at once, for every widget without a font of its own
    assert page.status_label.text() == "已保存。2026学年：谈心/家访每月 7 人次，补课辅导每月 10 人次。"
    assert not page.has_unsaved_changes()


def test_another_year(qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont) -> None:
    services.settings.set_targets(2025, 4, 4)
    page = _page(qtbot, services, undo_stack)

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert (page.talks_spin.value(), page.tutoring_spin.value()) == (4, 4)
    _set_spin(qtbot, page.talks_spin, 6)
    _click(qtbot, page.save_button)

    assert services.settings.targets(2025).talks_visits == 6
    assert services.settings.targets(2026) == YearTargets()


def test_changing_year_with_unsaved_changes_is_refused_beside_the_year(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)
    _set_spin(qtbot, page.tutoring_spin, 12)

    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))

    assert page.selected_year() == 2026
    assert page.tutoring_spin.value() == 12  # what was typed is kept
    assert page.errors.message("school_year") == "2026学年的修改还没有保存：请先保存或还原，再换学年。"

    _click(qtbot, page.revert_button)
    assert page.tutoring_spin.value() == 8
    page.year_combo.setCurrentIndex(page.year_combo.findData(2025))
    assert page.selected_year() == 2025
    assert page.errors.message("school_year") == ""


def test_a_bad_target_is_told_beside_it_and_nothing_is_saved(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, services, undo_stack)
    # The spin boxes keep to the domain's limit; lower it so that the domain's own check has to speak.
    monkeypatch.setattr(targets, "TARGET_LIMIT", 10)
    _set_spin(qtbot, page.talks_spin, 3)
    _set_spin(qtbot, page.tutoring_spin, 50)
    _set_spin(qtbot, page.font_spin, 18)
    _click(qtbot, page.month_checks[1])
    _click(qtbot, page.save_button)

    assert page.errors.message("tutoring") == "补课辅导目标应在 0 至 10 人次之间，现在是 50"
    assert page.errors.label("tutoring").isVisibleTo(page)
    assert page.status_label.text() == "没有保存，请先改正标出的内容。"
    # Nothing half-way: the good values on the page were not saved either.
    assert services.settings.targets(2026) == YearTargets()
    assert services.settings.preferences() == Preferences()
    assert page.has_unsaved_changes()

    _set_spin(qtbot, page.tutoring_spin, 9)  # changing the field takes its message away
    assert page.errors.message("tutoring") == ""
    _click(qtbot, page.save_button)
    assert services.settings.targets(2026) == YearTargets(3, 9, frozenset({1, 7, 8}))


def test_a_bad_font_size_is_told_in_the_teachers_language(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.settings.set_language("en")
    page = _page(qtbot, services, undo_stack)
    monkeypatch.setattr(preferences, "FONT_SIZE_MAX", 12)
    _set_spin(qtbot, page.font_spin, 20)
    _click(qtbot, page.save_button)

    assert page.errors.message("font_size") == "interface font size must be between 10 and 12; it is 20"
    assert services.settings.font_size() is None
    assert QApplication.font().pointSizeF() == app_font.pointSizeF()


def test_language_takes_effect_at_the_next_start(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))

    with qtbot.waitSignal(page.language_changed) as signal:
        _click(qtbot, page.save_button)

    assert signal.args == ["en"]
    assert services.settings.language() == "en"
    assert page.status_label.text().endswith("界面语言将在下次启动记录本时改为“English”。")


def test_revert_drops_unsaved_changes(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)
    _set_spin(qtbot, page.talks_spin, 1)
    _click(qtbot, page.reminders_check)

    _click(qtbot, page.revert_button)

    assert page.talks_spin.value() == 6
    assert page.reminders_check.isChecked()
    assert not page.has_unsaved_changes()
    assert services.settings.targets(2026) == YearTargets()


def test_fields_have_accessible_names(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)

    assert page.talks_spin.accessibleName() == "谈心/家访每月目标"
    assert page.tutoring_spin.accessibleName() == "补课辅导每月目标"
    assert page.month_checks[9].accessibleName() == "9月免计"
    assert page.font_spin.accessibleName() == "界面字号"


def test_refresh_keeps_what_was_typed(
    qtbot: QtBot, services: AppServices, undo_stack: QUndoStack, app_font: QFont
) -> None:
    page = _page(qtbot, services, undo_stack)
    _set_spin(qtbot, page.tutoring_spin, 11)
    services.settings.set_targets(2026, 6, 9)  # changed elsewhere (the command line) meanwhile

    page.refresh()  # the window does this when the page is shown again
    assert page.tutoring_spin.value() == 11

    _click(qtbot, page.revert_button)
    assert page.tutoring_spin.value() == 9
    page.refresh()
    assert page.tutoring_spin.value() == 9
