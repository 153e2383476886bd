"""`jilu demo --clear`: the example data taken out so that the teacher begins her own book."""

from __future__ import annotations

from tests.cli.conftest import Jilu


def test_clear_the_example_data(jilu: Jilu) -> None:
    jilu.ok("demo")
    out = jilu.ok("demo", "--clear")
    lines = out.splitlines()
    assert lines[0] == "已清除示例数据，可以开始填写自己的记录本了。"
    assert lines[1].startswith("清除前的记录本已备份到：") and "before-clearing-demo" in lines[1]
    assert jilu.json("student", "list") == []
    assert "没有示例数据" in jilu.bad("demo", "--clear")


def test_what_she_added_is_not_cleared_without_also_mine(jilu: Jilu) -> None:
    jilu.ok("demo")
    jilu.ok("student", "add", "--name", "周小雨", "--class", "三(2)班")
    line = jilu.bad("--lang", "en", "demo", "--clear")
    assert "you have added 1 student, 0 records and 0 pledges yourself" in line and "--also-mine" in line
    assert len(jilu.json("student", "list")) == 13
    jilu.ok("demo", "--clear", "--also-mine")
    assert jilu.json("student", "list") == []
    assert "--also-mine" in jilu.bad("demo", "--also-mine")


def test_clear_where_there_is_no_book_makes_none(jilu: Jilu) -> None:
    assert "没有记录本" in jilu.bad("demo", "--clear", code=3)
    assert jilu.files() == []
