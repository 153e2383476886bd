"""Open the teacher's data for the GUI or the CLI: the same steps, in the same order, for both."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from pathlib import Path
from typing import cast

from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import Clock, SystemClock
from jilu_desktop.storage import opening
from jilu_desktop.storage.opening import database_exists, holds_records, open_database

LOG_FILE = "jilu.log"
HANDLER_NAME = "jilu"  # set_logging() installs its handler once per process


def book_exists(paths: AppPaths) -> bool:
    """Whether there is a record book (or at least a file where it should be) under `paths`.

    False for a mistyped folder, a USB stick that is not plugged in, or a first run: the caller decides
    whether to make a new book (open_services(create=True)) or to say that there is none. Creates nothing.
    """
    return database_exists(paths.database)


def open_services(paths: AppPaths, clock: Clock | None = None, *, create: bool = True) -> AppServices:
    """Open (upgrading as needed) the database under `paths` and wrap it in services.

    create=True makes a new, empty book (and its folder) when there is none; create=False refuses with
    StorageEnvironmentError(Problem.NO_BOOK) and creates nothing. A 0-byte file is refused either way
    (Problem.EMPTY), and left as it is.
    """
    clock = clock or SystemClock()
    db = open_database(paths.database, paths.backups_dir, clock.now(), create=create)
    return AppServices(db, clock)


def missing_folders(paths: AppPaths) -> list[Path]:
    """The data folder and those of its parents that do not exist yet, innermost first: what making a new
    book there would create (to be taken away again by discard_new_book)."""
    missing: list[Path] = []
    for folder in (paths.data_dir, *paths.data_dir.parents):
        if folder.exists():
            break
        missing.append(folder)
    return missing


def discard_new_book(paths: AppPaths, made_folders: list[Path], *, made_log_dir: bool) -> bool:
    """Take away a book this process has just made, after the command that made it was refused.

    Only a book that holds nothing is removed (any record, even one another program wrote meanwhile, keeps
    it), with the folders listed in made_folders if they are then empty, and the log folder if this process
    made it. Returns whether the book was removed. Call it with the book closed.
    """
    if holds_records(paths.database):
        return False
    for suffix in ("-wal", "-shm", "-journal", ""):
        with contextlib.suppress(FileNotFoundError):
            paths.database.with_name(paths.database.name + suffix).unlink()
    if made_log_dir:
        stop_logging()
        for log_file in sorted(paths.log_dir.glob(LOG_FILE + "*")):
            with contextlib.suppress(OSError):
                log_file.unlink()
        with contextlib.suppress(OSError):
            paths.log_dir.rmdir()
    for folder in made_folders:  # innermost first; rmdir leaves a folder that holds anything
        with contextlib.suppress(OSError):
            folder.rmdir()
    return True


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log file readable by its owner only, as the database is: a refusal logged may name a
    student (“学生“王芳”还有 3 条活动记录”), and on a shared computer the data folder may be readable by others."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)  # a log file made by an earlier version
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding, errors=self.errors))  # text mode


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Log to a rotating file in the data folder; log to stderr only (warnings and worse) when the folder cannot
    be written, or the book there cannot be: a read-only book is opened read-only, and nothing is written
    beside it (docs/cli.md), not even a log."""
    root = logging.getLogger()
    if any(h.get_name() == HANDLER_NAME for h in root.handlers):
        return
    handler: logging.Handler
    try:
        if _read_only_book(paths):
            raise PermissionError(f"{paths.database} cannot be written")
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        handler = PrivateLogFile(paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    root.setLevel(level)


def _read_only_book(paths: AppPaths) -> bool:
    """Whether there is a book under `paths` that will be opened read-only (storage.opening.can_write says so)."""
    try:
        return paths.database.is_file() and not opening.can_write(paths.database)
    except OSError:  # a folder that cannot be looked into: neither can a log be written there
        return True


def log_file() -> Path | None:
    """The file setup_logging logs to, None when it logs to stderr only (or has not been set up)."""
    for handler in logging.getLogger().handlers:
        filename = getattr(handler, "baseFilename", None)
        if handler.get_name() == HANDLER_NAME and isinstance(filename, str):
            return Path(filename)
    return None


def stop_logging() -> None:
    """Close and remove the handler setup_logging installed (before its log file is taken away)."""
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler.get_name() == HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
