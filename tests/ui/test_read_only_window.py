"""The window over a record book that cannot be written (a write-protected USB stick): it says so at the top,
shows and exports everything, offers no set-up, and every change is refused with the read-only message and
writes nothing.

Root may write where permissions say no: the book is made read-only where the program decides it
(storage.opening.can_write), and SQLite's mode=ro refuses any write whoever runs the tests.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage import opening
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.ui import messages
from jilu_desktop.ui.dialogs import export_dialog
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog
from jilu_desktop.ui.export_jobs import ExportKind
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.pledge import PledgePage
from jilu_desktop.ui.pages.settings import SettingsPage
from jilu_desktop.ui.pages.students import StudentsPage
from tests.ui.test_export_dialog import SaveAs, choose, click_and_wait

READ_ONLY = StorageEnvironmentError(Problem.READ_ONLY).message("zh")
BANNER = (
    "只读：这个记录本不能写入（U盘有写保护，或文件、文件夹是只读的），现在只能查看、导出和打印。"
    "要修改，请关闭U盘的写保护开关、去掉文件的“只读”属性，或把记录本复制到电脑上。"
)


def contents(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".log"
    }


@pytest.fixture
def read_only(
    paths: AppPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Callable[[AppServices], object]], AppServices]]:
    """Fill a book with `fill`, close it, and open it again as from a write-protected USB stick."""
    opened: list[AppServices] = []

    def make(fill: Callable[[AppServices], object]) -> AppServices:
        writable = open_services(paths, clock)
        fill(writable)
        writable.close()
        monkeypatch.setattr(opening, "can_write", lambda _path: False)
        services = open_services(paths, clock, create=False)
        opened.append(services)
        assert services.read_only
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The message boxes shown: (title, text)."""
    shown: list[tuple[str, str]] = []

    def show(_parent: object, title: str, text: str, _icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        shown.append((title, text))

    monkeypatch.setattr(messages, "show_message", show)
    return shown


@pytest.fixture
def book(read_only: Callable[[Callable[[AppServices], object]], AppServices]) -> AppServices:
    return read_only(lambda services: services.demo.fill([2026]))


@pytest.fixture
def window(qtbot: QtBot, book: AppServices, data_dir: Path) -> Iterator[MainWindow]:
    window = MainWindow(book, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def test_the_window_says_it_is_read_only_and_shows_everything(window: MainWindow, book: AppServices) -> None:
    assert window.read_only_banner is not None
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text() == BANNER
    total, _ = book.activities.count()
    assert total > 0
    window.show_page(window.records)
    window.records.show_all_months()
    assert window.records.model.rowCount() > 0
    for row in range(window.nav.count()):  # every page can be shown
        window.nav.setCurrentRow(row)
        assert window.current_page() is window.page(row)


def test_a_writable_book_has_no_banner(make_window: Callable[[], MainWindow]) -> None:
    assert make_window().read_only_banner is None


def test_the_reminder_banner_comes_below_it(window: MainWindow) -> None:
    banner, read_only = window.reminder_banner, window.read_only_banner
    assert read_only is not None
    layout = window._right
    assert layout.indexOf(read_only) == 0 and layout.indexOf(banner) == 1


def test_an_empty_read_only_book_offers_no_set_up(
    qtbot: QtBot, read_only: Callable[[Callable[[AppServices], object]], AppServices]
) -> None:
    services = read_only(lambda _services: None)
    assert services.setup.needs_first_run()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.run_first_run() is None


def test_deleting_a_record_is_refused(
    qtbot: QtBot, window: MainWindow, book: AppServices, data_dir: Path, told: list[tuple[str, str]]
) -> None:
    before, total = contents(data_dir), book.activities.count()
    window.show_page(window.records)
    page = window.records
    page.show_all_months()
    page.select_record(page.model.row(0).id)
    box = page.delete_selected()
    assert box is not None
    page._delete_answered(True, page.selected_ids())
    assert told == [("无法删除记录", READ_ONLY)]
    assert book.activities.count() == total and not window.undo_stack.canUndo()
    assert contents(data_dir) == before


def test_editing_and_adding_a_record_is_refused(
    window: MainWindow, book: AppServices, data_dir: Path, told: list[tuple[str, str]]
) -> None:
    before = contents(data_dir)
    window.show_page(window.records)
    window.records.show_all_months()
    record_id = window.records.model.row(0).id
    dialog = window.open_record(record_id)
    assert dialog is not None
    dialog.place_edit.setText("图书室")
    dialog.save()
    assert told == [("无法保存", READ_ONLY)]
    assert dialog.isVisible()  # the draft stays, to be saved once the stick can be written
    dialog.done(0)
    assert book.activities.get(record_id).activity.place != "图书室"
    assert contents(data_dir) == before


def test_students_cannot_be_added_or_deleted(
    window: MainWindow, book: AppServices, data_dir: Path, told: list[tuple[str, str]]
) -> None:
    before, students = contents(data_dir), book.students.list()
    window.show_page(window.page(window._students))
    page = window.current_page()
    assert isinstance(page, StudentsPage)
    dialog = page.add_student()
    dialog.name_edit.setText("赵敏")
    dialog.save()
    assert dialog.errors.lang == "zh"
    general = [label.text() for label in dialog.findChildren(QLabel) if label.text() == READ_ONLY]
    assert general == [READ_ONLY]
    dialog.done(0)
    # A student with no records is asked about first; the deletion itself is refused.
    page._delete_now(students[-1].id)
    assert told == [("无法完成操作", READ_ONLY)]
    assert book.students.list() == students
    assert contents(data_dir) == before


def test_the_pledge_and_the_settings_are_not_saved(window: MainWindow, data_dir: Path) -> None:
    before = contents(data_dir)
    pledge = window.page(window._pledge)
    assert isinstance(pledge, PledgePage)
    window.show_page(pledge)
    shown = pledge.pledge_shown()
    assert shown is not None
    pledge.measures_edit.setPlainText("每周三次午休辅导")
    assert pledge.save() is False
    assert pledge.errors.lang == "zh"
    assert READ_ONLY in [label.text() for label in pledge.findChildren(QLabel)]
    pledge.measures_edit.setPlainText(shown.measures)

    settings = window.page(window._settings)
    assert isinstance(settings, SettingsPage)
    window.show_page(settings)
    assert settings.save() is False
    assert settings.general_error.text() == READ_ONLY and settings.general_error.isVisibleTo(settings)
    assert contents(data_dir) == before


def test_the_record_book_is_exported(
    qtbot: QtBot, window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = contents(data_dir)
    target = tmp_path / "desktop" / "记录本.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(target))
    dialog = window.export()
    assert isinstance(dialog, ExportDialog)
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog, ExportKind.BOOK, 2026)
    click_and_wait(qtbot, dialog, dialog.save_button)
    assert target.is_file() and target.stat().st_size > 10_000
    dialog.done(0)
    assert contents(data_dir) == before


def test_closing_writes_nothing_beside_the_book(window: MainWindow, data_dir: Path) -> None:
    before = contents(data_dir)
    window.nav.setCurrentRow(2)
    window.close()
    assert contents(data_dir) == before
