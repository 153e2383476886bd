"""Months and school years (学年: September to August, named by the year it starts)."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from dataclasses import dataclass

from jilu_desktop.domain.validation import parse_month

SCHOOL_YEAR_FIRST_MONTH = 9


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, text: str, field: str = "month") -> Month:
        year, month = parse_month(field, text)
        return cls(year, month)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.days)

    @property
    def days(self) -> int:
        return _calendar.monthrange(self.year, self.month)[1]

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def school_year_of(day: dt.date | Month) -> int:
    """The school year a day or month belongs to: 2027-03 is in 2026学年."""
    return day.year if day.month >= SCHOOL_YEAR_FIRST_MONTH else day.year - 1


def school_year_months(school_year: int) -> list[Month]:
    months = [Month(school_year, SCHOOL_YEAR_FIRST_MONTH)]
    while len(months) < 12:
        months.append(months[-1].next())
    return months


def school_year_bounds(school_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(school_year, 9, 1), dt.date(school_year + 1, 8, 31)


def school_year_label(school_year: int) -> str:
    """How teachers write it: “2026学年（2026.9—2027.8）”."""
    return f"{school_year}学年（{school_year}.9—{school_year + 1}.8）"
