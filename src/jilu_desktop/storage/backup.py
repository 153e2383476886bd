"""Consistent copies of the live database (SQLite's online backup), written via a temporary file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from jilu_desktop.fileio import atomic_path
from jilu_desktop.storage.engine import copy_connection
from jilu_desktop.storage.errors import damaged


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
