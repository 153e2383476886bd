"""A record book that cannot be written (a write-protected USB stick, a read-only folder or file) opens
read-only: everything can be read, every change is refused, and nothing is written beside it.

Root may write where permissions say no, so these tests make the book read-only where the program decides
it (storage.opening.can_write) and where a write would happen (SQLite's mode=ro). tests/cli/test_read_only.py
has a test with real permissions, as an ordinary user.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from jilu_desktop.storage import opening
from jilu_desktop.storage.database import Database
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.storage.opening import open_database
from tests.storage.conftest import NOW, sha256


def put(db: Database, key: str, value: str) -> None:
    with db.session_scope(write=True) as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def get(db: Database, key: str) -> str | None:
    with db.session_scope() as session:
        return session.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()


def folder_listing(folder: Path) -> dict[str, str]:
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def book(db_path: Path, backups_dir: Path) -> Path:
    """A closed record book holding one setting, with nothing beside it but the file."""
    db = open_database(db_path, backups_dir, NOW)
    put(db, "district", "武进区")
    db.close()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["jilu.sqlite3"]
    return db_path


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The book and its folder cannot be written, as on a write-protected USB stick."""
    monkeypatch.setattr(opening, "can_write", lambda _path: False)


@contextlib.contextmanager
def opened(db_path: Path, backups_dir: Path) -> Iterator[Database]:
    db = open_database(db_path, backups_dir, NOW, create=False)
    try:
        yield db
    finally:
        db.close()


def test_can_write_sees_a_read_only_file_and_folder(book: Path) -> None:
    assert opening.can_write(book)
    with pytest.MonkeyPatch.context() as mp:  # os.access is what says no on a write-protected medium, for root too
        mp.setattr(opening.os, "access", lambda path, _mode: Path(path) != book)
        assert not opening.can_write(book)
        mp.setattr(opening.os, "access", lambda path, _mode: Path(path) != book.parent)
        assert not opening.can_write(book)


@pytest.mark.usefixtures("read_only")
def test_a_book_that_cannot_be_written_is_read_and_every_change_refused(book: Path, backups_dir: Path) -> None:
    before = folder_listing(book.parent)
    with opened(book, backups_dir) as db:
        assert db.read_only
        assert get(db, "district") == "武进区"
        with pytest.raises(StorageEnvironmentError) as refused:
            put(db, "language", "en")
        assert refused.value.problem is Problem.READ_ONLY
        # A change made without asking for the write lock is refused by SQLite itself.
        with pytest.raises(StorageEnvironmentError) as refused, db.session_scope() as session:
            session.execute(text("UPDATE settings SET value = 'x'"))
        assert refused.value.problem is Problem.READ_ONLY
        assert get(db, "district") == "武进区"
        # No -wal or -shm while it is open either: a write-protected folder could not hold them.
        assert folder_listing(book.parent) == before
    assert folder_listing(book.parent) == before


def test_a_writable_book_is_opened_as_usual(book: Path, backups_dir: Path) -> None:
    with opened(book, backups_dir) as db:
        assert not db.read_only
        put(db, "language", "en")


def test_a_book_whose_opening_fails_for_want_of_writing_is_opened_read_only(
    book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """can_write() cannot see everything (a -shm that cannot be made, a share that says yes and then no)."""

    def cannot_write(*_args: object, **_kwargs: object) -> Database:
        raise StorageEnvironmentError(Problem.READ_ONLY, path=book.parent)

    monkeypatch.setattr(opening, "_open_writable", cannot_write)
    with opened(book, backups_dir) as db:
        assert db.read_only
        assert get(db, "district") == "武进区"


def test_other_failures_of_the_ordinary_opening_are_not_hidden(
    book: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object, **_kwargs: object) -> Database:
        raise StorageEnvironmentError(Problem.LOCKED)

    monkeypatch.setattr(opening, "_open_writable", locked)
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(book, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.LOCKED


@pytest.mark.usefixtures("read_only")
def test_a_folder_without_a_book_is_still_no_book(db_path: Path, backups_dir: Path) -> None:
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(db_path, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.NO_BOOK


@pytest.mark.usefixtures("read_only")
def test_an_empty_file_is_still_refused_as_empty(db_path: Path, backups_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(db_path, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.EMPTY


def _with_unmerged_changes(book: Path, backups_dir: Path, into: Path) -> Path:
    """A copy in `into` of the book as a USB stick pulled out while writing leaves it: the last change only in
    the -wal (with its -shm), not yet merged into the file."""
    db = open_database(book, backups_dir, NOW)
    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            conn.exec_driver_sql("UPDATE settings SET value = '新北区' WHERE key = 'district'")
            conn.commit()
            into.mkdir()
            for suffix in ("", "-wal", "-shm"):
                shutil.copy(book.with_name(book.name + suffix), into / (book.name + suffix))
    finally:
        db.close()
    copy = into / book.name
    assert copy.with_name(copy.name + "-wal").stat().st_size > 0
    return copy


def test_changes_left_in_the_wal_are_read_through_its_shm(
    book: Path, backups_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _with_unmerged_changes(book, backups_dir, tmp_path / "stick")
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    # Read as immutable, the file alone would show the old value: the one the teacher changed afterwards.
    plain = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)
    assert plain.execute("SELECT value FROM settings WHERE key = 'district'").fetchone() == ("武进区",)
    plain.close()
    data = {name: sha256(copy.with_name(name)) for name in (copy.name, copy.name + "-wal")}
    with opened(copy, backups_dir) as db:
        assert db.read_only
        assert get(db, "district") == "新北区"
    # The -shm is only SQLite's index of the -wal; root may write it here, a write-protected stick would not.
    assert {name: sha256(copy.with_name(name)) for name in data} == data


def test_changes_left_in_the_wal_without_its_shm_are_told_not_hidden(
    book: Path, backups_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _with_unmerged_changes(book, backups_dir, tmp_path / "stick")
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    copy.with_name(copy.name + "-shm").unlink()
    # A write-protected folder cannot hold a new -shm. Root can make one anywhere, but not through a link into
    # a folder that does not exist.
    copy.with_name(copy.name + "-shm").symlink_to(tmp_path / "nowhere" / "jilu.sqlite3-shm")
    before = folder_listing(copy.parent)
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(copy, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.UNMERGED
    message = refused.value.message("zh")
    assert "jilu.sqlite3-wal" in message and "写保护" in message and str(copy.parent) in message
    assert "write protection" in refused.value.message("en")
    assert folder_listing(copy.parent) == before


@pytest.mark.usefixtures("read_only")
def test_an_empty_wal_holds_nothing_to_lose(book: Path, backups_dir: Path) -> None:
    book.with_name(book.name + "-wal").touch()
    with opened(book, backups_dir) as db:
        assert db.read_only
        assert get(db, "district") == "武进区"


def _set_revision(db_path: Path, revision: str) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


@pytest.mark.usefixtures("read_only")
def test_a_book_that_needs_upgrading_is_refused_and_left_untouched(book: Path, backups_dir: Path) -> None:
    _set_revision(book, "0001_initial")
    before = folder_listing(book.parent)
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(book, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.UPGRADE_READ_ONLY
    assert "复制到电脑上" in refused.value.message("zh")
    assert "copy the whole data folder" in refused.value.message("en")
    assert folder_listing(book.parent) == before
    assert not backups_dir.exists()


@pytest.mark.usefixtures("read_only")
def test_a_newer_book_is_refused_as_newer(book: Path, backups_dir: Path) -> None:
    _set_revision(book, "9999_from_the_future")
    with pytest.raises(StorageEnvironmentError) as refused:
        open_database(book, backups_dir, NOW, create=False)
    assert refused.value.problem is Problem.NEWER
