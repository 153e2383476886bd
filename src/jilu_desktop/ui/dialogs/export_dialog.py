"""导出记录本: the record book, the pledge form or the blank pledge form, previewed, saved as PDF or printed.

Every PDF is made in the background (ui/tasks.py) by the export service, which checks the data first: a
missing profile or pledge, or a character no font has, comes back as a DomainError told here in plain
words, and a failed save leaves no half-written file. The preview is a temporary file shown with QtPdf;
printing draws that same file's pages into the printer chosen in the system print dialog.

Opened with open_export_dialog(): window-modal, so the records cannot change under an export. What the window's
pages hold unsaved (a signature just drawn on the pledge page) is not in the book, so it would not be in the
export either: the dialog says so on opening and offers to save it first. A profile missing or incomplete is
told with 填写个人信息… beside it, which opens the profile dialog over this one (its change is a step on the
window's undo stack); once saved, what was said goes, and the export can be made again.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG, Lang
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError
from jilu_desktop.ui import messages, printing
from jilu_desktop.ui.export_jobs import ExportChoice, ExportKind, LastFolder, school_years
from jilu_desktop.ui.field_errors import make_error_label
from jilu_desktop.ui.labels import school_year_name
from jilu_desktop.ui.pdf_preview import PdfPreview, PreviewError
from jilu_desktop.ui.tasks import Progress, Task, TaskRunner

if TYPE_CHECKING:
    from jilu_desktop.services.export import ExportResult
    from jilu_desktop.ui.dialogs.profile_dialog import ProfileDialog

log = logging.getLogger(__name__)

PREVIEW_PREFIX = "jilu-preview-"
# What is said about the profile (a refusal, or a notice after an export): 填写个人信息… is offered beside it.
PROFILE_CODES = frozenset({"export_no_profile", "export_profile_incomplete"})
QUIT_WAIT_MS = 60_000  # the longest export stops at its end, printing at the next page


class ExportDialog(QDialog):
    work_done = Signal()  # a preview, save or print has finished, failed or stopped (after it was told)
    changed = Signal()  # the profile was saved here with no undo step (the first one): the window shows it

    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        settings_path: Path | None = None,
        kind: ExportKind = ExportKind.BOOK,
        runner: TaskRunner | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._stack = undo_stack  # the window's: a profile saved here can be undone there
        self.profile_dialog: ProfileDialog | None = None
        self._note_year: int | None = None  # the school year the pledge choice's note speaks of
        self._lang = _language(services)
        self._runner = runner or TaskRunner(self)
        self._folder = LastFolder(settings_path)
        self._task: Task | None = None
        self._close_pending: int | None = None
        self._temp: tempfile.TemporaryDirectory[str] | None = None
        self._previews = 0
        self._preview: tuple[ExportChoice, ExportResult] | None = None
        self._printer: QPrinter | None = None  # kept alive while a print job runs
        self.message_box: QMessageBox | None = None  # the last non-blocking message (saved, printed)
        self.setWindowTitle(self.tr("导出与打印"))
        self.setMinimumSize(860, 600)
        self._build()
        self.kind_buttons[kind].setChecked(True)
        self._options_changed()
        self._show_unsaved()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.wait_for_work)

    # --- building ---
    def _build(self) -> None:
        what = QLabel(self.tr("导出什么"), self)
        heading = what.font()
        heading.setBold(True)
        what.setFont(heading)
        # The choices and what each one is sit directly in the side column, which gives wrapped text the
        # height it needs (a group box between them squeezes it at a longer language).
        what_layout = QVBoxLayout()
        what_layout.addWidget(what)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[ExportKind, QRadioButton] = {}
        self.kind_notes: dict[ExportKind, QLabel] = {}
        labels = {
            ExportKind.BOOK: (self.tr("记录本(&B)"), self.tr("本学年的志愿书、活动记录和月度汇总，交校工会。")),
            ExportKind.PLEDGE: (self.tr("志愿书(&L)"), self.tr("本学年填好的志愿书，打印后签名。")),
            ExportKind.BLANK_PLEDGE: (self.tr("空白志愿书(&K)"), self.tr("空白表格，供手写填写。")),
        }
        for kind, (text, hint) in labels.items():
            button = QRadioButton(text, self)
            button.setToolTip(hint)
            button.setAccessibleDescription(hint)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            what_layout.addWidget(button)
            # Said under the choice, not only in a tooltip: a teacher does not hover to find out what each one is.
            note = QLabel(hint, self)
            note.setWordWrap(True)
            note.setContentsMargins(24, 0, 0, 4)
            self.kind_notes[kind] = note
            what_layout.addWidget(note)
        self.kind_group.buttonToggled.connect(lambda *_: self._options_changed())

        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("学年"))
        today = self._services.clock.today()
        for year in school_years(today):
            self.year_combo.addItem(school_year_name(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(school_year_of(today)))
        self.year_combo.currentIndexChanged.connect(lambda *_: self._options_changed())
        self.anonymize_box = QCheckBox(self.tr("匿名(&A)"), self)
        self.anonymize_note = QLabel(
            self.tr("学生姓名换成代称（学生A、学生B……），不印帮扶学生的年龄、班级和困难说明，适合公开交流。"),
            self,
        )
        self.anonymize_note.setWordWrap(True)
        self.anonymize_box.toggled.connect(lambda *_: self._options_changed())
        form = QFormLayout()
        # A longer language puts the label above the box rather than squeezing it away.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        year_label = QLabel(self.tr("学年(&Y)"), self)
        year_label.setBuddy(self.year_combo)
        form.addRow(year_label, self.year_combo)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("进度"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = make_error_label(self)
        self.stop_button = QPushButton(self.tr("停止"), self)
        self.stop_button.hide()
        self.stop_button.clicked.connect(self._stop)
        self.profile_button = QPushButton(self.tr("填写个人信息(&I)…"), self)
        self.profile_button.hide()  # shown when what is said is about the profile
        self.profile_button.clicked.connect(self.edit_profile)

        self.preview_button = QPushButton(self.tr("预览(&V)"), self)
        self.save_button = QPushButton(self.tr("保存为 PDF(&S)…"), self)
        self.print_button = QPushButton(self.tr("打印(&P)…"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.reject)
        self.action_buttons = (self.preview_button, self.save_button, self.print_button)
        self._focus_before: QWidget | None = None  # the button pressed, given the keyboard back when the work ends

        # Changes not yet saved on the window's pages: not in the book, so not in what is exported.
        self.unsaved_label = make_error_label(self)
        self.save_pages_button = QPushButton(self.tr("先保存这些修改(&U)"), self)
        self.save_pages_button.hide()
        self.save_pages_button.clicked.connect(self.save_pages)

        # Wrapped labels sit directly in this column, which gives them the height their text needs.
        side = QVBoxLayout()
        side.addWidget(self.unsaved_label)
        side.addWidget(self.save_pages_button)
        side.addLayout(what_layout)
        side.addSpacing(8)
        side.addLayout(form)
        side.addWidget(self.anonymize_box)
        side.addWidget(self.anonymize_note)
        side.addStretch(1)
        side.addWidget(self.progress_bar)
        side.addWidget(self.status_label)
        side.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(self.error_label)
        side.addWidget(self.profile_button)
        for push in (*self.action_buttons, self.close_button):
            side.addWidget(push)
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_box.setFixedWidth(300)

        self.pdf = PdfPreview(self)
        layout = QHBoxLayout(self)
        layout.addWidget(side_box)
        layout.addWidget(self.pdf, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the side column needs at its width: its wrapped notes are longer in some languages, and a
        fixed least height would squeeze them into lines cut in half."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    # --- what the window holds unsaved ---
    def unsaved_pages(self) -> list[QWidget]:
        """The window's pages with changes not yet saved (as the window finds them when it is closed)."""
        window = self.parentWidget()
        if window is None:
            return []
        pages = []
        for page in window.findChildren(QWidget):
            has_unsaved = getattr(page, "has_unsaved_changes", None)
            if callable(has_unsaved) and callable(getattr(page, "save", None)) and has_unsaved():
                pages.append(page)
        return pages

    def _page_name(self, page: QWidget) -> str:
        """The page's title in the window's list of pages, or a plain word where there is none."""
        window = self.parentWidget()
        nav = getattr(window, "nav", None)
        stack = page.parentWidget()
        if isinstance(nav, QListWidget) and isinstance(stack, QStackedWidget):
            item = nav.item(stack.indexOf(page))
            if item is not None:
                return item.text()
        return self.tr("另一个页面")

    def _show_unsaved(self) -> None:
        names = [self._page_name(page) for page in self.unsaved_pages()]
        if not names:
            self.unsaved_label.hide()
            self.save_pages_button.hide()
            self._show_pledge_note()
            return
        self.unsaved_label.setText(
            self.tr("“{pages}”页上有还没保存的修改（例如刚写的签名），导出的文件中不会有。").format(
                pages=self.tr("”、“").join(names)
            )
        )
        self.unsaved_label.show()
        self.save_pages_button.show()
        self._show_pledge_note()
        self._fit_height()

    def save_pages(self) -> bool:
        """Save what the window's pages hold unsaved, so that it is exported; True if all of it was saved."""
        failed = [self._page_name(page) for page in self.unsaved_pages() if not page.save()]  # type: ignore[attr-defined]
        if failed:
            # The page says why beside its field; the dialog is window-modal, so the teacher is sent there.
            self.unsaved_label.setText(
                self.tr("“{pages}”页没有保存成功。请关闭这个窗口，到那一页看提示。").format(
                    pages=self.tr("”、“").join(failed)
                )
            )
            return False
        self._show_unsaved()
        if self._preview is not None:
            self._drop_preview(self.tr("修改已保存，点击“预览”重新生成。"))
        self.preview_button.setFocus()
        return True

    def _drawn_unsaved(self, school_year: int) -> bool:
        """Whether a signature is drawn (or imported) for `school_year`'s pledge on a page and not saved yet."""
        for page in self.unsaved_pages():
            drawn = getattr(page, "unsaved_signature_year", None)
            if callable(drawn) and drawn() == school_year:
                return True
        return False

    def _signed(self, school_year: int) -> bool:
        """Whether the school year's stored pledge has the signature written on screen (printed on the form)."""
        try:
            view = self._services.pledges.get(school_year)
        except StorageEnvironmentError:
            return False
        return view is not None and bool(view.pledge.signature_png)

    def _show_pledge_note(self) -> None:
        """What the pledge choice says about signing: by hand after printing, unless she has signed on screen."""
        school_year = int(self.year_combo.currentData())
        self._note_year = school_year
        if self._drawn_unsaved(school_year):
            note = self.tr("本学年填好的志愿书；刚写的签名保存后会印在表上。")
        elif self._signed(school_year):
            note = self.tr("本学年填好的志愿书，签名会印在表上。")
        else:
            note = self.tr("本学年填好的志愿书，打印后签名。")
        button = self.kind_buttons[ExportKind.PLEDGE]
        button.setToolTip(note)
        button.setAccessibleDescription(note)
        self.kind_notes[ExportKind.PLEDGE].setText(note)
        self._fit_height()

    # --- the options ---
    def choice(self) -> ExportChoice:
        kind = next(k for k, b in self.kind_buttons.items() if b.isChecked())
        book = kind is ExportKind.BOOK
        return ExportChoice(kind, int(self.year_combo.currentData()), self.anonymize_box.isChecked() and book)

    def select(self, kind: ExportKind, school_year: int | None = None, *, anonymize: bool | None = None) -> None:
        """Set the options as the teacher would (for the caller that opens the dialog, and for tests)."""
        self.kind_buttons[kind].setChecked(True)
        if school_year is not None:
            self.year_combo.setCurrentIndex(self.year_combo.findData(school_year))
        if anonymize is not None:
            self.anonymize_box.setChecked(anonymize)

    def _options_changed(self) -> None:
        choice = self.choice()
        busy = self._task is not None
        if choice.school_year != self._note_year:
            self._show_pledge_note()
        self.year_combo.setEnabled(not busy and choice.kind is not ExportKind.BLANK_PLEDGE)
        self.anonymize_box.setEnabled(not busy and choice.kind is ExportKind.BOOK)
        self.anonymize_note.setEnabled(self.anonymize_box.isEnabled())
        if self._preview is not None and self._preview[0] != choice:
            self._drop_preview(self.tr("选项已改变，点击“预览”重新生成。"))

    # --- the three actions ---
    def preview(self) -> None:
        if self._task is not None:
            return
        choice = self.choice()
        self._build_pdf(choice, self.tr("正在生成预览…"), lambda result: self._show_preview(choice, result))

    def save(self) -> None:
        if self._task is not None:
            return
        choice = self.choice()
        self._clear_messages()
        services = self._services
        # Checked first, so that what is missing is told before the teacher picks a folder.
        self._start(
            lambda progress: choice.prepare(services),
            self.tr("正在检查…"),
            lambda name: self._ask_where_to_save(choice, name),
        )

    def _ask_where_to_save(self, choice: ExportChoice, name: str) -> None:
        self._set_status("")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存为 PDF"), str(self._folder.get() / name), self.tr("PDF 文件 (*.pdf)")
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_name(out.name + ".pdf")
        services = self._services
        self._start(
            lambda progress: choice.write(services, out),
            self.tr("正在保存 {name}…").format(name=out.name),
            self._saved,
        )

    def print_(self) -> None:
        if self._task is not None:
            return
        choice = self.choice()
        if self._preview is not None and self._preview[0] == choice:
            self._ask_and_print(self._preview[1])
            return
        # What is printed is shown first, so the teacher sees it while the printer works.
        self._build_pdf(choice, self.tr("正在准备打印…"), lambda result: self._print_after_preview(choice, result))

    # --- steps ---
    def _build_pdf(self, choice: ExportChoice, status: str, then: Callable[[ExportResult], object]) -> None:
        self._clear_messages()
        self._previews += 1
        target = self._temp_dir() / f"preview-{self._previews}.pdf"
        services = self._services

        def work(progress: Progress) -> ExportResult:
            result = choice.write(services, target)
            progress.check()  # stopped meanwhile: the file is not shown (and is deleted with the folder)
            return result

        self._start(work, status, then, cancellable=True)

    def _show_preview(self, choice: ExportChoice, result: ExportResult) -> bool:
        old = self.pdf.path
        try:
            pages = self.pdf.show_pdf(result.path)
        except PreviewError:
            self.error_label.setText(self.tr("无法显示预览：文件 {path} 读不出来。").format(path=result.path))
            self.error_label.show()
            return False
        if old is not None and old != result.path:
            old.unlink(missing_ok=True)
        self._preview = (choice, result)
        status = self.tr("预览：共 %n 页。", "", pages)
        notices = self._notices(result)
        self._set_status(f"{status}\n\n{notices}" if notices else status)
        return True

    def _print_after_preview(self, choice: ExportChoice, result: ExportResult) -> None:
        if self._show_preview(choice, result):
            self._ask_and_print(result)

    def _ask_and_print(self, result: ExportResult) -> None:
        printer = printing.new_printer()
        if not printing.ask_printer(printer, result.pages, self):
            self._set_status(self.tr("没有打印。"))
            return
        self._printer = printer
        pdf = result.path
        line = self.tr("正在打印：第 {done} / {total} 页")

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress(done, total, line.format(done=done, total=total))
                progress.check()

            return printing.print_pdf(pdf, printer, report)

        self._start(work, self.tr("正在打印…"), self._printed, cancellable=True)

    def _saved(self, result: ExportResult) -> None:
        self._folder.remember(result.path.parent)
        self._set_status(self.tr("已保存：{name}（共 %n 页）", "", result.pages).format(name=result.path.name))
        text = self.tr("已保存到：\n{path}\n\n共 %n 页。", "", result.pages).format(path=result.path)
        notices = self._notices(result)
        if notices:
            text += "\n\n" + notices
        self.message_box = messages.show_message(self, self.tr("已保存"), text)

    def _printed(self, sheets: int) -> None:
        self._printer = None
        text = self.tr("已发送到打印机：共 %n 页。", "", sheets)
        self._set_status(text)
        self.message_box = messages.show_message(self, self.tr("已打印"), text)

    def _notices(self, result: ExportResult) -> str:
        """What to know about the file just made, under one “请注意：”, a paragraph each ("" if nothing). Each
        notice is a sentence of its own, so it starts on a line of its own (in English with its capital letter);
        one about the profile offers 填写个人信息….
        """
        if not result.notices:
            return ""
        if any(n.code in PROFILE_CODES for n in result.notices):
            self.profile_button.show()
        lines = [n.message(self._lang) for n in result.notices]
        return self.tr("请注意：") + "\n" + "\n\n".join(lines)

    # --- running work in the background ---
    def _start(
        self, fn: Callable[[Progress], Any], status: str, then: Callable[[Any], Any], *, cancellable: bool = False
    ) -> None:
        task = self._runner.run(fn, label=status)
        self._task = task
        self._set_busy(True, cancellable)
        self._set_status(status)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(lambda result: self._finish(task, lambda: then(result)))
        task.failed.connect(lambda error: self._finish(task, lambda: self._show_error(error)))
        task.cancelled.connect(lambda: self._finish(task, lambda: self._set_status(self.tr("已停止。"))))

    def _finish(self, task: Task, then: Callable[[], object]) -> None:
        if task is not self._task:
            return
        self._task = None
        self._printer = None
        self._set_busy(False)
        if self._close_pending is not None:
            if task.error is not None:
                log.warning("export work failed while the dialog was closing: %r", task.error)
            self.done(self._close_pending)
            return
        then()
        if self._task is None:  # `then` may have started the next step (save after check, print after build)
            self.work_done.emit()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if text:
            self._set_status(text)

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.stop_button.setEnabled(False)
            self._set_status(self.tr("正在停止…"))

    def busy(self) -> bool:
        return self._task is not None

    def _set_busy(self, busy: bool, cancellable: bool = False) -> None:
        if busy:
            # Disabling the button pressed (or the choice the keyboard was on) would send the keyboard on to 关闭,
            # and the next Enter would close the dialog: it is given back where it was when the work ends.
            focused = self.focusWidget()
            if focused is not None and focused not in (self.close_button, self.stop_button):
                self._focus_before = focused
        for button in self.action_buttons:
            button.setEnabled(not busy)
        for radio in self.kind_buttons.values():
            radio.setEnabled(not busy)
        self._options_changed()
        self.progress_bar.setRange(0, 0)  # busy until the work says how far it is
        self.progress_bar.setVisible(busy)
        self.stop_button.setVisible(busy and cancellable)
        self.stop_button.setEnabled(busy and cancellable)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            if self._focus_before is not None and self._focus_before.isEnabled():
                self._focus_before.setFocus()
            self._focus_before = None

    # --- telling ---
    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self._fit_height()

    def _clear_messages(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        self.profile_button.hide()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, DomainError | StorageEnvironmentError):
            text = error.message(self._lang)
        elif isinstance(error, printing.PrintError):
            text = str(error)
        else:
            log.error("export failed", exc_info=(type(error), error, error.__traceback__))
            text = self.tr(
                "出现了意外错误，没有完成。没有留下不完整的文件；详细信息已写入日志。\n错误：{error}"
            ).format(error=f"{type(error).__name__}: {error}")
        self._set_status(self.tr("没有完成。"))
        self.error_label.setText(text)
        self.error_label.show()
        if isinstance(error, DomainError) and error.code in PROFILE_CODES:
            self.profile_button.show()
        self._fit_height()

    # --- the profile, filled in from here ---
    def edit_profile(self) -> ProfileDialog:
        """填写个人信息…: the profile dialog over this one; once saved, what was said about it goes."""
        from jilu_desktop.ui.dialogs.profile_dialog import open_profile_dialog

        stack = self._stack if self._stack is not None else QUndoStack(self)
        return open_profile_dialog(self, self._services, stack, lambda: self._lang, self._report, self._profile_saved)

    def _profile_saved(self, after: TeacherProfile, step: QUndoCommand | None) -> None:
        if step is not None and self._stack is not None:
            self._stack.push(step)  # the window refreshes its pages and says how to undo it
        else:
            self.changed.emit()
        self._clear_messages()
        self._set_status(self.tr("已保存个人信息，可以重新导出。"))
        if self._preview is not None:
            self._drop_preview(self.tr("个人信息已保存，点击“预览”重新生成。"))
        self.preview_button.setFocus()

    def _report(self, error: Exception) -> None:
        from jilu_desktop.ui.pages.page_undo import report_failure

        report_failure(self, self.tr("无法完成操作"), error, self._lang)

    # --- the preview file and closing ---
    @property
    def preview_folder(self) -> Path | None:
        """The temporary folder of the preview files (deleted when the dialog closes)."""
        return Path(self._temp.name) if self._temp is not None else None

    def _temp_dir(self) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix=PREVIEW_PREFIX, ignore_cleanup_errors=True)
        return Path(self._temp.name)

    def _drop_preview(self, text: str) -> None:
        self._preview = None
        old = self.pdf.path
        self.pdf.clear(text)
        if old is not None:
            old.unlink(missing_ok=True)

    def wait_for_work(self) -> bool:
        """Stop the running work and block until the worker is idle; for an app quitting while work runs
        (its data is closed next, and no window will be there to report to). True if it is idle."""
        if self._task is not None:
            self._task.cancel()
        return self._runner.wait(QUIT_WAIT_MS)

    def done(self, result: int) -> None:
        if self._task is not None:
            # The work must not outlive the dialog it reports to: stop it, and close when it has stopped.
            self._close_pending = result
            self._stop()
            return
        self._drop_preview("")
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None
        super().done(result)


def open_export_dialog(
    services: AppServices, parent: QWidget | None, settings_path: Path | None = None, kind: ExportKind = ExportKind.BOOK
) -> ExportDialog:
    """Open the export dialog over `parent` (window-modal, returns at once); it deletes itself when closed."""
    dialog = ExportDialog(services, parent, settings_path=settings_path, kind=kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _language(services: AppServices) -> Lang:
    try:
        return services.settings.language()
    except StorageEnvironmentError:
        return DEFAULT_LANG
