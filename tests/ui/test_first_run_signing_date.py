"""The pledge step's signing date, as a new teacher meets it in December: today is offered, and the step says what
the date decides (the months before it read 未参加), so that one who signed the paper form in September enters that."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.calendar import Month
from jilu_desktop.services import AppServices
from jilu_desktop.ui.first_run import PLEDGE, FirstRunWizard


def _at_the_pledge_step(qtbot: QtBot, services: AppServices) -> FirstRunWizard:
    wizard = FirstRunWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.profile_page.name_edit.setText("王丽华")
    wizard.next()
    wizard.mentee_page.name_edit.setText("李小明")
    wizard.next()
    assert wizard.currentId() == PLEDGE
    return wizard


def test_the_signing_date_says_what_it_decides(qtbot: QtBot, services: AppServices) -> None:
    wizard = _at_the_pledge_step(qtbot, services)
    page = wizard.pledge_page

    assert page.signed_edit.date() == QDate(2026, 12, 4)
    assert page.signed_note.isVisible()
    assert page.signed_note.text() == (
        "如果已经在纸质志愿书上签过名，请填当时的日期。本学年从签名的那个月起计算每月的进度，"
        "之前的月份记为“未参加”（可以在“设置”中更改）。"
    )


def test_a_september_signing_makes_september_count(qtbot: QtBot, services: AppServices) -> None:
    wizard = _at_the_pledge_step(qtbot, services)
    wizard.pledge_page.signed_edit.setDate(QDate(2026, 9, 8))
    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert not services.setup.needs_first_run()
    assert services.progress.participation().start == Month(2026, 9)
