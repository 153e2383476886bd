"""`jilu student add` with a name already in the list."""

from __future__ import annotations

from .conftest import Jilu


def test_the_same_child_twice_is_refused_then_added_when_confirmed(jilu: Jilu) -> None:
    first = jilu.new_id("student", "add", "--name", "李小明", "--class", "五(1)班")
    before = jilu.json("student", "list")
    args = ("student", "add", "--name", "李小明", "--class", "五(1)班")
    assert jilu.bad(*args) == (
        f"jilu: 错误：学生名单中已经有“李小明”（五(1)班，编号 {first}）。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“李小明（大）”（确认是另一名学生时，加上 --same-name-ok 再运行一次）"
    )
    english = jilu.bad("--lang", "en", *args)
    assert english.endswith("(if it is another child, run it again with --same-name-ok)")
    assert jilu.json("student", "list") == before
    second = jilu.new_id(*args, "--same-name-ok")
    assert second != first
    assert [s["id"] for s in jilu.json("student", "list")] == [first, second]


def test_the_same_name_in_another_class_needs_no_confirmation(jilu: Jilu) -> None:
    jilu.new_id("student", "add", "--name", "李小明", "--class", "五(1)班")
    jilu.new_id("student", "add", "--name", "李小明", "--class", "三(2)班")
    assert len(jilu.json("student", "list")) == 2
