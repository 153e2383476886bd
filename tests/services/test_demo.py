"""Demo data: realistic, deterministic, and never dated after today."""

from __future__ import annotations

import datetime as dt

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.progress import MonthState
from jilu_desktop.services import AppServices


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
