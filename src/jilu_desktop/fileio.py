"""The one place that writes files: a temporary file beside the target, flushed, then renamed over it.

A crash, a full disk or a pulled USB stick leaves either the old file or the new one, never half of one.

What the teacher exports gets the permissions any new file of hers gets (0o666 less the umask), or keeps
those of the file it replaces, so that colleagues on a shared PC can open it; copies of the database are
private (0o600), like the database itself.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

PRIVATE_MODE = 0o600  # the database and its copies: the owner only
PUBLIC_MODE = 0o666  # anything else: the umask decides, as for any file the teacher saves
_TEMP_ATTEMPTS = 100


class ReplaceRefused(OSError):
    """The new file was written beside the target but could not take its place.

    The folder is writable (the temporary file was made in it), so the target itself refuses: on Windows
    that is a file open in another program (a PDF reader, a print preview) or marked read-only.
    """


@contextlib.contextmanager
def atomic_path(target: Path, *, private: bool = False, make_folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces the target.

    private=True makes the file readable by its owner only; otherwise it gets the mode of the file it
    replaces, or that of a new file (0o666 less the umask). The target's folder must exist
    (FileNotFoundError otherwise) unless make_folder=True, which creates it and its parents.
    """
    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _create_temporary(target, PRIVATE_MODE if private else PUBLIC_MODE)
    try:
        if not private:
            _keep_mode(target, tmp)
        yield tmp
        _fsync(tmp)
        try:
            os.replace(tmp, target)
        except PermissionError as error:
            raise ReplaceRefused(error.errno, error.strerror, str(target)) from error
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(target: Path, data: bytes, *, private: bool = False, make_folder: bool = False) -> None:
    with atomic_path(target, private=private, make_folder=make_folder) as tmp:
        tmp.write_bytes(data)


def _create_temporary(target: Path, mode: int) -> Path:
    """A new empty file beside `target`, created with `mode` (the system applies the umask), never an
    existing one (O_EXCL, which also refuses to follow a planted symbolic link)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(_TEMP_ATTEMPTS):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, flags, mode)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(f"no free temporary name beside {target}")


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the permissions of the file it will replace, if there is one."""
    try:
        existing = target.stat()
    except OSError:  # no file there yet (or it cannot be looked at): the new file's own mode stands
        return
    if stat.S_ISREG(existing.st_mode):
        os.chmod(tmp, stat.S_IMODE(existing.st_mode))


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; os.replace is durable enough there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
