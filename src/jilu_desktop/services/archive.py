"""The data archive (数据包): the whole record book in one checked file, to carry it to another computer.

    info = services.archive.export(Path("E:/记录本数据-王丽华-2026-12-05.jilu"))
    info = services.archive.inspect(path)              # checked whole; says whose book and how much is in it
    result = services.archive.import_archive(path, replace=True)   # the present book is backed up first

Importing replaces everything in the book (profile, students, pledges, records, settings) in one transaction;
a book that holds anything is replaced only when the caller says so (replace=True, after asking the teacher),
and only after a checked backup of it has been made in the backups folder.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from jilu_desktop import __version__
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.export.file_names import archive_file_name
from jilu_desktop.services.base import Service
from jilu_desktop.services.saving import save_with
from jilu_desktop.storage import schema
from jilu_desktop.storage.archive import ArchiveInfo, BookSummary, book_summary, open_archive, write_archive
from jilu_desktop.storage.backup import backup_database, backup_name
from jilu_desktop.storage.database import translate_errors
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError, classify, damaged


@dataclass(frozen=True)
class ImportResult:
    archive: ArchiveInfo
    backup: Path | None  # the copy of the book it replaced; None when that book held nothing
    replaced: BookSummary | None = None  # what that book held

    @property
    def replaced_newer(self) -> bool:
        """The book replaced held a change newer than any in the archive: it is now only in the backup."""
        return self.replaced is not None and self.replaced.changed_after(self.archive.book)


class ArchiveService(Service):
    def suggested_name(self) -> str:
        """“记录本数据-王丽华-2026-12-05.jilu”."""
        return archive_file_name(self.current().teacher_name, self._clock.today())

    def current(self) -> BookSummary:
        """What the book holds now: told before it is replaced."""
        with _translated(self._folder(), self._db.backups_dir):
            return book_summary(self._db.engine)

    def export(self, out: Path) -> ArchiveInfo:
        """Write the whole book to `out` as an archive, read back and checked before it takes that name. Works on
        a read-only book too (moving a book off a write-protected stick)."""
        now, out = self._clock.now(), Path(out)
        with _translated(out.parent, self._db.backups_dir):
            return save_with(out, lambda: write_archive(self._db.engine, out, created=now, app_version=__version__))

    def inspect(self, path: Path) -> ArchiveInfo:
        """Check the archive at `path` whole and say what it holds; raises DomainError (archive_…) otherwise."""
        self._refuse_own_file(path)
        return inspect_archive(path)

    def import_archive(self, path: Path, *, replace: bool = False) -> ImportResult:
        """Replace the book with the archive at `path`, checked whole first.

        A book that holds anything is replaced only with replace=True, and only after a checked backup of it
        (returned). Raises DomainError for an archive that is not one, damaged or newer, or archive_would_replace;
        StorageEnvironmentError for a read-only book or a full disk. Nothing is changed when anything is refused.
        """
        self._refuse_own_file(path)
        if self._db.read_only:
            with self._db.session_scope(write=True):
                pass  # raises the read-only message that fits this book
        with open_archive(Path(path)) as opened:
            current = self.current()
            backup: Path | None = None
            if not current.empty:
                if not replace:
                    raise _would_replace(current, opened.info.book)
                backup = self._backup()
            with _translated(self._folder(), self._db.backups_dir):
                opened.restore_into(self._db.engine)
            return ImportResult(opened.info, backup, None if current.empty else current)

    def _backup(self) -> Path:
        backups = self._db.backups_dir
        if backups is None:  # a book opened without a data folder (tests in memory): nowhere to keep a copy
            raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=self._folder())
        with _translated(self._folder(), backups):
            return backup_database(self._db.engine, _free_name(backups, self._clock.now()))

    def _folder(self) -> Path:
        return Path(self._db.engine.url.database or "").parent

    def _refuse_own_file(self, path: Path) -> None:
        database = self._db.engine.url.database
        try:
            same = bool(database) and Path(path).resolve() == Path(str(database)).resolve()
        except OSError:
            same = False
        if same:
            raise DomainError("archive_same_file", path=str(path))


@contextmanager
def _translated(path: Path, backups_dir: Path | None) -> Iterator[None]:
    """translate_errors, and the same for the errors of SQLite's own connections, which the archive and the backup
    use for SQLite's online backup: a full disk or a stick pulled out is told in plain words, not as a bug."""
    with translate_errors(path, backups_dir):
        try:
            yield
        except sqlite3.Error as error:
            problem = classify(error)
            if problem is None:
                raise
            if problem is Problem.DAMAGED:
                raise damaged(path, backups_dir) from error
            raise StorageEnvironmentError(problem, path=path) from error


def _free_name(backups: Path, now: dt.datetime) -> Path:
    """A backup's path that no earlier backup holds: two imports within one second (a script, or the wrong archive
    put right at once) keep both replaced books (…-090000.sqlite3, …-090000-2.sqlite3)."""
    first = backups / backup_name("before-import", schema.HEAD, now)
    target, n = first, 1
    while target.exists():
        n += 1
        target = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return target


def _would_replace(current: BookSummary, archived: BookSummary) -> DomainError:
    texts = {"current": describe(current, "zh"), "current_en": describe(current, "en")}
    if current.changed_after(archived):
        return DomainError(
            "archive_would_replace_newer", **texts, here=last_change(current), there=last_change(archived)
        )
    return DomainError("archive_would_replace", **texts)


def last_change(book: BookSummary) -> str:
    """When the book was last changed, in the computer's own time (“2026-12-04 16:30”); “—” for none."""
    return f"{book.last_change.astimezone():%Y-%m-%d %H:%M}" if book.last_change else "—"


def describe(book: BookSummary, lang: Lang) -> str:
    """“王丽华老师的记录本：12 名学生，340 条记录（2024-09-02 至 2026-12-03）”: whose book, and how much is in it."""
    span = ""
    if book.first_day and book.last_day:
        span = (
            f"（{book.first_day:%Y-%m-%d} 至 {book.last_day:%Y-%m-%d}）"
            if lang == "zh"
            else f" ({book.first_day:%Y-%m-%d} to {book.last_day:%Y-%m-%d})"
        )
    if lang == "zh":
        whose = f"{book.teacher_name}老师的记录本" if book.teacher_name else "记录本（未填写教师姓名）"
        return f"{whose}：{book.students} 名学生，{book.activities} 条记录{span}"
    whose = f"{book.teacher_name}'s record book" if book.teacher_name else "Record book (no teacher's name)"
    students = f"{book.students} student" + ("" if book.students == 1 else "s")
    records = f"{book.activities} record" + ("" if book.activities == 1 else "s")
    return f"{whose}: {students}, {records}{span}"


def inspect_archive(path: Path) -> ArchiveInfo:
    """Check the archive at `path` whole and say what it holds, where there is no record book to compare it
    with (`jilu archive check` on a new computer). Raises DomainError (archive_…)."""
    with open_archive(Path(path)) as opened:
        return opened.info
