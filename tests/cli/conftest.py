"""Run `jilu` in-process, as the console script would, against a fresh data folder with today pinned."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.cli import main
from jilu_desktop.paths import AppPaths

TODAY = "2026-12-04"  # a Friday in 2026学年; December has 28 days (4 weeks) left, today included


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


class Jilu:
    """`jilu --data-dir DIR …` run through main(), with its exit code and captured output."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self._capsys = capsys

    def __call__(self, *args: str) -> Result:
        code = main(["--data-dir", str(self.data_dir), *args])
        out, err = self._capsys.readouterr()
        return Result(code, out, err)

    def ok(self, *args: str) -> str:
        """A command that must succeed quietly: nothing on stderr but, the first time, “new record book”."""
        new = not (self.data_dir / "jilu.sqlite3").exists()
        result = self(*args)
        allowed = {"", *(new_book_notice(self.data_dir) if new else ())}
        assert result.code == 0 and result.err in allowed, result
        return result.out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def new_id(self, *args: str) -> int:
        out = self.ok(*args)
        assert out.strip().isdigit(), out  # the id alone, so that scripts can capture it
        return int(out)

    def bad(self, *args: str, code: int = 2) -> str:
        """Run a command that must be refused; returns its one line of stderr."""
        result = self(*args)
        assert result.code == code, result
        assert len(result.err_lines) == 1, result.err
        assert result.err.endswith("\n")
        return result.err_lines[0]

    def new_book(self) -> Jilu:
        """Make an empty record book in the data folder, as the window does on its first start."""
        open_services(AppPaths(self.data_dir)).close()
        return self

    def files(self) -> list[str]:
        """Every file and folder under the data folder (relative), to show what a command left behind."""
        if not self.data_dir.exists():
            return []
        return sorted(str(p.relative_to(self.data_dir)) for p in self.data_dir.rglob("*"))

    def snapshot(self) -> dict[str, Any]:
        """Everything the record book holds, to show that a refused command wrote nothing."""
        return {
            "profile": self.json("profile", "show"),
            "students": self.json("student", "list"),
            "log": self.json("log", "list"),
            "pledge": self.json("pledge", "show", "--school-year", "2026"),
            "settings": self.json("settings", "show", "--school-year", "2026"),
        }


def new_book_notice(data_dir: Path) -> tuple[str, str]:
    """What a command that made a new record book says on stderr, in Chinese and in English."""
    return f"已在 {data_dir} 新建记录本\n", f"New record book made in {data_dir}\n"


@pytest.fixture(autouse=True)
def _cli_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("JILU_TODAY", TODAY)
    monkeypatch.delenv("JILU_LANG", raising=False)
    monkeypatch.delenv("JILU_DATA_DIR", raising=False)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    # setup_logging() installs its handler once per process; each test's data folder needs its own.
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def jilu(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Jilu:
    return Jilu(data_dir, capsys)


@dataclass(frozen=True)
class Book:
    """A record book with a teacher and three students: 李小明 (the 2026 mentee), 王芳, 张伟."""

    jilu: Jilu
    xiaoming: int
    wangfang: int
    zhangwei: int


@pytest.fixture
def book(jilu: Jilu) -> Book:
    jilu.ok("profile", "set", "--name", "王丽华", "--school", "武进区湖塘实验小学")
    xiaoming = jilu.new_id("student", "add", "--name", "李小明", "--class", "五(1)班", "--difficulty", "learning")
    wangfang = jilu.new_id("student", "add", "--name", "王芳", "--class", "五(1)班")
    zhangwei = jilu.new_id("student", "add", "--name", "张伟", "--class", "五(2)班")
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(xiaoming), "--signed-on", "2026-09-08")
    return Book(jilu, xiaoming, wangfang, zhangwei)


def log_args(date: str, kind: str, *students: int, place: str = "教室", content: str = "辅导") -> list[str]:
    args = ["log", "add", "--date", date, "--kind", kind, "--place", place, "--content", content]
    for student in students:
        args += ["--student", str(student)]
    return args
