"""`jilu archive export|check|import`: carrying the record book to another computer from the command line."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import Book, Jilu, log_args, new_book_notice


@pytest.fixture
def other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Jilu:
    """`jilu` on the other computer: a data folder with no book yet."""
    return Jilu(tmp_path / "other-pc", capsys)


@pytest.fixture
def archive(book: Book, tmp_path: Path) -> Path:
    book.jilu.ok(*log_args("2026-11-03", "talk", book.xiaoming, content="谈心：期中考试以后"))
    book.jilu.ok(*log_args("2026-11-05", "tutoring", book.wangfang, book.zhangwei))
    out = book.jilu.ok("archive", "export", "--out", str(tmp_path))
    path = tmp_path / "记录本数据-王丽华-2026-12-04.jilu"
    first, second = out.splitlines()[:2]
    assert first == f"已导出数据包：{path}"
    assert re.fullmatch(
        r"王丽华老师的记录本：3 名学生，2 条记录（2026-11-03 至 2026-11-05）；"
        r"导出于 \d{4}-\d\d-\d\d \d\d:\d\d（记录本 0\.1\.0）",
        second,
    )
    assert "个人信息" in out  # the reminder that the file holds the students' private information
    return path


def test_the_book_moves_to_another_computer(book: Book, archive: Path, other: Jilu) -> None:
    result = other("archive", "import", str(archive))
    assert result.code == 0, result
    assert result.out.splitlines() == [
        "已导入：王丽华老师的记录本：3 名学生，2 条记录（2026-11-03 至 2026-11-05）",
        # as the window says it: the archive left on a shared computer or a stick is the students' data
        "数据包里有学生的个人信息：如果它在公用电脑或别人的U盘上，请在导入以后把它删除。",
    ]
    assert result.err == new_book_notice(other.data_dir)[0]
    assert other.snapshot() == book.jilu.snapshot()


def test_check_needs_no_book_and_makes_nothing(archive: Path, other: Jilu) -> None:
    out = other.ok("archive", "check", str(archive))
    assert out.startswith(f"数据包完整：{archive}\n王丽华老师的记录本：3 名学生，2 条记录")
    info = other.json("archive", "check", str(archive))
    assert info["teacher"] == "王丽华" and info["students"] == 3 and info["records"] == 2
    assert info["first_day"] == "2026-11-03" and info["schema_revision"] == "0003_ids_never_reused"
    assert not other.data_dir.exists()


def test_import_over_a_book_needs_replace_and_keeps_a_backup(book: Book, archive: Path, other: Jilu) -> None:
    other.ok("profile", "set", "--name", "张敏")
    other.ok("student", "add", "--name", "赵六")
    own = other.snapshot()
    line = other.bad("archive", "import", str(archive))
    assert re.fullmatch(  # 张敏 was entered after the archive was made: the refusal says what would be lost
        r"jilu: 错误：导入会替换这台电脑上现有的记录本（张敏老师的记录本：1 名学生，0 条记录），而它比数据包中的更新："
        r"它最近一次修改在 [-0-9]+ [0-9:]+，数据包中的最近一次修改在 [-0-9]+ [0-9:]+。"
        r"替换后，这些较新的修改只留在备份中。"
        r"如果确实要替换，请加上 --replace（现有的记录本会先备份）",
        line,
    )
    assert other.snapshot() == own
    out = other.ok("--lang", "en", "archive", "import", str(archive), "--replace")
    backups = list((other.data_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("jilu-before-import-")
    lines = out.splitlines()
    assert re.fullmatch(
        r"Note: the record book replaced held changes newer than the archive's \(the last at [-0-9]+ [0-9:]+\); "
        r"they are only in the backup above\.",
        lines.pop(2),
    )
    assert lines == [
        "Imported: 王丽华's record book: 3 students, 2 records (2026-11-03 to 2026-11-05)",
        f"The record book it replaced was backed up to: {backups[0]}",
        "The data archive holds students' personal information: if it is on a shared computer or someone else's "
        "USB stick, delete it now that it has been imported.",
    ]
    assert other.snapshot() == book.jilu.snapshot()


def test_a_damaged_archive_is_refused_and_no_book_is_left_behind(archive: Path, other: Jilu) -> None:
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    archive.write_bytes(bytes(data))
    line = other.bad("--lang", "en", "archive", "import", str(archive))
    assert line.startswith(
        f'jilu: error: The data archive "{archive}" is damaged, perhaps because copying it went wrong.'
    )
    assert line.endswith(
        "Nothing was imported; export it again on the computer it came from, or copy it again from the USB stick"
    )
    assert not other.data_dir.exists()  # the new book made for the import was taken away again
    assert other.bad("archive", "check", str(archive)).startswith(f"jilu: 错误：数据包“{archive}”已损坏")


def test_what_is_not_an_archive(book: Book, tmp_path: Path, other: Jilu) -> None:
    pdf = tmp_path / "记录本.pdf"
    book.jilu.ok("export", "record-book", "--out", str(pdf))
    assert other.bad("archive", "check", str(pdf)) == (
        f"jilu: 错误：“{pdf}”不是记录本的数据包（数据包是用“导出数据包”保存的 .jilu 文件）。没有导入任何内容"
    )
    assert other.bad("archive", "check", str(tmp_path / "nowhere.jilu")).startswith("jilu: 错误：找不到数据包")
    own = book.jilu.data_dir / "jilu.sqlite3"
    assert "记录本自己的数据文件" in book.jilu.bad("archive", "import", str(own), "--replace")
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as other_zip:
        other_zip.writestr("a.txt", "hello")
    assert "不是记录本的数据包" in other.bad("archive", "import", str(tmp_path / "photos.zip"))


def test_export_asks_for_a_jilu_file_or_a_folder(book: Book, tmp_path: Path) -> None:
    assert book.jilu.bad("archive", "export", "--out", str(tmp_path / "book.zip")) == (
        f"jilu: 错误：--out 应是 .jilu 文件或文件夹：{tmp_path / 'book.zip'}"
    )
    missing = tmp_path / "no-such-folder" / ""
    assert "这个位置不存在" in book.jilu.bad("archive", "export", "--out", str(missing) + "/")
    assert book.jilu.bad("archive", "export").startswith("jilu: 错误：")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_export_where_there_is_no_book(other: Jilu, tmp_path: Path) -> None:
    line = other.bad("archive", "export", "--out", str(tmp_path), code=3)
    assert "没有记录本" in line
    assert not other.data_dir.exists()


def test_help_lists_the_archive_commands(jilu: Jilu) -> None:
    out = jilu("archive", "--help").out
    for command in ("export", "check", "import"):
        assert f"  {command}" in out
    assert "archive" in jilu("--help").out
    assert json.loads(json.dumps(out))  # plain text, printable


def test_import_is_refused_while_the_window_has_the_book_open(book: Book, archive: Path, other: Jilu) -> None:
    """Importing replaces the ids the window's open forms hold (a student picked in quick entry would become
    another child of the imported book): refused, nothing changed, until the window is closed."""
    from jilu_desktop.ui.single_instance import InstanceGuard

    other.ok("profile", "set", "--name", "张敏")
    own = other.snapshot()
    window = InstanceGuard(other.data_dir)
    assert window.try_lock()
    try:
        line = other.bad("archive", "import", str(archive), "--replace", code=3)
        assert line == (
            "记录本正在窗口中打开，不能导入数据包（导入会替换整个记录本）。请先关闭记录本窗口，再运行这个命令。"
            "没有导入任何内容"
        )
        en = other.bad("--lang", "en", "archive", "import", str(archive), "--replace", code=3)
        assert en == (
            "The record book is open in its window, so the data archive cannot be imported (importing replaces "
            "the whole record book). Close the record book's window first, then run this command again. "
            "Nothing was imported"
        )
        assert other.snapshot() == own
        assert not (other.data_dir / "backups").exists()
    finally:
        window.release()
    other.ok("archive", "import", str(archive), "--replace")
    assert other.snapshot() == book.jilu.snapshot()
