"""人次 against the two monthly targets, month status, and school-year totals."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.activities import Activity, ActivityKind
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import (
    MonthState,
    Tally,
    TargetProgress,
    month_progress,
    person_times,
    school_year_progress,
    tally,
    tally_activities,
)
from jilu_desktop.domain.targets import YearTargets

TODAY = dt.date(2026, 12, 4)
DEFAULT = YearTargets()


def act(day: dt.date, kind: ActivityKind, *students: int) -> Activity:
    return Activity(day, kind, tuple(students), "教室", "内容")


def test_person_times_count_students() -> None:
    assert person_times(act(TODAY, ActivityKind.TUTORING, 1, 2, 3)) == 3
    assert person_times(act(TODAY, ActivityKind.HOME_VISIT, 7)) == 1


def test_talks_and_visits_add_up_tutoring_apart_assistance_uncounted() -> None:
    day = dt.date(2026, 11, 10)
    counts = tally_activities(
        [
            act(day, ActivityKind.TALK, 1, 2),
            act(day, ActivityKind.HOME_VISIT, 3),
            act(day, ActivityKind.TUTORING, 1, 2, 3),
            act(day, ActivityKind.ASSISTANCE, 4, 5),
            act(dt.date(2026, 12, 1), ActivityKind.TALK, 1),
        ]
    )
    assert counts[Month(2026, 11)] == Tally(talks_visits=3, tutoring=3, assistance=2)
    assert counts[Month(2026, 12)] == Tally(talks_visits=1)
    assert set(counts) == {Month(2026, 11), Month(2026, 12)}


def test_assistance_never_meets_a_target() -> None:
    counts = tally_activities([act(dt.date(2026, 11, 3), ActivityKind.ASSISTANCE, *range(1, 21))])
    progress = month_progress(Month(2026, 11), counts[Month(2026, 11)], DEFAULT, TODAY)
    assert progress.assistance == 20
    assert progress.talks_visits.count == 0
    assert progress.tutoring.count == 0
    assert progress.state is MonthState.SHORT


def test_tally_rows() -> None:
    rows = [
        (Month(2026, 10), ActivityKind.TALK, 4),
        (Month(2026, 10), ActivityKind.HOME_VISIT, 2),
        (Month(2026, 10), ActivityKind.TUTORING, 8),
        (Month(2026, 10), ActivityKind.ASSISTANCE, 1),
    ]
    assert tally(rows) == {Month(2026, 10): Tally(6, 8, 1)}


def test_target_progress() -> None:
    assert TargetProgress(6, 6).met
    assert TargetProgress(7, 6).missing == 0
    assert not TargetProgress(5, 6).met
    assert TargetProgress(5, 6).missing == 1
    assert TargetProgress(0, 0).met


def test_past_month_met_when_both_targets_reached() -> None:
    progress = month_progress(Month(2026, 10), Tally(6, 8), DEFAULT, TODAY)
    assert progress.state is MonthState.MET
    assert progress.met
    assert progress.days_left is None
    assert progress.weeks_left is None
    assert progress.per_week(progress.talks_visits) is None


@pytest.mark.parametrize("counts", [Tally(5, 8), Tally(6, 7), Tally(0, 0), Tally(0, 0, 50)])
def test_past_month_short_when_either_target_missed(counts: Tally) -> None:
    progress = month_progress(Month(2026, 10), counts, DEFAULT, TODAY)
    assert progress.state is MonthState.SHORT
    assert not progress.met
    assert not progress.exempt


def test_short_month_reports_what_is_missing() -> None:
    progress = month_progress(Month(2026, 11), Tally(4, 1), DEFAULT, TODAY)
    assert progress.talks_visits.missing == 2
    assert progress.tutoring.missing == 7


def test_july_and_august_exempt_by_default() -> None:
    assert DEFAULT.exempt_months == frozenset({7, 8})
    for month in (Month(2026, 7), Month(2026, 8)):
        progress = month_progress(month, Tally(), DEFAULT, TODAY)
        assert progress.state is MonthState.EXEMPT
        assert progress.exempt


def test_exempt_month_with_records_still_exempt() -> None:
    progress = month_progress(Month(2026, 8), Tally(9, 9), DEFAULT, TODAY)
    assert progress.state is MonthState.EXEMPT
    assert progress.talks_visits.count == 9


def test_custom_exempt_months() -> None:
    targets = YearTargets(exempt_months=frozenset({2}))
    assert month_progress(Month(2026, 2), Tally(), targets, TODAY).state is MonthState.EXEMPT
    assert month_progress(Month(2026, 8), Tally(), targets, TODAY).state is MonthState.SHORT


def test_current_month_in_progress() -> None:
    progress = month_progress(Month(2026, 12), Tally(2, 3), DEFAULT, TODAY)
    assert progress.state is MonthState.IN_PROGRESS
    assert progress.days_left == 28  # 4th to 31st, today included
    assert progress.weeks_left == 4
    assert progress.talks_visits.missing == 4
    assert progress.tutoring.missing == 5
    assert progress.per_week(progress.talks_visits) == 1  # 4 / 4
    assert progress.per_week(progress.tutoring) == 2  # 5 / 4 rounded up


def test_current_month_already_met_is_still_in_progress() -> None:
    progress = month_progress(Month(2026, 12), Tally(6, 8), DEFAULT, TODAY)
    assert progress.state is MonthState.IN_PROGRESS
    assert progress.met
    assert progress.per_week(progress.tutoring) == 0


def test_last_day_of_month() -> None:
    last = dt.date(2026, 12, 31)
    progress = month_progress(Month(2026, 12), Tally(1, 0), DEFAULT, last)
    assert progress.days_left == 1
    assert progress.weeks_left == 1
    assert progress.per_week(progress.talks_visits) == 5
    assert progress.per_week(progress.tutoring) == 8


def test_first_day_of_month() -> None:
    first = dt.date(2026, 12, 1)
    progress = month_progress(Month(2026, 12), Tally(), DEFAULT, first)
    assert progress.days_left == 31
    assert progress.weeks_left == 5
    assert progress.per_week(progress.tutoring) == 2  # 8 / 5 rounded up


def test_days_left_in_leap_february() -> None:
    progress = month_progress(Month(2028, 2), Tally(), DEFAULT, dt.date(2028, 2, 22))
    assert progress.days_left == 8
    assert progress.weeks_left == 2


def test_future_month_not_begun() -> None:
    progress = month_progress(Month(2027, 1), Tally(), DEFAULT, TODAY)
    assert progress.state is MonthState.NOT_BEGUN
    assert progress.days_left is None


def test_changed_targets_change_met_and_short() -> None:
    lower = YearTargets(talks_visits=4, tutoring=5)
    assert month_progress(Month(2026, 10), Tally(4, 5), lower, TODAY).state is MonthState.MET
    assert month_progress(Month(2026, 10), Tally(4, 5), DEFAULT, TODAY).state is MonthState.SHORT
    higher = YearTargets(talks_visits=10, tutoring=8)
    assert month_progress(Month(2026, 10), Tally(6, 8), higher, TODAY).state is MonthState.SHORT
    zero = YearTargets(talks_visits=0, tutoring=0)
    assert month_progress(Month(2026, 10), Tally(), zero, TODAY).state is MonthState.MET


def test_school_year_totals() -> None:
    counts = {
        Month(2026, 9): Tally(6, 8, 1),  # met
        Month(2026, 10): Tally(5, 9),  # short
        Month(2026, 12): Tally(2, 1, 2),  # in progress
        Month(2025, 9): Tally(100, 100),  # another school year: ignored
    }
    year = school_year_progress(2026, counts, DEFAULT, TODAY)
    assert year.school_year == 2026
    assert year.months[0].month == Month(2026, 9)
    states = [m.state for m in year.months]
    assert states == [
        MonthState.MET,
        MonthState.SHORT,
        MonthState.SHORT,  # November, nothing recorded
        MonthState.IN_PROGRESS,
        *[MonthState.NOT_BEGUN] * 6,
        MonthState.EXEMPT,
        MonthState.EXEMPT,
    ]
    assert year.totals.talks_visits == 13
    assert year.totals.tutoring == 18
    assert year.totals.assistance == 3
    assert year.totals.months_met == 1
    assert year.totals.months_short == 2
    assert year.totals.months_exempt == 2


def test_school_year_totals_with_changed_targets_and_exempt_months() -> None:
    counts = {Month(2026, 9): Tally(4, 5), Month(2026, 10): Tally(4, 5), Month(2026, 11): Tally(3, 5)}
    targets = YearTargets(talks_visits=4, tutoring=5, exempt_months=frozenset({1, 2, 7, 8, 11}))
    year = school_year_progress(2026, counts, targets, TODAY)
    assert year.totals.months_met == 2
    assert year.totals.months_short == 0
    assert year.totals.months_exempt == 5
    assert year.totals.talks_visits == 11


def test_past_school_year_is_all_settled() -> None:
    year = school_year_progress(2024, {}, DEFAULT, TODAY)
    assert year.totals.months_short == 10
    assert year.totals.months_exempt == 2
    assert year.totals.months_met == 0
    assert all(m.days_left is None for m in year.months)
