"""Writing files whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilu_desktop.fileio import atomic_path, atomic_write_bytes


def test_success_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path
        assert tmp != target
        assert tmp.exists()
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # not yet
    assert target.read_bytes() == b"new"
    assert not tmp.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_missing_folders_are_made_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(target, "记录本".encode())
    assert list(tmp_path.iterdir()) == []  # a mistyped folder is not quietly made
    atomic_write_bytes(target, "记录本".encode(), make_folder=True)
    assert target.read_text(encoding="utf-8") == "记录本"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("umask_022")
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    # An exported PDF on a shared PC: colleagues must be able to open it (0o666 less the umask), not 0o600.
    target = tmp_path / "记录本.pdf"
    atomic_write_bytes(target, b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.umask(0o002)
    other = tmp_path / "志愿书.pdf"
    atomic_write_bytes(other, b"%PDF")
    assert stat.S_IMODE(other.stat().st_mode) == 0o664


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("umask_022")
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "记录本.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert (target.read_bytes(), stat.S_IMODE(target.stat().st_mode)) == (b"new", 0o640)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.usefixtures("umask_022")
def test_a_private_file_is_for_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"old")
    target.chmod(0o644)
    with atomic_path(target, private=True) as tmp:
        assert stat.S_IMODE(tmp.stat().st_mode) == 0o600  # from the start, not only once it is written
        tmp.write_bytes(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failure_leaves_old_target_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="disk pulled"), atomic_path(target) as tmp:
        tmp.write_bytes(b"half of the new")
        raise RuntimeError("disk pulled")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.pdf"]


def test_failure_without_a_previous_target_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.pdf"
    with pytest.raises(KeyboardInterrupt), atomic_path(target):
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_failure_when_the_body_removed_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "x.bin"
    with pytest.raises(FileNotFoundError), atomic_path(target) as tmp:
        tmp.unlink()  # then the rename fails; the error still comes out, nothing is left behind
    assert list(tmp_path.iterdir()) == []


def test_target_that_is_a_folder_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"data")
    assert (target / "keep.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
