"""文件 → 导出数据包 / 导入数据包: moving the whole record book to another computer as one checked .jilu file.

Export: where to save (the folder last saved to, as the PDF export remembers it), then the archive is written and
checked on the window's worker, and the teacher is told where it is, what it holds, and that it holds students'
private data. Import: which archive, checked whole on the worker (nothing changed yet), then the two books
shown side by side to confirm (ui/dialogs/archive_dialog.py; a simpler question when the book here is empty),
then the book is replaced, its old contents backed up first by the service. The window listens to `imported`
to show the new book everywhere; the teacher is then told what was imported and where the backup is.

Errors (not an archive, damaged, a full disk…) are told in the service's plain words and nothing is changed.
While a step runs a window-modal busy box comes up after a moment, so that nothing is edited under it.

    archive = ArchiveActions(services, window, window.tasks, LastFolder(settings_path), lang=window_lang)
    archive.imported.connect(window.show_imported_book)
    file_menu.addAction(..., archive.export)
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from jilu_desktop.domain.messages import Lang
from jilu_desktop.services import AppServices
from jilu_desktop.services.archive import ImportResult
from jilu_desktop.storage.archive import ArchiveInfo, BookSummary
from jilu_desktop.ui import messages
from jilu_desktop.ui.archive_files import archive_text, book_text, choose_archive, choose_where_to_save, problem_text
from jilu_desktop.ui.dialogs.archive_dialog import ImportConfirmDialog
from jilu_desktop.ui.export_jobs import LastFolder
from jilu_desktop.ui.preferences import apply_font_size
from jilu_desktop.ui.tasks import Progress, TaskRunner

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 300  # the busy box comes up only for work that takes longer than this (a slow USB stick)


class ArchiveActions(QObject):
    imported = Signal(object)  # the ImportResult, once the book was replaced (before the teacher is told)
    work_done = Signal()  # a step on the worker has finished and what it led to is shown (for tests)

    def __init__(
        self,
        services: AppServices,
        window: QWidget,
        runner: TaskRunner,
        folder: LastFolder,
        lang: Callable[[], Lang],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._runner = runner
        self._folder = folder
        self._lang = lang
        self._busy: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None  # the last message told (for tests)
        self.confirmation: QDialog | None = None  # the open question before an import (for tests)

    # Export

    def export(self) -> None:
        """导出数据包: ask where, then write the whole book there (a read-only book too)."""
        try:
            name = self._services.archive.suggested_name()
        except Exception as error:  # the book cannot be read (a stick pulled out): told, nothing asked
            self._failed(self.tr("无法导出数据包"), error)
            return
        out = choose_where_to_save(self._window, self._folder.get() / name)
        if out is None:
            return
        archive = self._services.archive
        self._run(
            lambda _progress: archive.export(out),
            self.tr("正在导出数据包…"),
            self._exported,
            self.tr("无法导出数据包"),
        )

    def _exported(self, info: ArchiveInfo) -> None:
        self._folder.remember(info.path.parent)
        lang = self._lang()
        text = self.tr(
            "数据包已保存到：\n{path}\n\n{book}\n\n"
            "在另一台电脑上，用“文件 → 导入数据包”打开它。\n\n"
            "数据包里有学生的个人信息：请妥善保管U盘；在别的电脑上导入以后，请把它从那台电脑上删除。"
        ).format(path=info.path, book=book_text(info.book, lang))
        self._tell(self.tr("数据包已导出"), text)

    # Import

    def import_archive(self) -> None:
        """导入数据包: which archive, checked whole before anything is asked or changed."""
        path = choose_archive(self._window, self._folder.get())
        if path is None:
            return
        archive = self._services.archive

        def check(_progress: Progress) -> tuple[ArchiveInfo, BookSummary]:
            return archive.inspect(path), archive.current()

        self._run(check, self.tr("正在检查数据包…"), self._confirm, self.tr("无法导入数据包"))

    def _confirm(self, found: tuple[ArchiveInfo, BookSummary]) -> None:
        info, current = found
        lang = self._lang()
        if current.empty:
            text = self.tr("导入这个数据包中的记录本？\n\n{archive}").format(archive=archive_text(info, lang))
            self.confirmation = messages.ask(
                self._window,
                self.tr("导入数据包"),
                text,
                self.tr("导入"),
                self.tr("取消"),
                lambda yes: self._answered(yes, info),
            )
            return
        dialog = ImportConfirmDialog(info, current, lang, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._answered(result == QDialog.DialogCode.Accepted, info))
        self.confirmation = dialog
        dialog.open()

    def _answered(self, replace: bool, info: ArchiveInfo) -> None:
        self.confirmation = None
        if not replace:
            return
        archive, before = self._services.archive, self._lang()
        self._run(
            lambda _progress: archive.import_archive(info.path, replace=True),
            self.tr("正在导入数据包…"),
            lambda result: self._imported(result, before),
            self.tr("无法导入数据包"),
        )

    def _imported(self, result: ImportResult, lang_before: Lang) -> None:
        self.imported.emit(result)
        self.tell_imported(result, lang_before)

    def tell_imported(self, result: ImportResult, lang_before: Lang) -> None:
        """Say what was imported and where the old book's backup is; apply the imported book's font size, and
        say that its language (if another) is used from the next start. Also after the first-run wizard's import."""
        lang, font_size = self._preferences(lang_before)
        apply_font_size(font_size)
        what = archive_text(result.archive, lang_before)
        parts = [self.tr("已导入数据包中的记录本：\n{archive}").format(archive=what)]
        if result.backup is not None:
            parts.append(self.tr("原来的记录本已先备份到：\n{backup}").format(backup=result.backup))
        if lang != lang_before:
            from jilu_desktop.ui.pages.settings import LANGUAGE_NAMES

            parts.append(
                self.tr("界面语言将在下次启动记录本时改为“{language}”。").format(language=dict(LANGUAGE_NAMES)[lang])
            )
        parts.append(self.tr("数据包里有学生的个人信息：如果它在公用电脑或别人的U盘上，请在导入以后把它删除。"))
        self._tell(self.tr("数据包已导入"), "\n\n".join(parts))

    def _preferences(self, fallback: Lang) -> tuple[Lang, int | None]:
        try:
            prefs = self._services.settings.preferences()
        except Exception:  # told when the pages read the book; the message still says what was imported
            log.warning("cannot read the imported book's preferences", exc_info=True)
            return fallback, None
        return prefs.language, prefs.font_size

    # Running a step on the worker

    def _run(self, work: Callable[[Progress], Any], label: str, then: Callable[[Any], None], failed: str) -> None:
        task = self._runner.run(work, label=label)
        self._show_busy(label)
        task.succeeded.connect(lambda result: self._finish(lambda: then(result)))
        task.failed.connect(lambda error: self._finish(lambda: self._failed(failed, error)))

    def _finish(self, then: Callable[[], None]) -> None:
        self._hide_busy()
        then()
        self.work_done.emit()

    def _show_busy(self, label: str) -> None:
        busy = QProgressDialog(label, "", 0, 0, self._window)
        busy.setWindowTitle(label)
        busy.setCancelButton(None)  # the book is replaced in one transaction: there is nothing to stop halfway
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(BUSY_AFTER_MS)
        busy.setValue(0)  # starts the clock: shown after BUSY_AFTER_MS unless closed before
        self._busy = busy

    def _hide_busy(self) -> None:
        if self._busy is not None:
            self._busy.reset()
            self._busy.deleteLater()
            self._busy = None

    # Telling

    def _failed(self, title: str, error: BaseException) -> None:
        text = problem_text(error, self._lang())
        if text is None:  # not expected: logged and told by the error reporter; nothing was changed
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self._tell(title, text, QMessageBox.Icon.Warning)

    def _tell(self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        self.message_box = messages.show_message(self._window, title, text, icon)
