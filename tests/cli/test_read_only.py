"""A record book on a write-protected USB stick (or in a read-only folder) can be seen and exported with `jilu`;
only changes are refused, exit 3, with the read-only message, and nothing is written.

Root may write where permissions say no, so most tests make the book read-only where the program decides it
(storage.opening.can_write); SQLite's mode=ro then refuses any write whoever runs it. The last test runs `jilu`
as an ordinary user on a folder with real read-only permissions, where the machine allows it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from jilu_desktop.storage import opening

from .conftest import Book, Jilu, log_args

READ_ONLY_ZH = "数据文件夹是只读的，无法保存。请检查U盘的写保护开关，或把记录本放到一个可以写入的文件夹中。"
READ_ONLY_EN = (
    "The data folder is read-only, so nothing can be saved. Check the USB stick's write-protect switch, "
    "or keep the record book in a folder that can be written to."
)


def contents(folder: Path) -> dict[str, str]:
    """Every file under the folder and a digest of its bytes: what a refused command must leave as it was."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.suffix != ".log"  # the log is the machine's, not the book's
    }


@pytest.fixture
def stick(book: Book, monkeypatch: pytest.MonkeyPatch) -> Book:
    """The book, with a record, on a USB stick whose write-protect switch is now on."""
    book.jilu.ok(*log_args("2026-12-03", "talk", book.xiaoming, content="谈学习计划"))
    book.jilu.ok(*log_args("2026-12-03", "tutoring", book.xiaoming, book.wangfang))
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    return book


def test_reading_commands_work(stick: Book) -> None:
    jilu = stick.jilu
    before = contents(jilu.data_dir)
    progress = jilu.json("progress")
    assert progress["talks_visits"]["count"] == 1 and progress["tutoring"]["count"] == 2
    assert "2026年12月" in jilu.ok("progress")
    assert "谈学习计划" in jilu.ok("log", "list")
    assert "谈学习计划" in jilu.ok("log", "show", "1")
    assert [s["name"] for s in jilu.json("student", "list")] == ["李小明", "王芳", "张伟"]
    assert "李小明" in jilu.ok("student", "show", str(stick.xiaoming))
    assert "王丽华" in jilu.ok("profile", "show")
    assert jilu.json("pledge", "show", "--school-year", "2026")["mentee"]["name"] == "李小明"
    jilu.ok("settings", "show")
    assert contents(jilu.data_dir) == before


def test_the_record_book_and_the_pledge_are_exported(stick: Book, tmp_path: Path) -> None:
    jilu = stick.jilu
    before = contents(jilu.data_dir)
    desktop = tmp_path / "desktop"
    desktop.mkdir()
    assert "已导出" in jilu.ok("export", "record-book", "--out", f"{desktop}/")
    jilu.ok("export", "pledge", "--school-year", "2026", "--out", str(desktop))
    jilu.ok("export", "pledge", "--blank", "--out", str(desktop))
    exported = sorted(p.name for p in desktop.iterdir())
    assert exported == ["2026学年志愿书-王丽华.pdf", "2026学年记录本-王丽华.pdf", "志愿书-空白.pdf"]
    assert len(PdfReader(desktop / "2026学年记录本-王丽华.pdf").pages) > 3
    assert contents(jilu.data_dir) == before


CHANGES = [
    ["profile", "set", "--name", "李老师"],
    ["student", "add", "--name", "赵敏"],
    ["student", "edit", "1", "--class", "五(2)班"],
    ["student", "delete", "3"],
    log_args("2026-12-04", "home-visit", 1),
    ["log", "edit", "1", "--place", "家中"],
    ["log", "delete", "1"],
    ["pledge", "set", "--school-year", "2026", "--mentee", "2"],
    ["settings", "targets", "--school-year", "2026", "--talks-visits", "5"],
    ["settings", "exempt-months", "--school-year", "2026", "1", "2"],
    ["settings", "language", "en"],
]


@pytest.mark.parametrize("args", CHANGES, ids=lambda args: "-".join(a for a in args if a[:1].isalpha())[:40])
def test_changes_are_refused_and_nothing_is_written(stick: Book, args: list[str]) -> None:
    jilu = stick.jilu
    before, held = contents(jilu.data_dir), jilu.snapshot()
    assert jilu.bad(*args, code=3) == READ_ONLY_ZH
    assert jilu.bad("--lang", "en", *args, code=3) == READ_ONLY_EN
    assert contents(jilu.data_dir) == before
    assert jilu.snapshot() == held


def test_the_blank_pledge_needs_no_record_book(jilu: Jilu, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = jilu("export", "pledge", "--blank", "--out", str(out))
    assert result.code == 0 and result.err == "", result
    assert result.out == f"已导出：{out / '志愿书-空白.pdf'}（共 1 页）\n"
    assert len(PdfReader(out / "志愿书-空白.pdf").pages) == 1
    assert not jilu.data_dir.exists()  # no book, no folder, no logs
    assert "--blank" in jilu.bad("export", "pledge", "--blank", "--school-year", "2026", "--out", str(out))
    assert not jilu.data_dir.exists()


# --- with real permissions, as an ordinary user -----------------------------------------------------------------

NOBODY = 65534


def _as_nobody() -> list[str] | None:
    """A command prefix that runs this Python as the user nobody with the project importable, or None."""
    if os.name != "posix" or shutil.which("setpriv") is None:
        return None
    if os.geteuid() != 0:
        return []  # already an ordinary user, whom permissions stop
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    paths = sysconfig.get_paths()
    src = Path(__file__).resolve().parents[2] / "src"
    python_path = os.pathsep.join(dict.fromkeys([str(src), paths["purelib"], paths["platlib"]]))
    prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "env", f"PYTHONPATH={python_path}"]
    # This interpreter may live where nobody cannot go (root's home): then the system's, if of the same version.
    for python in dict.fromkeys([sys.executable, shutil.which(version) or "", f"/usr/bin/{version}"]):
        if not python:
            continue
        probe = [*prefix, python, "-c", "import jilu_desktop.cli, sqlalchemy"]
        try:
            if subprocess.run(probe, capture_output=True, timeout=60).returncode == 0:
                return [*prefix, python]
        except (OSError, subprocess.SubprocessError):
            continue
    return None


def _make_read_only(folder: Path) -> None:
    """No write permission anywhere in the folder, as on a USB stick mounted read-only."""
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(stat.S_IMODE(mode) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test_a_folder_with_real_read_only_permissions(book: Book) -> None:
    book.jilu.ok(*log_args("2026-12-03", "talk", book.xiaoming, content="谈学习计划"))
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("cannot run jilu as an ordinary user here")
    run_as = prefix or [sys.executable]
    # Where an ordinary user can reach it (pytest's own temporary folders are root's alone).
    with tempfile.TemporaryDirectory(prefix="jilu-read-only-") as shared:
        top = Path(shared)
        top.chmod(0o755)
        data_dir, desktop = top / "stick", top / "desktop"
        shutil.copytree(book.jilu.data_dir, data_dir)
        desktop.mkdir()
        if os.geteuid() == 0:
            for path in [top, *top.rglob("*")]:
                os.chown(path, NOBODY, NOBODY)
        _make_read_only(data_dir)
        before = contents(data_dir)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            code = "import sys; from jilu_desktop.cli import main; sys.exit(main())"
            command = [*run_as, "-c", code, "--data-dir", str(data_dir), *args]
            env = {**os.environ, "JILU_TODAY": "2026-12-04", "HOME": shared, "PYTHONDONTWRITEBYTECODE": "1"}
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

        try:
            if run("progress", "--json").returncode != 0 and os.access(data_dir / "jilu.sqlite3", os.W_OK):
                pytest.skip("permissions do not stop writes here")
            progress = run("progress")
            assert progress.returncode == 0 and "谈心/家访：1 / 6" in progress.stdout, progress
            listed = run("log", "list")
            assert listed.returncode == 0 and "谈学习计划" in listed.stdout, listed
            exported = run("export", "record-book", "--out", f"{desktop}/")
            assert exported.returncode == 0, exported
            assert (desktop / "2026学年记录本-王丽华.pdf").is_file()
            refused = run("student", "add", "--name", "赵敏")
            assert refused.returncode == 3 and refused.stderr == READ_ONLY_ZH + "\n", refused
            assert contents(data_dir) == before
            assert sorted(p.name for p in data_dir.iterdir()) == ["jilu.sqlite3", "logs"]
        finally:
            for path in [data_dir, *data_dir.rglob("*")]:
                path.chmod(stat.S_IMODE(path.stat().st_mode) | stat.S_IWUSR)


def test_no_log_is_made_beside_a_read_only_book(book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    from jilu_desktop.bootstrap import stop_logging

    jilu = book.jilu
    stop_logging()  # the book's own commands logged to its folder: this process starts afresh
    shutil.rmtree(jilu.data_dir / "logs")
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    assert "2026年12月" in jilu.ok("progress")
    assert jilu.bad("student", "add", "--name", "赵敏", code=3) == READ_ONLY_ZH
    assert sorted(p.name for p in jilu.data_dir.iterdir()) == ["jilu.sqlite3"]


READ_ONLY_FILE_ZH = (
    "数据文件 {file} 是只读的，无法保存。请在这个文件的属性中去掉“只读”，或请学校信息老师给您写入它的权限。"
)
READ_ONLY_FILE_EN = (
    'The data file {file} is read-only, so nothing can be saved. Clear "read-only" in the file\'s properties, '
    "or ask the school's IT teacher to give you permission to write to it."
)


def test_a_read_only_file_in_a_folder_that_can_be_written(book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal speaks of the file, not of the folder; and nothing is written beside it, not even a log."""
    from jilu_desktop.bootstrap import stop_logging

    jilu = book.jilu
    database = jilu.data_dir / "jilu.sqlite3"
    stop_logging()
    shutil.rmtree(jilu.data_dir / "logs")
    real_access = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        # As for an ordinary user on a file marked read-only (root may write whatever the permissions say).
        if isinstance(path, str | os.PathLike) and Path(path) == database and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before, held = contents(jilu.data_dir), jilu.snapshot()
    assert "2026年12月" in jilu.ok("progress")
    assert jilu.bad("student", "add", "--name", "赵敏", code=3) == READ_ONLY_FILE_ZH.format(file=database)
    assert jilu.bad("--lang", "en", "log", "delete", "1", code=3) == READ_ONLY_FILE_EN.format(file=database)
    assert (contents(jilu.data_dir), jilu.snapshot()) == (before, held)
    assert sorted(p.name for p in jilu.data_dir.iterdir()) == ["jilu.sqlite3"]


def test_a_file_with_real_read_only_permissions_in_a_folder_that_can_be_written(book: Book) -> None:
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("cannot run jilu as an ordinary user here")
    run_as = prefix or [sys.executable]
    with tempfile.TemporaryDirectory(prefix="jilu-read-only-file-") as shared:
        top = Path(shared)
        top.chmod(0o755)
        data_dir = top / "data"
        data_dir.mkdir()
        shutil.copy2(book.jilu.data_dir / "jilu.sqlite3", data_dir / "jilu.sqlite3")
        data_dir.chmod(0o777)  # anyone may write the folder
        (data_dir / "jilu.sqlite3").chmod(0o444)  # nobody may write the file (root's, as the copy is)
        before = contents(data_dir)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            code = "import sys; from jilu_desktop.cli import main; sys.exit(main())"
            command = [*run_as, "-c", code, "--data-dir", str(data_dir), *args]
            env = {**os.environ, "JILU_TODAY": "2026-12-04", "HOME": shared, "PYTHONDONTWRITEBYTECODE": "1"}
            return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

        if run("student", "add", "--name", "赵敏").returncode == 0:
            pytest.skip("permissions do not stop writes here")
        progress = run("progress")
        assert progress.returncode == 0 and "2026年12月" in progress.stdout, progress
        refused = run("student", "add", "--name", "赵敏")
        expected = READ_ONLY_FILE_ZH.format(file=data_dir / "jilu.sqlite3")
        assert (refused.returncode, refused.stderr) == (3, expected + "\n"), refused
        assert contents(data_dir) == before
        assert sorted(p.name for p in data_dir.iterdir()) == ["jilu.sqlite3"]  # no -wal, -shm, nor logs
