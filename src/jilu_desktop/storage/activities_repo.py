"""Queries for activities and the 人次 they add up to."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, TypeVar

from sqlalchemy import Select, String, delete, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import (
    SUMMARY_EXCERPT,
    Activity,
    ActivityFilter,
    ActivityKind,
    ActivityRecord,
    ActivitySummary,
    StudentRef,
)
from jilu_desktop.domain.calendar import Month
from jilu_desktop.storage.models import ActivityRow, ActivityStudentRow, StudentRow

_KINDS = {kind.value: kind for kind in ActivityKind}  # a dict lookup: ActivityKind(value) is slow by the 10,000
# Up to this many activities their students are fetched by id (within SQLite's oldest limit of 999 parameters);
# above it, fetching every (activity, student) pair is as cheap.
_NAMED_IDS_UP_TO = 900
_Q = TypeVar("_Q", bound=Select[Any])


def _fill(row: ActivityRow, activity: Activity, now: dt.datetime) -> None:
    row.date = activity.date
    row.time = activity.time
    row.kind = activity.kind.value
    row.place = activity.place
    row.content = activity.content
    row.updated_at = now


def add_activity(session: Session, activity: Activity, now: dt.datetime) -> int:
    row = ActivityRow(created_at=now)
    _fill(row, activity, now)
    row.students = [ActivityStudentRow(student_id=sid, position=i) for i, sid in enumerate(activity.student_ids)]
    session.add(row)
    session.flush()
    return row.id


def update_activity(session: Session, activity_id: int, activity: Activity, now: dt.datetime) -> bool:
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return False
    _fill(row, activity, now)
    session.execute(delete(ActivityStudentRow).where(ActivityStudentRow.activity_id == activity_id))
    session.expire(row, ["students"])
    session.add_all(
        ActivityStudentRow(activity_id=activity_id, student_id=sid, position=i)
        for i, sid in enumerate(activity.student_ids)
    )
    return True


def delete_activity(session: Session, activity_id: int) -> bool:
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return False
    session.delete(row)
    return True


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered_ids(flt: ActivityFilter) -> Select[tuple[int]]:
    return _where(select(ActivityRow.id), flt)


def _where(query: _Q, flt: ActivityFilter) -> _Q:
    """`query` (over the activities table) narrowed to the activities the filter lets through."""
    if flt.start is not None:
        query = query.where(ActivityRow.date >= flt.start)
    if flt.end is not None:
        query = query.where(ActivityRow.date <= flt.end)
    if flt.kind is not None:
        query = query.where(ActivityRow.kind == flt.kind.value)
    if flt.student_id is not None:
        with_student = select(ActivityStudentRow.activity_id).where(ActivityStudentRow.student_id == flt.student_id)
        query = query.where(ActivityRow.id.in_(with_student))
    if flt.search.strip():
        pattern = _like(flt.search.strip())
        # Students first, then their activities by the student index: the students are few.
        named = select(ActivityStudentRow.activity_id).where(
            ActivityStudentRow.student_id.in_(select(StudentRow.id).where(StudentRow.name.like(pattern, escape="\\")))
        )
        query = query.where(
            or_(
                ActivityRow.content.like(pattern, escape="\\"),
                ActivityRow.place.like(pattern, escape="\\"),
                ActivityRow.id.in_(named),
            )
        )
    return query


def list_activities(session: Session, flt: ActivityFilter, newest_first: bool = True) -> list[ActivityRecord]:
    ids = _filtered_ids(flt)
    order = (ActivityRow.date, ActivityRow.time, ActivityRow.id)
    rows = session.execute(
        select(
            ActivityRow.id,
            ActivityRow.date,
            ActivityRow.time,
            ActivityRow.kind,
            ActivityRow.place,
            ActivityRow.content,
            ActivityRow.created_at,
            ActivityRow.updated_at,
        )
        .where(ActivityRow.id.in_(ids))
        .order_by(*(c.desc() for c in order) if newest_first else order)
    ).all()
    students: dict[int, list[StudentRef]] = defaultdict(list)
    for activity_id, student_id, name in session.execute(
        select(ActivityStudentRow.activity_id, StudentRow.id, StudentRow.name)
        .join(StudentRow, StudentRow.id == ActivityStudentRow.student_id)
        .where(ActivityStudentRow.activity_id.in_(ids))
        .order_by(ActivityStudentRow.activity_id, ActivityStudentRow.position)
    ):
        students[activity_id].append(StudentRef(student_id, name))
    records = []
    for r in rows:
        refs = tuple(students[r.id])
        activity = Activity(r.date, _KINDS[r.kind], tuple(s.id for s in refs), r.place, r.content, r.time)
        records.append(ActivityRecord(r.id, activity, refs, r.created_at, r.updated_at))
    return records


def list_summaries(
    session: Session, flt: ActivityFilter, newest_first: bool = True, limit: int | None = None, offset: int = 0
) -> list[ActivitySummary]:
    """The activities the filter lets through (`limit` of them from `offset`), as plain rows for a table.

    By the 10,000 in tens of milliseconds; a first screenful (limit of a few hundred) in a few.
    """
    order = (ActivityRow.date, ActivityRow.time, ActivityRow.id)
    # Dates and times as stored (ISO text) and parsed below: much cheaper than SQLAlchemy's own parsing.
    query = _where(
        select(
            ActivityRow.id,
            type_coerce(ActivityRow.date, String),
            type_coerce(ActivityRow.time, String),
            ActivityRow.kind,
            ActivityRow.place,
            func.substr(ActivityRow.content, 1, SUMMARY_EXCERPT),
        ),
        flt,
    ).order_by(*(c.desc() for c in order) if newest_first else order)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    # Core, not ORM, execution: the ORM's row handling would cost more than the query itself here.
    connection = session.connection()
    rows = connection.execute(query).all()
    if not rows:
        return []
    pairs = select(ActivityStudentRow.activity_id, ActivityStudentRow.student_id)
    if len(rows) <= _NAMED_IDS_UP_TO:
        pairs = pairs.where(ActivityStudentRow.activity_id.in_([r[0] for r in rows]))
    names = {sid: name for sid, name in connection.execute(select(StudentRow.id, StudentRow.name))}
    students: dict[int, list[str]] = defaultdict(list)
    # fetched whole (.all()): iterating a result fetches row by row, several times slower here
    for activity_id, student_id in connection.execute(
        pairs.order_by(ActivityStudentRow.activity_id, ActivityStudentRow.position)
    ).all():
        students[activity_id].append(names[student_id])
    day, clock = dt.date.fromisoformat, dt.time.fromisoformat
    return [
        ActivitySummary(id_, day(date), clock(time) if time else None, _KINDS[kind], tuple(students[id_]), place, text)
        for id_, date, time, kind, place, text in rows
    ]


def count_summaries(session: Session, flt: ActivityFilter) -> tuple[int, int]:
    """How many activities the filter lets through, and the 人次 they add up to."""
    connection = session.connection()
    ids = _filtered_ids(flt)
    records = connection.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
    pairs = select(func.count()).select_from(ActivityStudentRow)
    if flt != ActivityFilter():
        pairs = pairs.where(ActivityStudentRow.activity_id.in_(ids))
    return records, connection.execute(pairs).scalar_one()


def month_counts(session: Session) -> list[tuple[Month, int]]:
    """Every month that has activities, newest first, with how many."""
    month = func.strftime("%Y-%m", ActivityRow.date)
    query = select(month, func.count()).group_by(month).order_by(month.desc())
    return [(Month.parse(m), n) for m, n in session.execute(query)]


def restore_activity(session: Session, record: ActivityRecord) -> bool:
    """Put a deleted activity back as it was, with its id and times; False if the id is taken meanwhile."""
    if session.get(ActivityRow, record.id) is not None:
        return False
    row = ActivityRow(id=record.id, created_at=record.created_at)
    _fill(row, record.activity, record.updated_at)
    row.students = [ActivityStudentRow(student_id=sid, position=i) for i, sid in enumerate(record.activity.student_ids)]
    session.add(row)
    session.flush()
    return True


def get_activity(session: Session, activity_id: int) -> ActivityRecord | None:
    row = session.get(ActivityRow, activity_id)
    if row is None:
        return None
    refs = tuple(
        StudentRef(sid, name)
        for sid, name in session.execute(
            select(StudentRow.id, StudentRow.name)
            .join(ActivityStudentRow, ActivityStudentRow.student_id == StudentRow.id)
            .where(ActivityStudentRow.activity_id == activity_id)
            .order_by(ActivityStudentRow.position)
        )
    )
    activity = Activity(row.date, ActivityKind(row.kind), tuple(s.id for s in refs), row.place, row.content, row.time)
    return ActivityRecord(row.id, activity, refs, row.created_at, row.updated_at)


def last_place(session: Session) -> str | None:
    query = select(ActivityRow.place).order_by(ActivityRow.created_at.desc(), ActivityRow.id.desc()).limit(1)
    return session.scalar(query)
