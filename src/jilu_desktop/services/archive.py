"""The data archive (数据包): the whole record book in one checked file, to carry it to another computer.

    info = services.archive.export(Path("E:/记录本数据-王丽华-2026-12-05.jilu"))
    info = services.archive.inspect(path)              # checked whole; says whose book and how much is in it
    result = services.archive.import_archive(path, replace=True)   # the present book is backed up first

Importing replaces everything in the book (profile, students, pledges, records, settings) in one transaction;
a book that holds anything is replaced only when the caller says so (replace=True, after asking the teacher),
and only after a checked backup of it has been made in the backups folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jilu_desktop import __version__
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang
from jilu_desktop.export.file_names import archive_file_name
from jilu_desktop.services.base import Service
from jilu_desktop.services.saving import save_with
from jilu_desktop.storage.archive import ArchiveInfo, BookSummary, book_summary, open_archive, write_archive
from jilu_desktop.storage.backup import backup_before, raw_errors_translated


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
        with raw_errors_translated(self._folder(), self._db.backups_dir):
            return book_summary(self._db.engine)

    def export(self, out: Path) -> ArchiveInfo:
        """Write the whole book to `out` as an archive, read back and checked before it takes that name. Works on
        a read-only book too (moving a book off a write-protected stick)."""
        now, out = self._clock.now(), Path(out)
        with raw_errors_translated(out.parent, self._db.backups_dir):
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
            with raw_errors_translated(self._folder(), self._db.backups_dir):
                opened.restore_into(self._db.engine)
            return ImportResult(opened.info, backup, None if current.empty else current)

    def _backup(self) -> Path:
        return backup_before(self._db, "before-import", self._clock.now())

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
