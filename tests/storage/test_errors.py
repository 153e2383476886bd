"""Telling the environment's failures (disk full, read-only, locked, damaged) from our own bugs."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from jilu_desktop.storage.database import translate_errors
from jilu_desktop.storage.errors import Problem, StorageBug, StorageEnvironmentError, classify


def sqlite_error(code: int, cls: type[sqlite3.Error] = sqlite3.OperationalError) -> sqlite3.Error:
    error = cls("simulated")
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "problem"),
    [
        (13, Problem.DISK_FULL),  # SQLITE_FULL
        (8, Problem.READ_ONLY),  # SQLITE_READONLY
        (3, Problem.READ_ONLY),  # SQLITE_PERM
        (5, Problem.LOCKED),  # SQLITE_BUSY
        (6, Problem.LOCKED),  # SQLITE_LOCKED
        (11, Problem.DAMAGED),  # SQLITE_CORRUPT
        (26, Problem.DAMAGED),  # SQLITE_NOTADB
        (14, Problem.CANNOT_OPEN),  # SQLITE_CANTOPEN
        (10, Problem.CANNOT_OPEN),  # SQLITE_IOERR: the USB stick was pulled
        (5 | (2 << 8), Problem.LOCKED),  # SQLITE_BUSY_SNAPSHOT, an extended code
        (8 | (1 << 8), Problem.READ_ONLY),  # SQLITE_READONLY_RECOVERY
        (11 | (1 << 8), Problem.DAMAGED),  # SQLITE_CORRUPT_VTAB
        (10 | (3 << 8), Problem.CANNOT_OPEN),  # SQLITE_IOERR_WRITE
    ],
)
def test_classify_sqlite_codes(code: int, problem: Problem) -> None:
    assert classify(sqlite_error(code)) is problem
    assert classify(sqlite_error(code, sqlite3.DatabaseError)) is problem


@pytest.mark.parametrize("code", [1, 19, 19 | (7 << 8), 20, 25])  # ERROR, CONSTRAINT, CONSTRAINT_FOREIGNKEY, ...
def test_classify_our_own_mistakes(code: int) -> None:
    assert classify(sqlite_error(code)) is None


def test_classify_without_a_code() -> None:
    assert classify(sqlite3.OperationalError("no code")) is None
    assert classify(ValueError("not storage")) is None


def test_classify_a_real_sqlite_error() -> None:
    conn = sqlite3.connect(":memory:")
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute("SELECT * FROM no_such_table")
    finally:
        conn.close()
    assert classify(caught.value) is None


@pytest.mark.parametrize(
    ("number", "problem"),
    [
        (errno.ENOSPC, Problem.DISK_FULL),
        (errno.EROFS, Problem.READ_ONLY),
        (errno.EACCES, Problem.READ_ONLY),
        (errno.EPERM, Problem.READ_ONLY),
        (errno.EIO, Problem.CANNOT_OPEN),
    ],
)
def test_classify_os_errors(number: int, problem: Problem) -> None:
    assert classify(OSError(number, "simulated")) is problem


def test_classify_other_os_errors() -> None:
    assert classify(OSError(errno.EINTR, "interrupted")) is None
    assert classify(OSError("no errno")) is None


@pytest.mark.parametrize("code", [errno.EEXIST, errno.ENOTDIR, errno.EISDIR])
def test_a_file_where_a_folder_should_be_cannot_be_opened(code: int) -> None:
    assert classify(OSError(code, "in the way")) is Problem.CANNOT_OPEN


def test_translate_driver_errors_to_environment_errors() -> None:
    with pytest.raises(StorageEnvironmentError) as caught, translate_errors():
        raise OperationalError("INSERT", {}, sqlite_error(13))
    assert caught.value.problem is Problem.DISK_FULL
    assert "full" in caught.value.message("en")
    assert "磁盘" in str(caught.value)


def test_translate_names_the_folder_when_it_cannot_be_opened() -> None:
    with pytest.raises(StorageEnvironmentError) as caught, translate_errors("E:\\记录本"):
        raise OperationalError("SELECT", {}, sqlite_error(14))
    assert caught.value.problem is Problem.CANNOT_OPEN
    assert "E:\\记录本" in caught.value.message("zh")


def test_translate_our_bugs_to_storage_bug() -> None:
    with pytest.raises(StorageBug), translate_errors():
        raise OperationalError("SELECT", {}, sqlite_error(1))


def test_translate_os_errors() -> None:
    with pytest.raises(StorageEnvironmentError) as caught, translate_errors():
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/jilu.sqlite3")
    assert caught.value.problem is Problem.DISK_FULL
    with pytest.raises(StorageEnvironmentError) as caught, translate_errors("E:\\记录本"):
        raise FileExistsError(errno.EEXIST, "exists")
    assert caught.value.problem is Problem.CANNOT_OPEN
    assert "E:\\记录本" in caught.value.message("zh")
    with pytest.raises(InterruptedError), translate_errors():
        raise InterruptedError(errno.EINTR, "interrupted")


def test_other_exceptions_pass_through() -> None:
    with pytest.raises(KeyError), translate_errors():
        raise KeyError("x")


@pytest.mark.parametrize("problem", list(Problem))
def test_every_problem_has_both_texts(problem: Problem) -> None:
    error = StorageEnvironmentError(problem, path="/data", revision="9999_future")
    zh, en = error.message("zh"), error.message("en")
    assert zh and en and zh != en
    assert str(error) == zh
    assert "{" not in zh and "{" not in en
