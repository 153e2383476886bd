"""The data archive: the whole record book in one checked file, for moving it to another computer.

An archive (“数据包”, a .jilu file) is a ZIP holding two members:

- ``manifest.json``: what it is (``format``, ``format_version``), when and by which version it was made, the
  book's schema revision, and the SHA-256 and size of the database copy;
- ``jilu.sqlite3``: a consistent copy of the book (SQLite's online backup), in rollback-journal form so that it
  is one self-contained file.

Writing: the copy is taken in memory, checked (PRAGMA integrity_check), written through a temporary file, and
that file is read back and checked whole before it takes the archive's name. Reading: the ZIP's CRCs, the
SHA-256, the size, SQLite's integrity and foreign-key checks and the schema revision are all checked in memory;
nothing of an archive is written to disk until it is restored into the book, in one transaction.

The archive is as private as the database (mode 0600). It is not encrypted yet: once the book is encrypted at
rest, the copy in the archive is the encrypted file (memory_connection is where the key will be given).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import sqlite3
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final

from sqlalchemy import Engine

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.fileio import atomic_path
from jilu_desktop.storage import schema
from jilu_desktop.storage.engine import memory_connection, memory_engine
from jilu_desktop.storage.errors import damaged

log = logging.getLogger(__name__)

FORMAT: Final = "jilu-archive"
FORMAT_VERSION: Final = 1
SUFFIX: Final = ".jilu"
MANIFEST: Final = "manifest.json"
DATABASE: Final = "jilu.sqlite3"
# Far above any teacher's book (ten years of records take under 2 MiB): a bound on what is read into memory.
MAX_DATABASE_BYTES: Final = 512 * 2**20
_MAX_MANIFEST_BYTES: Final = 64 * 2**10
# Bytes 18 and 19 of a database file: the file format's write and read versions, 1 for a rollback journal and
# 2 for WAL (https://sqlite.org/fileformat.html). A copy taken from the book says WAL; in memory it must say 1.
_FORMAT_VERSION_BYTES: Final = slice(18, 20)


@dataclass(frozen=True)
class BookSummary:
    """What a record book holds, told before it is replaced or imported: whose it is and how much is in it."""

    teacher_name: str
    school: str
    students: int
    activities: int
    pledges: int
    first_day: dt.date | None
    last_day: dt.date | None
    # The newest change to the profile, a student, a pledge or a record (aware, UTC); None for an empty book.
    # A deletion leaves no time behind, so a book whose last change was one is older by this than it is.
    last_change: dt.datetime | None = None

    @property
    def empty(self) -> bool:
        """Nothing a teacher entered: no profile, student, pledge or record (settings do not count)."""
        return not (self.teacher_name or self.students or self.activities or self.pledges)

    def changed_after(self, other: BookSummary) -> bool:
        """Whether this book holds a change newer than any in `other`: replacing this book with `other` would
        leave that change only in the backup (work done here after the archive was made elsewhere, most likely).
        The times are each computer's clock, so this is a warning, never a refusal."""
        if self.last_change is None:
            return False
        return other.last_change is None or self.last_change > other.last_change


@dataclass(frozen=True)
class ArchiveInfo:
    """An archive that passed every check: when and by which version it was made, and what it holds."""

    path: Path
    created: dt.datetime  # aware, in UTC: show it with .astimezone() (the computer's own time)
    app_version: str
    revision: str
    size: int  # bytes of the database copy
    book: BookSummary


class OpenedArchive:
    """A checked archive's database, in memory, until restore_archive() puts it into the book; close() it."""

    def __init__(self, info: ArchiveInfo, conn: sqlite3.Connection) -> None:
        self.info = info
        self._conn = conn

    def restore_into(self, engine: Engine) -> None:
        """Replace everything in the book behind `engine` with the archive's contents, in one transaction
        (SQLite's online backup into the book). An archive of an older format is upgraded first, in memory.
        Other connections to the book (the window, while `jilu` imports) see the whole new book or the old one."""
        if self.info.revision != schema.HEAD:
            from jilu_desktop.storage.migrate import upgrade

            upgrade(memory_engine(self._conn))
        raw = engine.raw_connection()
        try:
            target = raw.driver_connection
            assert isinstance(target, sqlite3.Connection)
            self._conn.backup(target)
        finally:
            raw.close()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> OpenedArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def write_archive(engine: Engine, target: Path, *, created: dt.datetime, app_version: str) -> ArchiveInfo:
    """Write the book behind `engine` to `target` as an archive, checked whole before it takes that name.
    `created` is a naive time in UTC (services.clock's now()) or an aware one.

    Raises StorageEnvironmentError(DAMAGED) when the book's copy fails SQLite's check, OSError when the file
    cannot be written (nothing is then left at `target`, and a file already there is unchanged).
    """
    image, revision, book = _snapshot(engine)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": _utc(created).isoformat(timespec="seconds"),
        "app_version": app_version,
        "schema_revision": revision,
        "database": {"name": DATABASE, "size": len(image), "sha256": hashlib.sha256(image).hexdigest()},
        "teacher": book.teacher_name,
        "records": book.activities,
    }
    local = _utc(created).astimezone()  # ZIP times are the computer's local time
    stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    with atomic_path(target, private=True) as tmp:
        with zipfile.ZipFile(tmp, "w") as archive:
            archive.writestr(
                _member(MANIFEST, stamp), json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            )
            archive.writestr(_member(DATABASE, stamp), image)
        with open_archive(tmp) as written:  # read back whole: a stick that lost a byte shows here, not at import
            info = written.info
    return ArchiveInfo(target, info.created, info.app_version, info.revision, info.size, info.book)


def _member(name: str, stamp: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, date_time=stamp)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o600 << 16  # unpacked by hand, the copy stays private too
    return member


def check_archive(path: Path) -> ArchiveInfo:
    """Check the archive at `path` whole (see open_archive) and say what it holds."""
    with open_archive(path) as opened:
        return opened.info


def open_archive(path: Path) -> OpenedArchive:
    """Read and check the archive at `path`; its database is held in memory. Raises DomainError:
    archive_not_found, archive_cannot_read, archive_not_archive, archive_damaged, archive_newer."""
    manifest, image = _read_members(path)
    try:
        conn = memory_connection(_rollback_journal(image))
    except sqlite3.Error:
        raise _damaged(path, "database") from None
    try:
        revision = _check_database(conn, path)
        if revision != manifest["schema_revision"]:
            raise _damaged(path, "revision")
        created = _created(manifest, path)
        info = ArchiveInfo(path, created, str(manifest.get("app_version", "")), revision, len(image), _summary(conn))
    except BaseException:
        conn.close()
        raise
    return OpenedArchive(info, conn)


def _read_members(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below, whatever zipfile makes of it)
    except FileNotFoundError:
        raise DomainError("archive_not_found", path=str(path)) from None
    except OSError as error:  # no permission, a folder, a stick pulled out
        raise DomainError("archive_cannot_read", path=str(path), error=error.strerror or str(error)) from None
    with handle:
        try:
            manifest, image = _members(handle, path)
        except DomainError as error:
            if error.code != "archive_not_archive" or not _looks_like_an_archive(handle):
                raise
            raise _damaged(path, "manifest") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, struct.error):
            # What zipfile makes of a file that is not a ZIP, or of a ZIP with a byte changed or its end cut off.
            if _looks_like_an_archive(handle):
                raise _damaged(path, "ZIP") from None
            raise DomainError("archive_not_archive", path=str(path)) from None
    if hashlib.sha256(image).hexdigest() != manifest["database"].get("sha256"):
        raise _damaged(path, "SHA-256")
    return manifest, image


def _members(handle: BinaryIO, path: Path) -> tuple[dict[str, Any], bytes]:
    with zipfile.ZipFile(handle) as archive:
        if MANIFEST not in set(archive.namelist()):
            raise DomainError("archive_not_archive", path=str(path))
        manifest = _manifest(archive, path)
        try:
            member = archive.getinfo(DATABASE)
        except KeyError:
            raise _damaged(path, "no database") from None
        if member.file_size != manifest["database"].get("size") or member.file_size > MAX_DATABASE_BYTES:
            raise _damaged(path, "size")
        return manifest, archive.read(member)  # checks the member's CRC


# How every archive begins: a ZIP's first local header (its signature), then, 30 bytes in, the manifest's name.
_ARCHIVE_START: Final = 30 + len(MANIFEST)


def _looks_like_an_archive(handle: BinaryIO) -> bool:
    """Whether a file that cannot be read as an archive began as one of ours: an archive damaged or cut short (a
    copy interrupted) is told as damaged, not as something that is not an archive."""
    try:
        handle.seek(0)
        start = handle.read(_ARCHIVE_START)
    except OSError:
        return False
    return start.startswith(b"PK\x03\x04") and start[30:] == MANIFEST.encode()


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    if archive.getinfo(MANIFEST).file_size > _MAX_MANIFEST_BYTES:
        raise DomainError("archive_not_archive", path=str(path))
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise DomainError("archive_not_archive", path=str(path)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DomainError("archive_not_archive", path=str(path))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise _damaged(path, "manifest")
    if version > FORMAT_VERSION:
        raise DomainError("archive_newer", path=str(path))
    if not isinstance(manifest.get("database"), dict) or not isinstance(manifest.get("schema_revision"), str):
        raise _damaged(path, "manifest")
    return manifest


def _created(manifest: dict[str, Any], path: Path) -> dt.datetime:
    try:
        return _utc(dt.datetime.fromisoformat(str(manifest["created"])))
    except (KeyError, ValueError):
        raise _damaged(path, "manifest") from None


def _utc(moment: dt.datetime) -> dt.datetime:
    """An aware time in UTC; a naive one is taken as UTC, as the book stores its times (services.clock)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _check_database(conn: sqlite3.Connection, path: Path) -> str:
    """The copy's schema revision, once SQLite finds nothing wrong in it; refuses a newer or foreign one."""
    try:
        if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
            raise _damaged(path, "integrity_check")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise _damaged(path, "foreign_key_check")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        raise _damaged(path, "database") from None
    if row is None:
        raise _damaged(path, "revision")
    revision = str(row[0])
    if revision not in schema.KNOWN_REVISIONS:
        raise DomainError("archive_newer", path=str(path))
    return revision


def _damaged(path: Path, reason: str) -> DomainError:
    """The damaged-archive refusal; what was found wrong goes to the log, not into the teacher's message."""
    log.info("the data archive %s is damaged: %s", path, reason)
    return DomainError("archive_damaged", path=str(path), reason=reason)


def _snapshot(engine: Engine) -> tuple[bytes, str, BookSummary]:
    """A consistent copy of the book as the bytes of a rollback-journal database file, its schema revision and
    what it holds. The copy is taken in memory (nothing written) and checked."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = memory_connection()
        try:
            source.backup(copy)
            if copy.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                raise damaged()
            row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else ""
            return _rollback_journal(copy.serialize()), revision, _summary(copy)
        finally:
            copy.close()
    finally:
        raw.close()


def _rollback_journal(image: bytes) -> bytes:
    """The bytes of a database file marked as using a rollback journal (what PRAGMA journal_mode = DELETE does to
    the header): a self-contained file, which SQLite can also open in memory."""
    if len(image) < 100 or image[_FORMAT_VERSION_BYTES] == b"\x01\x01":
        return image
    return image[:18] + b"\x01\x01" + image[20:]


def book_summary(engine: Engine) -> BookSummary:
    """What the book behind `engine` holds now."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return _summary(conn)
    finally:
        raw.close()


def _summary(conn: sqlite3.Connection) -> BookSummary:
    teacher = conn.execute("SELECT name, school FROM teacher WHERE id = 1").fetchone()
    (students,) = conn.execute("SELECT count(*) FROM students").fetchone()
    (pledges,) = conn.execute("SELECT count(*) FROM pledges").fetchone()
    activities, first, last = conn.execute("SELECT count(*), min(date), max(date) FROM activities").fetchone()
    (changed,) = conn.execute(
        "SELECT max(t) FROM (SELECT max(updated_at) AS t FROM teacher UNION ALL SELECT max(updated_at) FROM students"
        " UNION ALL SELECT max(updated_at) FROM pledges UNION ALL SELECT max(updated_at) FROM activities)"
    ).fetchone()
    return BookSummary(
        teacher_name=str(teacher[0]) if teacher else "",
        school=str(teacher[1] or "") if teacher else "",
        students=int(students),
        activities=int(activities),
        pledges=int(pledges),
        first_day=dt.date.fromisoformat(first) if first else None,
        last_day=dt.date.fromisoformat(last) if last else None,
        last_change=_utc(dt.datetime.fromisoformat(changed)) if changed else None,
    )
