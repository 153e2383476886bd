"""`jilu progress`: 人次 against the targets, in the documented JSON shapes and in words."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Book, Jilu, log_args


@pytest.fixture
def autumn(book: Book) -> Jilu:
    """September to today (2026-12-04) of 2026学年.

    September: talks/visits 3 + 4 = 7 (one talk with three students, four single home visits), tutoring 3 + 2 = 5,
    assistance 2 (counts toward neither). October: talks/visits 6, tutoring 8 (both met). November: nothing.
    December so far: talks/visits 1, tutoring 3.
    """
    jilu, a, b, c = book.jilu, book.xiaoming, book.wangfang, book.zhangwei
    for args in (
        log_args("2026-09-02", "talk", a, b, c),
        log_args("2026-09-03", "home-visit", a),
        log_args("2026-09-10", "home-visit", b),
        log_args("2026-09-17", "home-visit", c),
        log_args("2026-09-24", "home-visit", a),
        log_args("2026-09-04", "tutoring", a, b, c),
        log_args("2026-09-11", "tutoring", a),
        log_args("2026-09-18", "tutoring", b),
        log_args("2026-09-25", "assistance", b, c),
        log_args("2026-10-08", "talk", a, b, c),
        log_args("2026-10-15", "talk", a, b, c),
        log_args("2026-10-09", "tutoring", a, b, c),
        log_args("2026-10-16", "tutoring", a, b, c),
        log_args("2026-10-23", "tutoring", a, b),
        log_args("2026-12-01", "talk", a),
        log_args("2026-12-02", "tutoring", a, b, c),
        log_args("2026-08-31", "tutoring", a, b, c),  # 2025学年: must not leak into 2026
    ):
        jilu.new_id(*args)
    return jilu


def _month(
    month: str,
    talks: int,
    tutoring: int,
    exempt: bool = False,
    targets: tuple[int, int] = (6, 8),
    status: str = "short",
) -> Any:
    return {
        "month": month,
        "status": "exempt" if exempt and status == "short" else status,
        "exempt": exempt,
        "talks_visits": {"count": talks, "target": targets[0], "met": talks >= targets[0]},
        "tutoring": {"count": tutoring, "target": targets[1], "met": tutoring >= targets[1]},
    }


def _assert_same(actual: Any, expected: Any) -> None:
    """Equal, and with the keys in the same order at every level (the JSON shapes are documented)."""
    assert actual == expected
    if isinstance(expected, dict):
        assert list(actual) == list(expected)
        for key in expected:
            _assert_same(actual[key], expected[key])
    elif isinstance(expected, list):
        for got, want in zip(actual, expected, strict=True):
            _assert_same(got, want)


def test_month_json_is_exactly_the_documented_shape(autumn: Jilu) -> None:
    _assert_same(
        autumn.json("progress", "--month", "2026-09"),
        {
            "month": "2026-09",
            "status": "short",
            "exempt": False,
            "talks_visits": {"count": 7, "target": 6, "met": True},
            "tutoring": {"count": 5, "target": 8, "met": False},
        },
    )


def test_default_is_the_current_month(autumn: Jilu) -> None:
    _assert_same(autumn.json("progress"), _month("2026-12", 1, 3, status="in_progress"))


def test_school_year_json_is_exactly_the_documented_shape(autumn: Jilu) -> None:
    months = [_month("2026-09", 7, 5), _month("2026-10", 6, 8, status="met"), _month("2026-11", 0, 0)]
    months += [_month("2026-12", 1, 3, status="in_progress")]
    later = ("2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06")
    months += [_month(m, 0, 0, status="not_begun") for m in later]
    months += [_month("2027-07", 0, 0, exempt=True), _month("2027-08", 0, 0, exempt=True)]
    expected = {
        "school_year": 2026,
        "participation_start": "2026-08",  # the fixture's first record, 2026-08-31
        "months": months,
        "totals": {
            "talks_visits": 14,
            "tutoring": 16,
            "assistance": 2,
            "months_met": 1,
            "months_short": 2,
            "months_exempt": 2,
            "months_not_participating": 0,
        },
    }
    _assert_same(autumn.json("progress", "--school-year", "2026"), expected)


def test_a_session_with_three_students_counts_three(book: Book) -> None:
    book.jilu.new_id(*log_args("2026-12-01", "tutoring", book.xiaoming, book.wangfang, book.zhangwei))
    assert book.jilu.json("progress")["tutoring"]["count"] == 3
    book.jilu.new_id(*log_args("2026-12-02", "home-visit", book.wangfang))
    assert book.jilu.json("progress")["talks_visits"]["count"] == 1


def test_assistance_counts_toward_neither_target(book: Book) -> None:
    book.jilu.new_id(*log_args("2026-12-01", "assistance", book.xiaoming, book.wangfang, book.zhangwei))
    progress = book.jilu.json("progress")
    assert (progress["talks_visits"]["count"], progress["tutoring"]["count"]) == (0, 0)
    year = book.jilu.json("progress", "--school-year", "2026")["totals"]
    assert (year["talks_visits"], year["tutoring"], year["assistance"]) == (0, 0, 3)
    assert "  生活帮扶：3 人次（不计入目标）" in book.jilu.ok("progress").splitlines()


def test_changed_targets(autumn: Jilu) -> None:
    out = autumn.ok("settings", "targets", "--school-year", "2026", "--talks-visits", "5", "--tutoring", "5")
    assert out == "2026学年：谈心/家访每月 5 人次，补课辅导每月 5 人次；免计月份：7月、8月\n"
    _assert_same(autumn.json("progress", "--month", "2026-09"), _month("2026-09", 7, 5, targets=(5, 5), status="met"))
    totals = autumn.json("progress", "--school-year", "2026")["totals"]
    assert (totals["months_met"], totals["months_short"]) == (2, 1)
    assert autumn.ok("progress", "--month", "2026-09").splitlines()[0] == "2026年9月  达标"
    # Another school year keeps the defaults.
    assert autumn.json("progress", "--month", "2026-08")["tutoring"] == {"count": 3, "target": 8, "met": False}


def test_exempt_months(autumn: Jilu) -> None:
    autumn.ok("settings", "exempt-months", "--school-year", "2026", "9", "11")
    september = autumn.json("progress", "--month", "2026-09")
    _assert_same(september, _month("2026-09", 7, 5, exempt=True))
    totals = autumn.json("progress", "--school-year", "2026")["totals"]
    assert (totals["months_met"], totals["months_short"], totals["months_exempt"]) == (1, 0, 2)
    assert autumn.ok("progress", "--month", "2026-11").splitlines()[0] == "2026年11月  免计"


def test_no_exempt_months(autumn: Jilu) -> None:
    assert autumn.ok("settings", "exempt-months", "--school-year", "2026").endswith("免计月份：无\n")
    year = autumn.json("progress", "--school-year", "2026")
    assert [m["exempt"] for m in year["months"]] == [False] * 12
    assert year["totals"]["months_exempt"] == 0


def test_words_for_each_state(autumn: Jilu) -> None:
    assert autumn.ok("progress", "--month", "2026-10").splitlines() == [
        "2026年10月  达标",
        "  谈心/家访：6 / 6 人次，已达标",
        "  补课辅导：8 / 8 人次，已达标",
        "  生活帮扶：0 人次（不计入目标）",
    ]
    assert autumn.ok("progress", "--month", "2026-09").splitlines() == [
        "2026年9月  差 3 人次",
        "  谈心/家访：7 / 6 人次，已达标",
        "  补课辅导：5 / 8 人次，还差 3 人次",
        "  生活帮扶：2 人次（不计入目标）",
    ]
    assert autumn.ok("progress", "--month", "2027-01").splitlines()[0] == "2027年1月  未开始"
    assert autumn.ok("progress", "--month", "2027-07").splitlines()[0] == "2027年7月  免计"


def test_current_month_says_what_is_still_needed_per_week(autumn: Jilu) -> None:
    # 2026-12-04 to 2026-12-31: 28 days, 4 weeks; 5 talks/visits and 5 tutoring still needed: 2 a week each.
    assert autumn.ok("progress").splitlines() == [
        "2026年12月  进行中：还剩 28 天（4 周），每周还需 谈心/家访 2 人次、补课辅导 2 人次",
        "  谈心/家访：1 / 6 人次，还差 5 人次",
        "  补课辅导：3 / 8 人次，还差 5 人次",
        "  生活帮扶：0 人次（不计入目标）",
    ]


def test_current_month_once_a_target_is_met(autumn: Jilu) -> None:
    autumn.ok("settings", "targets", "--school-year", "2026", "--tutoring", "3")
    first = autumn.ok("progress").splitlines()[0]
    assert first == "2026年12月  进行中：还剩 28 天（4 周），每周还需 谈心/家访 2 人次"
    autumn.ok("settings", "targets", "--school-year", "2026", "--talks-visits", "1")
    assert autumn.ok("progress").splitlines()[0] == "2026年12月  进行中：还剩 28 天（4 周），本月已达标"


def test_school_year_in_words(autumn: Jilu) -> None:
    lines = autumn.ok("progress", "--school-year", "2026").splitlines()
    assert lines[0] == "2026学年（2026.9—2027.8）"
    assert lines[1] == "2026-09  谈心/家访 7/6  补课辅导 5/8  生活帮扶 2  差 3 人次"
    assert lines[2] == "2026-10  谈心/家访 6/6  补课辅导 8/8  生活帮扶 0  达标"
    assert lines[3] == "2026-11  谈心/家访 0/6  补课辅导 0/8  生活帮扶 0  差 14 人次"
    assert lines[4].startswith("2026-12  谈心/家访 1/6  补课辅导 3/8  生活帮扶 0  进行中：还剩 28 天")
    assert lines[5].endswith("未开始")
    assert lines[11].endswith("免计") and lines[12].endswith("免计")
    assert lines[13] == (
        "合计：谈心/家访 14 人次，补课辅导 16 人次，生活帮扶 2 人次；达标 1 个月，未达标 2 个月，免计 2 个月"
    )


def test_english(autumn: Jilu) -> None:
    assert autumn.ok("--lang", "en", "progress").splitlines() == [
        "2026-12  in progress: 28 days (4 weeks) left; still needed per week: talks/visits 2, tutoring 2",
        "  talks/visits: 1 / 6, 5 to go",
        "  tutoring: 3 / 8, 5 to go",
        "  assistance: 0 (not counted)",
    ]
    assert autumn.ok("--lang", "en", "progress", "--month", "2026-09").splitlines()[0] == "2026-09  short by 3"


def test_json_does_not_change_with_the_language(autumn: Jilu) -> None:
    assert autumn.json("--lang", "en", "progress", "--school-year", "2026") == autumn.json(
        "progress", "--school-year", "2026"
    )


def test_english_counts_one_day_one_week_and_one_month(book: Book, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last day of December: “1 day (1 week) left”; a school year with one month met: “1 month met”."""
    jilu = book.jilu
    a, b, c = book.xiaoming, book.wangfang, book.zhangwei
    for args in (
        log_args("2026-10-08", "talk", a, b, c),
        log_args("2026-10-15", "talk", a, b, c),
        log_args("2026-10-09", "tutoring", a, b, c),
        log_args("2026-10-16", "tutoring", a, b, c),
        log_args("2026-10-23", "tutoring", a, b),
    ):
        jilu.new_id(*args)
    monkeypatch.setenv("JILU_TODAY", "2026-12-31")

    assert jilu.ok("--lang", "en", "progress").splitlines()[0] == (
        "2026-12  in progress: 1 day (1 week) left; still needed per week: talks/visits 6, tutoring 8"
    )
    assert jilu.ok("progress").splitlines()[0] == (
        "2026年12月  进行中：还剩 1 天（1 周），每周还需 谈心/家访 6 人次、补课辅导 8 人次"
    )
    assert jilu.ok("--lang", "en", "progress", "--school-year", "2026").splitlines()[-1] == (
        "Totals: talks/visits 6, tutoring 8, assistance 0; 1 month met, 2 short, 2 exempt"
    )
    assert jilu.ok("progress", "--school-year", "2026").splitlines()[-1] == (
        "合计：谈心/家访 6 人次，补课辅导 8 人次，生活帮扶 0 人次；达标 1 个月，未达标 2 个月，免计 2 个月"
    )


def test_english_counts_more_than_one_month(autumn: Jilu) -> None:
    for args in (
        log_args("2026-11-05", "talk", 1, 2, 3),
        log_args("2026-11-12", "talk", 1, 2, 3),
        log_args("2026-11-06", "tutoring", 1, 2, 3),
        log_args("2026-11-13", "tutoring", 1, 2, 3),
        log_args("2026-11-20", "tutoring", 1, 2),
    ):
        autumn.new_id(*args)

    assert autumn.ok("--lang", "en", "progress", "--school-year", "2026").splitlines()[-1] == (
        "Totals: talks/visits 20, tutoring 24, assistance 2; 2 months met, 1 short, 2 exempt"
    )


# --- months before the teacher began taking part ---------------------------------------------------------------


@pytest.fixture
def december(jilu: Jilu) -> Jilu:
    """The QA scenario: a new book with no pledge, one record in December 2026 (today is 2026-12-04)."""
    jilu.ok("profile", "set", "--name", "新老师")
    student = jilu.new_id("student", "add", "--name", "李小明")
    jilu.new_id(*log_args("2026-12-02", "talk", student))
    return jilu


def test_months_before_the_first_record_are_not_participating_in_words(december: Jilu) -> None:
    lines = december.ok("progress", "--school-year", "2026").splitlines()
    assert lines[0] == "2026学年（2026.9—2027.8）"
    assert lines[1] == "参加起始月份：2026年12月（此前的月份为“未参加”，不计达标或未达标）"
    assert lines[2] == "2026-09  谈心/家访 0/6  补课辅导 0/8  生活帮扶 0  未参加"
    assert lines[3].endswith("未参加") and lines[4].endswith("未参加")
    assert "进行中" in lines[5]
    assert lines[-1] == (
        "合计：谈心/家访 1 人次，补课辅导 0 人次，生活帮扶 0 人次；达标 0 个月，未达标 0 个月，免计 2 个月，"
        "未参加 3 个月"
    )
    assert not any("  差 " in line for line in lines)  # no month short of the targets
    assert december.ok("progress", "--month", "2026-10").splitlines() == [
        "2026年10月  未参加",
        "  谈心/家访：0 / 6 人次",
        "  补课辅导：0 / 8 人次",
        "  生活帮扶：0 人次（不计入目标）",
        "参加起始月份：2026年12月（此前的月份为“未参加”，不计达标或未达标）",
    ]


def test_months_before_the_first_record_are_not_participating_in_english(december: Jilu) -> None:
    lines = december.ok("--lang", "en", "progress", "--school-year", "2026").splitlines()
    assert lines[1] == "Taking part since 2026-12 (earlier months are not counted as met or short)"
    assert lines[2].endswith("  not yet taking part")
    assert lines[-1].endswith("0 months met, 0 short, 2 exempt, 3 not yet taking part")


def test_months_before_the_first_record_are_not_participating_in_json(december: Jilu) -> None:
    year = december.json("progress", "--school-year", "2026")
    assert year["participation_start"] == "2026-12"
    assert [m["status"] for m in year["months"][:5]] == [
        "not_participating",
        "not_participating",
        "not_participating",
        "in_progress",
        "not_begun",
    ]
    assert year["totals"] == {
        "talks_visits": 1,
        "tutoring": 0,
        "assistance": 0,
        "months_met": 0,
        "months_short": 0,
        "months_exempt": 2,
        "months_not_participating": 3,
    }
    earlier = december.json("progress", "--school-year", "2025")
    assert {m["status"] for m in earlier["months"]} == {"not_participating"}
    assert (earlier["totals"]["months_short"], earlier["totals"]["months_not_participating"]) == (0, 12)
    assert december.json("progress", "--month", "2026-11")["status"] == "not_participating"


def test_a_stated_start_makes_the_months_from_it_count(december: Jilu) -> None:
    assert december.ok("settings", "joined", "--month", "2026-10") == "参加起始月份：2026年10月（已设定）\n"
    statuses = [m["status"] for m in december.json("progress", "--school-year", "2026")["months"][:3]]
    assert statuses == ["not_participating", "short", "short"]
    assert december.ok("settings", "joined") == "参加起始月份：2026年10月（已设定）\n"
    assert december.ok("settings", "joined", "--auto") == "参加起始月份：2026年12月（自动：第一条活动记录的月份）\n"
    assert december.ok("--lang", "en", "settings", "joined") == (
        "Taking part since: 2026-12 (automatic: the month of the first record)\n"
    )
    shown = december.json("settings", "show")
    assert (shown["participation_start"], shown["participation_start_source"]) == ("2026-12", "activity")


@pytest.mark.parametrize(
    ("month", "zh", "en"),
    [
        (
            "2027-01",
            "参加起始月份 2027-01 还没有到，最晚只能是本月（2026-12）",
            "the participation start month (2027-01) is in the future; it can be this month (2026-12) at the latest",
        ),
        (
            "2008-08",
            "参加起始月份 2008-08 早于“168”爱生行动开始的 2008-09，请检查",
            "the participation start month (2008-08) is before the campaign began (2008-09); please check it",
        ),
        (
            "2026-13",
            "参加起始月份“2026-13”不是有效的年月（应为 年-月，如 2026-09）",
            'participation start month "2026-13" is not a valid month (expected YYYY-MM, e.g. 2026-09)',
        ),
    ],
)
def test_a_bad_start_is_refused_and_nothing_saved(december: Jilu, month: str, zh: str, en: str) -> None:
    december.ok("settings", "joined", "--month", "2026-10")
    assert zh in december.bad("settings", "joined", "--month", month)
    assert en in december.bad("--lang", "en", "settings", "joined", "--month", month)
    assert december.json("settings", "show")["participation_start"] == "2026-10"
