"""Demo data: realistic, deterministic, and never dated after today."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.services.demo import latest_time


def test_fill(services: AppServices, today: dt.date) -> None:
    summary = services.demo.fill([2025, 2026], per_month=12)
    assert summary.students == 12
    records = services.activities.list()
    assert len(records) == summary.activities > 0
    assert all(r.activity.date <= today for r in records)
    assert min(r.activity.date for r in records) >= dt.date(2025, 9, 1)
    profile = services.profile.get()
    assert profile is not None
    assert profile.name
    assert services.pledges.years() == [2025, 2026]
    year = services.progress.school_year(2025)
    assert year.totals.months_exempt == 2
    assert year.totals.months_met + year.totals.months_short == 10
    assert services.progress.month(Month.of(today)).state is MonthState.IN_PROGRESS


def test_fill_is_deterministic(services: AppServices) -> None:
    first = services.demo.fill([2026], per_month=6, seed=7)
    contents = [(r.activity.date, r.activity.kind, r.activity.content) for r in services.activities.list()]
    for record in services.activities.list():
        services.activities.delete(record.id)
    second = services.demo.fill([2026], per_month=6, seed=7)
    assert first.activities == second.activities
    assert [(r.activity.date, r.activity.kind, r.activity.content) for r in services.activities.list()] == contents


def test_fill_keeps_an_existing_profile(services: AppServices) -> None:
    services.profile.update(name="李老师")
    services.demo.fill([2026], per_month=3)
    profile = services.profile.get()
    assert profile is not None
    assert profile.name == "李老师"


def test_no_record_is_later_than_now(services: AppServices, today: dt.date) -> None:
    """At 08:30 (the fixture's clock) no record of today is at 12:00 or later: it has not happened yet."""
    services.demo.fill([2025, 2026], per_month=60)
    records = services.activities.list()
    assert max(dt.datetime.combine(r.activity.date, r.activity.time or dt.time()) for r in records) <= dt.datetime(
        2026, 12, 4, 8, 30
    )
    assert any(r.activity.date == today for r in records)


def test_now_is_the_computers_local_time(paths: AppPaths, today: dt.date, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock's now() is UTC; records are written in local time: at 00:47 in Beijing (16:47 UTC the day
    before) nothing of today is later than 00:47."""
    monkeypatch.setenv("TZ", "CST-8")  # Beijing, UTC+8, as POSIX writes it: needs no zone database
    time.tzset()
    try:
        services = open_services(paths, FixedClock(today, dt.datetime(2026, 12, 3, 16, 47)))
        try:
            services.demo.fill([2026], per_month=60)
            records = services.activities.list()
        finally:
            services.close()
    finally:
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
    latest = max(dt.datetime.combine(r.activity.date, r.activity.time or dt.time()) for r in records)
    assert latest <= dt.datetime(2026, 12, 4, 0, 47)


def test_a_pinned_today_other_than_the_real_date_is_a_whole_day() -> None:
    """JILU_TODAY pins today (demos, screenshots) while now() stays the computer's: a today before the real
    date has passed whole, one after it is taken as the end of the day — any time of it may be shown."""
    day = dt.date(2026, 12, 4)
    assert latest_time(FixedClock(day, dt.datetime(2026, 12, 4, 8, 30))) == dt.time(8, 30)
    assert latest_time(FixedClock(day, dt.datetime(2027, 3, 1, 8, 30))) is None
    assert latest_time(FixedClock(day, dt.datetime(2026, 11, 1, 8, 30))) is None
