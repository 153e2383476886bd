"""Progress against the targets, through the services, over real records."""

from __future__ import annotations

import datetime as dt

import pytest

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.pace import month_pace
from jilu_desktop.domain.participation import StartSource
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock


@pytest.fixture
def kids(services: AppServices) -> list[int]:
    return [services.students.add(name=f"学生{i}") for i in range(1, 9)]


def record(services: AppServices, date: str, kind: str, students: list[int]) -> None:
    services.activities.add(date=date, kind=kind, student_ids=students, place="教室", content="记录")


def test_current_month(services: AppServices, kids: list[int]) -> None:
    record(services, "2026-12-01", "tutoring", kids[:3])  # one session, three students: 3
    record(services, "2026-12-02", "talk", kids[:1])
    record(services, "2026-12-03", "家访", kids[1:3])
    record(services, "2026-12-03", "assistance", kids[:4])
    record(services, "2026-11-30", "talk", kids)  # last month
    progress = services.progress.month()
    assert progress.month == Month(2026, 12)
    assert progress.state is MonthState.IN_PROGRESS
    assert progress.talks_visits.count == 3
    assert progress.tutoring.count == 3
    assert progress.assistance == 4
    assert progress.days_left == 28
    assert progress.weeks_left == 4
    assert progress.per_week(progress.talks_visits) == 1
    assert progress.per_week(progress.tutoring) == 2


def test_past_months_met_and_short(services: AppServices, kids: list[int]) -> None:
    record(services, "2026-10-08", "talk", kids[:4])
    record(services, "2026-10-20", "home-visit", kids[4:6])
    record(services, "2026-10-21", "tutoring", kids)
    record(services, "2026-11-05", "talk", kids[:5])
    record(services, "2026-11-06", "tutoring", kids)
    october = services.progress.month(Month(2026, 10))
    assert october.state is MonthState.MET
    assert (october.talks_visits.count, october.tutoring.count) == (6, 8)
    november = services.progress.month(Month(2026, 11))
    assert november.state is MonthState.SHORT
    assert november.talks_visits.missing == 1
    assert november.days_left is None


def test_future_month_not_begun(services: AppServices) -> None:
    assert services.progress.month(Month(2027, 1)).state is MonthState.NOT_BEGUN


def test_school_year(services: AppServices, kids: list[int]) -> None:
    record(services, "2026-08-31", "tutoring", kids)  # 2025学年
    record(services, "2026-09-01", "talk", kids[:6])  # 2026学年 from here
    record(services, "2026-09-02", "tutoring", kids)
    record(services, "2026-10-10", "talk", kids[:2])
    record(services, "2026-12-01", "assistance", kids[:1])
    year = services.progress.school_year()
    assert year.school_year == 2026
    assert [str(m.month) for m in year.months[:5]] == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
    assert len(year.months) == 12
    states = {m.month: m.state for m in year.months}
    assert states[Month(2026, 9)] is MonthState.MET
    assert states[Month(2026, 10)] is MonthState.SHORT
    assert states[Month(2026, 11)] is MonthState.SHORT
    assert states[Month(2026, 12)] is MonthState.IN_PROGRESS
    assert states[Month(2027, 6)] is MonthState.NOT_BEGUN
    assert states[Month(2027, 7)] is MonthState.EXEMPT
    assert (year.totals.talks_visits, year.totals.tutoring, year.totals.assistance) == (8, 8, 1)
    assert (year.totals.months_met, year.totals.months_short, year.totals.months_exempt) == (1, 2, 2)
    last_year = services.progress.school_year(2025)
    assert last_year.totals.tutoring == 8
    # The first record is of 2026-08: the months before it were not hers to account for.
    assert last_year.start == Month(2026, 8)
    assert last_year.totals.months_exempt == 1
    assert last_year.totals.months_not_participating == 11
    assert (last_year.totals.months_met, last_year.totals.months_short) == (0, 0)
    august = next(m for m in last_year.months if m.month == Month(2026, 8))
    assert august.state is MonthState.EXEMPT
    assert august.tutoring.count == 8


def test_exempt_months_from_settings(services: AppServices, kids: list[int]) -> None:
    services.settings.set_participation_start("2025-09")  # an empty book would start this month
    services.settings.set_exempt_months(2026, [11, 7, 8])
    assert services.progress.month(Month(2026, 11)).state is MonthState.EXEMPT
    year = services.progress.school_year(2026)
    assert year.totals.months_exempt == 3
    assert year.totals.months_short == 2  # September and October; November is exempt
    # Another school year keeps the defaults.
    assert services.progress.month(Month(2025, 11)).state is MonthState.SHORT


def test_changed_targets_from_settings(services: AppServices, kids: list[int]) -> None:
    record(services, "2026-10-08", "talk", kids[:4])
    record(services, "2026-10-09", "tutoring", kids[:5])
    assert services.progress.month(Month(2026, 10)).state is MonthState.SHORT
    services.settings.set_targets(2026, 4, 5)
    october = services.progress.month(Month(2026, 10))
    assert october.state is MonthState.MET
    assert (october.talks_visits.target, october.tutoring.target) == (4, 5)
    assert services.progress.school_year(2026).totals.months_met == 1
    services.settings.set_targets(2026, "5", "5")
    assert services.progress.month(Month(2026, 10)).state is MonthState.SHORT


def test_last_day_of_month(services: AppServices, kids: list[int]) -> None:
    late = AppServices(services.db, FixedClock(dt.date(2026, 12, 31)))
    record(late, "2026-12-31", "talk", kids[:2])
    progress = late.progress.month()
    assert progress.days_left == 1
    assert progress.weeks_left == 1
    assert progress.per_week(progress.talks_visits) == 4


def test_a_school_year_out_of_range_is_refused(services: AppServices) -> None:
    with pytest.raises(ValidationError) as caught:
        services.progress.school_year(1999)
    assert caught.value.code == "year_out_of_range"


# --- the participation start (参加起始月份) ----------------------------------------------------------------


def _states(services: AppServices, year: int = 2026) -> dict[str, MonthState]:
    return {str(m.month): m.state for m in services.progress.school_year(year).months}


def test_a_teacher_who_begins_in_december_has_no_missed_months_before_it(
    services: AppServices, kids: list[int]
) -> None:
    """The QA scenario: a new book, one record in December 2026."""
    record(services, "2026-12-02", "talk", kids[:1])
    year = services.progress.school_year(2026)
    assert year.start == Month(2026, 12)
    states = _states(services)
    assert [states[m] for m in ("2026-09", "2026-10", "2026-11")] == [MonthState.NOT_PARTICIPATING] * 3
    assert states["2026-12"] is MonthState.IN_PROGRESS
    assert (year.totals.months_met, year.totals.months_short, year.totals.months_not_participating) == (0, 0, 3)
    assert year.totals.months_exempt == 2
    # Every month of the year before is 未参加, none 未达标.
    earlier = services.progress.school_year(2025).totals
    assert (earlier.months_short, earlier.months_exempt, earlier.months_not_participating) == (0, 0, 12)
    assert services.progress.month(Month(2026, 11)).state is MonthState.NOT_PARTICIPATING


def test_an_empty_book_begins_this_month(services: AppServices) -> None:
    joined = services.progress.participation()
    assert (joined.start, joined.source) == (Month(2026, 12), StartSource.NONE)
    assert services.progress.school_year(2026).totals.months_short == 0
    assert services.progress.month().state is MonthState.IN_PROGRESS


def test_a_pledge_counts_from_its_signing_month_even_with_nothing_logged(
    services: AppServices, kids: list[int]
) -> None:
    services.pledges.set(school_year=2026, mentee_id=kids[0], signed_on="2026-10-12")
    record(services, "2026-12-02", "talk", kids[:1])
    joined = services.progress.participation()
    assert (joined.start, joined.source) == (Month(2026, 10), StartSource.PLEDGE)
    states = _states(services)
    assert states["2026-09"] is MonthState.NOT_PARTICIPATING
    # She had pledged: October and November, with nothing logged, ARE missed.
    assert (states["2026-10"], states["2026-11"]) == (MonthState.SHORT, MonthState.SHORT)


def test_an_undated_pledge_counts_from_its_school_years_september(services: AppServices, kids: list[int]) -> None:
    services.pledges.set(school_year=2026, mentee_id=kids[0])
    record(services, "2026-12-02", "talk", kids[:1])
    assert services.progress.participation().start == Month(2026, 9)
    assert _states(services)["2026-09"] is MonthState.SHORT


def test_a_pledge_signed_in_the_summer_counts_from_september(services: AppServices, kids: list[int]) -> None:
    services.pledges.set(school_year=2026, mentee_id=kids[0], signed_on="2026-06-20")
    assert services.progress.participation().start == Month(2026, 9)
    assert _states(services, 2025)["2026-06"] is MonthState.NOT_PARTICIPATING  # the pledge is for 2026学年


def test_a_stated_start_overrides_the_book_and_auto_restores_it(services: AppServices, kids: list[int]) -> None:
    record(services, "2026-11-03", "talk", kids[:1])
    assert _states(services)["2026-10"] is MonthState.NOT_PARTICIPATING
    joined = services.settings.set_participation_start("2026-10")  # she joined in October, logged in November
    assert (joined.start, joined.source) == (Month(2026, 10), StartSource.SETTING)
    assert _states(services)["2026-10"] is MonthState.SHORT
    assert services.settings.automatic_participation().start == Month(2026, 11)
    joined = services.settings.set_participation_start(None)
    assert (joined.start, joined.source) == (Month(2026, 11), StartSource.ACTIVITY)
    assert _states(services)["2026-10"] is MonthState.NOT_PARTICIPATING


@pytest.mark.parametrize(
    ("value", "code"),
    [("2027-01", "participation_in_future"), ("2008-08", "participation_too_early"), ("2026-13", "bad_month")],
)
def test_a_bad_start_is_refused_and_nothing_saved(services: AppServices, value: str, code: str) -> None:
    services.settings.set_participation_start("2026-10")
    with pytest.raises(ValidationError) as caught:
        services.settings.set_participation_start(value)
    assert (caught.value.code, caught.value.field) == (code, "participation_start")
    with pytest.raises(ValidationError):
        services.settings.save(2026, 6, 8, [7, 8], services.settings.preferences(), value)
    assert services.progress.participation().start == Month(2026, 10)


def test_save_keeps_the_start_unless_given(services: AppServices) -> None:
    prefs = services.settings.preferences()
    services.settings.save(2026, 6, 8, [7, 8], prefs, "2026-09")
    assert services.progress.participation().start == Month(2026, 9)
    services.settings.save(2026, 6, 8, [7, 8], prefs)  # not given: kept
    assert services.progress.participation().source is StartSource.SETTING
    services.settings.save(2026, 6, 8, [7, 8], prefs, None)  # automatic
    assert services.progress.participation().source is StartSource.NONE


def test_no_reminder_for_a_month_before_the_start(services: AppServices, kids: list[int]) -> None:
    # A pledge for next school year only: she has not begun yet, so this month cannot be behind.
    services.pledges.set(school_year=2027, mentee_id=kids[0])  # prepared ahead, undated: from 2027-09
    progress = services.progress.month()
    assert progress.state is MonthState.NOT_PARTICIPATING
    assert month_pace(progress, dt.date(2026, 12, 4)) is None
