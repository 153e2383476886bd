"""Writing files whole or not at all: a temporary file beside the target, renamed over it."""

from __future__ import annotations

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


def test_success_creates_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    atomic_write_bytes(target, "记录本".encode())
    assert target.read_text(encoding="utf-8") == "记录本"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


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
