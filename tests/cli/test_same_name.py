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


def test_brackets_case_and_spaces_as_typed_do_not_get_past_the_check(jilu: Jilu) -> None:
    first = jilu.new_id("student", "add", "--name", "王芳", "--class", "三(10)班")
    emma = jilu.new_id("student", "add", "--name", "Emma Smith", "--class", "5A")
    before = jilu.json("student", "list")
    refused = jilu.bad("student", "add", "--name", "王芳", "--class", "三（10）班")  # as the IME types it
    assert f"学生名单中已经有“王芳”（三(10)班，编号 {first}）" in refused
    for name in ("emma smith", "Emma  Smith"):
        assert f"编号 {emma}" in jilu.bad("student", "add", "--name", name, "--class", "5A")
    assert jilu.json("student", "list") == before


def test_edit_is_checked_too_and_takes_same_name_ok(jilu: Jilu) -> None:
    first = jilu.new_id("student", "add", "--name", "王芳", "--class", "三(10)班")
    other = jilu.new_id("student", "add", "--name", "王方", "--class", "三(9)班")
    before = jilu.json("student", "list")
    args = ("student", "edit", str(other), "--name", "王芳", "--class", "三(10)班")
    assert jilu.bad(*args) == (
        f"jilu: 错误：学生名单中已经有“王芳”（三(10)班，编号 {first}）。如果这是另一名同名的学生，请确认后再添加；"
        "也可以在姓名后加字区分，如“王芳（大）”（确认是另一名学生时，加上 --same-name-ok 再运行一次）"
    )
    assert jilu.json("student", "list") == before  # nothing changed

    jilu.ok(*args, "--same-name-ok")
    assert [(s["id"], s["name"], s["class_name"]) for s in jilu.json("student", "list")] == [
        (first, "王芳", "三(10)班"),
        (other, "王芳", "三(10)班"),
    ]


def test_the_message_names_every_student_of_the_name(jilu: Jilu) -> None:
    first = jilu.new_id("student", "add", "--name", "李小明", "--class", "五(1)班")
    second = jilu.new_id("student", "add", "--name", "李小明", "--class", "五(1)班", "--same-name-ok")
    refused = jilu.bad("student", "add", "--name", "李小明")
    assert f"学生名单中已经有 2 名“李小明”：编号 {first}（五(1)班）、编号 {second}（五(1)班）。" in refused
