"""The 人次 that activities add up to, by month and kind: what progress against the targets is counted from.

Core on the tables, not the ORM: this is read for the window's first paint (this month against 6 and 8), and
neither the ORM's row handling nor its mapping of the classes is needed for a plain aggregate.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.calendar import Month
from jilu_desktop.storage.tables import activities, activity_students, pledges

_KINDS = {kind.value: kind for kind in ActivityKind}


def person_times_by_month(session: Session, start: dt.date, end: dt.date) -> list[tuple[Month, ActivityKind, int]]:
    """(month, kind, 人次) for activities from start to end inclusive: one per (activity, student) pair."""
    month = func.strftime("%Y-%m", activities.c.date)
    query = (
        select(month, activities.c.kind, func.count(activity_students.c.student_id))
        .join(activity_students, activity_students.c.activity_id == activities.c.id)
        .where(activities.c.date >= start, activities.c.date <= end)
        .group_by(month, activities.c.kind)
    )
    rows = session.connection().execute(query)
    return [(Month(int(m[:4]), int(m[5:])), _KINDS[kind], count) for m, kind, count in rows]


def first_activity_date(session: Session) -> dt.date | None:
    """The date of the earliest activity of any kind; None in an empty book."""
    value = session.connection().execute(select(func.min(activities.c.date))).scalar_one_or_none()
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def pledge_dates(session: Session) -> list[tuple[int, dt.date | None]]:
    """(school year, signing date or None) of every pledge, oldest school year first."""
    query = select(pledges.c.school_year, pledges.c.signed_on).order_by(pledges.c.school_year)
    return [(int(year), signed) for year, signed in session.connection().execute(query)]
