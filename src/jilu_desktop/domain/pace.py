"""Whether the current month is behind pace, and what it still needs: the rule behind the reminders.

A month is behind pace when a target's count is below its share of the month so far:
count < floor(target × days elapsed / days in the month), today counted as elapsed. So on the first days
nothing is behind yet, and on the last day anything short of the target is. Exempt months, months before
the teacher began taking part, past and future months, and targets of 0 are never behind.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import MonthProgress, MonthState, TargetProgress


class Target(StrEnum):
    TALKS_VISITS = "talks_visits"
    TUTORING = "tutoring"


@dataclass(frozen=True)
class TargetPace:
    target: Target
    count: int
    goal: int  # the month's target
    expected: int  # what the pace asks for by today

    @property
    def behind(self) -> bool:
        return self.count < self.expected

    @property
    def missing(self) -> int:
        """What is still needed to meet the month's target (not merely the pace)."""
        return max(0, self.goal - self.count)


@dataclass(frozen=True)
class MonthPace:
    month: Month
    days_left: int  # today included
    targets: tuple[TargetPace, ...]

    @property
    def behind(self) -> bool:
        return any(t.behind for t in self.targets)

    @property
    def shortfalls(self) -> tuple[TargetPace, ...]:
        """Every target not yet met, in the order talks/visits, tutoring: what a reminder names."""
        return tuple(t for t in self.targets if t.missing > 0)


def expected_by(goal: int, today: dt.date) -> int:
    """The pace: floor(goal × days elapsed / days in the month), today counted as elapsed."""
    month = Month.of(today)
    return goal * today.day // month.days


def month_pace(progress: MonthProgress, today: dt.date) -> MonthPace | None:
    """The pace of `progress`'s month as of `today`; None when the month cannot be behind.

    That is: an exempt month, a month before the teacher began taking part, or a month other than today's
    (a past month is already short or met, a future one has not begun).
    """
    if progress.exempt or progress.state is MonthState.NOT_PARTICIPATING or progress.month != Month.of(today):
        return None
    targets = tuple(
        _target_pace(name, target, today)
        for name, target in ((Target.TALKS_VISITS, progress.talks_visits), (Target.TUTORING, progress.tutoring))
    )
    days_left = (progress.month.last_day - today).days + 1
    return MonthPace(progress.month, days_left, targets)


def _target_pace(name: Target, target: TargetProgress, today: dt.date) -> TargetPace:
    return TargetPace(name, target.count, target.target, expected_by(target.target, today))


def is_behind(progress: MonthProgress, today: dt.date) -> bool:
    pace = month_pace(progress, today)
    return pace is not None and pace.behind
