"""Consistent copies of the live database (SQLite's online backup), written via a temporary file."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine

from jilu_desktop.fileio import atomic_path
from jilu_desktop.storage import schema
from jilu_desktop.storage.database import Database, translate_errors
from jilu_desktop.storage.engine import copy_connection
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError, classify, damaged


def backup_database(engine: Engine, target: Path) -> Path:
    """Copy the database to `target` and check the copy before it takes the target's name.

    The copy is private (readable by its owner only), like the database; its folder is made if needed.
    A copy that fails its check means the database itself is damaged.
    """
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with atomic_path(target, private=True, make_folder=True) as tmp:
            copy = copy_connection(tmp)
            try:
                source.backup(copy)
                verdict = copy.execute("PRAGMA integrity_check").fetchone()
            finally:
                copy.close()
            if verdict is None or verdict[0] != "ok":
                raise damaged()
    finally:
        raw.close()
    return target


def backup_name(reason: str, revision: str, now: dt.datetime) -> str:
    """“jilu-before-upgrade-0002_…-20261204-163000.sqlite3”: `now` is naive UTC (services.clock), the name says the
    computer's own time, which is what a teacher (or the IT teacher helping her) looks for."""
    local = now.replace(tzinfo=dt.UTC).astimezone() if now.tzinfo is None else now.astimezone()
    return f"jilu-{reason}-{revision}-{local:%Y%m%d-%H%M%S}.sqlite3"


def backup_before(db: Database, reason: str, now: dt.datetime) -> Path:
    """A checked backup of the open book in its backups folder, before something replaces or empties it
    (“before-import”, “before-clearing-demo”); the errors of the machine told in plain words. A second backup
    within the same second gets a name of its own (…-090000-2.sqlite3): no earlier backup is ever replaced."""
    folder = Path(db.engine.url.database or "").parent
    backups = db.backups_dir
    if backups is None:  # a book opened without a data folder (tests in memory): nowhere to keep a copy
        raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=folder)
    with raw_errors_translated(folder, backups):
        return backup_database(db.engine, _free_name(backups, backup_name(reason, schema.HEAD, now)))


@contextlib.contextmanager
def raw_errors_translated(path: Path, backups_dir: Path | None) -> Iterator[None]:
    """translate_errors, and the same for the errors of SQLite's own connections (its online backup, used by
    backups and archives): a full disk or a stick pulled out is told in plain words, not as a bug."""
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


def _free_name(backups: Path, name: str) -> Path:
    first = backups / name
    target, n = first, 1
    while target.exists():
        n += 1
        target = first.with_name(f"{first.stem}-{n}{first.suffix}")
    return target
