"""Open the teacher's database: refuse a newer, foreign or empty file, back up, then migrate if needed.

A new database is made only when the caller says so (create=True): a command that only reads must not
turn a mistyped folder, or a USB stick that is not plugged in, into a new empty record book. A 0-byte file
(what an interrupted copy leaves) is refused, never silently made into a new book.

A record book that cannot be written (a USB stick with its write-protect switch on, a read-only share, a
read-only file) is opened read-only: everything can be seen, exported and printed, and every change is refused
with the read-only message (Database.read_only). It is opened so when can_write() says so beforehand, or when
the ordinary opening fails because something cannot be written. It cannot be upgraded, and changes left in a
-wal beside it by a stick pulled out while writing can be read only through the -shm left with them; without
one the book is refused rather than shown without its last changes.

Alembic is imported only when a migration has to run, so an ordinary start-up never pays for it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import stat
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from jilu_desktop.storage import schema
from jilu_desktop.storage.backup import backup_database, backup_name
from jilu_desktop.storage.database import Database, translate_errors
from jilu_desktop.storage.engine import create_database_engine, create_read_only_engine, peek_connection, switch_to_wal
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError, damaged

log = logging.getLogger(__name__)

FRESH = ""  # the revision of a database with no tables at all


def open_database(db_path: Path, backups_dir: Path, now: dt.datetime, *, create: bool = True) -> Database:
    """Open the database at db_path; create=True makes a new one (and its folder) when there is none.

    A book that cannot be written is opened read-only (see open_read_only); the Database says so (read_only).

    Raises StorageEnvironmentError: NO_BOOK when there is none and create is False, EMPTY for a 0-byte file,
    FOREIGN, NEWER, DAMAGED, CANNOT_OPEN, NO_ACCESS (a folder or book the user may not read)… A file that is
    refused is left byte for byte.
    """
    check_access(db_path)
    existed = database_exists(db_path)
    if existed and db_path.is_file() and not _is_empty_copy(db_path) and not can_write(db_path):
        log.info("%s cannot be written; opening it read-only", db_path)
        return open_read_only(db_path, backups_dir)
    try:
        return _open_writable(db_path, backups_dir, now, create=create)
    except StorageEnvironmentError as error:
        if not (existed and error.problem is Problem.READ_ONLY):
            raise
        # Something could not be written (a -wal or -shm beside the file, say) that can_write() did not see.
        log.info("%s could not be opened for writing (%s); opening it read-only", db_path, error.__cause__)
    return open_read_only(db_path, backups_dir)


def check_access(db_path: Path) -> None:
    """Refuse, with NO_ACCESS, a book that the user may not read, or whose folder she may not look into: one
    that belongs to another account on the computer. Without this check such a book would look missing (a
    folder that cannot be looked into seems empty) and a new one would be made, or Python's PermissionError
    would end the program. Nothing there (yet) is not refused: the opening tells what it means. The error
    names the book (file=…) when the folder may be looked into and only the book may not be read, so that the
    message speaks of the file, not of the folder."""
    try:
        os.stat(db_path)
    except PermissionError as error:
        raise StorageEnvironmentError(Problem.NO_ACCESS, path=db_path.parent) from error
    except (OSError, ValueError):
        return  # not there, or something in the way: the opening tells
    if not os.access(db_path, os.R_OK):
        raise StorageEnvironmentError(Problem.NO_ACCESS, path=db_path.parent, file=db_path)


def can_write(db_path: Path) -> bool:
    """Whether the book at db_path and its folder (where SQLite keeps the -wal and -shm files) may be written.

    False on a write-protected USB stick or a read-only share (for root too) and for a file or folder without
    write permission. The one place that decides it beforehand: tests replace it to open a book read-only as
    root, whom permissions do not stop.
    """
    return os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)


def open_read_only(db_path: Path, backups_dir: Path) -> Database:
    """Open the existing book at db_path for reading only: SQLite refuses any change on its connections.

    Raises StorageEnvironmentError: UNMERGED when a -wal beside it holds changes that cannot be read (there is
    no -shm to read them with), UPGRADE_READ_ONLY when its format is older (an upgrade writes), NEWER, FOREIGN,
    DAMAGED… Nothing is written, not even a -wal or -shm file.
    """
    pending = _holds_pending_changes(db_path)
    # Without a -wal nothing can change the file while it is open (it cannot be written): SQLite may read it as
    # immutable, needing no -shm. With one, it must be read through the -shm beside it, or its changes are lost.
    engine = create_read_only_engine(db_path, immutable=not pending)
    try:
        try:
            with translate_errors(db_path.parent, backups_dir):
                revision = read_revision(engine, db_path)
        except StorageEnvironmentError as error:
            if pending and error.problem in (Problem.READ_ONLY, Problem.CANNOT_OPEN):
                raise StorageEnvironmentError(Problem.UNMERGED, path=db_path.parent) from error
            raise
        if revision != FRESH and revision not in schema.KNOWN_REVISIONS:
            raise StorageEnvironmentError(Problem.NEWER, revision=revision)
        if revision != schema.HEAD:  # an older format, or a file with no tables yet: it would have to be written
            raise StorageEnvironmentError(Problem.UPGRADE_READ_ONLY, path=db_path.parent)
    except BaseException:
        engine.dispose()
        raise
    log.info("opened %s read-only%s", db_path, " with the changes in its -wal" if pending else "")
    return Database(engine, backups_dir, read_only=True, file_only=_only_the_file_read_only(db_path))


def _only_the_file_read_only(db_path: Path) -> bool:
    """Whether the book's folder may be written and only the file itself may not (a file marked read-only):
    the refusal then speaks of the file. On a write-protected stick or a read-only share it is the folder."""
    return os.access(db_path.parent, os.W_OK) and not os.access(db_path, os.W_OK)


def _holds_pending_changes(db_path: Path) -> bool:
    """Whether a -wal beside the file may hold changes not yet in it (any -wal that is not empty)."""
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError:
        return True  # there, but it cannot be looked at: it may hold changes


def _open_writable(db_path: Path, backups_dir: Path, now: dt.datetime, *, create: bool) -> Database:
    if not database_exists(db_path):
        if not create:
            folder = db_path.parent
            if folder.exists() and not folder.is_dir():
                raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=folder)
            raise StorageEnvironmentError(Problem.NO_BOOK, path=folder)
        _create_private_file(db_path)
    elif not db_path.is_file():
        raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
    elif _is_empty_copy(db_path):
        raise StorageEnvironmentError(Problem.EMPTY, path=db_path)
    # Look at the file without switching it to WAL: a newer or foreign file must be left byte for byte. The
    # engine is switched to WAL only once the file is accepted, and the connection it looked with is kept.
    engine = create_database_engine(db_path, wal=False)
    try:
        with translate_errors(db_path.parent, backups_dir):
            revision = read_revision(engine, db_path)
            if revision != FRESH and revision not in schema.KNOWN_REVISIONS:
                raise StorageEnvironmentError(Problem.NEWER, revision=revision)
            switch_to_wal(engine)
            if revision != schema.HEAD:
                if revision != FRESH:
                    target = backups_dir / backup_name("before-upgrade", revision, now)
                    try:
                        backup_database(engine, target)
                    except StorageEnvironmentError as error:
                        if error.problem is Problem.DAMAGED:
                            raise damaged(db_path.parent, backups_dir) from error
                        raise
                    log.info("backed up %s before upgrading it from %s", db_path, revision)
                from jilu_desktop.storage.migrate import upgrade

                upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    _make_private(db_path)
    return Database(engine, backups_dir)


def _make_private(db_path: Path) -> None:
    """Make the book, and the -wal and -shm beside it, private (0600) when other accounts may read or write them.

    New books are made private (_create_private_file), but one made by an early version, or copied in with the
    usual 0644, would stay readable by everyone on a shared PC; the record book is about minors. Called only once
    the book is accepted and opened to be written: a refused or read-only book is left as it is. Only a file the
    user owns is changed (its permissions are its owner's business otherwise, even for root), and nothing on a
    system without owners (Windows: no os.getuid, and its os.chmod only toggles read-only). A mode that cannot
    be changed (a FAT stick, which has no permissions to keep) is logged and the book opens all the same.
    """
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return
    user: int = getuid()
    for path in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        try:
            status = os.stat(path)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.info("could not look at the permissions of %s: %s", path, error)
            continue
        mode = stat.S_IMODE(status.st_mode)
        if not mode & 0o066 or status.st_uid != user:
            continue
        try:
            os.chmod(path, 0o600)
        except OSError as error:
            log.info("could not make %s private (mode %03o): %s", path, mode, error)
        else:
            log.info("made %s private: mode %03o, was %03o", path, 0o600, mode)


def database_exists(db_path: Path) -> bool:
    """Whether there is anything at db_path (a book, an empty or damaged file, a folder in its way).

    True too when that cannot be told because the user may not look into the folder: a book may be there, and
    the opening then says that it cannot be read (check_access), rather than that there is none, and no new
    book is made in its place."""
    try:
        os.lstat(db_path)
    except PermissionError:
        return True
    except (OSError, ValueError):
        return False
    return True


def _create_private_file(db_path: Path) -> None:
    """Make the folder and an empty database file only its owner may read: the record book is about minors.
    SQLite gives its -wal and -shm files the same permissions."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        if db_path.parent.is_dir():
            return  # another program made it a moment ago; it is looked at like any other file
        raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=db_path.parent) from None
    except OSError as error:
        raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=db_path.parent) from error
    os.close(fd)


def _is_empty_copy(db_path: Path) -> bool:
    """A 0-byte file with no write-ahead log beside it holding its contents: an interrupted copy, most likely."""
    try:
        if db_path.stat().st_size != 0:
            return False
        wal = db_path.with_name(db_path.name + "-wal")
        return not (wal.is_file() and wal.stat().st_size > 0)
    except OSError:
        return False  # let the opening itself tell what is wrong


def holds_records(db_path: Path) -> bool:
    """Whether the file holds any row beyond its schema version. True when it cannot be read: only a book
    known to hold nothing may ever be removed (a new book that a refused command made)."""
    try:
        if not db_path.is_file():
            return False
    except OSError:
        return True  # it cannot even be looked at
    conn = peek_connection(db_path, immutable=False)
    if conn is None:
        return True
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for name in tables:
            if name == "alembic_version":
                continue
            quoted = name.replace('"', '""')
            if conn.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone() is not None:
                return True
        return False
    except sqlite3.Error:
        return True
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.close()


def read_revision(engine: Engine, db_path: Path) -> str:
    """The schema revision recorded in the file; FRESH for an empty file; refuses files that are not ours."""
    with engine.connect() as conn:
        tables = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not tables:
            return FRESH
        if "alembic_version" not in tables:
            raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except DBAPIError:
            raise StorageEnvironmentError(Problem.FOREIGN, path=db_path) from None
    if row is None:
        raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
    return str(row[0])
