"""Problems of the machine (exit 3, their plain message) and our own bugs (exit 1, logged)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from jilu_desktop.services.progress import ProgressService
from jilu_desktop.services.students import StudentService

from .conftest import Jilu


def test_data_dir_that_is_a_regular_file(tmp_path: Path, jilu: Jilu) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("not a folder", encoding="utf-8")
    line = jilu.bad("student", "list", code=3)
    assert line == f"无法打开数据文件夹 {not_a_folder}。请检查这个位置是否存在、是否有权限写入。"
    assert not_a_folder.read_text(encoding="utf-8") == "not a folder"


def test_damaged_database(data_dir: Path, jilu: Jilu) -> None:
    data_dir.mkdir()
    garbage = bytes(range(256)) * 64
    database = data_dir / "jilu.sqlite3"
    database.write_bytes(garbage)
    line = jilu.bad("student", "add", "--name", "李小明", code=3)
    # Backups are made only before an upgrade; with none there, the advice must not send her to look for one.
    assert line == (
        f"数据文件已损坏，无法读取。请不要删除它，也不要再用记录本写入；先把整个数据文件夹 {data_dir} "
        "复制到安全的地方，再请学校信息老师帮忙。如果记录本是从别的电脑或U盘复制来的，请从那里重新复制一份。"
    )
    assert database.read_bytes() == garbage  # refused, never "repaired" by writing to it
    line = jilu.bad("--lang", "en", "log", "list", code=3)
    assert line == (
        "The data file is damaged and cannot be read. Do not delete it, and do not write to it with the record "
        f"book; first copy the whole data folder {data_dir} somewhere safe, then ask the school's IT teacher for "
        "help. If the record book was copied from another computer or USB stick, copy it again from there."
    )
    assert not (data_dir / "backups").exists()


def test_damaged_database_with_backups(data_dir: Path, jilu: Jilu) -> None:
    backups = data_dir / "backups"
    backups.mkdir(parents=True)
    (backups / "jilu-before-upgrade-0001_initial-20260901-080000.sqlite3").write_bytes(b"a verified copy")
    (data_dir / "jilu.sqlite3").write_bytes(bytes(range(256)) * 64)
    line = jilu.bad("progress", code=3)
    assert line.endswith(
        f"再请学校信息老师帮忙，从“{backups}”文件夹中的备份恢复（备份是在升级记录本或导入数据包之前自动保存的，之后的记录不在其中）。"
    )
    line = jilu.bad("--lang", "en", "progress", code=3)
    assert f'restore it from a backup in the folder "{backups}"' in line


def test_database_from_a_newer_version(jilu: Jilu) -> None:
    jilu.new_id("student", "add", "--name", "李小明")
    with sqlite3.connect(jilu.data_dir / "jilu.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    line = jilu.bad("student", "list", code=3)
    assert "更新版本" in line and "9999_from_the_future" in line


def test_locked_database(jilu: Jilu) -> None:
    jilu.new_id("student", "add", "--name", "李小明")
    before = jilu.json("student", "list")
    other = sqlite3.connect(jilu.data_dir / "jilu.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        started = time.monotonic()
        line = jilu.bad("student", "add", "--name", "王芳", code=3)
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert line == "记录本正被另一个程序使用。请关闭另一个打开的记录本窗口后再试。"
    assert waited >= 2.5  # it waited out the busy timeout rather than failing at once
    assert jilu.json("student", "list") == before


def test_a_bug_is_logged_and_told_in_one_line(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    jilu.new_book()

    def broken(self: ProgressService, month: object = None) -> object:
        raise RuntimeError("boom: a bug in the progress service")

    monkeypatch.setattr(ProgressService, "month", broken)
    result = jilu("progress")
    assert result.code == 1
    assert result.out == ""
    assert len(result.err_lines) == 1
    log_file = jilu.data_dir / "logs" / "jilu.log"
    assert result.err_lines[0] == (
        f"jilu: 错误：内部错误：程序出了问题（不是您的操作造成的）。详细信息已写入日志 {log_file}"
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "RuntimeError: boom: a bug in the progress service" in logged
    assert "unexpected error in `jilu progress`" in logged


def test_interrupted(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    jilu.new_book()

    def interrupted(self: ProgressService, month: object = None) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(ProgressService, "month", interrupted)
    result = jilu("progress")
    assert (result.code, result.err) == (130, "jilu: 错误：已中断\n")


def test_a_bug_does_not_copy_the_teachers_text_into_the_log(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: StudentService, **fields: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(StudentService, "add", broken)
    assert jilu("student", "add", "--name", "李小明", "--difficulty-detail", "父母离异").code == 1
    logged = (jilu.data_dir / "logs" / "jilu.log").read_text(encoding="utf-8")
    assert "unexpected error in `jilu student add`" in logged
    assert "父母离异" not in logged and "李小明" not in logged
