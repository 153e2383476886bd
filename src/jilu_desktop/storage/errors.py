"""The two kinds of storage error: the environment's (told in plain words) and our own bugs."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from typing import Final

from jilu_desktop.domain.messages import Lang


class Problem(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot-open"
    NEWER = "newer"
    FOREIGN = "foreign"


_TEXT: Final[dict[Problem, tuple[str, str]]] = {
    Problem.DISK_FULL: (
        "磁盘（或U盘）已满，刚才的修改没有保存。请删除一些不需要的文件后再试。",
        "The disk (or USB stick) is full; the last change was not saved. Free some space and try again.",
    ),
    Problem.READ_ONLY: (
        "数据文件夹是只读的，无法保存。请检查U盘的写保护开关，或用 --data-dir 选择一个可以写入的文件夹。",
        "The data folder is read-only, so nothing can be saved. Check the USB stick's write-protect switch, "
        "or choose a writable folder with --data-dir.",
    ),
    Problem.LOCKED: (
        "记录本正被另一个程序使用。请关闭另一个打开的记录本窗口后再试。",
        "The record book is in use by another program. Close the other record-book window and try again.",
    ),
    Problem.DAMAGED: (
        "数据文件已损坏，无法读取。请不要继续写入；可从“backups”文件夹中的备份恢复，或联系学校信息老师。",
        "The data file is damaged and cannot be read. Do not write to it; restore a copy from the "
        "“backups” folder, or ask the school's IT teacher for help.",
    ),
    Problem.CANNOT_OPEN: (
        "无法打开数据文件夹 {path}。请检查这个位置是否存在、是否有权限写入。",
        "The data folder {path} cannot be opened. Check that it exists and that you may write to it.",
    ),
    Problem.NEWER: (
        "这个数据文件是由更新版本的记录本写入的（版本 {revision}），当前程序无法打开。文件没有被改动；请安装最新版本。",
        "This data file was written by a newer version of the record book (schema {revision}); this version "
        "cannot open it. The file was left untouched; please install the latest version.",
    ),
    Problem.FOREIGN: (
        "文件 {path} 不是记录本的数据文件，没有被改动。请检查所选的数据文件夹。",
        "The file {path} is not a record-book data file and was left untouched. Check the chosen data folder.",
    ),
}


class StorageEnvironmentError(Exception):
    """Something outside the program stopped the storage: disk full, read-only, locked, damaged."""

    def __init__(self, problem: Problem, **params: object) -> None:
        self.problem = problem
        self.params = params
        super().__init__(self.message("zh"))

    def message(self, lang: Lang) -> str:
        zh, en = _TEXT[self.problem]
        return (zh if lang == "zh" else en).format(**self.params)


class StorageBug(Exception):
    """A storage failure that is our own mistake; it is logged with its traceback."""


# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_CODES: Final[dict[int, Problem]] = {
    3: Problem.READ_ONLY,  # SQLITE_PERM
    5: Problem.LOCKED,  # SQLITE_BUSY
    6: Problem.LOCKED,  # SQLITE_LOCKED
    8: Problem.READ_ONLY,  # SQLITE_READONLY
    10: Problem.CANNOT_OPEN,  # SQLITE_IOERR: the disk or USB stick went away or failed
    11: Problem.DAMAGED,  # SQLITE_CORRUPT
    13: Problem.DISK_FULL,  # SQLITE_FULL
    14: Problem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: Problem.DAMAGED,  # SQLITE_NOTADB
}
_OS_ERRNOS: Final[dict[int, Problem]] = {
    errno.ENOSPC: Problem.DISK_FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.EIO: Problem.CANNOT_OPEN,
    # A file standing where a folder should be (or the other way round).
    errno.EEXIST: Problem.CANNOT_OPEN,
    errno.ENOTDIR: Problem.CANNOT_OPEN,
    errno.EISDIR: Problem.CANNOT_OPEN,
}


def classify(error: BaseException) -> Problem | None:
    """Which environment problem an exception stands for, or None if it is not one (a bug)."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            return _SQLITE_CODES.get(code & 0xFF)
        return None
    if isinstance(error, OSError) and error.errno is not None:
        return _OS_ERRNOS.get(error.errno)
    return None
