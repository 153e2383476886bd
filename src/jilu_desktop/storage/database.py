"""An open database and its one transaction helper, session_scope()."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from jilu_desktop.storage.engine import WRITE_OPTION, version_connection
from jilu_desktop.storage.errors import Problem, StorageBug, StorageEnvironmentError, classify, damaged

log = logging.getLogger(__name__)


class Database:
    def __init__(
        self, engine: Engine, backups_dir: Path | None = None, *, read_only: bool = False, file_only: bool = False
    ) -> None:
        self.engine = engine
        self.backups_dir = backups_dir  # named in the damaged-file message when it holds backups
        # Opened read-only (storage.opening.open_read_only): every write is refused with Problem.READ_ONLY, whose
        # message speaks of the file when only the file cannot be written (file_only), else of the folder.
        self.read_only = read_only
        self._file_only = file_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        database = engine.url.database
        self._folder: object = Path(database).parent if database else ""
        self._file = Path(database) if database and database != ":memory:" else None
        # Watching for changes made elsewhere (changed_elsewhere): the connection asked, the data_version it
        # last said, and whether a change made elsewhere was seen while this database wrote.
        self._watch: sqlite3.Connection | None = None
        self._seen: int | None = None
        self._changed_meanwhile = False
        self._watch_lock = threading.Lock()  # a write may be made on the window's worker thread

    @contextlib.contextmanager
    def session_scope(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole and the error told by its kind.

        write=True takes the write lock at the start, waiting for another program that holds it. On a
        read-only database it is refused at once (a write without write=True is refused by SQLite itself).
        """
        if write and self.read_only:
            if self._file_only and self._file is not None:
                raise StorageEnvironmentError(Problem.READ_ONLY, path=self._folder, file=self._file)
            raise StorageEnvironmentError(Problem.READ_ONLY, path=self._folder)
        session = (self._write_sessions if write else self._sessions)()
        try:
            with translate_errors(self._folder, self.backups_dir):
                yield session
                if write and self._watch is not None:
                    self._commit_watched(session)
                else:
                    session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def changed_elsewhere(self) -> bool:
        """Whether another program (the `jilu` command) has committed a change to the book since the last call.

        The first call starts watching and says False. What this database writes itself is not counted. It costs
        one PRAGMA data_version on a connection kept for it, a few microseconds; a read-only book is never
        changed (False). When the file cannot be asked (a USB stick pulled out), that counts as a change once,
        so that the window reads again and says what is wrong.
        """
        if self.read_only or self._file is None:
            return False
        with self._watch_lock:
            if self._watch is None:
                try:
                    self._watch = version_connection(self._file)
                except (sqlite3.Error, OSError):
                    log.warning("cannot watch %s for changes made elsewhere", self._file, exc_info=True)
                    return False
                self._seen = self._data_version()
                return False
            version = self._data_version()
            changed = self._changed_meanwhile or version != self._seen
            self._seen, self._changed_meanwhile = version, False
            return changed

    def _commit_watched(self, session: Session) -> None:
        """Commit a write while watching: this change is not one made elsewhere, but one made before it is."""
        session.connection()  # the write lock is held from here on (BEGIN IMMEDIATE): nobody else can commit
        with self._watch_lock:
            if self._data_version() != self._seen:
                self._changed_meanwhile = True  # made elsewhere before this write and not told yet
            session.commit()
            # Asked at once: another program waiting for the lock needs far longer (its busy wait sleeps a
            # millisecond or more, then writes and syncs) before its commit could be counted as ours.
            self._seen = self._data_version()

    def _data_version(self) -> int | None:
        if self._watch is None:
            return None
        try:
            row = self._watch.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            log.debug("cannot ask %s for its data version", self._file, exc_info=True)
            return None
        return int(row[0]) if row else None

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self.engine.dispose()


@contextlib.contextmanager
def translate_errors(path: object = "", backups_dir: Path | None = None) -> Iterator[None]:
    """Turn driver errors into StorageEnvironmentError (the machine's fault) or StorageBug (ours).

    `path` is the data folder, named in the message when it cannot be opened or is damaged; `backups_dir` is
    named when the file is damaged and it holds backups.
    """
    try:
        yield
    except DBAPIError as error:
        problem = classify(error.orig) if error.orig is not None else None
        if problem is None:
            log.exception("database error that is not the environment's")
            raise StorageBug(str(error)) from error
        if problem is Problem.DAMAGED:
            raise damaged(path, backups_dir) from error
        raise StorageEnvironmentError(problem, path=path) from error
    except OSError as error:
        problem = classify(error)
        if problem is None:
            raise
        raise StorageEnvironmentError(problem, path=error.filename or path) from error
