"""The example data is a way to look around, never a dead end: it can be taken out, after a backup, so that the
teacher begins her own book; what she added herself is never deleted without her saying so."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.services.demo import DemoService


def test_a_book_without_example_data_is_left_alone(services: AppServices) -> None:
    services.profile.update(name="张敏")
    assert services.demo.book() is None
    with pytest.raises(DomainError) as caught:
        services.demo.clear()
    assert caught.value.code == "demo_none"
    assert services.profile.get() is not None


def test_clearing_the_example_data_empties_the_book_after_a_backup(services: AppServices) -> None:
    services.settings.set_language("en")
    services.demo.fill([2025, 2026], per_month=6)
    demo = services.demo.book()
    assert demo is not None and not demo.own_anything and not demo.own_profile
    backup = services.demo.clear()
    assert services.profile.get() is None and services.students.list() == [] and services.activities.list() == []
    assert services.pledges.years() == [] and services.demo.book() is None
    assert services.setup.needs_first_run()  # the guided set-up shows again
    assert services.settings.language() == "en"  # her own choice of language stays
    assert backup is not None and backup.parent.name == "backups" and "before-clearing-demo" in backup.name
    kept = sqlite3.connect(backup)
    try:
        assert kept.execute("SELECT count(*) FROM activities").fetchone()[0] > 0
    finally:
        kept.close()
    # She can begin at once: the ids go on, never given twice.
    assert services.students.add(name="李小明") > 12


def test_what_she_added_herself_is_told_and_kept_unless_she_says_so(services: AppServices) -> None:
    services.profile.update(name="张敏", school="湖塘实验小学")
    DemoService(services.db, FixedClock(dt.date(2026, 12, 4), dt.datetime(2026, 12, 4, 8, 0))).fill([2026])
    later = FixedClock(dt.date(2026, 12, 4), dt.datetime(2026, 12, 4, 9, 0))
    mine = type(services.students)(services.db, later).add(name="周小雨", class_name="三(2)班")
    demo = services.demo.book()
    assert demo is not None and demo.own_students == 1 and demo.own_profile  # the profile was hers before
    with pytest.raises(DomainError) as caught:
        services.demo.clear()
    assert caught.value.code == "demo_own_data"
    assert "您又添加了 1 名学生、0 条记录、0 份志愿书" in caught.value.message("zh")
    assert "you have added 1 student, 0 records and 0 pledges yourself" in caught.value.message("en")
    assert [s.id for s in services.students.list() if s.id == mine]  # nothing was deleted
    services.demo.clear(also_own=True)
    assert services.students.list() == []
    profile = services.profile.get()
    assert profile is not None and profile.name == "张敏"  # her own profile stays
