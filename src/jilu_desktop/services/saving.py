"""What the teacher saves outside the book (a PDF, a data archive): the target checked, and the machine's
refusals (disk full, read-only folder, a file held open by another program) told in plain words."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.fileio import ReplaceRefused, atomic_path

T = TypeVar("T")

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
_BAD_FOLDER = {errno.ENOTDIR, errno.EEXIST, errno.ENOENT}


def save_file(out: Path, build: Callable[[Path], T]) -> T:
    """Write through a temporary file renamed over `out`; OS failures become plain-worded DomainErrors."""
    return save_with(out, lambda: _through_temporary(out, build))


def save_with(out: Path, write: Callable[[], T]) -> T:
    """Run `write`, which writes `out` itself (through fileio), refusing a folder as the target and telling
    OS failures in plain words."""
    out = Path(out)
    if out.is_dir():
        raise DomainError("export_target_is_folder", path=str(out))
    try:
        return write()
    except OSError as error:
        raise write_error(error, out) from error


def _through_temporary(out: Path, build: Callable[[Path], T]) -> T:
    with atomic_path(out) as tmp:
        return build(tmp)


def write_error(error: OSError, out: Path) -> DomainError:
    folder = str(out.parent)
    if error.errno in _DISK_FULL:
        return DomainError("export_disk_full", path=str(out))
    if isinstance(error, ReplaceRefused):
        return DomainError("export_target_in_use", path=str(out))
    if error.errno in _READ_ONLY or isinstance(error, PermissionError):
        return DomainError("export_read_only", folder=folder)
    if error.errno in _BAD_FOLDER or isinstance(error, NotADirectoryError | FileExistsError):
        return DomainError("export_bad_folder", folder=folder)
    return DomainError("export_write_failed", path=str(out), error=error.strerror or str(error))
