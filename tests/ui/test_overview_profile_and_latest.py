"""概览: a teacher without a profile fills it in from the page (no command line), and 最近的记录 shows as many
records as its box has room for, at a small and at a big window size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.keyboard import type_text

SMALL, BIG = QSize(1024, 700), QSize(1600, 1000)
PLEDGE = 4  # the page's place in the window


def _shown(qtbot: QtBot, make_window: Callable[[], MainWindow], size: QSize = SMALL) -> MainWindow:
    window = make_window()
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.overview.details_shown)
    return window


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_the_prompt_and_its_button_are_shown_whole(
    qtbot: QtBot, make_window: Callable[[], MainWindow], language: Lang
) -> None:
    page = _shown(qtbot, make_window).overview
    prompt, button = page.prompt_label, page.profile_button

    assert (
        prompt.text()
        == {
            "zh": "还没有填写个人信息。您的姓名会印在志愿书和记录本上。",
            "en": "Your profile is not filled in yet. Your name goes on the pledge and the record book.",
        }[language]
    )
    assert button.text() == {"zh": "填写个人信息(&P)…", "en": "Fill in the &profile..."}[language]
    assert prompt.isVisible() and button.isVisible()
    shown = button.text().replace("&", "")
    assert button.fontMetrics().horizontalAdvance(shown) <= button.contentsRect().width()
    # The whole sentence, wrapped if need be, within the label.
    needed = prompt.fontMetrics().boundingRect(prompt.contentsRect(), Qt.TextFlag.TextWordWrap, prompt.text())
    assert needed.width() <= prompt.contentsRect().width()
    assert needed.height() <= prompt.contentsRect().height()


def test_the_button_opens_the_profile_dialog_and_saving_shows_the_name(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    window = _shown(qtbot, make_window)
    page = window.overview
    pledge = window.page(PLEDGE)  # made before: it must show the new profile too
    assert isinstance(pledge, PledgePage)

    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    dialog = page.profile_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name_edit.text() == ""
    type_text(qtbot, dialog.name_edit, "王丽华")
    type_text(qtbot, dialog.school_edit, "武进区湖塘实验小学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.profile_dialog is None)
    assert page.prompt_label.isHidden()
    assert page.profile_button.isHidden()
    assert page.name_label.isVisible()
    assert page.name_label.text() == "王丽华 老师"
    assert page.school_label.text() == "武进区湖塘实验小学"
    profile = services.profile.get()
    assert profile is not None and profile.name == "王丽华"
    window.show_page(pledge)
    assert pledge.profile_labels["name"].text() == "王丽华"
    assert pledge.profile_prompt.isHidden()


def test_a_refused_profile_keeps_the_dialog_and_the_prompt(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    page = _shown(qtbot, make_window).overview

    dialog = page.edit_profile()
    dialog.save()  # no name

    assert dialog.isVisible()
    assert dialog.errors.message("name") == "姓名不能为空"
    assert services.profile.get() is None
    dialog.reject()
    qtbot.waitUntil(lambda: page.profile_dialog is None)
    assert page.prompt_label.isVisible() and page.profile_button.isVisible()


def _many_records(services: AppServices, count: int) -> None:
    li = services.students.add(name="李小明")
    for i in range(count):
        services.activities.add(
            date=f"2026-{9 + i // 28:02d}-{1 + i % 28:02d}", kind="talk", student_ids=[li], place="教室", content="谈心"
        )


@pytest.mark.parametrize("size", [SMALL, BIG], ids=["1024x700", "1600x1000"])
def test_latest_records_fill_their_box(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow], size: QSize
) -> None:
    _many_records(services, 60)
    latest = _shown(qtbot, make_window, size).overview.latest
    qtbot.waitUntil(lambda: latest.count() == latest.rows_that_fit())

    rows = latest.count()
    last = latest.visualItemRect(latest.item(rows - 1))
    assert last.bottom() <= latest.viewport().height()  # every line shown whole, none scrolled to
    assert latest.verticalScrollBar().maximum() == 0
    blank = latest.viewport().height() - last.bottom()
    assert blank < 2 * last.height()  # no tall empty box under the lines
    assert latest.item(0).text().startswith("11月4日")  # newest first


def test_latest_records_follow_the_window_size(
    qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]
) -> None:
    _many_records(services, 60)
    window = _shown(qtbot, make_window, SMALL)
    latest = window.overview.latest
    qtbot.waitUntil(lambda: latest.count() == latest.rows_that_fit())
    small = latest.count()

    window.resize(BIG)
    qtbot.waitUntil(lambda: latest.count() == latest.rows_that_fit() and latest.count() > small)
    window.resize(SMALL)
    qtbot.waitUntil(lambda: latest.count() == small)


def test_fewer_records_than_room(qtbot: QtBot, services: AppServices, make_window: Callable[[], MainWindow]) -> None:
    _many_records(services, 4)
    latest = _shown(qtbot, make_window, BIG).overview.latest

    assert latest.count() == 4
