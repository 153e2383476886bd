"""`jilu log add|list|show|edit|delete`."""

from __future__ import annotations

from typing import Any

from jilu_desktop.services import AppServices

from .conftest import Book, log_args


def test_add_prints_the_new_id_and_stores_the_activity(book: Book, services: AppServices) -> None:
    result = book.jilu(
        "log",
        "add",
        "--date",
        "2026-12-03",
        "--time",
        "16:30",
        "--kind",
        "tutoring",
        "--student",
        str(book.xiaoming),
        "--student",
        str(book.wangfang),
        "--student",
        str(book.zhangwei),
        "--place",
        "教室",
        "--content",
        "辅导分数应用题",
    )
    assert (result.code, result.out, result.err) == (0, "1\n", "")
    stored = services.activities.get(1)
    assert stored.activity.student_ids == (book.xiaoming, book.wangfang, book.zhangwei)
    assert stored.activity.time is not None and stored.activity.time.isoformat() == "16:30:00"
    expected: dict[str, Any] = {
        "id": 1,
        "date": "2026-12-03",
        "time": "16:30",
        "kind": "tutoring",
        "students": [
            {"id": book.xiaoming, "name": "李小明"},
            {"id": book.wangfang, "name": "王芳"},
            {"id": book.zhangwei, "name": "张伟"},
        ],
        "person_times": 3,
        "place": "教室",
        "content": "辅导分数应用题",
    }
    listed = book.jilu.json("log", "list")
    assert listed == [expected]
    assert list(listed[0]) == list(expected)
    assert book.jilu.json("log", "show", "1") == expected


def test_chinese_kind_names_are_accepted(book: Book) -> None:
    activity = book.jilu.new_id(*log_args("2026-12-01", "家访", book.wangfang))
    assert book.jilu.json("log", "show", str(activity))["kind"] == "home-visit"


def test_list_human(book: Book) -> None:
    jilu = book.jilu
    jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang, place="办公室", content="谈心\n约定有困难找老师"))
    jilu.new_id(*log_args("2026-12-03", "tutoring", book.xiaoming, book.zhangwei))
    lines = jilu.ok("log", "list").splitlines()
    assert lines == [
        "#2  2026-12-03  补课辅导  李小明、张伟（2 人次）  @教室",
        "    辅导",
        "#1  2026-12-01  谈心  王芳（1 人次）  @办公室",
        "    谈心",
        "    约定有困难找老师",
        "共 2 条记录，3 人次",
    ]


def _ids(records: list[dict[str, Any]]) -> list[int]:
    return [r["id"] for r in records]


def test_list_filters(book: Book) -> None:
    jilu = book.jilu
    a = jilu.new_id(*log_args("2026-08-30", "talk", book.xiaoming, content="暑假家访前谈心"))
    b = jilu.new_id(*log_args("2026-09-01", "tutoring", book.xiaoming, book.wangfang, content="分数"))
    c = jilu.new_id(*log_args("2026-11-30", "home-visit", book.wangfang, place="学生家中", content="家访"))
    d = jilu.new_id(*log_args("2026-12-01", "assistance", book.zhangwei, place="食堂", content="餐费"))

    assert _ids(jilu.json("log", "list")) == [d, c, b, a]
    assert _ids(jilu.json("log", "list", "--oldest-first")) == [a, b, c, d]
    assert _ids(jilu.json("log", "list", "--month", "2026-11")) == [c]
    assert _ids(jilu.json("log", "list", "--school-year", "2026")) == [d, c, b]
    assert _ids(jilu.json("log", "list", "--school-year", "2025")) == [a]
    assert _ids(jilu.json("log", "list", "--kind", "tutoring")) == [b]
    assert _ids(jilu.json("log", "list", "--student", str(book.wangfang))) == [c, b]
    assert _ids(jilu.json("log", "list", "--search", "家")) == [c, a]  # content or place
    assert _ids(jilu.json("log", "list", "--search", "张伟")) == [d]  # a student's name
    assert _ids(jilu.json("log", "list", "--school-year", "2026", "--student", str(book.xiaoming))) == [b]
    assert jilu.ok("log", "list", "--month", "2026-10") == "没有符合条件的活动记录。\n"


def test_list_with_an_unknown_student_is_refused(book: Book) -> None:
    assert book.jilu.bad("log", "list", "--student", "99") == "jilu: 错误：没有编号为 99 的学生"


def test_edit_changes_only_what_is_given(book: Book, services: AppServices) -> None:
    jilu = book.jilu
    activity = jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang, place="办公室", content="谈心"))
    out = jilu.ok("log", "edit", str(activity), "--content", "谈心，了解近况", "--time", "12:15")
    assert out == f"已修改活动记录 #{activity}\n"
    shown = jilu.json("log", "show", str(activity))
    assert (shown["date"], shown["kind"], shown["place"]) == ("2026-12-01", "talk", "办公室")
    assert (shown["content"], shown["time"]) == ("谈心，了解近况", "12:15")

    jilu.ok("log", "edit", str(activity), "--student", str(book.xiaoming), "--student", str(book.zhangwei))
    assert [s["name"] for s in jilu.json("log", "show", str(activity))["students"]] == ["李小明", "张伟"]
    assert services.activities.get(activity).activity.student_ids == (book.xiaoming, book.zhangwei)

    jilu.ok("log", "edit", str(activity), "--time", "")
    assert jilu.json("log", "show", str(activity))["time"] is None


def test_delete(book: Book, services: AppServices) -> None:
    jilu = book.jilu
    keep = jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang))
    gone = jilu.new_id(*log_args("2026-12-02", "talk", book.wangfang))
    assert jilu.ok("log", "delete", str(gone)) == f"已删除活动记录 #{gone}（2026-12-02 谈心）\n"
    assert _ids(jilu.json("log", "list")) == [keep]
    assert [r.id for r in services.activities.list()] == [keep]
    # With its records gone the student can be deleted after all.
    jilu.ok("log", "delete", str(keep))
    jilu.ok("student", "delete", str(book.wangfang))


def test_list_counts_in_english(book: Book) -> None:
    jilu = book.jilu
    jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang))
    assert jilu.ok("--lang", "en", "log", "list").splitlines()[-1] == "1 activity, 1 person-time"
    assert jilu.ok("log", "list").splitlines()[-1] == "共 1 条记录，1 人次"

    jilu.new_id(*log_args("2026-12-03", "tutoring", book.xiaoming, book.zhangwei))
    assert jilu.ok("--lang", "en", "log", "list").splitlines()[-1] == "2 activities, 3 person-times"
    assert jilu.ok("log", "list").splitlines()[-1] == "共 2 条记录，3 人次"
