"""The one place that reads the clock; rules get `today` from here as an argument."""

from __future__ import annotations

import datetime as dt
import os
from typing import Protocol

TODAY_ENV = "JILU_TODAY"  # YYYY-MM-DD: pretend today is that day (demos, tests, screenshots)


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...


class SystemClock:
    def today(self) -> dt.date:
        override = os.environ.get(TODAY_ENV)
        return dt.date.fromisoformat(override) if override else dt.date.today()

    def now(self) -> dt.datetime:
        """Naive UTC, as stored in the database."""
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class FixedClock:
    def __init__(self, today: dt.date, now: dt.datetime | None = None) -> None:
        self._today = today
        self._now = now or dt.datetime.combine(today, dt.time(12, 0))

    def today(self) -> dt.date:
        return self._today

    def now(self) -> dt.datetime:
        return self._now
