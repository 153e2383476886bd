"""The two kinds of storage error: the environment's (told in plain words) and our own bugs."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import Final

from jilu_desktop.domain.messages import Lang


class Problem(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    LOCKED = "locked"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot-open"
    NO_ACCESS = "no-access"  # the user may not read the data folder or the book (another account's); file=…
    # when the folder may be read and only the book may not
    NEWER = "newer"
    FOREIGN = "foreign"
    NO_BOOK = "no-book"
    EMPTY = "empty"
    # A record book that can only be read (a write-protected USB stick, a read-only folder) but cannot be shown:
    UNMERGED = "unmerged"  # changes left in its -wal that can be read only by writing them into the file
    UPGRADE_READ_ONLY = "upgrade-read-only"  # an older format that must be upgraded (written) before use


_TEXT: Final[dict[Problem, tuple[str, str]]] = {
    Problem.DISK_FULL: (
        "磁盘（或U盘）已满，刚才的修改没有保存。请删除一些不需要的文件后再试。",
        "The disk (or USB stick) is full; the last change was not saved. Free some space and try again.",
    ),
    Problem.READ_ONLY: (
        "数据文件夹是只读的，无法保存。请检查U盘的写保护开关，或把记录本放到一个可以写入的文件夹中。",
        "The data folder is read-only, so nothing can be saved. Check the USB stick's write-protect switch, "
        "or keep the record book in a folder that can be written to.",
    ),
    Problem.LOCKED: (
        "记录本正被另一个程序使用。请关闭另一个打开的记录本窗口后再试。",
        "The record book is in use by another program. Close the other record-book window and try again.",
    ),
    Problem.CANNOT_OPEN: (
        "无法打开数据文件夹 {path}。请检查这个位置是否存在、是否有权限写入。",
        "The data folder {path} cannot be opened. Check that it exists and that you may write to it.",
    ),
    Problem.NO_ACCESS: (
        "无法读取数据文件夹 {path}：没有权限。记录本可能属于电脑上的另一个账户：请用平时使用记录本的账户打开它，"
        "或请学校信息老师把这个文件夹的读写权限给您。文件没有被改动。",
        "The data folder {path} cannot be read: permission denied. The record book may belong to another account "
        "on this computer: open it as the user who usually works with it, or ask the school's IT teacher to give "
        "you permission to read and write this folder. Nothing was changed.",
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
    Problem.NO_BOOK: (
        "这个文件夹里没有记录本：{path}。如果记录本在U盘上，请先插好U盘。",
        "There is no record book in this folder: {path}. If the record book is on a USB stick, plug it in first.",
    ),
    Problem.EMPTY: (
        "数据文件 {path} 是空的（0 字节），可能在复制时中断。文件没有被改动。请从原来的U盘或电脑重新复制记录本；"
        "如果这是刚刚新建、还没有内容的记录本，可以删除这个文件后重新打开。",
        "The data file {path} is empty (0 bytes), perhaps because copying it was interrupted. It was left "
        "untouched. Copy the record book again from the USB stick or computer it came from; if it is a new "
        "record book with nothing in it yet, you may delete this file and open the record book again.",
    ),
    Problem.UNMERGED: (
        "记录本上次没有正常关闭（可能是写入时拔下了U盘），最后的一些修改还在旁边的 jilu.sqlite3-wal 文件里，"
        "没有合并进记录本；U盘或文件夹是只读的，无法合并，打开的话会看不到这些修改。请打开U盘的写保护开关后再打开记录本"
        "（修改会自动合并），或把整个数据文件夹 {path} 复制到电脑上再打开。",
        "The record book was not closed properly last time (perhaps the USB stick was pulled out while writing): "
        "its last changes are still in the file jilu.sqlite3-wal beside it, not yet merged into the record book. "
        "The USB stick or folder is read-only, so they cannot be merged, and the record book would be shown "
        "without them. Switch off the USB stick's write protection and open the record book again (the changes "
        "are merged by themselves), or copy the whole data folder {path} to the computer and open it there.",
    ),
    Problem.UPGRADE_READ_ONLY: (
        "这个记录本是旧版本的程序写入的，需要先升级文件格式才能打开（升级前会自动备份），但它所在的U盘或文件夹是只读的。"
        "文件没有被改动。请打开U盘的写保护开关后再打开，或把整个数据文件夹 {path} 复制到电脑上再打开。",
        "This record book was written by an older version of the program, and its file format must be upgraded "
        "before it can be opened (a backup is made first), but the USB stick or folder it is on is read-only. The "
        "file was left untouched. Switch off the USB stick's write protection and open it again, or copy the "
        "whole data folder {path} to the computer and open it there.",
    ),
}

# A read-only book whose folder may be written: only the file is read-only (its properties say so, or its
# permissions), and the folder's message would send the teacher looking at the wrong thing.
_READ_ONLY_FILE: Final = (
    "数据文件 {file} 是只读的，无法保存。请在这个文件的属性中去掉“只读”，或请学校信息老师给您写入它的权限。",
    'The data file {file} is read-only, so nothing can be saved. Clear "read-only" in the file\'s properties, '
    "or ask the school's IT teacher to give you permission to write to it.",
)

# A book the user may not read in a folder she may look into: only the file is another account's (its
# permissions), and the folder's message would have the IT teacher change the wrong thing.
_NO_ACCESS_FILE: Final = (
    "无法读取数据文件 {file}：没有权限。记录本可能属于电脑上的另一个账户：请用平时使用记录本的账户打开它，"
    "或请学校信息老师把这个文件的读写权限给您。文件没有被改动。",
    "The data file {file} cannot be read: permission denied. The record book may belong to another account "
    "on this computer: open it as the user who usually works with it, or ask the school's IT teacher to give "
    "you permission to read and write this file. Nothing was changed.",
)

# The problems whose message names the file rather than the folder when the error names one (file=…).
_FILE_ONLY: Final[dict[Problem, tuple[str, str]]] = {
    Problem.READ_ONLY: _READ_ONLY_FILE,
    Problem.NO_ACCESS: _NO_ACCESS_FILE,
}

# A damaged file: what the teacher can do depends on whether the backups folder holds copies. Backups are
# made only before the file's format is upgraded or an archive is imported over it, so there may be none, and the
# newest may be old.
_DAMAGED_HEAD: Final = (
    "数据文件已损坏，无法读取。请不要删除它，也不要再用记录本写入；",
    "The data file is damaged and cannot be read. Do not delete it, and do not write to it with the record book; ",
)
_DAMAGED_KEEP: Final = (
    "先把整个数据文件夹 {path} 复制到安全的地方，",
    "first copy the whole data folder {path} somewhere safe, ",
)
_DAMAGED_KEEP_NO_PATH: Final = (
    "先把整个数据文件夹复制到安全的地方，",
    "first copy the whole data folder somewhere safe, ",
)
_DAMAGED_WITH_BACKUPS: Final = (
    "再请学校信息老师帮忙，从“{backups}”文件夹中的备份恢复（备份是在升级记录本或导入数据包之前自动保存的，之后的记录不在其中）。",
    'then ask the school\'s IT teacher to restore it from a backup in the folder "{backups}" (backups are '
    "made before the record book is upgraded or a data archive imported over it; records added after that are "
    "not in them).",
)
_DAMAGED_NO_BACKUPS: Final = (
    "再请学校信息老师帮忙。如果记录本是从别的电脑或U盘复制来的，请从那里重新复制一份。",
    "then ask the school's IT teacher for help. If the record book was copied from another computer or "
    "USB stick, copy it again from there.",
)


class StorageEnvironmentError(Exception):
    """Something outside the program stopped the storage: disk full, read-only, locked, damaged."""

    def __init__(self, problem: Problem, **params: object) -> None:
        self.problem = problem
        self.params = params
        super().__init__(self.message("zh"))

    def message(self, lang: Lang) -> str:
        if self.problem is Problem.DAMAGED:
            return self._damaged(lang)
        file_only = self.problem in _FILE_ONLY and "file" in self.params
        zh, en = _FILE_ONLY[self.problem] if file_only else _TEXT[self.problem]
        return (zh if lang == "zh" else en).format(**self.params)

    def _damaged(self, lang: Lang) -> str:
        path, backups = self.params.get("path") or "", self.params.get("backups") or ""
        parts = (
            _DAMAGED_HEAD,
            _DAMAGED_KEEP if path else _DAMAGED_KEEP_NO_PATH,
            _DAMAGED_WITH_BACKUPS if backups else _DAMAGED_NO_BACKUPS,
        )
        return "".join(zh if lang == "zh" else en for zh, en in parts).format(path=path, backups=backups)


def damaged(folder: object = "", backups_dir: Path | None = None) -> StorageEnvironmentError:
    """The damaged-file error for the data folder `folder`, naming `backups_dir` only when it holds backups."""
    return StorageEnvironmentError(
        Problem.DAMAGED, path=folder, backups=str(backups_dir) if holds_backups(backups_dir) else ""
    )


def holds_backups(backups_dir: Path | None) -> bool:
    if backups_dir is None:
        return False
    try:
        return any(p.is_file() and p.suffix == ".sqlite3" for p in backups_dir.iterdir())
    except OSError:
        return False


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
