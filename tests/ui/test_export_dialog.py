"""导出记录本: the real dialog over demo data; saving, previewing and printing run in the background.

The save dialog and the print dialog are replaced by stand-ins that answer at once (a tmp path, a PDF
printer); everything else (the buttons, the worker, the export service, QtPdf) is the real thing.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jilu_desktop.export.data import book_order
from jilu_desktop.services import AppServices
from jilu_desktop.ui import printing
from jilu_desktop.ui.dialogs import export_dialog
from jilu_desktop.ui.dialogs.export_dialog import ExportDialog, open_export_dialog
from jilu_desktop.ui.export_jobs import ExportChoice, ExportKind, school_years
from jilu_desktop.ui.fonts import load_bundled_font
from jilu_desktop.ui.i18n import install_translations
from tests.ui.test_i18n import clipped_texts

WAIT_MS = 60_000  # a worker that never comes back fails the test instead of hanging it
TEACHER = "王丽华"
NO_FONT = "张\U00030001"  # CJK Extension G: no shipped font has it


class SaveAs:
    """Stands in for QFileDialog: records the proposed path and answers with `answer` ("" = cancelled)."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.proposed: list[Path] = []

    def getSaveFileName(self, parent: object, caption: str, proposed: str, filters: str) -> tuple[str, str]:
        self.proposed.append(Path(proposed))
        return (str(self.answer) if self.answer else "", filters)


def printing_to(target: Path, accept: bool = True) -> type[QPrintDialog]:
    """A print dialog the teacher answers at once, choosing “print to file (PDF)”."""

    class Answered(QPrintDialog):
        shown: list[tuple[int, int]] = []  # noqa: RUF012  (the page range offered, per dialog)

        def exec(self) -> int:
            Answered.shown.append((self.minPage(), self.maxPage()))
            printer = self.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(96)  # small page images: the test is about pages, not print quality
            code = QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected
            return int(code.value)

    return Answered


def text_of(pdf: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages))


def page_count(pdf: Path) -> int:
    return len(pypdf.PdfReader(pdf).pages)


@pytest.fixture
def demo(services: AppServices) -> AppServices:
    services.demo.fill([2025, 2026])
    return services


@pytest.fixture
def make_dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[[AppServices], ExportDialog]]:
    made: list[ExportDialog] = []

    def make(services: AppServices) -> ExportDialog:
        dialog = ExportDialog(services, settings_path=tmp_path / "window.ini")
        qtbot.addWidget(dialog)
        made.append(dialog)  # pytest-qt holds widgets weakly
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield make
    for dialog in made:
        assert not dialog.busy(), "a test left work running"


def click_and_wait(qtbot: QtBot, dialog: ExportDialog, button: QWidget) -> None:
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click_box(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator (its middle may lie beyond the label)."""
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(qtbot: QtBot, dialog: ExportDialog, kind: ExportKind, year: int | None = None) -> None:
    click_box(qtbot, dialog.kind_buttons[kind])
    assert dialog.kind_buttons[kind].isChecked()
    if year is not None:
        dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(year))


def test_defaults_the_current_school_year_and_the_options_follow_the_choice(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot
) -> None:
    dialog = make_dialog(demo)

    assert dialog.choice() == ExportChoice(ExportKind.BOOK, 2026, anonymize=False)
    assert dialog.year_combo.currentText() == "2026学年（2026.9—2027.8）"
    assert dialog.anonymize_box.isEnabled() and dialog.anonymize_note.text()
    choose(qtbot, dialog, ExportKind.PLEDGE)
    assert dialog.year_combo.isEnabled() and not dialog.anonymize_box.isEnabled()
    choose(qtbot, dialog, ExportKind.BLANK_PLEDGE)
    assert not dialog.year_combo.isEnabled() and not dialog.anonymize_box.isEnabled()
    assert [b.text() for b in dialog.action_buttons] == ["预览(&V)", "保存为 PDF(&S)…", "打印(&P)…"]


def test_school_years_offered_newest_first_with_the_next_once_pledges_open() -> None:
    import datetime as dt

    assert school_years(dt.date(2026, 12, 4))[:2] == [2026, 2025]
    assert school_years(dt.date(2027, 6, 1))[:2] == [2027, 2026]  # pledges for 2027 may be signed from June
    assert school_years(dt.date(2026, 12, 4))[-1] == 2008


def test_saves_the_record_book_of_2025(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "导出" / "记录本.pdf"
    target.parent.mkdir()
    save_as = SaveAs(target)
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.BOOK, 2025)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert save_as.proposed[0].name == f"2025学年记录本-{TEACHER}.pdf"
    assert target.exists()
    pages = page_count(target)
    assert dialog.message_box is not None and dialog.message_box.isVisible()
    assert not dialog.message_box.isModal()  # the teacher can go on working
    assert str(target) in dialog.message_box.text()
    assert f"共 {pages} 页" in dialog.message_box.text()
    assert f"共 {pages} 页" in dialog.status_label.text()
    text = text_of(target)
    assert TEACHER in text and "2025学年" in text
    assert not dialog.error_label.isVisible()
    assert [p.name for p in target.parent.iterdir()] == ["记录本.pdf"]  # no temporary file left beside it
    dialog.message_box.close()


def test_the_anonymized_book_names_no_student_in_its_text_or_its_file_name(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "anonymous.pdf"
    save_as = SaveAs(target)
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    students = [s.student.name for s in demo.students.list()]
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.BOOK, 2025)
    click_box(qtbot, dialog.anonymize_box)
    assert dialog.choice().anonymize

    click_and_wait(qtbot, dialog, dialog.save_button)

    proposed = save_as.proposed[0].name
    assert "匿名" in proposed
    text = text_of(target)
    assert "匿名" in text and TEACHER in text
    for name in students:
        assert name not in proposed
        assert name not in text
    assert dialog.message_box is not None
    dialog.message_box.close()


def test_the_anonymized_book_tells_which_records_to_check_for_a_one_character_name(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wen = demo.students.add(name="文", class_name="五(2)班")
    demo.activities.add(date="2026-12-03", kind="talk", student_ids=[wen], place="教室", content="和文谈心")
    entries = book_order(demo.export.plan_record_book(2026).data.activities)
    records = 1 + [e.content for e in entries].index("和文谈心")  # its number in the book (第 n 条)
    target = tmp_path / "anonymous.pdf"
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(target))
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.BOOK, 2026)
    click_box(qtbot, dialog.anonymize_box)

    click_and_wait(qtbot, dialog, dialog.preview_button)
    notice = "请注意：\n学生“文”的姓名只有一个字，无法在正文中可靠地替换为代称"
    assert notice in dialog.status_label.text()
    assert f"请在公开前检查第 {records}、" in dialog.status_label.text()  # the record about 文 first, then 作文 …
    click_and_wait(qtbot, dialog, dialog.save_button)

    assert dialog.message_box is not None
    assert notice in dialog.message_box.text() and f"第 {records}、" in dialog.message_box.text()
    dialog.message_box.close()
    assert "和文谈心" in text_of(target)


def test_preview_shows_the_pdf_and_its_temporary_file_goes_with_the_dialog(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot
) -> None:
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.BOOK, 2025)

    click_and_wait(qtbot, dialog, dialog.preview_button)

    document = dialog.pdf.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() > 0
    assert dialog.pdf.pages_label.text() == f"第 1 页 / 共 {document.pageCount()} 页"
    assert f"共 {document.pageCount()} 页" in dialog.status_label.text()
    assert dialog.pdf.view.isVisible()
    shown = dialog.pdf.path
    assert shown is not None and shown.exists()
    assert page_count(shown) == document.pageCount()

    choose(qtbot, dialog, ExportKind.PLEDGE)  # another choice: the old preview is dropped
    assert dialog.pdf.path is None and not shown.exists()
    click_and_wait(qtbot, dialog, dialog.preview_button)
    folder = dialog.preview_folder
    assert folder is not None and folder.exists()

    dialog.close()

    assert not folder.exists()


def test_prints_every_page_of_the_book_into_the_chosen_printer(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "printed.pdf"
    dialog_class = printing_to(printed)
    monkeypatch.setattr(printing, "QPrintDialog", dialog_class)
    dialog = make_dialog(demo)

    click_and_wait(qtbot, dialog, dialog.print_button)

    book_pages = dialog.pdf.page_count()  # what is printed was previewed first
    assert book_pages > 0
    assert dialog_class.shown == [(1, book_pages)]  # type: ignore[attr-defined]
    assert printed.exists()
    assert page_count(printed) == book_pages
    assert dialog.message_box is not None
    assert f"共 {book_pages} 页" in dialog.message_box.text()
    dialog.message_box.close()


def test_printing_what_was_previewed_does_not_make_it_again(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "pledge-printed.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", printing_to(printed))
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.PLEDGE, 2026)
    click_and_wait(qtbot, dialog, dialog.preview_button)
    previewed = dialog.pdf.path
    made: list[ExportChoice] = []
    monkeypatch.setattr(ExportChoice, "write", lambda self, services, out: made.append(self))

    click_and_wait(qtbot, dialog, dialog.print_button)

    assert made == []
    assert dialog.pdf.path == previewed
    assert page_count(printed) == dialog.pdf.page_count()
    assert dialog.message_box is not None
    dialog.message_box.close()


def test_a_print_dialog_cancelled_prints_nothing(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed = tmp_path / "never.pdf"
    monkeypatch.setattr(printing, "QPrintDialog", printing_to(printed, accept=False))
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.BLANK_PLEDGE)

    click_and_wait(qtbot, dialog, dialog.print_button)

    assert not printed.exists()
    assert dialog.status_label.text() == "没有打印。"
    assert dialog.message_box is None


def test_without_a_profile_the_teacher_is_told_what_to_fill_in_and_nothing_is_written(
    services: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    save_as = SaveAs(out / "book.pdf")
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    dialog = make_dialog(services)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert dialog.error_label.isVisible()
    message = dialog.error_label.text()
    assert message.startswith("导出前请先填写个人信息：至少要有姓名")
    assert save_as.proposed == []  # told before being asked where to save
    assert list(out.iterdir()) == []
    assert dialog.message_box is None
    # the preview says the same, and the buttons work again afterwards
    click_and_wait(qtbot, dialog, dialog.preview_button)
    assert dialog.error_label.text() == message
    assert all(b.isEnabled() for b in dialog.action_buttons)


def test_a_character_no_font_has_is_named_with_its_place_before_anything_is_written(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = demo.students.add(name=NO_FONT)
    demo.activities.add(date="2026-11-20", kind="talk", student_ids=[sid], place="办公室", content="谈心。")
    save_as = SaveAs(tmp_path / "book.pdf")
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    dialog = make_dialog(demo)

    click_and_wait(qtbot, dialog, dialog.save_button)

    message = dialog.error_label.text()
    assert f"学生“{NO_FONT}”的姓名" in message and "第2个字" in message and "U+30001" in message
    assert save_as.proposed == []
    assert not (tmp_path / "book.pdf").exists()


def test_a_target_folder_that_is_a_file_is_told_plainly_and_leaves_nothing_behind(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    not_a_folder = stick / "U盘"
    not_a_folder.write_text("a file where a folder should be", "utf-8")
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(not_a_folder / "记录本.pdf"))
    dialog = make_dialog(demo)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == f"无法在“{not_a_folder}”中保存：这个位置不存在或不是文件夹。请换一个文件夹保存"
    assert [p.name for p in stick.iterdir()] == ["U盘"]  # nothing else was written
    assert not_a_folder.read_text("utf-8") == "a file where a folder should be"
    assert dialog.message_box is None


def test_an_unexpected_error_is_told_in_the_dialog(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: ExportChoice, services: AppServices, out: Path) -> None:
        raise RuntimeError("渲染器出错")

    monkeypatch.setattr(ExportChoice, "write", broken)
    dialog = make_dialog(demo)

    click_and_wait(qtbot, dialog, dialog.preview_button)

    assert "意外错误" in dialog.error_label.text() and "RuntimeError: 渲染器出错" in dialog.error_label.text()
    assert dialog.pdf.path is None


def test_the_last_folder_is_remembered_by_the_next_dialog(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "学校" / "工会"
    folder.mkdir(parents=True)
    first_save = SaveAs(folder / "book.pdf")
    monkeypatch.setattr(export_dialog, "QFileDialog", first_save)
    first = make_dialog(demo)
    click_and_wait(qtbot, first, first.save_button)
    assert first.message_box is not None
    first.message_box.close()
    first.close()
    assert first_save.proposed[0].parent != folder

    second_save = SaveAs(None)  # the teacher only looks where it proposes, and cancels
    monkeypatch.setattr(export_dialog, "QFileDialog", second_save)
    second = make_dialog(demo)
    choose(qtbot, second, ExportKind.BLANK_PLEDGE)
    click_and_wait(qtbot, second, second.save_button)

    assert second_save.proposed == [folder / "志愿书-空白.pdf"]
    assert (tmp_path / "window.ini").exists()


def test_the_blank_pledge_form(
    services: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "blank.pdf"
    save_as = SaveAs(target)
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    dialog = make_dialog(services)  # no profile needed for a form filled in by hand
    choose(qtbot, dialog, ExportKind.BLANK_PLEDGE)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert save_as.proposed[0].name == "志愿书-空白.pdf"
    assert target.exists()
    text = text_of(target)
    assert "志愿书" in text and "帮扶措施" in text
    assert dialog.message_box is not None
    assert f"共 {page_count(target)} 页" in dialog.message_box.text()
    dialog.message_box.close()


def test_a_book_without_a_pledge_is_saved_with_a_notice(
    services: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.profile.update(name=TEACHER, school="武进区湖塘实验小学")
    target = tmp_path / "book.pdf"
    monkeypatch.setattr(export_dialog, "QFileDialog", SaveAs(target))
    dialog = make_dialog(services)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert target.exists()
    assert dialog.message_box is not None
    assert "2026学年还没有志愿书" in dialog.message_box.text()
    assert "个人信息中还没有填写：性别" in dialog.message_box.text()
    dialog.message_box.close()


def test_the_pledge_form_of_a_year_without_a_pledge_says_what_to_fill_in(
    demo: AppServices,
    make_dialog: Callable[[AppServices], ExportDialog],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_as = SaveAs(None)
    monkeypatch.setattr(export_dialog, "QFileDialog", save_as)
    dialog = make_dialog(demo)
    choose(qtbot, dialog, ExportKind.PLEDGE, 2024)

    click_and_wait(qtbot, dialog, dialog.save_button)

    assert dialog.error_label.text().startswith("2024学年还没有志愿书。请先在“志愿书”中选择重点帮扶学生")
    assert save_as.proposed == []


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every export on the worker until the test lets it go."""
    release = threading.Event()
    real = ExportChoice.write

    def held(self: ExportChoice, services: AppServices, out: Path) -> object:
        assert release.wait(WAIT_MS / 1000)
        return real(self, services, out)

    monkeypatch.setattr(ExportChoice, "write", held)
    yield release
    release.set()


def test_the_buttons_wait_while_the_work_runs(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot, gate: threading.Event
) -> None:
    dialog = make_dialog(demo)

    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    assert dialog.busy()
    assert not any(b.isEnabled() for b in dialog.action_buttons)
    assert not any(b.isEnabled() for b in dialog.kind_buttons.values())
    assert not dialog.year_combo.isEnabled()
    assert dialog.progress_bar.isVisible() and dialog.stop_button.isVisible()
    assert dialog.status_label.text() == "正在生成预览…"
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        gate.set()
    assert all(b.isEnabled() for b in dialog.action_buttons)
    assert not dialog.progress_bar.isVisible() and not dialog.stop_button.isVisible()
    assert dialog.pdf.page_count() > 0


def test_stop_drops_the_preview_being_made(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot, gate: threading.Event
) -> None:
    dialog = make_dialog(demo)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    QTest.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        gate.set()

    assert dialog.status_label.text() == "已停止。"
    assert dialog.pdf.path is None
    assert not dialog.error_label.isVisible()


def test_closing_while_the_work_runs_waits_for_it_then_cleans_up(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot, gate: threading.Event
) -> None:
    dialog = make_dialog(demo)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    folder = dialog.preview_folder
    assert folder is not None

    dialog.close()

    assert dialog.isVisible()  # still open: the work must not outlive what it reports to
    assert dialog.status_label.text() == "正在停止…"
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        gate.set()
    assert not dialog.isVisible()
    assert not dialog.busy()
    assert not folder.exists()


def test_open_export_dialog_is_window_modal_and_deletes_itself(demo: AppServices, qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()

    dialog = open_export_dialog(demo, parent, tmp_path / "window.ini", kind=ExportKind.PLEDGE)

    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialog.choice().kind is ExportKind.PLEDGE
    with qtbot.waitSignal(dialog.destroyed, timeout=WAIT_MS):
        dialog.close()


def test_no_text_is_clipped_under_a_longer_language(
    demo: AppServices, qtbot: QtBot, qapp: QApplication, app_font: QFont, tmp_path: Path
) -> None:
    load_bundled_font(qapp)
    translations = install_translations(qapp, "zh", pseudo=True)  # every string about 80 % longer
    try:
        dialog = ExportDialog(demo, settings_path=tmp_path / "window.ini")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
            dialog.preview()

        assert dialog.anonymize_box.text().startswith("【")  # the pseudo-translation is in force
        assert clipped_texts(dialog) == []
    finally:
        translations.remove()


def test_an_app_quitting_while_the_work_runs_waits_for_the_worker(
    demo: AppServices, make_dialog: Callable[[AppServices], ExportDialog], qtbot: QtBot, gate: threading.Event
) -> None:
    dialog = make_dialog(demo)
    QTest.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    gate.set()

    assert dialog.wait_for_work()  # what aboutToQuit calls: returns once the worker is idle

    with qtbot.waitSignal(dialog.work_done, timeout=WAIT_MS):
        pass  # the stopped work is told once the event loop runs again
    assert dialog.status_label.text() == "已停止。"
