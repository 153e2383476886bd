"""`jilu gui` (hands over to the window; tested here only up to the call) and `jilu demo`."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from jilu_desktop.paths import AppPaths

from .conftest import Jilu


def test_gui_hands_over_the_data_folder(jilu: Jilu, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[AppPaths, bool, bool]] = []

    def run_gui(paths: AppPaths, quit_after_first_paint: bool = False, ask_before_new_book: bool = False) -> int:
        calls.append((paths, quit_after_first_paint, ask_before_new_book))
        return 7

    fake = types.ModuleType("jilu_desktop.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "jilu_desktop.app", fake)

    assert jilu("gui", "--quit-after-first-paint").code == 7
    assert jilu("gui").code == 7
    # A folder named with --data-dir: the window asks before it makes a new book there.
    assert calls == [(AppPaths(data_dir), True, True), (AppPaths(data_dir), False, True)]
    # The window opens the data itself; the command line must not have opened (or created) it first.
    assert not (data_dir / "jilu.sqlite3").exists()


def test_gui_that_cannot_load(jilu: Jilu, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jilu_desktop.app", None)  # makes the import fail
    line = jilu.bad("gui", code=3)
    assert line.startswith("无法打开窗口：")


def test_demo_fills_an_empty_book_only(jilu: Jilu) -> None:
    out = jilu.ok("demo", "--per-month", "6")
    assert out.startswith("已加入示例数据：12 名学生，")
    students = jilu.json("student", "list")
    assert len(students) == 12
    activities = jilu.json("log", "list")
    assert activities and all(a["date"] <= "2026-12-04" for a in activities)
    assert jilu.json("pledge", "show")["mentee"]["name"] == "李小明"

    before = jilu.snapshot()
    assert "已经有学生" in jilu.bad("demo")
    assert jilu.snapshot() == before


def test_demo_per_month_limit(jilu: Jilu, data_dir: Path) -> None:
    assert jilu.bad("demo", "--per-month", "0") == "jilu: 错误：--per-month 应在 1 至 200 之间"
    assert not data_dir.exists()  # refused before any record book (or folder) was left behind
    jilu.new_book()
    assert "--per-month" in jilu.bad("demo", "--per-month", "201")
    assert jilu.json("student", "list") == []
