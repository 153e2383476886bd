"""人次 per month against the two targets, month status, and school-year totals.

Months before the teacher began taking part (see domain.participation) are NOT_PARTICIPATING: neither met
nor missed, and left out of the met/short/exempt totals; their 人次, if any were recorded, still add up.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from jilu_desktop.domain.activities import Activity, ActivityKind
from jilu_desktop.domain.calendar import Month, school_year_months
from jilu_desktop.domain.targets import YearTargets

# Which target each kind counts toward; assistance is recorded but counts toward neither.
TALKS_VISITS_KINDS = frozenset({ActivityKind.TALK, ActivityKind.HOME_VISIT})
TUTORING_KINDS = frozenset({ActivityKind.TUTORING})


def person_times(activity: Activity) -> int:
    """One session with three students counts three; one home visit counts one per student visited."""
    return len(activity.student_ids)


@dataclass(frozen=True)
class Tally:
    """人次 of one month, by target."""

    talks_visits: int = 0
    tutoring: int = 0
    assistance: int = 0

    def add(self, kind: ActivityKind, count: int) -> Tally:
        if kind in TALKS_VISITS_KINDS:
            return Tally(self.talks_visits + count, self.tutoring, self.assistance)
        if kind in TUTORING_KINDS:
            return Tally(self.talks_visits, self.tutoring + count, self.assistance)
        return Tally(self.talks_visits, self.tutoring, self.assistance + count)


def tally(rows: Iterable[tuple[Month, ActivityKind, int]]) -> dict[Month, Tally]:
    """Sum (month, kind, 人次) rows into a Tally per month."""
    result: dict[Month, Tally] = {}
    for month, kind, count in rows:
        result[month] = result.get(month, Tally()).add(kind, count)
    return result


def tally_activities(activities: Iterable[Activity]) -> dict[Month, Tally]:
    return tally((Month.of(a.date), a.kind, person_times(a)) for a in activities)


class MonthState(StrEnum):
    MET = "met"
    SHORT = "short"
    EXEMPT = "exempt"
    IN_PROGRESS = "in-progress"
    NOT_BEGUN = "not-begun"
    NOT_PARTICIPATING = "not-participating"  # before the teacher began taking part: neither met nor missed


@dataclass(frozen=True)
class TargetProgress:
    count: int
    target: int

    @property
    def met(self) -> bool:
        return self.count >= self.target

    @property
    def missing(self) -> int:
        return max(0, self.target - self.count)


@dataclass(frozen=True)
class MonthProgress:
    month: Month
    state: MonthState
    exempt: bool
    talks_visits: TargetProgress
    tutoring: TargetProgress
    assistance: int
    days_left: int | None = None  # the current month only, today included
    weeks_left: int | None = None

    @property
    def met(self) -> bool:
        return self.talks_visits.met and self.tutoring.met

    def per_week(self, target: TargetProgress) -> int | None:
        """What is still needed per remaining week to meet a target this month."""
        if self.weeks_left is None:
            return None
        return math.ceil(target.missing / self.weeks_left)


def month_progress(
    month: Month, counts: Tally, targets: YearTargets, today: dt.date, *, start: Month | None = None
) -> MonthProgress:
    """How `month` stands on `today`; `start` is the month the teacher began taking part (None: always)."""
    exempt = month.month in targets.exempt_months
    talks = TargetProgress(counts.talks_visits, targets.talks_visits)
    tutoring = TargetProgress(counts.tutoring, targets.tutoring)
    current = Month.of(today)
    days_left = weeks_left = None
    if start is not None and month < start:
        state = MonthState.NOT_PARTICIPATING
    elif exempt:
        state = MonthState.EXEMPT
    elif month > current:
        state = MonthState.NOT_BEGUN
    elif month == current:
        state = MonthState.IN_PROGRESS
    else:
        state = MonthState.MET if talks.met and tutoring.met else MonthState.SHORT
    if month == current and state is not MonthState.NOT_PARTICIPATING:
        days_left = (month.last_day - today).days + 1
        weeks_left = math.ceil(days_left / 7)
    return MonthProgress(month, state, exempt, talks, tutoring, counts.assistance, days_left, weeks_left)


@dataclass(frozen=True)
class YearTotals:
    talks_visits: int
    tutoring: int
    assistance: int
    months_met: int
    months_short: int
    months_exempt: int
    months_not_participating: int = 0


@dataclass(frozen=True)
class YearProgress:
    school_year: int
    months: list[MonthProgress]
    totals: YearTotals
    start: Month | None = None  # the month the teacher began taking part, if known


def school_year_progress(
    school_year: int, counts: dict[Month, Tally], targets: YearTargets, today: dt.date, *, start: Month | None = None
) -> YearProgress:
    months = [
        month_progress(m, counts.get(m, Tally()), targets, today, start=start) for m in school_year_months(school_year)
    ]
    states = [m.state for m in months]
    totals = YearTotals(
        talks_visits=sum(m.talks_visits.count for m in months),
        tutoring=sum(m.tutoring.count for m in months),
        assistance=sum(m.assistance for m in months),
        months_met=states.count(MonthState.MET),
        months_short=states.count(MonthState.SHORT),
        months_exempt=states.count(MonthState.EXEMPT),
        months_not_participating=states.count(MonthState.NOT_PARTICIPATING),
    )
    return YearProgress(school_year, months, totals, start)
