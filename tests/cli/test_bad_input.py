"""Every kind of bad input: exit 2, exactly one line on stderr in the user's language, nothing written."""

from __future__ import annotations

import pytest

from .conftest import Book, log_args

LONG_CONTENT = "字" * 2001
LONG_PLACE = "地" * 51


def _log_add(book: Book, **change: str | None) -> list[str]:
    """`log add` with valid options, some of them changed (None leaves an option out)."""
    options: dict[str, str | None] = {
        "--date": "2026-12-01",
        "--time": "16:30",
        "--kind": "talk",
        "--student": str(book.wangfang),
        "--place": "办公室",
        "--content": "谈心",
    }
    options.update(change)
    args = ["log", "add"]
    for name, value in options.items():
        if value is not None:
            args += [name, value]
    return args


LOG_ADD_CASES = [
    pytest.param({"--date": "2026-02-30"}, "日期“2026-02-30”不是有效的日期", id="impossible-date"),
    pytest.param({"--date": "2026/12/01"}, "不是有效的日期（应为 年-月-日", id="malformed-date"),
    pytest.param({"--date": "2026-12-05"}, "日期 2026-12-05 还没有到，不能记录未来的日期", id="tomorrow"),
    pytest.param({"--date": "2008-08-31"}, "早于 2008-09-01", id="before-the-campaign"),
    pytest.param({"--kind": "party"}, "活动类型“party”无效，可选：谈心、家访、补课辅导、生活帮扶", id="unknown-kind"),
    pytest.param({"--student": None}, "缺少参数 --student", id="no-student"),
    pytest.param({"--student": "99"}, "没有编号为 99 的学生", id="unknown-student"),
    pytest.param({"--student": "abc"}, "参数 --student 的值“abc”不是有效的整数", id="student-not-a-number"),
    pytest.param({"--time": "25:61"}, "时间“25:61”不是有效的时间（应为 时:分，00:00 至 23:59）", id="bad-time"),
    pytest.param({"--place": ""}, "地点不能为空", id="empty-place"),
    pytest.param({"--content": "   "}, "帮扶内容或帮扶心得不能为空", id="blank-content"),
    pytest.param({"--place": LONG_PLACE}, "地点最多 50 个字，现在有 51 个字", id="long-place"),
    pytest.param({"--content": LONG_CONTENT}, "最多 2000 个字，现在有 2001 个字", id="long-content"),
    pytest.param({"--date": None}, "缺少参数 --date", id="no-date"),
    pytest.param({"--content": "谈心\x07"}, "含有无法保存的控制字符", id="control-character"),
]


@pytest.mark.parametrize(("change", "words"), LOG_ADD_CASES)
def test_log_add_refuses(book: Book, change: dict[str, str | None], words: str) -> None:
    book.jilu.new_id(*log_args("2026-11-30", "tutoring", book.xiaoming))
    before = book.jilu.snapshot()
    line = book.jilu.bad(*_log_add(book, **change))
    assert line.startswith("jilu: 错误：")
    assert words in line
    assert book.jilu.snapshot() == before


def test_the_valid_log_add_of_the_cases_above_is_accepted(book: Book) -> None:
    """The refusals above come from the one changed option, not from the rest of the command."""
    assert book.jilu.new_id(*_log_add(book)) == 1


def test_the_same_student_twice_is_refused(book: Book) -> None:
    before = book.jilu.snapshot()
    line = book.jilu.bad(*log_args("2026-12-01", "talk", book.wangfang, book.wangfang))
    assert "同一名学生在这次活动中出现了两次" in line
    assert book.jilu.snapshot() == before


OTHER_CASES = [
    pytest.param(["student", "delete", "{wangfang}"], "还有 1 条活动记录，不能删除", id="delete-student-with-records"),
    pytest.param(["student", "delete", "99"], "没有编号为 99 的学生", id="delete-unknown-student"),
    pytest.param(["student", "edit", "99", "--name", "某"], "没有编号为 99 的学生", id="edit-unknown-student"),
    pytest.param(["log", "edit", "99", "--place", "操场"], "没有编号为 99 的活动记录", id="edit-unknown-activity"),
    pytest.param(["log", "delete", "99"], "没有编号为 99 的活动记录", id="delete-unknown-activity"),
    pytest.param(["log", "edit", "{activity}", "--date", "2026-12-05"], "还没有到", id="edit-to-the-future"),
    pytest.param(["log", "edit", "{activity}", "--student", "99"], "没有编号为 99 的学生", id="edit-unknown-student"),
    pytest.param(["log", "edit", "{activity}", "--time", "7:60"], "不是有效的时间", id="edit-bad-time"),
    pytest.param(["log", "edit", "{activity}", "--kind", "聚餐"], "活动类型“聚餐”无效", id="edit-unknown-kind"),
    pytest.param(["log", "edit", "{activity}", "--content", ""], "不能为空", id="edit-empty-content"),
    pytest.param(["log", "edit", "{activity}"], "没有给出要修改的项", id="edit-nothing"),
    pytest.param(["log", "delete", "abc"], "参数 ID 的值“abc”不是有效的整数", id="id-not-a-number"),
    pytest.param(["student", "add", "--name", ""], "姓名不能为空", id="empty-student-name"),
    pytest.param(["student", "add", "--name", "名" * 31], "姓名最多 30 个字，现在有 31 个字", id="long-name"),
    pytest.param(["student", "add", "--name", "某", "--gender", "x"], "性别只能是“男”或“女”", id="bad-gender"),
    pytest.param(["student", "add", "--name", "某", "--birth-year", "15"], "不是有效的年份", id="bad-birth-year"),
    pytest.param(["student", "add", "--name", "某", "--difficulty", "lazy"], "困难类别“lazy”无效", id="bad-difficulty"),
    pytest.param(["student", "add"], "缺少参数 --name", id="student-without-name"),
    pytest.param(["log", "list", "--month", "2026-13"], "月份“2026-13”不是有效的年月", id="bad-month"),
    pytest.param(["log", "list", "--kind", "party"], "活动类型“party”无效", id="list-unknown-kind"),
    pytest.param(["progress", "--school-year", "26"], "学年“26”不是有效的年份", id="bad-school-year"),
    pytest.param(["progress", "--month", "2026-9-1"], "不是有效的年月", id="progress-bad-month"),
    pytest.param(["settings", "targets", "--school-year", "2026", "--tutoring", "101"], "应在 0 至 100", id="target"),
    pytest.param(["settings", "targets", "--school-year", "2026", "--tutoring", "八"], "不是有效的数字", id="nan"),
    pytest.param(["settings", "exempt-months", "--school-year", "2026", "13"], "“13”无效", id="exempt-13"),
    pytest.param(["pledge", "set", "--school-year", "2026", "--mentee", "99"], "没有编号为 99 的学生", id="mentee"),
    pytest.param(["pledge", "set", "--mentee", "1"], "缺少参数 --school-year", id="pledge-without-year"),
]


@pytest.mark.parametrize(("args", "words"), OTHER_CASES)
def test_other_commands_refuse(book: Book, args: list[str], words: str) -> None:
    activity = book.jilu.new_id(*log_args("2026-11-30", "talk", book.wangfang))
    before = book.jilu.snapshot()
    line = book.jilu.bad(*(a.format(wangfang=book.wangfang, activity=activity) for a in args))
    assert line.startswith("jilu: 错误：")
    assert words in line
    assert book.jilu.snapshot() == before


def test_a_value_with_a_newline_still_gives_one_line(book: Book) -> None:
    line = book.jilu.bad(*_log_add(book, **{"--date": "2026-12-01\n2026-12-02"}))
    assert "不是有效的日期" in line


ENGLISH_CASES = [
    pytest.param({"--date": "2026-02-30"}, 'date "2026-02-30" is not a valid date', id="impossible-date"),
    pytest.param({"--date": "2026-12-05"}, "date 2026-12-05 is in the future", id="tomorrow"),
    pytest.param({"--kind": "party"}, 'unknown kind "party"', id="unknown-kind"),
    pytest.param({"--student": "99"}, "there is no student with id 99", id="unknown-student"),
    pytest.param({"--time": "25:61"}, 'time "25:61" is not a valid time', id="bad-time"),
    pytest.param({"--content": LONG_CONTENT}, "content may have at most 2000 characters; it has 2001", id="long"),
    pytest.param({"--student": None}, "missing argument --student (see jilu log add --help)", id="no-student"),
    pytest.param({"--student": "x"}, "argument --student: “x” is not a valid whole number", id="not-a-number"),
]


@pytest.mark.parametrize(("change", "words"), ENGLISH_CASES)
def test_english_messages(book: Book, change: dict[str, str | None], words: str) -> None:
    before = book.jilu.snapshot()
    line = book.jilu.bad("--lang", "en", *_log_add(book, **change))
    assert line.startswith("jilu: error: ")
    assert words in line
    assert book.jilu.snapshot() == before
