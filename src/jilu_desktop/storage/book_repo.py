"""Queries over the whole book at once: what was added after a moment, and emptying it (the demo data cleared
so that the teacher can begin her own book)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from jilu_desktop.storage.tables import (
    activities,
    activity_students,
    pledges,
    school_years,
    settings,
    student_difficulties,
    students,
    teacher,
)


def added_after(session: Session, moment: dt.datetime) -> tuple[int, int, int]:
    """How many students, records and pledges were made after `moment` (naive UTC, as stored)."""
    counts = (
        session.execute(select(func.count()).select_from(table).where(table.c.created_at > moment)).scalar_one()
        for table in (students, activities, pledges)
    )
    own_students, own_records, own_pledges = (int(c) for c in counts)
    return own_students, own_records, own_pledges


def profile_changed_after(session: Session, moment: dt.datetime) -> bool:
    changed = session.execute(select(teacher.c.updated_at).where(teacher.c.id == 1)).scalar_one_or_none()
    return changed is not None and changed > moment


def empty_book(session: Session, *, keep_settings: Collection[str], keep_profile: bool) -> None:
    """Delete every record, student, pledge, school year's targets and setting (but those in `keep_settings`),
    and the profile unless `keep_profile`: in one transaction, children before parents."""
    for table in (activity_students, activities, pledges, student_difficulties, students, school_years):
        session.execute(delete(table))
    session.execute(delete(settings).where(settings.c.key.not_in(list(keep_settings))))
    if not keep_profile:
        session.execute(delete(teacher))
