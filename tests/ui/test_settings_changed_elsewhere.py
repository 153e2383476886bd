"""The settings page open while the settings are changed with `jilu`: Save writes only what the teacher changed,
so what `jilu` changed meanwhile stays; if she changed the same value, nothing is saved and she is told beside it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QUndoStack
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ConflictError
from jilu_desktop.domain.targets import YearTargets
from jilu_desktop.services import AppServices
from jilu_desktop.services.settings import Preferences, StoredSettings
from jilu_desktop.ui.pages.settings import SettingsPage

TOLD = (
    "在您修改期间，补课辅导目标已在别处被修改（例如在命令行中）。为了不覆盖那次修改，这次没有保存。"
    "请点“还原”查看现在的设置，再重新修改"
)
NOT_SAVED = "没有保存：您修改的设置在此期间已在别处被修改，见标出的内容。"


@pytest.fixture
def page(qtbot: QtBot, services: AppServices, app_font: QFont) -> SettingsPage:
    page = SettingsPage(services, QUndoStack())
    qtbot.addWidget(page)
    page.resize(960, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _set_spin(qtbot: QtBot, spin: object, value: int) -> None:
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _state_joined(qtbot: QtBot, page: SettingsPage, month: Month) -> None:
    """Untick 自动 and choose the month the teacher began taking part."""
    if page.joined_auto.isChecked():
        qtbot.mouseClick(page.joined_auto, Qt.MouseButton.LeftButton)
    page.joined_edit.setDate(QDate(month.year, month.month, 1))


def test_saving_another_field_keeps_a_target_set_with_jilu(
    qtbot: QtBot, services: AppServices, cli: AppServices, page: SettingsPage
) -> None:
    # The QA report's steps: the page shows 8, `jilu settings targets --tutoring 10`, only the start is changed.
    assert page.tutoring_spin.value() == 8
    cli.settings.set_targets(2026, 6, 10)
    _state_joined(qtbot, page, Month(2026, 9))

    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert services.settings.targets(2026).tutoring == 10  # not put back to 8
    assert services.settings.participation().start == Month(2026, 9)
    assert page.tutoring_spin.value() == 10  # the page shows the book as it is now
    assert page.status_label.text() == "已保存。2026学年：谈心/家访每月 6 人次，补课辅导每月 10 人次。"
    assert not page.has_unsaved_changes()


def test_a_value_changed_with_jilu_and_on_the_page_is_not_overwritten(
    qtbot: QtBot, services: AppServices, cli: AppServices, page: SettingsPage
) -> None:
    cli.settings.set_targets(2026, 6, 10)
    _set_spin(qtbot, page.tutoring_spin, 9)
    _state_joined(qtbot, page, Month(2026, 9))  # the good value beside it is not saved either

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.errors.message("tutoring") == TOLD
    assert page.errors.label("tutoring").isVisibleTo(page)
    assert page.status_label.text() == NOT_SAVED
    assert services.settings.targets(2026).tutoring == 10
    assert services.settings.participation().automatic
    assert page.tutoring_spin.value() == 9  # what she typed is still there
    assert page.has_unsaved_changes()

    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)  # as the message says
    assert page.tutoring_spin.value() == 10
    assert page.errors.message("tutoring") == ""


def test_the_same_value_set_with_jilu_is_no_conflict(
    qtbot: QtBot, services: AppServices, cli: AppServices, page: SettingsPage
) -> None:
    cli.settings.set_targets(2026, 6, 10)
    _set_spin(qtbot, page.tutoring_spin, 10)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.message("tutoring") == ""
    assert services.settings.targets(2026) == YearTargets(6, 10)


def test_language_reminders_and_exempt_months_set_with_jilu_are_kept(
    qtbot: QtBot, services: AppServices, cli: AppServices, page: SettingsPage
) -> None:
    cli.settings.set_language("en")
    cli.settings.set_reminders_enabled(False)
    cli.settings.set_exempt_months(2026, [1, 2])
    cli.settings.set_participation_start("2026-10")
    _set_spin(qtbot, page.talks_spin, 7)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert services.settings.targets(2026) == YearTargets(7, 8, frozenset({1, 2}))
    assert services.settings.preferences() == Preferences("en", None, False)
    assert services.settings.participation().start == Month(2026, 10)
    assert page.language_combo.currentData() == "en"
    assert not page.reminders_check.isChecked()


def test_a_font_size_never_chosen_stays_unchosen(qtbot: QtBot, services: AppServices, page: SettingsPage) -> None:
    qtbot.mouseClick(page.reminders_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.preferences() == Preferences("zh", None, False)


def test_the_font_size_changed_with_jilu_refuses_hers_in_english(
    qtbot: QtBot, services: AppServices, cli: AppServices, page: SettingsPage
) -> None:
    services.settings.set_language("en")  # the page tells the teacher in the interface's language
    cli.settings.set_font_size(18)
    _set_spin(qtbot, page.font_spin, 16)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.errors.message("font_size") == (
        "while you were editing, the interface font size was changed elsewhere (for example with the jilu "
        'command). So as not to overwrite that change, nothing was saved. Click "Revert" to see the settings '
        "as they are now, then change them again"
    )
    assert services.settings.font_size() == 18


# The service on its own ---------------------------------------------------------------------------------------


def test_save_with_expected_writes_only_what_differs(services: AppServices, cli: AppServices) -> None:
    shown = services.settings.stored(2026)
    assert shown == StoredSettings(2026, YearTargets(), Preferences(), None)
    cli.settings.set_targets(2026, 5, 10)
    cli.settings.set_font_size(14)

    targets, prefs = services.settings.save(
        2026, 6, 8, [7, 8], Preferences("zh", None, False), "2026-09", expected=shown
    )

    assert targets == YearTargets(5, 10)
    assert prefs == Preferences("zh", 14, False)
    assert services.settings.stored(2026) == StoredSettings(
        2026, YearTargets(5, 10), Preferences("zh", 14, False), Month(2026, 9)
    )


@pytest.mark.parametrize(
    ("elsewhere", "field"),
    [
        (lambda s: s.settings.set_targets(2026, 7, 8), "talks_visits"),
        (lambda s: s.settings.set_exempt_months(2026, [1]), "exempt_months"),
        (lambda s: s.settings.set_font_size(18), "font_size"),
        (lambda s: s.settings.set_participation_start("2026-10"), "participation_start"),
    ],
)
def test_a_changed_value_changed_elsewhere_refuses_everything(
    services: AppServices, cli: AppServices, elsewhere: object, field: str
) -> None:
    # (The language and the reminders have two values each: changed both here and with jilu, they agree.)
    shown = services.settings.stored(2026)
    elsewhere(cli)  # type: ignore[operator]
    before = services.settings.stored(2026)

    with pytest.raises(ConflictError) as caught:
        services.settings.save(2026, 9, 9, [2], Preferences("en", 16, False), "2026-11", expected=shown)

    assert (caught.value.code, caught.value.field) == ("setting_changed_elsewhere", field)
    assert services.settings.stored(2026) == before


def test_expected_must_be_of_the_year_saved(services: AppServices) -> None:
    with pytest.raises(ValueError):
        services.settings.save(2026, 6, 8, [7, 8], Preferences(), expected=services.settings.stored(2025))
