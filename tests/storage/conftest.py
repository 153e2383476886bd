"""Helpers for storage tests: a database opened straight through storage.opening."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilu_desktop.storage.database import Database
from jilu_desktop.storage.opening import open_database

NOW = dt.datetime(2026, 12, 4, 8, 30)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "jilu.sqlite3"


@pytest.fixture
def backups_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


@pytest.fixture
def db(db_path: Path, backups_dir: Path) -> Iterator[Database]:
    database = open_database(db_path, backups_dir, NOW)
    yield database
    database.close()
