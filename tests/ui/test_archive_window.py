"""文件 → 导出数据包 / 导入数据包 in the real window: the file written and checked, a book brought from another
computer shown everywhere with the undo stack emptied and the old book backed up, and every refusal (cancelled,
damaged, not an archive, a read-only book) told in plain words with nothing changed.

The file dialogs are stand-ins that answer at once; the messages told are recorded (the `told` fixture); the
confirmation, the worker and the services are the real thing.
"""

# The fixtures `read_only` and `told` are imported from the read-only window's tests and used as parameters.
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.archive import describe
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage.archive import ArchiveInfo, BookSummary
from jilu_desktop.ui import archive_files
from jilu_desktop.ui.dialogs.archive_dialog import ImportConfirmDialog
from jilu_desktop.ui.export_jobs import default_folder
from jilu_desktop.ui.main_window import MainWindow
from jilu_desktop.ui.pages.pledge import PledgePage
from tests.ui.test_export_dialog import SaveAs
from tests.ui.test_read_only_window import contents, read_only, told  # noqa: F401  (fixtures)

WAIT_MS = 30_000
OTHER_TEACHER = "李芳"
OTHER_STUDENT = "周小雨"


class Files(SaveAs):
    """Stands in for QFileDialog: the save dialog answers `save`, the open dialog `open` ("" = cancelled)."""

    def __init__(self, save: Path | None = None, open: Path | None = None) -> None:
        super().__init__(save)
        self.open_answer = open
        self.opened_in: list[Path] = []
        self.open_filters: list[str] = []

    def getOpenFileName(self, parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        self.opened_in.append(Path(folder))
        self.open_filters.append(filters)
        return (str(self.open_answer) if self.open_answer else "", filters)


def use_files(monkeypatch: pytest.MonkeyPatch, save: Path | None = None, open: Path | None = None) -> Files:
    files = Files(save, open)
    monkeypatch.setattr(archive_files, "QFileDialog", files)
    return files


def shown_window(qtbot: QtBot, services: AppServices, data_dir: Path) -> MainWindow:
    """The window over `services`, on screen."""
    window = MainWindow(services, data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, services: AppServices, data_dir: Path) -> MainWindow:
    """The window over the demo book (王丽华's), as on the computer the archive is brought to."""
    services.demo.fill([2025, 2026])
    return shown_window(qtbot, services, data_dir)


@pytest.fixture
def other_book(tmp_path: Path, clock: FixedClock) -> Iterator[AppServices]:
    """Another teacher's book on another computer: one school year of demo records and a student of her own."""
    other = open_services(AppPaths(tmp_path / "other-computer"), clock)
    other.demo.fill([2026])
    other.profile.update(name=OTHER_TEACHER, school="武进区星河实验小学")
    other.students.add(name=OTHER_STUDENT, class_name="三(2)班")
    yield other
    other.close()


@pytest.fixture
def archive(other_book: AppServices, tmp_path: Path) -> Path:
    """Her book exported to a USB stick."""
    stick = tmp_path / "usb"
    stick.mkdir()
    return other_book.archive.export(stick / other_book.archive.suggested_name()).path


def run_step(qtbot: QtBot, window: MainWindow, start: Callable[[], object]) -> None:
    """Start an export or import step and wait until the worker is done and its outcome shown."""
    with qtbot.waitSignal(window.archive.work_done, timeout=WAIT_MS):
        start()


def confirmation(window: MainWindow) -> ImportConfirmDialog:
    dialog = window.archive.confirmation
    assert isinstance(dialog, ImportConfirmDialog) and dialog.isVisible()
    return dialog


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*before-import*"))


def student_names(services: AppServices) -> list[str]:
    return sorted(record.student.name for record in services.students.list())


# Export ------------------------------------------------------------------------------------------------------


def test_the_file_menu_offers_both_beside_the_pdf_export(window: MainWindow) -> None:
    actions = window.export_action.associatedObjects()
    file_menu = next(o for o in actions if o is not window and hasattr(o, "actions"))
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[attr-defined]
    at = texts.index("导出与打印(&P)…")
    assert texts[at + 1 : at + 4] == ["", "导出数据包（换电脑用）(&D)…", "导入数据包(&I)…"]
    assert window.export_archive_action.isEnabled() and window.import_archive_action.isEnabled()


def test_exporting_writes_a_checked_archive_of_the_book(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    target = tmp_path / "usb" / "记录本数据.jilu"
    target.parent.mkdir()
    files = use_files(monkeypatch, save=target)

    run_step(qtbot, window, window.export_archive_action.trigger)

    assert files.proposed == [default_folder() / "记录本数据-王丽华-2026-12-04.jilu"]
    info = services.archive.inspect(target)
    assert info.book == services.archive.current()
    assert info.book.teacher_name == "王丽华" and info.book.activities > 100
    [(title, text)] = told
    assert title == "数据包已导出"
    assert str(target) in text and describe(info.book, "zh") in text
    assert "学生的个人信息" in text and "妥善保管U盘" in text


def test_the_extension_is_added_and_the_folder_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, str]]
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    files = use_files(monkeypatch, save=stick / "换电脑")  # typed without .jilu

    run_step(qtbot, window, window.export_archive)
    run_step(qtbot, window, window.export_archive)

    assert (stick / "换电脑.jilu").is_file() and not (stick / "换电脑").exists()
    assert files.proposed[1] == stick / "记录本数据-王丽华-2026-12-04.jilu"  # where she saved last time


def test_cancelling_the_save_dialog_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, str]]
) -> None:
    use_files(monkeypatch, save=None)
    window.export_archive()
    assert told == [] and not window.tasks.busy()


def test_a_folder_that_cannot_take_the_file_is_told(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, str]]
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    use_files(monkeypatch, save=not_a_folder / "记录本数据.jilu")

    run_step(qtbot, window, window.export_archive)

    assert told == [("无法导出数据包", DomainError("export_bad_folder", folder=str(not_a_folder)).message("zh"))]
    assert not_a_folder.read_text() == "x"


# Import ------------------------------------------------------------------------------------------------------


def test_importing_replaces_the_book_everywhere_and_empties_the_undo_stack(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before = services.archive.current()
    # A change of her own first: after the import, Ctrl+Z must not reach into the replaced book.
    window.show_page(window.records)
    page = window.records
    page.show_all_months()
    page.select_record(page.model.row(0).id)
    page._delete_answered(True, page.selected_ids())
    assert window.undo_stack.canUndo()
    files = use_files(monkeypatch, open=archive)

    run_step(qtbot, window, window.import_archive_action.trigger)

    assert files.opened_in == [default_folder()]
    dialog = confirmation(window)
    expected = other_book.archive.current()
    assert describe(expected, "zh") in dialog.archive_label.text()
    assert "导出时间：2026-12-04 08:30" in dialog.archive_label.text()
    assert describe(services.archive.current(), "zh") in dialog.current_label.text()
    assert dialog.replace_button.text() == "替换为数据包中的记录本"
    assert dialog.cancel_button.isDefault() and QApplication.focusWidget() is dialog.cancel_button
    assert "整个替换" in dialog.warning.text() and "备份" in dialog.warning.text()

    run_step(qtbot, window, lambda: qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton))

    # The book is hers now, in the database and on every page.
    assert services.archive.current() == expected
    assert OTHER_STUDENT in student_names(services) and student_names(services) == student_names(other_book)
    assert services.profile.get().name == OTHER_TEACHER  # type: ignore[union-attr]
    assert window.current_page() is page
    page.show_all_months()
    assert page.model.rowCount() == expected.activities != before.activities
    window.show_page(window.overview)
    assert window.overview.isVisible()
    # Nothing to undo: the deletion was made in the book that is gone.
    assert not window.undo_stack.canUndo() and window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    # The old book is kept in a backup, which the teacher is told of.
    [backup] = backups(data_dir)
    [(title, text)] = told
    assert title == "数据包已导入"
    assert describe(expected, "zh") in text and str(backup) in text
    assert "学生的个人信息" in text
    assert window.archive.confirmation is None


def test_the_imported_book_shows_on_every_page(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    for row in range(window.nav.count()):  # every page made and shown once, over the old book
        window.nav.setCurrentRow(row)
    use_files(monkeypatch, open=archive)
    run_step(qtbot, window, window.import_archive)
    run_step(qtbot, window, confirmation(window).accept)

    shown: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        assert page is not None
        shown += [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit) if w.isVisibleTo(page)]
    assert any(OTHER_TEACHER in text for text in shown)  # the overview's and the pledge's profile
    assert [text for text in shown if "王丽华" in text] == []


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before, names = services.archive.current(), student_names(services)
    use_files(monkeypatch, open=archive)

    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):  # Enter is Cancel, the default; Esc too
        run_step(qtbot, window, window.import_archive)
        dialog = confirmation(window)
        with qtbot.waitSignal(dialog.finished):
            QTest.keyClick(QApplication.focusWidget() or dialog, key)
        assert dialog.result() == 0

    assert services.archive.current() == before and student_names(services) == names
    assert backups(data_dir) == [] and told == [] and not window.tasks.busy()


def flip_bytes(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    for i in range(middle, middle + 8):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda archive: flip_bytes(archive), "archive_damaged"),
        (
            lambda archive: archive.with_name("作业.jilu").write_text("不是数据包") and archive.with_name("作业.jilu"),
            "archive_not_archive",
        ),
        (lambda archive: archive.with_name("不在了.jilu"), "archive_not_found"),
    ],
    ids=["damaged", "not-an-archive", "gone"],
)
def test_a_file_that_cannot_be_imported_is_told_and_nothing_changes(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
    make: Callable[[Path], Path],
    code: str,
) -> None:
    before, names = services.archive.current(), student_names(services)
    chosen = make(archive)
    use_files(monkeypatch, open=chosen)

    run_step(qtbot, window, window.import_archive)

    assert window.archive.confirmation is None
    [(title, text)] = told
    assert title == "无法导入数据包"
    with pytest.raises(DomainError) as raised:
        services.archive.inspect(chosen)
    assert raised.value.code == code and text == raised.value.message("zh")
    assert services.archive.current() == before and student_names(services) == names
    assert backups(data_dir) == []


def test_an_archive_renamed_zip_can_be_chosen_and_imported(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    """A mail program or a colleague renamed it 记录本数据.zip: the open dialog can show every file, not only
    .jilu ones, and the archive is recognised by what it holds, not by its name."""
    renamed = archive.rename(archive.with_suffix(".zip"))
    files = use_files(monkeypatch, open=renamed)

    run_step(qtbot, window, window.import_archive)

    [filters] = files.open_filters
    assert filters.split(";;") == ["记录本数据包 (*.jilu)", "所有文件 (*)"]
    run_step(qtbot, window, confirmation(window).accept)
    assert services.archive.current() == other_book.archive.current()


def test_an_empty_book_is_asked_more_simply_and_not_backed_up(
    qtbot: QtBot,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    window = shown_window(qtbot, services, data_dir)
    use_files(monkeypatch, open=archive)

    run_step(qtbot, window, window.import_archive)

    box = window.archive.confirmation
    assert isinstance(box, QMessageBox) and not isinstance(box, ImportConfirmDialog)
    assert describe(other_book.archive.current(), "zh") in box.text()
    assert box.defaultButton().text() == "取消"
    [yes] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert yes.text() == "导入"
    run_step(qtbot, window, lambda: qtbot.mouseClick(yes, Qt.MouseButton.LeftButton))

    assert services.archive.current() == other_book.archive.current()
    assert backups(data_dir) == []
    [(title, text)] = told
    assert title == "数据包已导入" and "备份" not in text


def test_the_imported_language_is_for_the_next_start_and_its_font_size_is_applied_now(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    other_book: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
    app_font: QFont,
) -> None:
    other_book.settings.set_language("en")
    other_book.settings.set_font_size(15)
    archive = other_book.archive.export(tmp_path / "english.jilu").path
    use_files(monkeypatch, open=archive)

    run_step(qtbot, window, window.import_archive)
    run_step(qtbot, window, confirmation(window).accept)

    assert services.settings.language() == "en"
    [(title, text)] = told
    assert title == "数据包已导入"  # in the language the window speaks until it is started again
    assert "界面语言将在下次启动记录本时改为“English”。" in text
    assert QApplication.font().pointSizeF() == 15


def test_an_unsaved_pledge_is_asked_about_first(
    qtbot: QtBot, window: MainWindow, archive: Path, monkeypatch: pytest.MonkeyPatch, told: list[tuple[str, str]]
) -> None:
    pledge = window.page(window._pledge)
    assert isinstance(pledge, PledgePage)
    window.show_page(pledge)
    pledge.measures_edit.setPlainText("每周三次午休辅导")
    assert pledge.has_unsaved_changes()
    files = use_files(monkeypatch, open=archive)

    window.import_archive()

    assert pledge.leave_box is not None and files.opened_in == []  # nothing chosen until the pledge is answered
    with qtbot.waitSignal(window.archive.work_done, timeout=WAIT_MS):
        qtbot.mouseClick(pledge.leave_discard_button, Qt.MouseButton.LeftButton)
    run_step(qtbot, window, confirmation(window).accept)
    assert not pledge.has_unsaved_changes()
    assert pledge.measures_edit.toPlainText() != "每周三次午休辅导"


# A read-only book --------------------------------------------------------------------------------------------


@pytest.fixture
def read_only_window(
    qtbot: QtBot, read_only: Callable[[Callable[[AppServices], object]], AppServices], data_dir: Path
) -> MainWindow:
    return shown_window(qtbot, read_only(lambda services: services.demo.fill([2026])), data_dir)


def test_a_read_only_book_is_exported_and_writes_nothing_beside_it(
    qtbot: QtBot,
    read_only_window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before = contents(data_dir)
    target = tmp_path / "记录本数据.jilu"
    use_files(monkeypatch, save=target)

    run_step(qtbot, read_only_window, read_only_window.export_archive)

    assert told[0][0] == "数据包已导出"
    assert read_only_window.archive.confirmation is None
    book = read_only_window._services
    assert book.archive.inspect(target).book == book.archive.current()
    assert contents(data_dir) == before  # not even the folder last saved to


def test_a_read_only_book_refuses_to_import(
    read_only_window: MainWindow,
    archive: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: list[tuple[str, str]],
) -> None:
    before = contents(data_dir)
    files = use_files(monkeypatch, open=archive)
    assert not read_only_window.import_archive_action.isEnabled()
    assert read_only_window.import_archive_action.statusTip() == "只读的记录本不能导入数据包"

    read_only_window.import_archive()

    [(title, text)] = told
    assert title == "无法导入数据包" and "只读" in text and "写保护" in text
    assert files.opened_in == [] and not read_only_window.tasks.busy()
    assert contents(data_dir) == before


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
@pytest.mark.parametrize("points", [10, 16, 20])
def test_the_confirmation_shows_every_word_at_every_font_size(
    qtbot: QtBot,
    services: AppServices,
    other_book: AppServices,
    archive: Path,
    language: str,
    points: int,
) -> None:
    """A teacher who reads with a large font (设置 → 界面字号) still reads every line before her book is replaced:
    the dialog grows to fit, the two books one above the other where side by side is wider than the screen
    (offscreen: 800 × 800 px, where 24 pt cannot fit at all)."""
    from jilu_desktop.ui.preferences import apply_font_size
    from tests.ui.test_i18n import clipped_texts

    services.demo.fill([2026], per_month=2)
    apply_font_size(points)
    dialog = ImportConfirmDialog(services.archive.inspect(archive), services.archive.current(), "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert clipped_texts(dialog) == []
    for box in (dialog.archive_box, dialog.current_box):
        title_width = box.fontMetrics().horizontalAdvance(box.title())
        assert box.width() > title_width, box.title()


def _summary(name: str, changed: str | None) -> BookSummary:
    when = dt.datetime.fromisoformat(changed).replace(tzinfo=dt.UTC) if changed else None
    return BookSummary(name, "", 3, 40, 1, dt.date(2026, 9, 1), dt.date(2026, 12, 1), when)


@pytest.mark.parametrize(
    ("here", "there", "warned"),
    [("2026-12-04 08:30", "2026-12-01 10:00", True), ("2026-11-20 08:30", "2026-12-01 10:00", False)],
)
def test_the_confirmation_warns_when_the_book_here_is_newer(
    qtbot: QtBot, tmp_path: Path, here: str, there: str, warned: bool
) -> None:
    """Work done on this computer after the archive's newest change would be left only in the backup: the
    confirmation says so, with both times, and both books show when they were last changed."""
    archive = ArchiveInfo(tmp_path / "a.jilu", dt.datetime(2026, 12, 1, 10, 5, tzinfo=dt.UTC), "0.1.0", "x", 1,
                          _summary(OTHER_TEACHER, there))  # fmt: skip
    dialog = ImportConfirmDialog(archive, _summary("王丽华", here), "zh")
    qtbot.addWidget(dialog)
    assert f"最近修改：{there[:16]}" in dialog.archive_label.text()
    assert f"最近修改：{here[:16]}" in dialog.current_label.text()
    if warned:
        assert dialog.newer_warning is not None
        assert dialog.newer_warning.text().startswith(
            f"注意：这台电脑上的记录本比数据包中的更新（这里最近一次修改在 {here}，数据包中是 {there}）。"
        )
    else:
        assert dialog.newer_warning is None
    assert dialog.cancel_button.isDefault()
