"""The pace rule behind the reminders: behind when a count is below floor(target × days elapsed / days)."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.pace import Target, expected_by, is_behind, month_pace
from jilu_desktop.domain.progress import MonthProgress, Tally, month_progress
from jilu_desktop.domain.targets import YearTargets

DECEMBER = Month(2026, 12)  # 31 days


def progress(
    talks: int, tutoring: int, today: dt.date, targets: YearTargets | None = None, month: Month = DECEMBER
) -> MonthProgress:
    return month_progress(month, Tally(talks, tutoring), targets or YearTargets(), today)


@pytest.mark.parametrize(
    ("goal", "day", "expected"),
    [
        (8, 1, 0),  # 8 × 1 / 31 = 0.26
        (8, 4, 1),  # 1.03
        (6, 4, 0),  # 0.77
        (6, 22, 4),  # 4.26
        (8, 22, 5),  # 5.68
        (6, 31, 6),  # the last day asks for the whole target
        (0, 31, 0),
    ],
)
def test_expected_by_rounds_down_and_counts_today(goal: int, day: int, expected: int) -> None:
    assert expected_by(goal, dt.date(2026, 12, day)) == expected


def test_nothing_is_behind_on_the_first_day() -> None:
    today = dt.date(2026, 12, 1)
    pace = month_pace(progress(0, 0, today), today)
    assert pace is not None
    assert not pace.behind
    assert pace.days_left == 31


def test_behind_names_what_is_missing_to_the_target_and_the_days_left() -> None:
    today = dt.date(2026, 12, 23)  # 9 days left, today included
    pace = month_pace(progress(4, 5, today), today)  # pace asks for 4 and 5 by today
    assert pace is not None
    assert not pace.behind  # exactly on pace is not behind

    pace = month_pace(progress(3, 5, today), today)
    assert pace is not None and pace.behind
    assert pace.days_left == 9
    assert [(t.target, t.missing, t.behind) for t in pace.shortfalls] == [
        (Target.TALKS_VISITS, 3, True),
        (Target.TUTORING, 3, False),  # on pace, but still named: the month is not done
    ]


def test_a_met_target_is_not_named() -> None:
    today = dt.date(2026, 12, 20)
    pace = month_pace(progress(6, 1, today), today)
    assert pace is not None and pace.behind
    assert [t.target for t in pace.shortfalls] == [Target.TUTORING]
    assert pace.shortfalls[0].missing == 7


def test_the_last_day_short_of_the_target_is_behind() -> None:
    today = dt.date(2026, 12, 31)
    assert is_behind(progress(5, 8, today), today)
    assert not is_behind(progress(6, 8, today), today)


def test_exempt_month_is_never_behind() -> None:
    today = dt.date(2027, 7, 30)
    exempt = month_progress(Month(2027, 7), Tally(0, 0), YearTargets(), today)
    assert month_pace(exempt, today) is None
    assert not is_behind(exempt, today)


def test_other_months_are_never_behind() -> None:
    today = dt.date(2026, 12, 23)
    november = month_progress(Month(2026, 11), Tally(0, 0), YearTargets(), today)
    january = month_progress(Month(2027, 1), Tally(0, 0), YearTargets(), today)
    assert month_pace(november, today) is None
    assert month_pace(january, today) is None


def test_targets_of_zero_are_never_behind() -> None:
    today = dt.date(2026, 12, 31)
    pace = month_pace(progress(0, 0, today, YearTargets(0, 0)), today)
    assert pace is not None
    assert not pace.behind
    assert pace.shortfalls == ()


def test_february_is_paced_on_its_own_length() -> None:
    today = dt.date(2027, 2, 14)  # 28 days: half the month
    feb = month_progress(Month(2027, 2), Tally(2, 4), YearTargets(), today)
    pace = month_pace(feb, today)
    assert pace is not None
    assert [t.expected for t in pace.targets] == [3, 4]
    assert pace.behind  # 2 talks/visits of the 3 the pace asks for
    assert pace.days_left == 15
