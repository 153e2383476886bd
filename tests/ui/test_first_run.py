"""The first-run wizard driven through its real widgets: set-up, bad input beside its field, demo data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.ui.first_run import DEMO, INTRO, MENTEE, PLEDGE, PROFILE, FirstRunWizard, maybe_run_first_run
from tests.ui.keyboard import type_text

# The services fixture's clock says 2026-12-04: the pledge is for 2026学年.


def _wizard(qtbot: QtBot, services: AppServices) -> FirstRunWizard:
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    return wizard


def _press(qtbot: QtBot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert isinstance(button, QAbstractButton) and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    type_text(qtbot, widget, text)


def _fill_profile(qtbot: QtBot, wizard: FirstRunWizard, name: str = "王丽华") -> None:
    page = wizard.profile_page
    _type(qtbot, page.name_edit, name)
    page.gender_combo.setCurrentIndex(page.gender_combo.findData("女"))
    _type(qtbot, page.school_edit, "武进区湖塘实验小学")
    _type(qtbot, page.post_edit, "语文教师、班主任")


def _fill_mentee(qtbot: QtBot, wizard: FirstRunWizard, birth_year: str = "2015") -> None:
    page = wizard.mentee_page
    _type(qtbot, page.name_edit, "李小明")
    _type(qtbot, page.class_edit, "五(1)班")
    _type(qtbot, page.birth_year_edit, birth_year)
    qtbot.mouseClick(
        page.difficulty_checks[Difficulty.LEARNING],
        Qt.MouseButton.LeftButton,
        pos=_left(page.difficulty_checks[Difficulty.LEARNING]),
    )
    _type(qtbot, page.detail_edit, "数学基础薄弱")


def _left(widget: QAbstractButton) -> QPoint:
    """A point on a check or radio button's box: its centre may lie beyond its text, where a click does nothing."""
    return QPoint(8, widget.height() // 2)


def test_the_whole_set_up(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    assert wizard.currentId() == INTRO
    assert wizard.intro_page.own_button.isChecked()
    _next(qtbot, wizard)

    assert wizard.currentId() == PROFILE
    _fill_profile(qtbot, wizard)
    _next(qtbot, wizard)

    assert wizard.currentId() == MENTEE
    _fill_mentee(qtbot, wizard)
    _next(qtbot, wizard)

    assert wizard.currentId() == PLEDGE
    page = wizard.pledge_page
    assert page.mentee_label.text() == "李小明"
    assert page.year_label.text() == "2026学年（2026.9—2027.8）"
    _type(qtbot, page.measures_edit, "每周两次午休辅导数学")
    page.signed_edit.setDate(QDate(2026, 9, 8))
    assert services.profile.get() is None  # nothing is saved before the last step
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = services.profile.get()
    assert profile is not None
    assert (profile.name, profile.gender, profile.school, profile.post) == (
        "王丽华",
        "女",
        "武进区湖塘实验小学",
        "语文教师、班主任",
    )
    (student,) = services.students.list()
    assert (student.student.name, student.student.class_name, student.student.birth_year) == ("李小明", "五(1)班", 2015)
    assert [d.value for d in student.student.difficulties] == ["learning"]
    view = services.pledges.get(2026)
    assert view is not None
    assert view.mentee.id == student.id
    assert view.pledge.measures == "每周两次午休辅导数学"
    assert view.pledge.signed_on == dt.date(2026, 9, 8)
    assert not services.setup.needs_first_run()


def test_a_missing_name_is_told_beside_it(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _type(qtbot, wizard.profile_page.school_edit, "湖塘实验小学")
    _next(qtbot, wizard)

    page = wizard.profile_page
    assert wizard.currentId() == PROFILE
    assert page.errors.message("name") == "姓名不能为空"
    assert page.errors.label("name").isVisibleTo(page)
    qtbot.waitUntil(page.name_edit.hasFocus)  # the cursor is put where the problem is

    _type(qtbot, page.name_edit, "王丽华")
    assert page.errors.message("name") == ""  # typing takes the message away
    _next(qtbot, wizard)
    assert wizard.currentId() == MENTEE


def test_too_long_a_name(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    wizard.profile_page.name_edit.setText("王" * 31)
    _next(qtbot, wizard)

    assert wizard.currentId() == PROFILE
    assert wizard.profile_page.errors.message("name") == "姓名最多 30 个字，现在有 31 个字"


def test_a_bad_birth_year_is_told_beside_it_and_nothing_is_saved(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _fill_profile(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_mentee(qtbot, wizard, birth_year="20x5")
    _next(qtbot, wizard)

    page = wizard.mentee_page
    assert wizard.currentId() == MENTEE
    assert page.errors.message("birth_year") == "出生年份“20x5”不是有效的年份（应为四位数字，如 2026）"
    page.birth_year_edit.setText("2030")
    _next(qtbot, wizard)
    assert page.errors.message("birth_year") == "出生年份应在 1980 至 2024 之间，现在是 2030"
    assert services.profile.get() is None and services.students.list() == []


def test_messages_in_english_when_the_teacher_chose_english(qtbot: QtBot, services: AppServices) -> None:
    services.settings.set_language("en")
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _next(qtbot, wizard)

    assert wizard.profile_page.errors.message("name") == "name must not be empty"


def test_a_too_long_measure_stays_on_the_pledge_step(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _fill_profile(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_mentee(qtbot, wizard)
    _next(qtbot, wizard)
    wizard.pledge_page.measures_edit.setPlainText("措" * 1001)
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.currentId() == PLEDGE
    assert wizard.isVisible()
    assert wizard.pledge_page.errors.message("measures") == "帮扶措施最多 1000 个字，现在有 1001 个字"
    assert services.profile.get() is None and services.students.list() == [] and services.pledges.years() == []


def test_the_signing_date_cannot_be_in_the_future(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    edit = wizard.pledge_page.signed_edit
    assert edit.maximumDate() == QDate(2026, 12, 4)
    assert edit.minimumDate() == QDate(2026, 6, 1)  # pledges may be signed in the summer before the year
    assert edit.date() == QDate(2026, 12, 4)


def test_cancel_leaves_the_book_empty(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _fill_profile(qtbot, wizard)
    _next(qtbot, wizard)
    _press(qtbot, wizard, QWizard.WizardButton.CancelButton)

    assert wizard.result() == QDialog.DialogCode.Rejected
    assert services.profile.get() is None
    assert services.setup.needs_first_run()


def test_back_keeps_what_was_typed(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    _next(qtbot, wizard)
    _fill_profile(qtbot, wizard)
    _next(qtbot, wizard)
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)

    assert wizard.currentId() == PROFILE
    assert wizard.profile_page.name_edit.text() == "王丽华"


def test_demo_data(qtbot: QtBot, services: AppServices) -> None:
    wizard = _wizard(qtbot, services)
    qtbot.mouseClick(wizard.intro_page.demo_button, Qt.MouseButton.LeftButton, pos=_left(wizard.intro_page.demo_button))
    _next(qtbot, wizard)

    assert wizard.currentId() == DEMO
    assert "2025学年和2026学年的志愿书" in wizard.demo_page.summary_label.text()
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    profile = services.profile.get()
    assert profile is not None and profile.name == "王丽华"
    assert services.pledges.years() == [2025, 2026]
    assert len(services.students.list()) == 12
    records = services.activities.list()
    assert records and min(r.activity.date for r in records) >= dt.date(2025, 9, 1)
    assert max(r.activity.date for r in records) <= dt.date(2026, 12, 4)


def test_no_demo_data_into_a_book_with_students(qtbot: QtBot, services: AppServices) -> None:
    services.students.add(name="李小明")
    wizard = _wizard(qtbot, services)

    assert not wizard.intro_page.demo_button.isEnabled()
    assert wizard.intro_page.demo_note.text() == "记录本中已经有学生，不能再加入示例数据。"


def test_maybe_run_first_run_only_without_a_profile(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[FirstRunWizard] = []

    def fake_exec(self: FirstRunWizard) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(FirstRunWizard, "exec", fake_exec)

    assert maybe_run_first_run(services) is True
    assert len(shown) == 1

    services.profile.update(name="王丽华")
    assert maybe_run_first_run(services) is False
    assert len(shown) == 1


def test_no_wizard_when_dialogs_are_turned_off(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JILU_NO_DIALOGS", "1")
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: pytest.fail("the wizard would wait for nobody"))

    assert maybe_run_first_run(services) is False
    assert services.setup.needs_first_run()
