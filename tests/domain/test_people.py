"""The teacher's profile, students and their difficulties, and the yearly pledge."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.pledge import check_school_year, make_pledge, signing_window
from jilu_desktop.domain.profile import make_profile
from jilu_desktop.domain.students import Difficulty, age_in, make_student, parse_difficulty

TODAY = dt.date(2026, 12, 4)


def refused(make: Any, **fields: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        make(today=TODAY, **fields)
    return caught.value


# --- profile ----------------------------------------------------------------------------------------------


def test_profile_all_fields() -> None:
    profile = make_profile(
        name=" 王老师 ",
        today=TODAY,
        gender="female",
        birth="1985-3",
        title="中学一级",
        post="班主任",
        specialties="书法、心理辅导",
        school="武进区某中学",
        union_group="初二年级组",
        teaching_since="2007",
    )
    assert profile.name == "王老师"
    assert profile.gender == "女"
    assert profile.birth_month == Month(1985, 3)
    assert profile.teaching_since == 2007
    assert profile.specialties == "书法、心理辅导"


def test_profile_minimal() -> None:
    profile = make_profile(name="李䶮", today=TODAY)
    assert profile.name == "李䶮"
    assert (profile.gender, profile.birth_month, profile.teaching_since) == (None, None, None)
    assert profile.title == ""


def test_profile_accepts_month_and_int() -> None:
    profile = make_profile(name="王", today=TODAY, birth=Month(1980, 1), teaching_since=2000)
    assert profile.birth_month == Month(1980, 1)
    assert profile.teaching_since == 2000


def test_profile_name_required_and_limited() -> None:
    assert refused(make_profile, name="  ").code == "required"
    error = refused(make_profile, name="名" * 31)
    assert error.code == "too_long"
    assert error.message("zh") == "姓名最多 30 个字，现在有 31 个字"


@pytest.mark.parametrize(
    ("birth", "code"),
    [
        ("1985-13", "bad_month"),
        ("1985", "bad_month"),
        ("1929-12", "year_out_of_range"),
        ("2011-01", "year_out_of_range"),
    ],
)
def test_profile_birth_month_range(birth: str, code: str) -> None:
    error = refused(make_profile, name="王", birth=birth)
    assert error.code == code
    assert error.field == "birth"


def test_profile_birth_month_range_limits() -> None:
    assert make_profile(name="王", today=TODAY, birth="1930-01").birth_month == Month(1930, 1)
    assert make_profile(name="王", today=TODAY, birth="2010-12").birth_month == Month(2010, 12)
    error = refused(make_profile, name="王", birth="2011-01")
    assert error.message("zh") == "出生年月应在 1930 至 2010 之间，现在是 2011"


def test_profile_teaching_since() -> None:
    error = refused(make_profile, name="王", teaching_since="2027")
    assert error.code == "year_out_of_range"
    assert error.message("en") == "year teaching began must be between 1946 and 2026; it is 2027"
    assert refused(make_profile, name="王", teaching_since="07").code == "bad_year"
    error = refused(make_profile, name="王", birth="1990-05", teaching_since=1989)
    assert error.code == "teaching_before_birth"
    assert error.message("zh") == "从教年份 1989 早于出生年份"
    assert make_profile(name="王", today=TODAY, teaching_since="").teaching_since is None


def test_profile_short_text_limits() -> None:
    error = refused(make_profile, name="王", school="校" * 51)
    assert error.field == "school"
    assert error.message("zh") == "学校最多 50 个字，现在有 51 个字"
    error = refused(make_profile, name="王", specialties="长" * 201)
    assert error.message("en") == "specialties may have at most 200 characters; it has 201"


def test_profile_gender_refused() -> None:
    error = refused(make_profile, name="王", gender="?")
    assert error.code == "bad_gender"


# --- students ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["𠀾", "䶮", "龘", "张𠀾龘"])
def test_student_rare_names(name: str) -> None:
    assert make_student(name=name, today=TODAY).name == name


def test_student_all_fields() -> None:
    student = make_student(
        name="小明",
        today=TODAY,
        class_name="初二(3)班",
        gender="M",
        birth_year="2012",
        difficulties=["学习", "economic", "家庭经济困难"],
        difficulty_detail="父母外出务工\r\n由祖父母照顾",
    )
    assert student.gender == "男"
    assert student.birth_year == 2012
    assert student.difficulties == frozenset({Difficulty.LEARNING, Difficulty.ECONOMIC})
    assert student.difficulty_detail == "父母外出务工\n由祖父母照顾"


@pytest.mark.parametrize(
    ("alias", "difficulty"),
    [
        ("learning", Difficulty.LEARNING),
        ("学习", Difficulty.LEARNING),
        ("学习困难", Difficulty.LEARNING),
        ("ECONOMIC", Difficulty.ECONOMIC),
        ("经济", Difficulty.ECONOMIC),
        ("家庭经济困难", Difficulty.ECONOMIC),
        ("psychological", Difficulty.PSYCHOLOGICAL),
        ("心理", Difficulty.PSYCHOLOGICAL),
        ("心理困难", Difficulty.PSYCHOLOGICAL),
        ("other", Difficulty.OTHER),
        ("其他", Difficulty.OTHER),
        (" 其他困难 ", Difficulty.OTHER),
        (Difficulty.OTHER, Difficulty.OTHER),
    ],
)
def test_difficulty_aliases(alias: str | Difficulty, difficulty: Difficulty) -> None:
    assert parse_difficulty(alias) is difficulty


def test_difficulty_labels() -> None:
    assert Difficulty.ECONOMIC.label() == "家庭经济困难"
    assert Difficulty.ECONOMIC.label("en") == "economic"


def test_unknown_difficulty() -> None:
    error = refused(make_student, name="小明", difficulties=["health"])
    assert error.code == "bad_difficulty"
    assert error.field == "difficulty"
    assert error.message("zh") == "困难类别“health”无效，可选：学习、经济、心理、其他"


@pytest.mark.parametrize(
    ("year", "code"), [("1979", "year_out_of_range"), ("2025", "year_out_of_range"), ("12", "bad_year")]
)
def test_student_birth_year_range(year: str, code: str) -> None:
    error = refused(make_student, name="小明", birth_year=year)
    assert error.code == code
    assert error.field == "birth_year"


def test_student_birth_year_limits() -> None:
    assert make_student(name="小明", today=TODAY, birth_year=1980).birth_year == 1980
    assert make_student(name="小明", today=TODAY, birth_year=2024).birth_year == 2024
    assert refused(make_student, name="小明", birth_year=2025).message("en") == (
        "birth year must be between 1980 and 2024; it is 2025"
    )


def test_student_name_and_class_checked() -> None:
    assert refused(make_student, name="").code == "required"
    error = refused(make_student, name="小明", class_name="班" * 31)
    assert error.field == "class_name"
    assert error.message("zh") == "班级最多 30 个字，现在有 31 个字"
    assert refused(make_student, name="小\x00明").code == "control_chars"


def test_age_in() -> None:
    assert age_in(2012, 2026) == 14
    assert age_in(None, 2026) is None


# --- pledge -----------------------------------------------------------------------------------------------


def test_pledge_fields() -> None:
    pledge = make_pledge(
        school_year=2026,
        mentee_id=3,
        today=TODAY,
        difficulty_detail="数学基础薄弱",
        measures="每周两次辅导\r\n每月一次家访",
        commitments="多与家长沟通",
        signed_on="2026-09-05",
    )
    assert pledge.school_year == 2026
    assert pledge.mentee_id == 3
    assert pledge.measures == "每周两次辅导\n每月一次家访"
    assert pledge.signed_on == dt.date(2026, 9, 5)


def test_pledge_unsigned() -> None:
    assert make_pledge(school_year=2026, mentee_id=1, today=TODAY).signed_on is None
    assert make_pledge(school_year=2026, mentee_id=1, today=TODAY, signed_on=" ").signed_on is None


def test_signing_window_opens_in_june_before_the_year() -> None:
    assert signing_window(2026) == (dt.date(2026, 6, 1), dt.date(2027, 8, 31))


def test_pledge_signed_in_window() -> None:
    assert make_pledge(school_year=2026, mentee_id=1, today=TODAY, signed_on="2026-06-01").signed_on == dt.date(
        2026, 6, 1
    )
    later = dt.date(2027, 9, 1)
    assert make_pledge(school_year=2026, mentee_id=1, today=later, signed_on=dt.date(2027, 8, 31)).signed_on == (
        dt.date(2027, 8, 31)
    )


def test_pledge_signed_before_window() -> None:
    error = refused(make_pledge, school_year=2026, mentee_id=1, signed_on="2026-05-31")
    assert error.code == "signed_outside_year"
    assert error.message("zh") == "签名日期 2026-05-31 不在2026学年（2026-06-01 至 2027-08-31）之内"
    assert error.message("en") == "signing date 2026-05-31 is outside school year 2026 (2026-06-01 to 2027-08-31)"


def test_pledge_signed_after_window() -> None:
    error = refused(make_pledge, school_year=2025, mentee_id=1, signed_on="2026-09-01")
    assert error.code == "signed_outside_year"


def test_pledge_signed_in_future() -> None:
    error = refused(make_pledge, school_year=2026, mentee_id=1, signed_on="2026-12-05")
    assert error.code == "future_date"
    assert error.field == "signed_on"
    assert error.message("zh") == "签名日期 2026-12-05 还没有到，不能记录未来的日期"


def test_pledge_bad_signing_date() -> None:
    assert refused(make_pledge, school_year=2026, mentee_id=1, signed_on="2026-09-31").code == "bad_date"


def test_pledge_school_year_range() -> None:
    assert check_school_year(2008, TODAY) == 2008
    assert check_school_year(2027, TODAY) == 2027  # prepared ahead
    for year in (2007, 2028):
        with pytest.raises(ValidationError) as caught:
            check_school_year(year, TODAY)
        assert caught.value.code == "year_out_of_range"
        assert caught.value.field == "school_year"
    assert (
        refused(make_pledge, school_year=2028, mentee_id=1).message("zh") == "学年应在 2008 至 2027 之间，现在是 2028"
    )


def test_pledge_text_limits() -> None:
    error = refused(make_pledge, school_year=2026, mentee_id=1, measures="措" * 1001)
    assert error.message("zh") == "帮扶措施最多 1000 个字，现在有 1001 个字"
    error = refused(make_pledge, school_year=2026, mentee_id=1, difficulty_detail="难" * 501)
    assert error.field == "difficulty_detail"


@pytest.mark.parametrize(
    ("field", "limit", "label"),
    [
        ("name", 30, "姓名"),
        ("title", 50, "职称"),
        ("post", 50, "工作岗位"),
        ("specialties", 200, "特长"),
        ("school", 50, "学校"),
        ("union_group", 50, "工会小组"),
    ],
)
def test_every_profile_text_field(field: str, limit: int, label: str) -> None:
    fields: dict[str, Any] = {"name": "王"}
    fields[field] = "字" * limit
    assert getattr(make_profile(today=TODAY, **fields), field) == "字" * limit
    fields[field] = "字" * (limit + 1)
    error = refused(make_profile, **fields)
    assert (error.code, error.field) == ("too_long", field)
    assert error.message("zh") == f"{label}最多 {limit} 个字，现在有 {limit + 1} 个字"
    fields[field] = "一\n二"
    error = refused(make_profile, **fields)
    assert (error.code, error.field) == ("control_chars", field)
    fields[field] = " Cafe\u0301 𠀾 "
    assert getattr(make_profile(today=TODAY, **fields), field) == "Caf\u00e9 𠀾"


@pytest.mark.parametrize(
    ("field", "limit", "multiline"),
    [("name", 30, False), ("class_name", 30, False), ("difficulty_detail", 500, True)],
)
def test_every_student_text_field(field: str, limit: int, multiline: bool) -> None:
    fields: dict[str, Any] = {"name": "小明"}
    fields[field] = "字" * (limit + 1)
    error = refused(make_student, **fields)
    assert (error.code, error.field, error.params) == ("too_long", field, {"limit": limit, "length": limit + 1})
    fields[field] = "一\n二"
    if multiline:
        assert getattr(make_student(today=TODAY, **fields), field) == "一\n二"
    else:
        assert refused(make_student, **fields).code == "control_chars"


@pytest.mark.parametrize(("field", "limit"), [("difficulty_detail", 500), ("measures", 1000), ("commitments", 1000)])
def test_every_pledge_text_field(field: str, limit: int) -> None:
    fields: dict[str, Any] = {"school_year": 2026, "mentee_id": 1, field: "一\r\n二"}
    assert getattr(make_pledge(today=TODAY, **fields), field) == "一\n二"
    fields[field] = "字" * (limit + 1)
    error = refused(make_pledge, **fields)
    assert (error.code, error.field, error.params) == ("too_long", field, {"limit": limit, "length": limit + 1})
