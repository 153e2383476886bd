"""An open database and its one transaction helper, session_scope()."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from jilu_desktop.storage.engine import WRITE_OPTION
from jilu_desktop.storage.errors import Problem, StorageBug, StorageEnvironmentError, classify, damaged

log = logging.getLogger(__name__)


class Database:
    def __init__(self, engine: Engine, backups_dir: Path | None = None, *, read_only: bool = False) -> None:
        self.engine = engine
        self.backups_dir = backups_dir  # named in the damaged-file message when it holds backups
        # Opened read-only (storage.opening.open_read_only): every write is refused with Problem.READ_ONLY.
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False)
        database = engine.url.database
        self._folder: object = Path(database).parent if database else ""

    @contextlib.contextmanager
    def session_scope(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed whole, or rolled back whole and the error told by its kind.

        write=True takes the write lock at the start, waiting for another program that holds it. On a
        read-only database it is refused at once (a write without write=True is refused by SQLite itself).
        """
        if write and self.read_only:
            raise StorageEnvironmentError(Problem.READ_ONLY, path=self._folder)
        session = (self._write_sessions if write else self._sessions)()
        try:
            with translate_errors(self._folder, self.backups_dir):
                yield session
                session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
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
