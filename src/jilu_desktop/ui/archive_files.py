"""The data archive (数据包) as the teacher meets it: the file dialogs that choose one, and the words that say
what one holds. Shared by the window's File menu (ui/archive_actions.py) and the first-run wizard.

    out = choose_where_to_save(window, folder.get() / services.archive.suggested_name())   # None: cancelled
    path = choose_archive(window, folder.get())
    label.setText(archive_text(services.archive.inspect(path), lang))

Tests replace QFileDialog in this module with a stand-in that answers at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.services.archive import describe, last_change
from jilu_desktop.storage.archive import SUFFIX, ArchiveInfo, BookSummary
from jilu_desktop.storage.errors import StorageEnvironmentError


def _file_filter() -> str:
    return QCoreApplication.translate("ArchiveFiles", "记录本数据包 (*.jilu)")


def choose_where_to_save(parent: QWidget | None, proposed: Path) -> Path | None:
    """Ask where to save the archive, proposing `proposed`; the path chosen, with .jilu added when the teacher
    typed a name without it, or None if she cancelled."""
    title = QCoreApplication.translate("ArchiveFiles", "导出数据包")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), _file_filter())
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    return out


def choose_archive(parent: QWidget | None, folder: Path) -> Path | None:
    """Ask which archive to open, starting in `folder`; None if the teacher cancelled. Every file can be shown
    too: an archive renamed 记录本数据.zip (by a mail program, say) is recognised by what it holds."""
    title = QCoreApplication.translate("ArchiveFiles", "选择数据包")
    every_file = QCoreApplication.translate("ArchiveFiles", "所有文件 (*)")
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), f"{_file_filter()};;{every_file}")
    return Path(chosen) if chosen else None


def book_text(book: BookSummary, lang: Lang) -> str:
    """Whose book and how much is in it (services.archive.describe), and the school on a line of its own."""
    lines = [describe(book, lang)]
    if book.school:
        lines.append(QCoreApplication.translate("ArchiveFiles", "学校：{school}").format(school=book.school))
    if book.last_change is not None:
        lines.append(QCoreApplication.translate("ArchiveFiles", "最近修改：{time}").format(time=last_change(book)))
    return "\n".join(lines)


def archive_text(info: ArchiveInfo, lang: Lang) -> str:
    """What an archive holds (book_text) and when it was exported."""
    exported = QCoreApplication.translate("ArchiveFiles", "导出时间：{time}").format(
        time=f"{info.created.astimezone():%Y-%m-%d %H:%M}"  # kept in UTC; shown in the computer's time
    )
    return f"{book_text(info.book, lang)}\n{exported}"


def problem_text(error: BaseException, lang: Lang) -> str | None:
    """The teacher's words for what went wrong, or None for an error the program did not expect (left to the
    error reporter, which logs it)."""
    if isinstance(error, DomainError | StorageEnvironmentError):
        return error.message(lang)
    return None
