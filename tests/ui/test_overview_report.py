"""概览 tells a step that cannot be undone (its profile step, on a stack other than the window's) in a box, with
the students and pledge pages' one report_failure (ui.pages.page_undo): the title in its own words, the reason
in the teacher's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.errors import ConflictError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui import messages
from jilu_desktop.ui.pages import overview, page_undo
from jilu_desktop.ui.pages.overview import OverviewPage
from tests.ui.keyboard import type_text


def _profile_step_undone_after_a_change_elsewhere(qtbot: QtBot, services: AppServices) -> None:
    """The school changed on the page, then again with `jilu`: undoing the page's step is refused."""
    services.profile.update(name="王丽华", school="湖塘实验小学")
    stack = QUndoStack()
    page = OverviewPage(services, stack)
    qtbot.addWidget(page)
    page.refresh()
    dialog = page.edit_profile()
    dialog.school_edit.clear()
    type_text(qtbot, dialog.school_edit, "武进区湖塘实验小学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.profile_dialog is None)
    assert stack.count() == 1
    services.profile.update(school="另一所学校")  # with `jilu`, meanwhile
    stack.undo()


def test_the_overview_reports_through_the_shared_report_failure(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert overview.report_failure is page_undo.report_failure  # the students and pledge pages' one, no copy
    reported: list[tuple[object, str, Exception, Lang]] = []
    monkeypatch.setattr(overview, "report_failure", lambda *args: reported.append(args))

    _profile_step_undone_after_a_change_elsewhere(qtbot, services)

    assert len(reported) == 1
    page, title, error, lang = reported[0]
    assert isinstance(page, OverviewPage)
    assert (title, lang) == ("无法完成操作", "zh")
    assert isinstance(error, ConflictError)


def test_the_box_says_what_went_wrong_in_the_teachers_words(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon=None: told.append((title, text)))
    services.settings.set_language("en")

    _profile_step_undone_after_a_change_elsewhere(qtbot, services)

    assert len(told) == 1
    title, text = told[0]
    assert title == "无法完成操作"  # the page's own title (no translation installed in this test)
    assert text and not any("\u4e00" <= c <= "\u9fff" for c in text)  # the reason in English, as chosen
