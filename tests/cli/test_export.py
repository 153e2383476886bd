"""`jilu export record-book|pledge`: the PDF on disk, what the command says, and what it refuses."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import Book, Jilu, log_args


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def test_record_book_to_a_file(book: Book, tmp_path: Path) -> None:
    book.jilu.ok(*log_args("2026-11-03", "talk", book.xiaoming, place="办公室", content="谈心：学习计划"))
    book.jilu.ok(*log_args("2026-12-01", "tutoring", book.xiaoming, book.wangfang, book.zhangwei, content="辅导分数"))
    out = tmp_path / "book.pdf"
    said = book.jilu.ok("export", "record-book", "--school-year", "2026", "--out", str(out))
    pages = len(PdfReader(out).pages)
    assert said.splitlines()[0] == f"已导出：{out}（共 {pages} 页）"
    text = pdf_text(out)
    assert "王丽华" in text and "武进区湖塘实验小学" in text
    assert "谈心：学习计划" in text and "辅导分数" in text
    assert "李小明" in text and "张伟" in text
    assert re.search(rf"第 1 页 / 共\s*{pages}\s*页", text)


def test_record_book_into_a_folder_uses_the_suggested_name(book: Book, tmp_path: Path) -> None:
    book.jilu.ok("export", "record-book", "--out", str(tmp_path))  # the current school year, 2026
    assert (tmp_path / "2026学年记录本-王丽华.pdf").is_file()


def test_anonymized_book_has_no_student_name(book: Book, tmp_path: Path) -> None:
    book.jilu.ok(*log_args("2026-12-01", "tutoring", book.xiaoming, book.wangfang, content="为李小明和王芳辅导"))
    book.jilu.ok("export", "record-book", "--school-year", "2026", "--out", str(tmp_path), "--anonymize")
    [out] = list(tmp_path.glob("*.pdf"))
    assert "李小明" not in out.name and "王芳" not in out.name
    text = pdf_text(out)
    for name in ("李小明", "王芳", "张伟"):
        assert name not in text
    assert "重点帮扶学生" in text and "学生A" in text


def test_anonymized_book_tells_which_records_to_check_for_a_one_character_name(book: Book, tmp_path: Path) -> None:
    wen = book.jilu.new_id("student", "add", "--name", "文", "--class", "五(2)班", "--birth-year", "2015")
    book.jilu.ok(*log_args("2026-11-03", "talk", book.wangfang, content="和王芳谈心"))
    book.jilu.ok(*log_args("2026-12-01", "talk", wen, content="和文谈语文学习"))
    said = book.jilu.ok("export", "record-book", "--school-year", "2026", "--out", str(tmp_path), "--anonymize")
    assert (
        "提示：学生“文”的姓名只有一个字，无法在正文中可靠地替换为代称，匿名版正文中仍是原字；"
        "请在公开前检查第 2 条记录的内容，必要时改写后重新导出"
    ) in said.splitlines()
    [out] = list(tmp_path.glob("*.pdf"))
    text = pdf_text(out)
    assert "和文谈语文学习" in text and "和学生A谈心" in text and "五(2)班" not in text
    said = book.jilu.ok(
        "--lang", "en", "export", "record-book", "--school-year", "2026", "--out", str(out), "--anonymize"
    )
    assert 'Note: The name of student "文" is a single character' in said
    assert "check record 2 before publishing" in said
    plain = book.jilu.ok("export", "record-book", "--school-year", "2026", "--out", str(tmp_path / "plain.pdf"))
    assert "只有一个字" not in plain  # the book with names asks nothing


def test_pledge_form_and_the_blank_one(book: Book, tmp_path: Path) -> None:
    book.jilu.ok("export", "pledge", "--school-year", "2026", "--out", str(tmp_path / "p.pdf"))
    book.jilu.ok("export", "pledge", "--blank", "--out", str(tmp_path))
    filled = PdfReader(tmp_path / "p.pdf")
    assert len(filled.pages) == 1
    assert "李小明" in pdf_text(tmp_path / "p.pdf")
    blank = tmp_path / "志愿书-空白.pdf"
    assert len(PdfReader(blank).pages) == 1
    assert "李小明" not in pdf_text(blank)


def test_an_empty_school_year_exports_a_book_that_says_so(book: Book, tmp_path: Path) -> None:
    book.jilu.ok("export", "record-book", "--school-year", "2026", "--out", str(tmp_path / "b.pdf"))
    assert "本学年还没有活动记录" in pdf_text(tmp_path / "b.pdf")


def test_missing_profile_is_told_and_nothing_written(jilu: Jilu, tmp_path: Path) -> None:
    jilu.new_book()
    line = jilu.bad("export", "record-book", "--out", str(tmp_path / "b.pdf"))
    assert "个人信息" in line and "姓名" in line
    assert list(tmp_path.glob("*.pdf")) == []


def test_missing_pledge_for_the_pledge_form(book: Book, tmp_path: Path) -> None:
    line = book.jilu.bad("export", "pledge", "--school-year", "2025", "--out", str(tmp_path / "p.pdf"))
    assert "2025学年还没有志愿书" in line
    assert not (tmp_path / "p.pdf").exists()


def test_bad_targets(book: Book, tmp_path: Path) -> None:
    assert ".pdf" in book.jilu.bad("export", "record-book", "--out", str(tmp_path / "b.txt"))
    assert "--blank" in book.jilu.bad("export", "pledge", "--blank", "--school-year", "2026", "--out", str(tmp_path))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    line = book.jilu.bad("export", "record-book", "--out", str(blocker / "b.pdf"))
    assert str(blocker) in line or "文件夹" in line
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["file"]  # no temporary file left behind


@pytest.mark.parametrize("folder", ["missing", "missing/deeper"])
def test_a_folder_that_does_not_exist_is_refused_not_made(book: Book, tmp_path: Path, folder: str) -> None:
    out = tmp_path / folder / "b.pdf"
    assert book.jilu.bad("export", "record-book", "--out", str(out)) == (
        f"jilu: 错误：无法在“{out.parent}”中保存：这个位置不存在或不是文件夹。请换一个文件夹保存"
    )
    line = book.jilu.bad("--lang", "en", "export", "pledge", "--blank", "--out", str(out))
    assert line.startswith("jilu: error: Cannot save in ") and str(out.parent) in line
    assert "does not exist" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no folder was made


def test_a_folder_meant_but_missing_is_named(book: Book, tmp_path: Path) -> None:
    missing = tmp_path / "桌面"
    assert book.jilu.bad("export", "record-book", "--out", f"{missing}{os.sep}") == (
        f"jilu: 错误：无法在“{missing}”中保存：这个位置不存在或不是文件夹。请换一个文件夹保存"
    )
    assert not missing.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_exported_files_can_be_opened_by_colleagues(book: Book, tmp_path: Path) -> None:
    # On a shared PC the union secretary opens the PDFs the teacher saved: the usual permissions, not 0o600.
    old = os.umask(0o022)
    try:
        book.jilu.ok("export", "record-book", "--out", str(tmp_path / "b.pdf"))
        book.jilu.ok("export", "pledge", "--out", str(tmp_path / "p.pdf"))
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"an older export")
        kept.chmod(0o664)
        book.jilu.ok("export", "pledge", "--blank", "--out", str(kept))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "b.pdf").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "p.pdf").stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664  # a replaced file keeps its permissions
    assert stat.S_IMODE((book.jilu.data_dir / "jilu.sqlite3").stat().st_mode) == 0o600  # the book stays private


def test_english_messages(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    said = book.jilu.ok("--lang", "en", "export", "record-book", "--out", str(out))
    assert said.startswith(f"Exported: {out} (")
