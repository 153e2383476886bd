"""Queries for activities and the 人次 they add up to."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Select, delete, func, or_, select
from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import Activity, ActivityFilter, ActivityKind, ActivityRecord, StudentRef
from jilu_desktop.domain.calendar import Month
from jilu_desktop.storage.models import ActivityRow, ActivityStudentRow, StudentRow


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


def _filtered_ids(flt: ActivityFilter) -> Select[int]:
    query = select(ActivityRow.id)
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
        named = (
            select(ActivityStudentRow.activity_id)
            .join(StudentRow, StudentRow.id == ActivityStudentRow.student_id)
            .where(StudentRow.name.like(pattern, escape="\\"))
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
        activity = Activity(r.date, ActivityKind(r.kind), tuple(s.id for s in refs), r.place, r.content, r.time)
        records.append(ActivityRecord(r.id, activity, refs, r.created_at, r.updated_at))
    return records


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


def person_times_by_month(session: Session, start: dt.date, end: dt.date) -> list[tuple[Month, ActivityKind, int]]:
    """(month, kind, 人次) for activities from start to end inclusive: one per (activity, student) pair."""
    month = func.strftime("%Y-%m", ActivityRow.date)
    query = (
        select(month, ActivityRow.kind, func.count(ActivityStudentRow.student_id))
        .join(ActivityStudentRow, ActivityStudentRow.activity_id == ActivityRow.id)
        .where(ActivityRow.date >= start, ActivityRow.date <= end)
        .group_by(month, ActivityRow.kind)
    )
    return [(Month.parse(m), ActivityKind(kind), count) for m, kind, count in session.execute(query)]


def last_place(session: Session) -> str | None:
    query = select(ActivityRow.place).order_by(ActivityRow.created_at.desc(), ActivityRow.id.desc()).limit(1)
    return session.scalar(query)
