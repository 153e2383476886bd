"""Months and school years (学年: September to August, named by the year it starts)."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.calendar import (
    Month,
    school_year_bounds,
    school_year_label,
    school_year_months,
    school_year_of,
)
from jilu_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("day", "school_year"),
    [
        (dt.date(2026, 8, 31), 2025),
        (dt.date(2026, 9, 1), 2026),
        (dt.date(2026, 12, 31), 2026),
        (dt.date(2027, 1, 1), 2026),
        (dt.date(2027, 3, 15), 2026),
        (dt.date(2027, 8, 31), 2026),
        (dt.date(2027, 9, 1), 2027),
    ],
)
def test_school_year_of_a_day(day: dt.date, school_year: int) -> None:
    assert school_year_of(day) == school_year


def test_school_year_of_a_month() -> None:
    assert school_year_of(Month(2027, 3)) == 2026
    assert school_year_of(Month(2026, 8)) == 2025
    assert school_year_of(Month(2026, 9)) == 2026


def test_school_year_months_run_september_to_august() -> None:
    months = school_year_months(2026)
    assert len(months) == 12
    assert months[0] == Month(2026, 9)
    assert months[3] == Month(2026, 12)
    assert months[4] == Month(2027, 1)
    assert months[-1] == Month(2027, 8)
    assert [str(m) for m in months] == [
        "2026-09",
        "2026-10",
        "2026-11",
        "2026-12",
        "2027-01",
        "2027-02",
        "2027-03",
        "2027-04",
        "2027-05",
        "2027-06",
        "2027-07",
        "2027-08",
    ]
    assert all(school_year_of(m) == 2026 for m in months)


def test_school_year_bounds_and_label() -> None:
    assert school_year_bounds(2026) == (dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    assert school_year_label(2026) == "2026学年（2026.9—2027.8）"


def test_month_next_wraps_over_december() -> None:
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Month(2026, 11).next() == Month(2026, 12)
    assert Month(2027, 1).next() == Month(2027, 2)


@pytest.mark.parametrize(
    ("month", "days"),
    [
        (Month(2028, 2), 29),
        (Month(2027, 2), 28),
        (Month(2000, 2), 29),
        (Month(2100, 2), 28),
        (Month(2026, 4), 30),
        (Month(2026, 12), 31),
    ],
)
def test_month_days(month: Month, days: int) -> None:
    assert month.days == days
    assert month.last_day == dt.date(month.year, month.month, days)
    assert month.first_day == dt.date(month.year, month.month, 1)


def test_month_of_ordering_and_text() -> None:
    assert Month.of(dt.date(2026, 12, 4)) == Month(2026, 12)
    assert Month(2026, 12) < Month(2027, 1) < Month(2027, 2)
    assert Month(2026, 9) > Month(2026, 8)
    assert str(Month(2027, 3)) == "2027-03"
    assert str(Month(987, 1)) == "0987-01"


@pytest.mark.parametrize(
    ("text", "expected"), [("2026-09", Month(2026, 9)), ("2026-9", Month(2026, 9)), (" 2027-12 ", Month(2027, 12))]
)
def test_month_parse(text: str, expected: Month) -> None:
    assert Month.parse(text) == expected


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026", "26-09", "2026/09", "0000-01", "", "2026-09-01"])
def test_month_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Month.parse(text, "birth")
    assert caught.value.code == "bad_month"
    assert caught.value.field == "birth"
    assert caught.value.message("zh") == f"出生年月“{text}”不是有效的年月（应为 年-月，如 2026-09）"
