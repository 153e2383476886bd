"""A folder without a record book (a mistyped --data-dir, a USB stick not plugged in) is never shown as an
empty book: only the commands that add something make a new one, and say so; a 0-byte data file (an
interrupted copy) is refused and left as it is."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from .conftest import Jilu, new_book_notice

NO_BOOK_ZH = (
    "这个文件夹里没有记录本：{dir}。如果记录本在U盘上，请先插好U盘；"
    "要新建记录本，请先运行 jilu profile set --name 您的姓名"
)
NO_BOOK_EN = (
    "There is no record book in this folder: {dir}. If the record book is on a USB stick, plug it in first; "
    "to start a new record book, run jilu profile set --name YOUR-NAME first"
)
EMPTY_ZH = (
    "数据文件 {file} 是空的（0 字节），可能在复制时中断。文件没有被改动。请从原来的U盘或电脑重新复制记录本；"
    "如果这是刚刚新建、还没有内容的记录本，可以删除这个文件后重新打开。"
)
EMPTY_EN = (
    "The data file {file} is empty (0 bytes), perhaps because copying it was interrupted. It was left untouched. "
    "Copy the record book again from the USB stick or computer it came from; if it is a new record book with "
    "nothing in it yet, you may delete this file and open the record book again."
)

# Commands that only read, or that need a student or an activity an empty book cannot have.
NEEDS_A_BOOK = [
    ["progress"],
    ["progress", "--school-year", "2026", "--json"],
    ["log", "list"],
    ["log", "show", "1"],
    ["log", "edit", "1", "--place", "教室"],
    ["log", "delete", "1"],
    ["log", "add", "--date", "2026-12-03", "--kind", "talk", "--student", "1", "--place", "a", "--content", "b"],
    ["student", "list", "--json"],
    ["student", "show", "1"],
    ["student", "edit", "1", "--class", "五(2)班"],
    ["student", "delete", "1"],
    ["profile", "show"],
    ["pledge", "show"],
    ["pledge", "set", "--school-year", "2026", "--mentee", "1"],
    ["settings", "show"],
    ["settings", "language"],
]


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("args", NEEDS_A_BOOK, ids=lambda args: "-".join(a for a in args if a[:1].isalpha())[:40])
def test_a_missing_folder_is_not_an_empty_book(jilu: Jilu, tmp_path: Path, args: list[str]) -> None:
    before = tree(tmp_path)
    assert jilu.bad(*args, code=3) == NO_BOOK_ZH.format(dir=jilu.data_dir)
    assert jilu.bad("--lang", "en", *args, code=3) == NO_BOOK_EN.format(dir=jilu.data_dir)
    assert tree(tmp_path) == before  # no book, no folder, no logs


def test_an_existing_folder_without_a_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The mount point of a USB stick that is not plugged in: the folder is there, the book is not.
    stick = tmp_path / "media" / "U盘"
    stick.mkdir(parents=True)
    jilu = Jilu(stick, capsys)
    assert jilu.bad("progress", code=3) == NO_BOOK_ZH.format(dir=stick)
    assert jilu.bad("export", "record-book", "--out", str(tmp_path), code=3) == NO_BOOK_ZH.format(dir=stick)
    assert list(stick.iterdir()) == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_command_that_adds_makes_a_new_book_and_says_so_once(jilu: Jilu, tmp_path: Path) -> None:
    result = jilu("profile", "set", "--name", "王丽华")
    assert (result.code, result.out) == (0, "已保存个人信息：王丽华\n")
    assert result.err == new_book_notice(jilu.data_dir)[0]
    assert (jilu.data_dir / "jilu.sqlite3").is_file()
    again = jilu("student", "add", "--name", "李小明")
    assert (again.code, again.out, again.err) == (0, "1\n", "")  # said once, when it was made
    assert jilu("progress").code == 0


@pytest.mark.parametrize(
    "args",
    [
        ["student", "add", "--name", "李小明"],
        ["settings", "targets", "--school-year", "2026", "--tutoring", "10"],
        ["settings", "exempt-months", "--school-year", "2026", "1", "2"],
        ["settings", "language", "en"],
        ["demo", "--per-month", "3"],
    ],
    ids=lambda args: "-".join(args[:2]),
)
def test_the_commands_that_may_make_a_new_book(jilu: Jilu, args: list[str]) -> None:
    result = jilu("--lang", "en", *args)
    assert result.code == 0, result
    assert result.err == new_book_notice(jilu.data_dir)[1]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_book_is_private(jilu: Jilu) -> None:
    jilu.ok("student", "add", "--name", "李小明")
    assert stat.S_IMODE((jilu.data_dir / "jilu.sqlite3").stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--per-month", "0"],
        ["profile", "set", "--school", "湖塘实验小学"],  # the first time needs a name
        ["student", "add", "--name", "李小明", "--birth-year", "1800"],
        ["student", "add", "--name", ""],
        ["settings", "targets", "--school-year", "2026", "--tutoring", "-1"],
        ["settings", "targets", "--school-year", "2026"],
        ["settings", "exempt-months", "--school-year", "2026", "13"],
    ],
    ids=lambda args: "-".join(a for a in args if a[:1].isalnum())[:40],
)
def test_a_refused_command_leaves_nothing_behind(jilu: Jilu, tmp_path: Path, args: list[str]) -> None:
    jilu.data_dir = tmp_path / "usb" / "记录本"  # two folders that do not exist yet
    result = jilu(*args)
    assert result.code == 2, result
    assert len(result.err_lines) == 1 and result.err.startswith("jilu: 错误：")
    assert "新建记录本" not in result.err
    assert tree(tmp_path) == []  # neither a book, nor its folders, nor a log


def test_a_refused_command_in_an_existing_folder_leaves_it_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "说明.txt").write_text("U盘上的其他文件", encoding="utf-8")
    jilu = Jilu(folder, capsys)
    assert "--per-month" in jilu.bad("demo", "--per-month", "0")
    assert tree(folder) == ["说明.txt"]
    assert tree(tmp_path) == ["data", "data/说明.txt"]


def test_a_book_that_holds_records_is_never_taken_away(jilu: Jilu) -> None:
    from jilu_desktop.bootstrap import discard_new_book
    from jilu_desktop.paths import AppPaths

    jilu.ok("student", "add", "--name", "李小明")
    assert discard_new_book(AppPaths(jilu.data_dir), [jilu.data_dir], made_log_dir=True) is False
    assert jilu.json("student", "list")[0]["name"] == "李小明"


# --- a 0-byte data file -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["log", "list"],
        ["progress"],
        ["profile", "set", "--name", "王丽华"],
        ["demo"],
        ["student", "add", "--name", "王芳"],
    ],
    ids=lambda args: "-".join(args[:2]),
)
def test_an_empty_data_file_is_refused_and_left_untouched(jilu: Jilu, args: list[str]) -> None:
    jilu.data_dir.mkdir()
    database = jilu.data_dir / "jilu.sqlite3"
    database.write_bytes(b"")
    assert jilu.bad(*args, code=3) == EMPTY_ZH.format(file=database)
    assert jilu.bad("--lang", "en", *args, code=3) == EMPTY_EN.format(file=database)
    assert database.stat().st_size == 0  # never made into a new, empty book
    assert sorted(p.name for p in jilu.data_dir.iterdir() if p.name != "logs") == ["jilu.sqlite3"]


def test_after_deleting_the_empty_file_a_new_book_can_be_made(jilu: Jilu) -> None:
    jilu.data_dir.mkdir()
    database = jilu.data_dir / "jilu.sqlite3"
    database.write_bytes(b"")
    jilu.bad("profile", "set", "--name", "王丽华", code=3)
    os.remove(database)
    jilu.ok("profile", "set", "--name", "王丽华")
    assert jilu.json("profile", "show")["name"] == "王丽华"
