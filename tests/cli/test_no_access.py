"""A data folder the user may not read (another account's record book): every command that needs the book says
so in plain words, exit 3, and makes nothing; --help works whatever the data folder.

Root may read everything, so most tests make the folder unreadable where the program looks: os.stat, os.lstat
and os.access, which pathlib uses too, fail for what is inside it as they do for an ordinary user (SQLite is
never reached). The last test runs `jilu` as the user nobody on a folder that only root may read, where the
machine allows it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jilu_desktop.cli import main

from .conftest import Book, Jilu
from .test_read_only import _as_nobody


def no_access_zh(folder: Path) -> str:
    return (
        f"无法读取数据文件夹 {folder}：没有权限。记录本可能属于电脑上的另一个账户：请用平时使用记录本的账户打开它，"
        "或请学校信息老师把这个文件夹的读写权限给您。文件没有被改动。"
    )


def no_access_en(folder: Path) -> str:
    return (
        f"The data folder {folder} cannot be read: permission denied. The record book may belong to another "
        "account on this computer: open it as the user who usually works with it, or ask the school's IT teacher "
        "to give you permission to read and write this folder. Nothing was changed."
    )


def no_access_file_zh(file: Path) -> str:
    return (
        f"无法读取数据文件 {file}：没有权限。记录本可能属于电脑上的另一个账户：请用平时使用记录本的账户打开它，"
        "或请学校信息老师把这个文件的读写权限给您。文件没有被改动。"
    )


def no_access_file_en(file: Path) -> str:
    return (
        f"The data file {file} cannot be read: permission denied. The record book may belong to another "
        "account on this computer: open it as the user who usually works with it, or ask the school's IT teacher "
        "to give you permission to read and write this file. Nothing was changed."
    )


def _inside(path: Any, folder: Path) -> bool:
    if not isinstance(path, str | bytes | os.PathLike):
        return False  # a file descriptor
    return os.fsdecode(os.fspath(path)).startswith(str(folder) + os.sep)


@pytest.fixture
def locked_out(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a folder behave as one the user may not look into: what is inside cannot be looked at or read."""

    def lock(folder: Path) -> None:
        for name in ("stat", "lstat"):
            real = getattr(os, name)

            def refused(path: Any, *args: Any, _real: Any = real, **kwargs: Any) -> Any:
                if _inside(path, folder):
                    raise PermissionError(13, "Permission denied", os.fsdecode(os.fspath(path)))
                return _real(path, *args, **kwargs)

            monkeypatch.setattr(os, name, refused)
        real_access = os.access

        def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
            if _inside(path, folder) or (isinstance(path, str | os.PathLike) and Path(path) == folder):
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)

    return lock


@pytest.fixture
def file_locked_out(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """Make a file behave as one the user may not read in a folder she may look into (another account's book,
    its permissions 600): it can be seen, not read."""

    def lock(file: Path) -> None:
        real_access = os.access

        def access(path: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
            if isinstance(path, str | os.PathLike) and Path(path) == file and mode & os.R_OK:
                return False
            return real_access(path, mode, *args, **kwargs)

        monkeypatch.setattr(os, "access", access)

    return lock


def test_commands_that_need_the_book_say_it_cannot_be_read(
    book: Book, locked_out: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    jilu = book.jilu
    files, held = jilu.files(), jilu.snapshot()
    locked_out(jilu.data_dir)
    for args in (["progress"], ["student", "list"], ["log", "list"], ["profile", "set", "--name", "赵老师"]):
        assert jilu.bad(*args, code=3) == no_access_zh(jilu.data_dir), args
        assert jilu.bad("--lang", "en", *args, code=3) == no_access_en(jilu.data_dir), args
    assert jilu.bad("student", "add", "--name", "赵敏", code=3) == no_access_zh(jilu.data_dir)
    assert jilu.bad("export", "pledge", "--blank", "--out", str(jilu.data_dir.parent), code=3)
    monkeypatch.undo()  # the folder can be read again: nothing in it has changed
    assert (jilu.files(), jilu.snapshot()) == (files, held)


def test_a_book_that_cannot_be_read_in_a_folder_that_can_is_named_as_the_file(
    book: Book, file_locked_out: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    jilu = book.jilu
    files, held = jilu.files(), jilu.snapshot()
    file = jilu.data_dir / "jilu.sqlite3"
    file_locked_out(file)
    for args in (["progress"], ["student", "list"], ["profile", "set", "--name", "赵老师"]):
        assert jilu.bad(*args, code=3) == no_access_file_zh(file), args
        assert jilu.bad("--lang", "en", *args, code=3) == no_access_file_en(file), args
    monkeypatch.undo()
    assert (jilu.files(), jilu.snapshot()) == (files, held)


def test_nothing_is_made_in_a_folder_that_cannot_be_read(
    jilu: Jilu, locked_out: Callable[[Path], None], tmp_path: Path
) -> None:
    jilu.data_dir.mkdir()
    locked_out(jilu.data_dir)
    assert jilu.bad("profile", "set", "--name", "赵老师", code=3) == no_access_zh(jilu.data_dir)
    assert jilu.bad("demo", code=3) == no_access_zh(jilu.data_dir)
    assert list(jilu.data_dir.iterdir()) == []  # no book, no logs


def test_help_works_whatever_the_data_folder(
    jilu: Jilu, locked_out: Callable[[Path], None], capsys: pytest.CaptureFixture[str]
) -> None:
    jilu.new_book()
    locked_out(jilu.data_dir)
    assert main(["--data-dir", str(jilu.data_dir), "--help"]) == 0
    assert "退出码" in capsys.readouterr().out
    assert main(["--data-dir", str(jilu.data_dir), "--lang", "en", "progress", "--help"]) == 0
    assert capsys.readouterr().err == ""


# --- with real permissions, as an ordinary user -----------------------------------------------------------------


def test_a_folder_only_root_may_read(book: Book) -> None:
    prefix = _as_nobody()
    if not prefix:
        pytest.skip("cannot run jilu as another user than the folder's owner here")
    with tempfile.TemporaryDirectory(prefix="jilu-no-access-") as shared:
        top = Path(shared)
        top.chmod(0o755)
        private = top / "priv"
        shutil.copytree(book.jilu.data_dir, private)
        private.chmod(0o700)  # root's, as the copy is
        home = top / "home"
        home.mkdir(mode=0o700)  # a home folder nobody may not look into: the default data folder is inside it
        before = sorted(p.name for p in private.iterdir())

        def run(*args: str, data_dir: Path | None = private) -> subprocess.CompletedProcess[str]:
            code = "import sys; from jilu_desktop.cli import main; sys.exit(main())"
            where = ["--data-dir", str(data_dir)] if data_dir else []
            env = {**os.environ, "JILU_TODAY": "2026-12-04", "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
            env.pop("JILU_DATA_DIR", None)
            env.pop("XDG_DATA_HOME", None)
            return subprocess.run([*prefix, "-c", code, *where, *args], capture_output=True, text=True, env=env)

        probe = run("progress")
        if probe.returncode == 0:
            pytest.skip("permissions do not stop reading here")
        assert (probe.returncode, probe.stdout, probe.stderr) == (3, "", no_access_zh(private) + "\n"), probe
        english = run("--lang", "en", "student", "list")
        assert (english.returncode, english.stderr) == (3, no_access_en(private) + "\n"), english
        made = run("profile", "set", "--name", "赵老师")
        assert (made.returncode, made.stderr) == (3, no_access_zh(private) + "\n"), made
        assert run("--help").returncode == 0
        for helped in (run("--help", data_dir=None), run("progress", "--help", data_dir=None)):
            assert helped.returncode == 0 and helped.stderr == "" and "jilu" in helped.stdout, helped
        default = run("progress", data_dir=None)
        assert default.returncode == 3 and "无法读取数据文件夹" in default.stderr, default
        assert "Traceback" not in default.stderr
        assert sorted(p.name for p in private.iterdir()) == before
        assert list(home.iterdir()) == []


def test_a_book_only_root_may_read_in_a_folder_anyone_may(book: Book) -> None:
    prefix = _as_nobody()
    if not prefix:
        pytest.skip("cannot run jilu as another user than the file's owner here")
    with tempfile.TemporaryDirectory(prefix="jilu-no-access-") as shared:
        top = Path(shared)
        top.chmod(0o755)
        folder = top / "open"
        shutil.copytree(book.jilu.data_dir, folder)
        folder.chmod(0o755)  # anyone may look into it
        file = folder / "jilu.sqlite3"
        file.chmod(0o600)  # root's, as the copy is: only root may read it
        before = file.read_bytes()
        code = "import sys; from jilu_desktop.cli import main; sys.exit(main())"
        env = {**os.environ, "JILU_TODAY": "2026-12-04", "HOME": str(top), "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("JILU_DATA_DIR", None)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            command = [*prefix, "-c", code, "--data-dir", str(folder), *args]
            return subprocess.run(command, capture_output=True, text=True, env=env)

        probe = run("progress")
        if probe.returncode == 0:
            pytest.skip("permissions do not stop reading here")
        assert (probe.returncode, probe.stdout, probe.stderr) == (3, "", no_access_file_zh(file) + "\n"), probe
        english = run("--lang", "en", "student", "list")
        assert (english.returncode, english.stderr) == (3, no_access_file_en(file) + "\n"), english
        assert file.read_bytes() == before


@pytest.mark.parametrize("unreadable", ["folder", "file"])
def test_the_window_makes_no_new_book_beside_one_it_cannot_read(
    jilu: Jilu,
    locked_out: Callable[[Path], None],
    file_locked_out: Callable[[Path], None],
    monkeypatch: pytest.MonkeyPatch,
    unreadable: str,
) -> None:
    from jilu_desktop.bootstrap import book_exists, open_services
    from jilu_desktop.paths import AppPaths
    from jilu_desktop.storage.errors import Problem, StorageEnvironmentError

    jilu.new_book()
    paths = AppPaths(jilu.data_dir)
    files = jilu.files()
    if unreadable == "folder":
        locked_out(jilu.data_dir)
        told = no_access_zh(jilu.data_dir), no_access_en(jilu.data_dir)
    else:  # only the book: the message names the file
        file_locked_out(paths.database)
        told = no_access_file_zh(paths.database), no_access_file_en(paths.database)
    assert book_exists(paths)  # it may be there: no “there is none”, no question about making a new one
    with pytest.raises(StorageEnvironmentError) as refused:
        open_services(paths, create=True)  # as the window opens it
    assert refused.value.problem is Problem.NO_ACCESS
    assert (refused.value.message("zh"), refused.value.message("en")) == told
    monkeypatch.undo()
    assert jilu.files() == files
