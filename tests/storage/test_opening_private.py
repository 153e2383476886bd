"""A record book made by an early version, or copied in, that other accounts on the computer may read is made
private (0600), with its -wal and -shm, when it is opened to be written: only a file the user owns, never a
read-only or refused book, and the book opens even when its mode cannot be changed."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilu_desktop.storage import opening
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.storage.opening import open_database

from .conftest import NOW, sha256
from .test_opening import set_revision

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def beside(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


@pytest.fixture
def old_book(db_path: Path, backups_dir: Path) -> Path:
    """A closed book with nothing beside it, readable by everyone as an early version left it (0644)."""
    open_database(db_path, backups_dir, NOW).close()
    os.chmod(db_path, 0o644)
    return db_path


@pytest.fixture
def journal_left_open(old_book: Path) -> Iterator[sqlite3.Connection]:
    """A -wal and -shm beside the old book, readable by everyone too: another connection holds them open."""
    conn = sqlite3.connect(old_book)
    conn.execute("INSERT INTO settings (key, value) VALUES ('district', '武进区')")
    conn.commit()
    for suffix in ("-wal", "-shm"):
        os.chmod(beside(old_book, suffix), 0o644)
    yield conn
    conn.close()


@pytest.mark.parametrize("permissive", [0o644, 0o640, 0o604, 0o660, 0o606, 0o666], ids=oct)
def test_a_book_others_may_read_or_write_is_made_private(
    old_book: Path, backups_dir: Path, permissive: int, caplog: pytest.LogCaptureFixture
) -> None:
    os.chmod(old_book, permissive)
    with caplog.at_level(logging.INFO, logger=opening.__name__):
        open_database(old_book, backups_dir, NOW).close()
    assert mode(old_book) == 0o600
    assert any(str(old_book) in r.getMessage() and r.levelno == logging.INFO for r in caplog.records)


def test_its_journal_is_made_private_too(
    old_book: Path, backups_dir: Path, journal_left_open: sqlite3.Connection
) -> None:
    db = open_database(old_book, backups_dir, NOW)
    try:
        assert [mode(p) for p in (old_book, beside(old_book, "-wal"), beside(old_book, "-shm"))] == [0o600] * 3
        with db.session_scope() as session:  # what the journal held is still there
            assert session.connection().exec_driver_sql("SELECT value FROM settings").scalar() == "武进区"
    finally:
        db.close()


def test_a_private_book_is_left_alone(db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path, backups_dir, NOW).close()
    os.chmod(db_path, 0o700)  # the owner's own bits are hers: nothing for others to read
    changed: list[str] = []
    monkeypatch.setattr(os, "chmod", lambda path, *args, **kwargs: changed.append(str(path)))
    open_database(db_path, backups_dir, NOW).close()
    assert changed == []
    assert mode(db_path) == 0o700


def test_a_book_of_another_account_is_not_changed(
    old_book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The user may write a book she does not own (root, or a folder shared with write permission): its
    # permissions are its owner's business.
    owner = old_book.stat().st_uid
    monkeypatch.setattr(os, "getuid", lambda: owner + 1)
    open_database(old_book, backups_dir, NOW).close()
    assert mode(old_book) == 0o644


def test_nothing_is_changed_where_there_are_no_owners(
    old_book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows has no os.getuid, and its os.chmod only toggles read-only: nothing to make private there.
    monkeypatch.delattr(os, "getuid")
    open_database(old_book, backups_dir, NOW).close()
    assert mode(old_book) == 0o644


def test_a_mode_that_cannot_be_changed_does_not_stop_the_opening(
    old_book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(1, "Operation not permitted", str(path))  # a FAT stick mounted without `quiet`

    monkeypatch.setattr(os, "chmod", refuse)
    with caplog.at_level(logging.INFO, logger=opening.__name__):
        db = open_database(old_book, backups_dir, NOW)
    try:
        assert not db.read_only
    finally:
        db.close()
    assert mode(old_book) == 0o644
    # Told in the log, at info (the book, and the -wal and -shm the opening made with the book's mode).
    told = [r for r in caplog.records if "not permitted" in r.getMessage()]
    assert {r.levelno for r in told} == {logging.INFO}
    assert any(f"{old_book} private" in r.getMessage() for r in told)


def test_a_read_only_book_is_not_changed(old_book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(opening, "can_write", lambda _path: False)  # a write-protected stick
    db = open_database(old_book, backups_dir, NOW)
    try:
        assert db.read_only
    finally:
        db.close()
    assert mode(old_book) == 0o644


def test_a_refused_book_is_not_changed(old_book: Path, backups_dir: Path) -> None:
    set_revision(old_book, "9999_future")
    os.chmod(old_book, 0o644)
    before = sha256(old_book)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(old_book, backups_dir, NOW)
    assert caught.value.problem is Problem.NEWER
    assert mode(old_book) == 0o644 and sha256(old_book) == before
