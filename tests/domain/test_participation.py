"""The participation start (参加起始月份): months before it are 未参加, neither met nor missed."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.pace import month_pace
from jilu_desktop.domain.participation import (
    StartSource,
    check_start,
    decode_start,
    derive_start,
    encode_start,
    participation,
    pledge_start,
)
from jilu_desktop.domain.progress import MonthState, Tally, month_progress, school_year_progress
from jilu_desktop.domain.targets import YearTargets

TODAY = dt.date(2027, 1, 15)
DEFAULT = YearTargets()


def test_nothing_in_the_book_begins_this_month() -> None:
    joined = derive_start(None, [], TODAY)
    assert (joined.start, joined.source) == (Month(2027, 1), StartSource.NONE)
    assert joined.automatic


def test_the_first_activity_is_the_start() -> None:
    joined = derive_start(dt.date(2026, 12, 3), [], TODAY)
    assert (joined.start, joined.source) == (Month(2026, 12), StartSource.ACTIVITY)


@pytest.mark.parametrize(
    ("school_year", "signed_on", "start"),
    [
        (2026, dt.date(2026, 10, 12), Month(2026, 10)),  # signed during the year: from that month
        (2026, dt.date(2026, 6, 20), Month(2026, 9)),  # signed before the year: from its September
        (2026, None, Month(2026, 9)),  # undated: a promise for the whole year
    ],
)
def test_a_pledge_speaks_from_its_signing_month_within_its_school_year(
    school_year: int, signed_on: dt.date | None, start: Month
) -> None:
    assert pledge_start(school_year, signed_on) == start


def test_the_earliest_evidence_wins() -> None:
    joined = derive_start(dt.date(2026, 12, 3), [(2026, dt.date(2026, 10, 9))], TODAY)
    assert (joined.start, joined.source) == (Month(2026, 10), StartSource.PLEDGE)
    joined = derive_start(dt.date(2026, 9, 3), [(2026, dt.date(2026, 10, 9)), (2027, None)], TODAY)
    assert (joined.start, joined.source) == (Month(2026, 9), StartSource.ACTIVITY)
    # A tie names the activity.
    assert derive_start(dt.date(2026, 9, 3), [(2026, None)], TODAY).source is StartSource.ACTIVITY


def test_a_stated_month_overrides_the_book() -> None:
    joined = participation(Month(2026, 10), dt.date(2026, 11, 2), [], TODAY)
    assert (joined.start, joined.source) == (Month(2026, 10), StartSource.SETTING)
    assert not joined.automatic
    assert participation(None, dt.date(2026, 11, 2), [], TODAY).start == Month(2026, 11)


def test_check_start() -> None:
    assert check_start("2026-10", TODAY) == Month(2026, 10)
    assert check_start(Month(2027, 1), TODAY) == Month(2027, 1)  # this month
    assert check_start("2008-09", TODAY) == Month(2008, 9)  # the campaign's first month
    for value, code in (
        ("2027-02", "participation_in_future"),
        ("2008-08", "participation_too_early"),
        ("2026-13", "bad_month"),
        ("十月", "bad_month"),
    ):
        with pytest.raises(ValidationError) as caught:
            check_start(value, TODAY)
        assert (caught.value.code, caught.value.field) == (code, "participation_start")


def test_messages_in_both_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        check_start("2027-02", TODAY)
    assert caught.value.message("zh") == "参加起始月份 2027-02 还没有到，最晚只能是本月（2027-01）"
    assert "in the future" in caught.value.message("en")
    with pytest.raises(ValidationError) as caught:
        check_start("2007-05", TODAY)
    assert caught.value.message("zh") == "参加起始月份 2007-05 早于“168”爱生行动开始的 2008-09，请检查"
    assert "before the campaign began (2008-09)" in caught.value.message("en")


def test_encoding() -> None:
    assert encode_start(Month(2026, 10)) == "2026-10"
    assert encode_start(None) == ""
    assert decode_start("2026-10") == Month(2026, 10)
    assert decode_start("") is None
    assert decode_start(None) is None
    assert decode_start("garbage") is None  # written by hand: automatic, not a crash


# --- the status of each month ---------------------------------------------------------------------------------


def test_each_month_of_the_qa_scenario() -> None:
    """Began in December 2026; today is 2027-01-15."""
    counts = {Month(2026, 12): Tally(talks_visits=1)}
    year = school_year_progress(2026, counts, DEFAULT, TODAY, start=Month(2026, 12))
    states = [m.state for m in year.months]
    assert states == [
        MonthState.NOT_PARTICIPATING,  # 9
        MonthState.NOT_PARTICIPATING,  # 10
        MonthState.NOT_PARTICIPATING,  # 11
        MonthState.SHORT,  # 12: she had begun
        MonthState.IN_PROGRESS,  # 1
        *[MonthState.NOT_BEGUN] * 5,  # 2 … 6
        MonthState.EXEMPT,  # 7
        MonthState.EXEMPT,  # 8
    ]
    totals = year.totals
    assert (totals.months_met, totals.months_short, totals.months_exempt) == (0, 1, 2)
    assert totals.months_not_participating == 3
    assert year.start == Month(2026, 12)


def test_not_participating_comes_before_exempt_and_counts_recorded_person_times() -> None:
    july = month_progress(Month(2026, 7), Tally(2, 3, 1), DEFAULT, TODAY, start=Month(2026, 12))
    assert july.state is MonthState.NOT_PARTICIPATING
    assert july.exempt  # still a vacation month; it is just not hers to account for
    assert (july.talks_visits.count, july.tutoring.count, july.assistance) == (2, 3, 1)
    year = school_year_progress(2025, {Month(2026, 7): Tally(2, 3, 1)}, DEFAULT, TODAY, start=Month(2026, 12))
    assert (year.totals.talks_visits, year.totals.tutoring) == (2, 3)  # 人次 recorded still add up
    assert (year.totals.months_exempt, year.totals.months_not_participating) == (0, 12)


def test_the_start_month_itself_counts() -> None:
    met = month_progress(Month(2026, 12), Tally(6, 8), DEFAULT, TODAY, start=Month(2026, 12))
    short = month_progress(Month(2026, 12), Tally(6, 7), DEFAULT, TODAY, start=Month(2026, 12))
    assert (met.state, short.state) == (MonthState.MET, MonthState.SHORT)


def test_without_a_start_every_month_counts() -> None:
    assert month_progress(Month(2026, 9), Tally(), DEFAULT, TODAY).state is MonthState.SHORT


def test_this_month_before_the_start_has_no_pace_and_no_days_left() -> None:
    today = dt.date(2027, 1, 28)  # late in the month, with nothing done: behind, if she had begun
    begun = month_progress(Month(2027, 1), Tally(), DEFAULT, today, start=Month(2027, 1))
    pace = month_pace(begun, today)
    assert pace is not None and pace.behind
    before = month_progress(Month(2027, 1), Tally(), DEFAULT, today, start=Month(2027, 9))
    assert before.state is MonthState.NOT_PARTICIPATING
    assert before.days_left is None
    assert month_pace(before, today) is None
