"""`jilu profile set|show`."""

from __future__ import annotations

from jilu_desktop.services import AppServices

from .conftest import Jilu


def test_first_set_needs_a_name_and_writes_nothing_without_one(jilu: Jilu) -> None:
    line = jilu.bad("profile", "set", "--school", "湖塘实验小学")
    assert line == "jilu: 错误：姓名不能为空"
    assert jilu.files() == []  # not even a new, empty record book
    jilu.new_book()
    assert jilu.bad("profile", "set", "--school", "湖塘实验小学") == "jilu: 错误：姓名不能为空"
    assert jilu.json("profile", "show") is None


def test_set_then_show_every_field(jilu: Jilu, services: AppServices) -> None:
    out = jilu.ok(
        "profile",
        "set",
        "--name",
        "王丽华",
        "--gender",
        "女",
        "--birth",
        "1985-03",
        "--title",
        "小学高级教师",
        "--post",
        "语文教师、班主任",
        "--specialties",
        "书法、朗诵",
        "--school",
        "武进区湖塘实验小学",
        "--union-group",
        "五年级组",
        "--teaching-since",
        "2007",
    )
    assert out == "已保存个人信息：王丽华\n"
    expected = {
        "name": "王丽华",
        "gender": "女",
        "birth": "1985-03",
        "title": "小学高级教师",
        "post": "语文教师、班主任",
        "specialties": "书法、朗诵",
        "school": "武进区湖塘实验小学",
        "union_group": "五年级组",
        "teaching_since": 2007,
    }
    shown = jilu.json("profile", "show")
    assert shown == expected
    assert list(shown) == list(expected)
    stored = services.profile.get()
    assert stored is not None and stored.teaching_since == 2007 and str(stored.birth_month) == "1985-03"

    human = jilu.ok("profile", "show")
    assert "姓名：王丽华" in human.splitlines()
    assert "出生年月：1985-03" in human.splitlines()
    assert "从教年份：2007" in human.splitlines()


def test_set_changes_only_the_options_given(jilu: Jilu) -> None:
    jilu.ok("profile", "set", "--name", "王丽华", "--school", "湖塘实验小学", "--title", "一级教师")
    jilu.ok("profile", "set", "--title", "高级教师")
    shown = jilu.json("profile", "show")
    assert (shown["name"], shown["school"], shown["title"]) == ("王丽华", "湖塘实验小学", "高级教师")


def test_set_with_nothing_to_change_is_refused(jilu: Jilu) -> None:
    line = jilu.bad("profile", "set")
    assert "没有给出要修改的项" in line


def test_bad_birth_month_is_refused_and_the_profile_kept(jilu: Jilu) -> None:
    jilu.ok("profile", "set", "--name", "王丽华", "--birth", "1985-03")
    line = jilu.bad("profile", "set", "--birth", "1985-13")
    assert "出生年月" in line and "不是有效的年月" in line
    assert jilu.json("profile", "show")["birth"] == "1985-03"


def test_show_without_profile(jilu: Jilu) -> None:
    jilu.new_book()
    assert "还没有填写个人信息" in jilu.ok("profile", "show")
