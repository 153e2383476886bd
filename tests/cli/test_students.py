"""`jilu student add|list|show|edit|delete`."""

from __future__ import annotations

from jilu_desktop.services import AppServices

from .conftest import Book, Jilu, log_args


def test_add_prints_the_new_id_alone(jilu: Jilu, services: AppServices) -> None:
    result = jilu("student", "add", "--name", "李小明")
    assert (result.code, result.out, result.err) == (0, "1\n", "")
    second = jilu("student", "add", "--name", "王芳")
    assert second.out == "2\n"
    assert [r.student.name for r in services.students.list()] == ["李小明", "王芳"]


def test_add_with_every_option_and_list_json(jilu: Jilu) -> None:
    student_id = jilu.new_id(
        "student",
        "add",
        "--name",
        "刘洋",
        "--class",
        "五(2)班",
        "--gender",
        "男",
        "--birth-year",
        "2015",
        "--difficulty",
        "other",
        "--difficulty",
        "learning",
        "--difficulty-detail",
        "留守儿童，由祖父母照看",
    )
    expected = {
        "id": student_id,
        "name": "刘洋",
        "class_name": "五(2)班",
        "gender": "男",
        "birth_year": 2015,
        "difficulties": ["learning", "other"],
        "difficulty_detail": "留守儿童，由祖父母照看",
        "activity_count": 0,
    }
    listed = jilu.json("student", "list")
    assert listed == [expected]
    assert list(listed[0]) == list(expected)
    assert jilu.json("student", "show", str(student_id)) == expected


def test_chinese_difficulty_names_are_accepted(jilu: Jilu) -> None:
    student_id = jilu.new_id("student", "add", "--name", "王芳", "--difficulty", "经济")
    assert jilu.json("student", "show", str(student_id))["difficulties"] == ["economic"]


def test_list_human(book: Book) -> None:
    out = book.jilu.ok("student", "list")
    assert f"#{book.xiaoming}  李小明  五(1)班  学习困难  活动 0 次" in out.splitlines()
    assert out.splitlines()[-1] == "共 3 名学生"


def test_edit_changes_only_what_is_given(book: Book) -> None:
    jilu = book.jilu
    out = jilu.ok("student", "edit", str(book.xiaoming), "--class", "六(1)班", "--gender", "男")
    assert out == f"已修改学生 #{book.xiaoming} 李小明\n"
    shown = jilu.json("student", "show", str(book.xiaoming))
    assert (shown["name"], shown["class_name"], shown["gender"]) == ("李小明", "六(1)班", "男")
    assert shown["difficulties"] == ["learning"]


def test_edit_difficulty_replaces_the_set_and_clear_empties_it(book: Book) -> None:
    jilu = book.jilu
    sid = str(book.xiaoming)
    jilu.ok("student", "edit", sid, "--difficulty", "economic", "--difficulty", "psychological")
    assert jilu.json("student", "show", sid)["difficulties"] == ["economic", "psychological"]
    jilu.ok("student", "edit", sid, "--clear-difficulties")
    assert jilu.json("student", "show", sid)["difficulties"] == []


def test_edit_refuses_difficulty_and_clear_together(book: Book) -> None:
    line = book.jilu.bad("student", "edit", str(book.xiaoming), "--difficulty", "learning", "--clear-difficulties")
    assert "不能与" in line and "同时使用" in line


def test_delete_a_student_without_records(book: Book, services: AppServices) -> None:
    out = book.jilu.ok("student", "delete", str(book.zhangwei))
    assert out == f"已删除学生 #{book.zhangwei} 张伟\n"
    assert [r["name"] for r in book.jilu.json("student", "list")] == ["李小明", "王芳"]
    assert {r.id for r in services.students.list()} == {book.xiaoming, book.wangfang}


def test_delete_refuses_a_students_with_records(book: Book) -> None:
    jilu = book.jilu
    jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang))
    before = jilu.snapshot()
    line = jilu.bad("student", "delete", str(book.wangfang))
    assert line == "jilu: 错误：学生“王芳”还有 1 条活动记录，不能删除；请先修改或删除这些记录"
    assert jilu.snapshot() == before


def test_delete_refuses_the_pledges_mentee(book: Book) -> None:
    before = book.jilu.snapshot()
    line = book.jilu.bad("student", "delete", str(book.xiaoming))
    assert "重点帮扶学生" in line and "不能删除" in line
    assert book.jilu.snapshot() == before


def test_activity_count_follows_the_records(book: Book) -> None:
    jilu = book.jilu
    jilu.new_id(*log_args("2026-12-01", "tutoring", book.wangfang, book.zhangwei))
    jilu.new_id(*log_args("2026-12-02", "talk", book.wangfang))
    counts = {s["name"]: s["activity_count"] for s in jilu.json("student", "list")}
    assert counts == {"李小明": 0, "王芳": 2, "张伟": 1}
