"""How a month and a school year stand against the targets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from jilu_desktop.domain.calendar import Month, school_year_bounds, school_year_of
from jilu_desktop.domain.participation import Participation, derive_start, participation
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.progress import MonthProgress, Tally, YearProgress, month_progress, school_year_progress, tally
from jilu_desktop.services.base import Service
from jilu_desktop.storage import progress_repo, settings_repo


def load_participation(session: Session, today: dt.date) -> Participation:
    """The month the teacher began taking part: as she stated it, or as the book shows it."""
    return participation(
        settings_repo.load_participation_start(session),
        progress_repo.first_activity_date(session),
        progress_repo.pledge_dates(session),
        today,
    )


def derived_participation(session: Session, today: dt.date) -> Participation:
    """The month the book shows the teacher began taking part, whatever she has stated."""
    return derive_start(progress_repo.first_activity_date(session), progress_repo.pledge_dates(session), today)


class ProgressService(Service):
    def participation(self) -> Participation:
        with self._db.session_scope() as session:
            return load_participation(session, self._clock.today())

    def month(self, month: Month | None = None) -> MonthProgress:
        today = self._clock.today()
        month = month or Month.of(today)
        with self._db.session_scope() as session:
            targets = settings_repo.load_targets(session, school_year_of(month))
            rows = progress_repo.person_times_by_month(session, month.first_day, month.last_day)
            start = load_participation(session, today).start
        return month_progress(month, tally(rows).get(month, Tally()), targets, today, start=start)

    def school_year(self, school_year: int | None = None) -> YearProgress:
        today = self._clock.today()
        year = school_year_of(today) if school_year is None else check_school_year(school_year, today)
        start, end = school_year_bounds(year)
        with self._db.session_scope() as session:
            targets = settings_repo.load_targets(session, year)
            rows = progress_repo.person_times_by_month(session, start, end)
            joined = load_participation(session, today).start
        return school_year_progress(year, tally(rows), targets, today, start=joined)
