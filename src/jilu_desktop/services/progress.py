"""How a month and a school year stand against the targets."""

from __future__ import annotations

from jilu_desktop.domain.calendar import Month, school_year_bounds, school_year_of
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.progress import MonthProgress, Tally, YearProgress, month_progress, school_year_progress, tally
from jilu_desktop.services.base import Service
from jilu_desktop.storage import progress_repo, settings_repo


class ProgressService(Service):
    def month(self, month: Month | None = None) -> MonthProgress:
        today = self._clock.today()
        month = month or Month.of(today)
        with self._db.session_scope() as session:
            targets = settings_repo.load_targets(session, school_year_of(month))
            rows = progress_repo.person_times_by_month(session, month.first_day, month.last_day)
        return month_progress(month, tally(rows).get(month, Tally()), targets, today)

    def school_year(self, school_year: int | None = None) -> YearProgress:
        today = self._clock.today()
        year = school_year_of(today) if school_year is None else check_school_year(school_year, today)
        start, end = school_year_bounds(year)
        with self._db.session_scope() as session:
            targets = settings_repo.load_targets(session, year)
            rows = progress_repo.person_times_by_month(session, start, end)
        return school_year_progress(year, tally(rows), targets, today)
