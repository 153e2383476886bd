"""Activities as the teacher states them: kind, date, time, students, place, content."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jilu_desktop.domain.activities import (
    CONTENT_LIMIT,
    PLACE_LIMIT,
    STUDENTS_LIMIT,
    ActivityKind,
    is_late_entry,
    make_activity,
    parse_kind,
)
from jilu_desktop.domain.errors import ValidationError

TODAY = dt.date(2026, 12, 4)


def activity(**changes: Any) -> Any:
    fields: dict[str, Any] = {
        "date": "2026-12-01",
        "kind": "talk",
        "student_ids": [1],
        "place": "办公室",
        "content": "谈学习计划",
        "today": TODAY,
    }
    fields.update(changes)
    return make_activity(**fields)


def refused(**changes: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        activity(**changes)
    return caught.value


def test_make_activity_keeps_what_was_said() -> None:
    made = activity(date="2026-12-01", time="16:30", kind="家访", student_ids=[3, 1, 2], place=" 学生家 ")
    assert made.date == dt.date(2026, 12, 1)
    assert made.time == dt.time(16, 30)
    assert made.kind is ActivityKind.HOME_VISIT
    assert made.student_ids == (3, 1, 2)
    assert made.place == "学生家"
    assert made.content == "谈学习计划"


def test_time_is_optional() -> None:
    assert activity().time is None
    assert activity(time="").time is None
    assert activity(time="  ").time is None
    assert activity(time=dt.time(7, 5)).time == dt.time(7, 5)


def test_dates_as_date_objects() -> None:
    assert activity(date=dt.date(2026, 11, 30)).date == dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("alias", "kind"),
    [
        ("talk", ActivityKind.TALK),
        ("谈心", ActivityKind.TALK),
        (" TALK ", ActivityKind.TALK),
        ("home-visit", ActivityKind.HOME_VISIT),
        ("home_visit", ActivityKind.HOME_VISIT),
        ("家访", ActivityKind.HOME_VISIT),
        ("tutoring", ActivityKind.TUTORING),
        ("补课", ActivityKind.TUTORING),
        ("辅导", ActivityKind.TUTORING),
        ("补课辅导", ActivityKind.TUTORING),
        ("assistance", ActivityKind.ASSISTANCE),
        ("生活帮扶", ActivityKind.ASSISTANCE),
        (ActivityKind.TUTORING, ActivityKind.TUTORING),
    ],
)
def test_kind_aliases(alias: str | ActivityKind, kind: ActivityKind) -> None:
    assert parse_kind(alias) is kind


def test_kind_labels() -> None:
    assert [k.label() for k in ActivityKind] == ["谈心", "家访", "补课辅导", "生活帮扶"]
    assert [k.label("en") for k in ActivityKind] == ["talk", "home visit", "tutoring", "assistance"]


def test_unknown_kind() -> None:
    error = refused(kind="lecture")
    assert error.code == "bad_kind"
    assert error.field == "kind"
    assert error.message("zh") == "活动类型“lecture”无效，可选：谈心、家访、补课辅导、生活帮扶"
    assert error.message("en") == 'unknown kind "lecture"; choose talk, home-visit, tutoring or assistance'


def test_future_date_refused() -> None:
    assert activity(date="2026-12-04").date == TODAY
    error = refused(date="2026-12-05")
    assert error.code == "future_date"
    assert error.field == "date"
    assert error.message("zh") == "日期 2026-12-05 还没有到，不能记录未来的日期"
    assert error.message("en") == "date 2026-12-05 is in the future"


def test_date_before_campaign_refused() -> None:
    assert activity(date="2008-09-01").date == dt.date(2008, 9, 1)
    error = refused(date="2008-08-31")
    assert error.code == "date_too_early"
    assert error.message("en") == "date 2008-08-31 is before 2008-09-01; please check it"


@pytest.mark.parametrize("text", ["2026-02-30", "2027-02-29", "2026-11-31", "12/01/2026"])
def test_impossible_dates_refused(text: str) -> None:
    error = refused(date=text)
    assert error.code == "bad_date"
    assert error.params["value"] == text


def test_leap_day_valid_only_in_leap_years() -> None:
    later = dt.date(2028, 3, 1)
    assert activity(date="2028-02-29", today=later).date == dt.date(2028, 2, 29)
    with pytest.raises(ValidationError) as caught:
        activity(date="2027-02-29", today=later)
    assert caught.value.code == "bad_date"


@pytest.mark.parametrize("text", ["25:61", "24:00", "9:5"])
def test_bad_times_refused(text: str) -> None:
    error = refused(time=text)
    assert error.code == "bad_time"
    assert error.field == "time"
    assert f"“{text}”" in error.message("zh")


def test_no_students() -> None:
    error = refused(student_ids=[])
    assert error.code == "no_students"
    assert error.field == "students"
    assert error.message("zh") == "请至少选择一名帮扶对象"
    assert error.message("en") == "choose at least one student"


def test_duplicate_students() -> None:
    error = refused(student_ids=[4, 5, 4])
    assert error.code == "duplicate_student"
    assert error.message("zh") == "同一名学生在这次活动中出现了两次"


def test_student_limit() -> None:
    assert len(activity(student_ids=list(range(1, STUDENTS_LIMIT + 1))).student_ids) == STUDENTS_LIMIT
    error = refused(student_ids=list(range(1, STUDENTS_LIMIT + 2)))
    assert error.code == "too_many_students"
    assert error.message("zh") == f"一次活动最多 {STUDENTS_LIMIT} 名学生，现在有 {STUDENTS_LIMIT + 1} 名"
    assert (
        error.message("en") == f"one activity may have at most {STUDENTS_LIMIT} students; it has {STUDENTS_LIMIT + 1}"
    )


@pytest.mark.parametrize("place", ["", "   ", "\n"])
def test_place_required(place: str) -> None:
    error = refused(place=place)
    assert error.field == "place"
    assert error.code in {"required", "control_chars"}


def test_place_empty_message() -> None:
    error = refused(place="")
    assert error.code == "required"
    assert error.message("zh") == "地点不能为空"
    assert error.message("en") == "place must not be empty"


def test_content_empty_message() -> None:
    error = refused(content="  \n ")
    assert error.code == "required"
    assert error.message("zh") == "帮扶内容或帮扶心得不能为空"
    assert error.message("en") == "content must not be empty"


def test_place_over_long() -> None:
    assert activity(place="室" * PLACE_LIMIT).place == "室" * PLACE_LIMIT
    error = refused(place="室" * (PLACE_LIMIT + 3))
    assert error.code == "too_long"
    assert error.message("zh") == "地点最多 50 个字，现在有 53 个字"
    assert error.message("en") == "place may have at most 50 characters; it has 53"


def test_content_over_long() -> None:
    assert len(activity(content="心" * CONTENT_LIMIT).content) == CONTENT_LIMIT
    error = refused(content="心" * (CONTENT_LIMIT + 1))
    assert error.code == "too_long"
    assert error.message("zh") == "帮扶内容或帮扶心得最多 2000 个字，现在有 2001 个字"


def test_content_is_multiline_place_is_not() -> None:
    assert activity(content="第一段\r\n第二段").content == "第一段\n第二段"
    error = refused(place="教室\n二楼")
    assert error.code == "control_chars"
    assert error.field == "place"


def test_content_control_characters() -> None:
    error = refused(content="好\x07")
    assert error.code == "control_chars"
    assert error.message("zh") == "帮扶内容或帮扶心得含有无法保存的控制字符"


def test_text_is_nfc_normalised() -> None:
    made = activity(place="Cafe\u0301", content="re\u0301sume\u0301")
    assert made.place == "Caf\u00e9"
    assert made.content == "r\u00e9sum\u00e9"


def test_late_entry() -> None:
    assert not is_late_entry(dt.date(2026, 11, 4), dt.date(2026, 12, 4))  # 30 days
    assert is_late_entry(dt.date(2026, 11, 3), dt.date(2026, 12, 4))  # 31 days
    assert not is_late_entry(TODAY, TODAY)
