"""导出与打印 as a new teacher meets it: what each choice is, a pledge signed but not saved, and the keyboard.

The teacher has just set up her book (profile, key mentee, pledge) and logged a record; the window is the real
one, so that the dialog finds the pages as they are on screen.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jilu_desktop.domain.students import Difficulty
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog
from jilu_desktop.ui.export_jobs import ExportKind
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.test_signature_pad import draw, zigzag

WAIT_MS = 60_000


@pytest.fixture
def new_book(services: AppServices) -> AppServices:
    """What the first-run wizard leaves: a profile, the key mentee and an unsigned (no picture) pledge."""
    services.setup.complete(
        {"name": "王丽华", "gender": "女", "school": "武进区湖塘实验小学", "post": "语文教师", "title": ""},
        {
            "name": "李小明",
            "class_name": "五(1)班",
            "gender": None,
            "birth_year": "2015",
            "difficulties": [Difficulty.LEARNING],
            "difficulty_detail": "数学基础薄弱",
        },
        {"measures": "每周两次午休辅导数学", "commitments": "", "signed_on": "2026-12-04"},
    )
    return services


def _window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    return window


def _export(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    dialog = window.export()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_each_choice_says_what_it_is_under_it(
    new_book: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    dialog = _export(qtbot, _window(qtbot, make_window))

    notes = {kind: note.text() for kind, note in dialog.kind_notes.items()}
    assert notes[ExportKind.BOOK] == "本学年的志愿书、活动记录和月度汇总，交校工会。"
    assert notes[ExportKind.PLEDGE] and notes[ExportKind.BLANK_PLEDGE]
    assert all(note.isVisible() for note in dialog.kind_notes.values())
    assert not dialog.unsaved_label.isVisible() and not dialog.save_pages_button.isVisible()
    dialog.close()


def test_a_signature_drawn_but_not_saved_is_pointed_out_and_saved_on_request(
    new_book: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = _window(qtbot, make_window)
    window.nav.setCurrentRow(4)
    page = window.current_page()
    assert isinstance(page, PledgePage)
    page.scroll_area.ensureWidgetVisible(page.signature.pad)
    draw(qtbot, page.signature.pad, zigzag())
    assert page.has_unsaved_changes()

    dialog = _export(qtbot, window)

    # Exported now, the pledge would have no signature: said at once, with the way out beside it.
    assert dialog.unsaved_label.isVisible()
    assert dialog.unsaved_label.text() == "“志愿书”页上有还没保存的修改（例如刚写的签名），导出的文件中不会有。"
    assert dialog.save_pages_button.isVisible() and dialog.save_pages_button.isEnabled()
    view = new_book.pledges.get(2026)
    assert view is not None and view.pledge.signature_png is None

    qtbot.mouseClick(dialog.save_pages_button, Qt.MouseButton.LeftButton)

    view = new_book.pledges.get(2026)
    assert view is not None and view.pledge.signature_png is not None
    assert not page.has_unsaved_changes()
    assert not dialog.unsaved_label.isVisible() and not dialog.save_pages_button.isVisible()
    dialog.close()


def test_a_page_that_cannot_be_saved_sends_the_teacher_there(
    new_book: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = _window(qtbot, make_window)
    window.nav.setCurrentRow(4)
    page = window.current_page()
    assert isinstance(page, PledgePage)
    page.measures_edit.setPlainText("措" * 1001)  # longer than a pledge may hold
    assert page.has_unsaved_changes()
    dialog = _export(qtbot, window)

    assert not dialog.save_pages()

    assert dialog.unsaved_label.text() == "“志愿书”页没有保存成功。请关闭这个窗口，到那一页看提示。"
    assert dialog.save_pages_button.isVisible()
    dialog.close()


def test_the_keyboard_stays_on_the_button_pressed_so_enter_does_not_close(
    new_book: AppServices, make_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    dialog = _export(qtbot, _window(qtbot, make_window))
    dialog.activateWindow()
    dialog.preview_button.setFocus()
    qtbot.waitUntil(dialog.preview_button.hasFocus)

    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        QTest.keyClick(dialog.preview_button, Qt.Key.Key_Space)

    assert dialog.pdf.page_count() > 0
    assert dialog.preview_button.hasFocus()
    assert not dialog.close_button.hasFocus()
    dialog.close()
