"""`jilu pledge set|show`."""

from __future__ import annotations

from .conftest import Book


def test_set_and_show_json(book: Book) -> None:
    jilu = book.jilu
    out = jilu.ok(
        "pledge",
        "set",
        "--school-year",
        "2026",
        "--mentee",
        str(book.xiaoming),
        "--difficulty-detail",
        "数学基础薄弱",
        "--measures",
        "每周两次午休辅导数学",
        "--commitments",
        "不让一名学生掉队",
        "--signed-on",
        "2026-09-08",
    )
    assert out == "已保存2026学年志愿书，重点帮扶学生：李小明\n"
    expected = {
        "school_year": 2026,
        "mentee": {"id": book.xiaoming, "name": "李小明", "class_name": "五(1)班"},
        "difficulty_detail": "数学基础薄弱",
        "measures": "每周两次午休辅导数学",
        "commitments": "不让一名学生掉队",
        "signed_on": "2026-09-08",
    }
    shown = jilu.json("pledge", "show", "--school-year", "2026")
    assert shown == expected
    assert list(shown) == list(expected)
    # Without --school-year: the current one (today is in 2026学年).
    assert jilu.json("pledge", "show") == expected


def test_set_again_keeps_text_not_given_and_changes_the_mentee(book: Book) -> None:
    jilu = book.jilu
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.xiaoming), "--measures", "午休辅导")
    jilu.ok("pledge", "set", "--school-year", "2026", "--mentee", str(book.wangfang))
    shown = jilu.json("pledge", "show", "--school-year", "2026")
    assert shown["mentee"]["name"] == "王芳"
    assert shown["measures"] == "午休辅导"
    assert shown["signed_on"] == "2026-09-08"


def test_show_human(book: Book) -> None:
    book.jilu.ok("student", "edit", str(book.xiaoming), "--birth-year", "2015")
    lines = book.jilu.ok("pledge", "show", "--school-year", "2026").splitlines()
    assert lines[0] == "2026学年（2026.9—2027.8）志愿书"
    assert f"重点帮扶学生：李小明（#{book.xiaoming}，五(1)班，11 岁）" in lines
    assert "签名日期：2026-09-08" in lines


def test_show_a_year_without_pledge(book: Book) -> None:
    assert book.jilu.json("pledge", "show", "--school-year", "2025") is None
    assert book.jilu.ok("pledge", "show", "--school-year", "2025") == "2025学年还没有志愿书。\n"


def test_unknown_mentee_is_refused(book: Book) -> None:
    before = book.jilu.snapshot()
    line = book.jilu.bad("pledge", "set", "--school-year", "2026", "--mentee", "99")
    assert line == "jilu: 错误：没有编号为 99 的学生"
    assert book.jilu.snapshot() == before


def test_signing_date_in_the_future_or_outside_the_year_is_refused(book: Book) -> None:
    jilu = book.jilu
    before = jilu.snapshot()
    args = ["pledge", "set", "--school-year", "2026", "--mentee", str(book.wangfang)]
    assert "还没有到" in jilu.bad(*args, "--signed-on", "2026-12-05")
    assert "不在2026学年" in jilu.bad(*args, "--signed-on", "2025-09-01")
    assert jilu.snapshot() == before


def test_school_year_too_far_ahead_is_refused(book: Book) -> None:
    line = book.jilu.bad("pledge", "set", "--school-year", "2030", "--mentee", str(book.xiaoming))
    assert "学年应在 2008 至 2027 之间" in line


def test_show_in_english(book: Book) -> None:
    lines = book.jilu.ok("--lang", "en", "pledge", "show", "--school-year", "2026").splitlines()
    assert lines[0] == "Pledge for school year 2026 (2026-09 to 2027-08)"
    assert f"key mentee: 李小明 (#{book.xiaoming}, 五(1)班)" in lines
