"""Queries for per-school-year targets and for the key-value application settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.participation import decode_start, encode_start
from jilu_desktop.domain.targets import YearTargets, decode_exempt_months, encode_exempt_months
from jilu_desktop.storage.engine import peek_connection
from jilu_desktop.storage.tables import school_years as _YEARS
from jilu_desktop.storage.tables import settings as _SETTINGS

# The reads are Core queries on the tables: they are what the window's first paint waits for, and the ORM
# would first have to map its classes and set up every mapper (some 20 ms), which nothing before the first
# paint needs; the writes import the mapped classes. Session.execute still flushes pending changes first,
# as session.get would have shown them.


def load_targets(session: Session, school_year: int) -> YearTargets:
    query = select(_YEARS.c.talks_visits_target, _YEARS.c.tutoring_target, _YEARS.c.exempt_months).where(
        _YEARS.c.start_year == school_year
    )
    row = session.execute(query).first()
    if row is None:
        return YearTargets()
    talks_visits, tutoring, exempt = row
    return YearTargets(talks_visits, tutoring, decode_exempt_months(exempt))


def save_targets(session: Session, school_year: int, targets: YearTargets) -> None:
    from jilu_desktop.storage.models import SchoolYearRow

    row = session.get(SchoolYearRow, school_year) or SchoolYearRow(start_year=school_year)
    row.talks_visits_target = targets.talks_visits
    row.tutoring_target = targets.tutoring
    row.exempt_months = encode_exempt_months(targets.exempt_months)
    session.add(row)


def get_setting(session: Session, key: str) -> str | None:
    value = session.execute(select(_SETTINGS.c.value).where(_SETTINGS.c.key == key)).scalar_one_or_none()
    return None if value is None else str(value)


def set_setting(session: Session, key: str, value: str) -> None:
    from jilu_desktop.storage.models import SettingRow

    row = session.get(SettingRow, key) or SettingRow(key=key)
    row.value = value
    session.add(row)


def peek_setting(db_path: Path, key: str) -> str | None:
    """A setting read without opening the data (see engine.peek_connection); None if it cannot be read."""
    try:
        conn = peek_connection(db_path)
    except OSError:  # a folder the user may not look into (Path.is_file raises PermissionError)
        return None
    if conn is None:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return row[0] if row and isinstance(row[0], str) else None


PARTICIPATION_START_KEY = "participation_start"


def load_participation_start(session: Session) -> Month | None:
    """The month the teacher stated she began taking part; None: automatic (derived from the book)."""
    return decode_start(get_setting(session, PARTICIPATION_START_KEY))


def save_participation_start(session: Session, month: Month | None) -> None:
    set_setting(session, PARTICIPATION_START_KEY, encode_start(month))
