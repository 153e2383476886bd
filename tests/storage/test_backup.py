"""Consistent copies of the live database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import sys
import time
from pathlib import Path

import pytest

from jilu_desktop.domain.students import Student
from jilu_desktop.storage import students_repo
from jilu_desktop.storage.backup import backup_database, backup_name
from jilu_desktop.storage.database import Database

from .conftest import NOW


def test_backup_name() -> None:
    assert backup_name("before-upgrade", "0001_initial", dt.datetime(2026, 12, 4, 8, 5, 9)) == (
        "jilu-before-upgrade-0001_initial-20261204-080509.sqlite3"
    )


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="the zone is changed with time.tzset()")
def test_backup_name_says_the_computers_own_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock's now() is UTC; a teacher in China looks for the backup made at 16:30, not at 08:30."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert backup_name("before-import", "0003_ids_never_reused", dt.datetime(2026, 12, 4, 8, 30)) == (
            "jilu-before-import-0003_ids_never_reused-20261204-163000.sqlite3"
        )
    finally:
        monkeypatch.undo()
        time.tzset()


def test_backup_copies_committed_data(db: Database, tmp_path: Path) -> None:
    with db.session_scope() as session:
        students_repo.add_student(session, Student(name="小明", class_name="初二(3)班"), NOW)
    target = tmp_path / "copies" / "copy.sqlite3"
    assert backup_database(db.engine, target) == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite3"]
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT name, class_name FROM students").fetchall() == [("小明", "初二(3)班")]
    finally:
        copy.close()
    # The live database is still usable after the copy.
    with db.session_scope() as session:
        assert len(students_repo.list_students(session)) == 1


def test_backup_replaces_an_older_copy(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"stale")
    backup_database(db.engine, target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_backups_are_private_and_their_folder_is_made(db: Database, tmp_path: Path) -> None:
    # A copy of the record book is as private as the book itself, whatever the umask.
    target = tmp_path / "new" / "backups" / "copy.sqlite3"
    old = os.umask(0o002)
    try:
        backup_database(db.engine, target)
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
