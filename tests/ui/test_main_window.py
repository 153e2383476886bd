"""The shell: pages, menus and shortcuts, the status bar, undo and redo, the window's place, closing safely."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.main_window import WINDOW_STATE_FILE, MainWindow
from jilu_desktop.ui.tasks import Progress
from tests.ui.keyboard import type_text

WAIT_MS = 10_000


@pytest.fixture
def shown(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> Callable[[], MainWindow]:
    """The window on screen and active, so that its shortcuts work as they do for the teacher."""

    def make() -> MainWindow:
        window = make_window()
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def test_title_menus_pages_and_today(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()

    assert window.windowTitle() == "“168”爱生行动记录本"
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "查看(&V)", "帮助(&H)"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "概览",
        "活动记录",
        "日历",
        "学生",
        "志愿书",
        "设置",
    ]
    assert window.current_page() is window.overview
    assert window.quit_action.text() == "退出(&X)"
    assert window.about_action.text() == "关于(&A)"
    assert window.today_label.text() == "今天：2026年12月4日 星期五"


def test_standard_shortcuts(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()

    def keys(action: object) -> list[str]:
        return [k.toString() for k in action.shortcuts()]  # type: ignore[attr-defined]

    assert keys(window.new_action) == [QKeySequence(QKeySequence.StandardKey.New).toString()] == ["Ctrl+N"]
    assert keys(window.find_action) == ["Ctrl+F"]
    assert keys(window.undo_action) == ["Ctrl+Z"]
    assert keys(window.redo_action) == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys(window.export_action) == ["Ctrl+P"]
    assert keys(window.help_action) == ["F1"]
    assert [keys(a) for a in window.view_menu_actions] == [[f"Ctrl+{i}"] for i in range(1, 7)]


def test_pages_by_list_and_by_key(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.records
    assert window.records.month_combo.count() > 0  # read when first shown

    window.nav.setCurrentRow(0)
    assert window.current_page() is window.overview


def test_ctrl_n_on_any_page_logs_a_record_and_every_page_shows_it(
    qtbot: QtBot, services: AppServices, shown: Callable[[], MainWindow]
) -> None:
    services.students.add(name="李小明")
    services.activities.add(date="2026-12-01", kind="talk", student_ids=[1], place="办公室", content="谈心")
    window = shown()
    assert window.overview.talks_visits.count_label.text() == "1 / 6 人次"
    qtbot.waitUntil(window.overview.details_shown)

    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.records.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.picker.line_edit.hasFocus)
    type_text(qtbot, dialog.picker.line_edit, "小明")
    QTest.keyClick(dialog.picker.line_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.content_edit, "课间谈心")
    QTest.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(services.activities.list()) == 2
    with qtbot.waitActive(window):  # back from the dialog (the offscreen platform does not do it by itself)
        window.activateWindow()
    assert window.overview.talks_visits.count_label.text() == "2 / 6 人次"  # the page on screen, at once
    assert "课间谈心" in window.overview.latest.item(0).toolTip()
    assert window.statusBar().currentMessage() == "已新增记录。按 Ctrl+Z 可撤销"

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(services.activities.list()) == 1
    assert window.overview.talks_visits.count_label.text() == "1 / 6 人次"
    assert window.statusBar().currentMessage() == "已撤销：新增记录"
    assert window.undo_action.text() == "撤销"
    assert window.redo_action.text() == "重做 新增记录"

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(services.activities.list()) == 2
    assert window.statusBar().currentMessage() == "已重做：新增记录"

    window.show_page(window.records)  # the other page catches up when shown
    assert window.records.count_label.text() == "共 2 条记录，2 人次"


def test_ctrl_f_goes_to_the_search(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert window.current_page() is window.records
    qtbot.waitUntil(window.records.search_edit.hasFocus)


def test_f1_opens_the_help_beside_the_work(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()

    QTest.keyClick(window, Qt.Key.Key_F1)

    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    assert not help_window.isModal()
    text = help_window.browser.toPlainText()  # type: ignore[attr-defined]
    assert "不少于 6 人次" in text and "不少于 8 人次" in text
    assert "Ctrl+N" in text and "Ctrl+Shift+Z" in text
    help_window.close()


def test_ctrl_p_opens_export_and_print(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    from jilu_desktop.ui.dialogs.export_dialog import ExportDialog

    window = shown()

    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    dialogs = [d for d in window.findChildren(ExportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "导出与打印"
    dialogs[0].reject()
    assert window.tasks.wait(WAIT_MS)


def test_an_undo_that_cannot_be_done_is_told(
    qtbot: QtBot, services: AppServices, shown: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon: told.append(text))
    services.students.add(name="李小明")
    window = shown()
    dialog = window.new_record()
    dialog.picker.add(1)
    dialog.place_edit.setText("办公室")
    dialog.content_edit.setPlainText("谈心")
    dialog.save()
    (record,) = services.activities.list()
    services.activities.delete(record.id)  # meanwhile, through the `jilu` command for instance

    window.undo_action.trigger()

    assert told == ["无法完成“新增记录”：没有编号为 1 的活动记录"]
    assert window.undo_stack.count() == 0  # the step that cannot be undone is gone


def test_size_and_place_are_remembered(qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    first = MainWindow(services, data_dir=tmp_path)
    qtbot.addWidget(first)
    first.resize(780, 560)  # within the offscreen screen (800×600), which restoreGeometry keeps to
    first.move(QPoint(40, 30))
    first.show()
    qtbot.waitExposed(first)
    first.show_page(first.records)
    first.close()
    assert (tmp_path / WINDOW_STATE_FILE).is_file()

    second = MainWindow(services, data_dir=tmp_path)
    qtbot.addWidget(second)

    assert second.size() == QSize(780, 560)
    assert second.current_page() is second.records


def test_a_broken_window_file_is_ignored(qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    (tmp_path / WINDOW_STATE_FILE).write_bytes(b"\x00\xff not an ini file")

    window = MainWindow(services, data_dir=tmp_path)
    qtbot.addWidget(window)

    assert window.current_page() is window.overview


def test_closing_with_an_unsaved_record_asks_first(
    qtbot: QtBot, services: AppServices, shown: Callable[[], MainWindow]
) -> None:
    window = shown()
    dialog = window.new_record()
    type_text(qtbot, dialog.content_edit, "写了一半")

    window.close()

    assert window.isVisible()
    box = dialog.discard_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    next(b for b in box.buttons() if b.text() == "放弃(&Q)").click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.close()
    assert not window.isVisible()


def test_closing_waits_for_background_work(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()
    gate = threading.Event()

    def work(progress: Progress) -> None:
        progress(1, 2, "正在导出")
        gate.wait(WAIT_MS / 1000)

    task = window.tasks.run(work, label="导出记录本")
    qtbot.waitUntil(lambda: window.task_label.text() == "正在导出", timeout=WAIT_MS)
    assert window.task_bar.isVisible() and window.task_bar.value() == 1

    window.close()
    assert window.isVisible()
    assert window.statusBar().currentMessage() == "正在完成后台任务，完成后自动关闭……"
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        gate.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)


def test_quit_closes_the_window(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()

    window.quit_action.trigger()

    assert not window.isVisible()


def test_about_does_not_block_and_names_the_data_folder(qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    window = MainWindow(services, data_dir=tmp_path / "数据")
    qtbot.addWidget(window)

    box = window.show_about()  # returns at once: a blocking box would hang this test

    assert box is not None
    assert box.isVisible()
    assert not box.isModal()
    assert str(tmp_path / "数据") in box.text()
    box.close()


def test_storage_problem_while_reading_is_told_not_raised(
    services: AppServices, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "show_message", lambda parent, title, text, icon: shown.append((title, text)))
    window = make_window()

    def locked() -> None:
        raise StorageEnvironmentError(Problem.LOCKED)

    monkeypatch.setattr(services.progress, "month", locked)
    window.refresh()

    assert shown == [("无法读取记录", StorageEnvironmentError(Problem.LOCKED).message("zh"))]


def test_no_dialogs_env_logs_instead(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(messages.NO_DIALOGS_ENV, "1")
    window = make_window()

    assert window.show_about() is None
    assert "关于记录本" in capsys.readouterr().err


def test_message_icon_is_kept(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    box = messages.show_message(window, "标题", "内容", QMessageBox.Icon.Warning)

    assert box is not None
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()
    window.show_page(window.records)
    dialog = window.new_record()
    unnamed = [
        widget
        for top in (window, dialog)
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QTableView, QListWidget)
        for widget in top.findChildren(kind)
        # The line edit inside a combo or date box is named by its box.
        if widget.isVisible()
        and not widget.accessibleName()
        and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
    ]
    assert unnamed == []
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() for b in buttons)
    QApplication.processEvents()


def test_a_second_start_brings_the_minimized_window_back(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    window = shown()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    window.bring_to_front()
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible()


def test_a_page_chosen_by_key_has_the_keyboard(qtbot: QtBot, shown: Callable[[], MainWindow]) -> None:
    """Ctrl+1, Ctrl+2…: the keyboard goes into the page chosen (its first field, or where it was last there), also
    when it was inside the page left, which is now hidden; a page chosen in the list keeps it in the list."""
    window = shown()
    window.activateWindow()
    qtbot.waitActive(window)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # 学生
    students = window.current_page()
    assert students is not None
    inside = QApplication.focusWidget()
    assert inside is not None and students.isAncestorOf(inside), inside

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # 活动记录, from inside a page
    focused = QApplication.focusWidget()
    assert focused is not None and window.records.isAncestorOf(focused), focused

    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # back: where it was
    assert QApplication.focusWidget() is inside

    window.nav.setFocus()
    window.nav.setCurrentRow(0)
    assert QApplication.focusWidget() is window.nav
