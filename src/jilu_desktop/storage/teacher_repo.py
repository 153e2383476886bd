"""Queries for the teacher's profile (one row)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.storage.tables import teacher as _TEACHER

TEACHER_ID = 1


def load_profile(session: Session) -> TeacherProfile | None:
    # A Core query on the table, as in settings_repo: read for the first paint, before the ORM is needed.
    row = session.execute(select(_TEACHER).where(_TEACHER.c.id == TEACHER_ID)).first()
    if row is None:
        return None
    return TeacherProfile(
        name=row.name,
        gender=row.gender,
        birth_month=Month.parse(row.birth_month) if row.birth_month else None,
        title=row.title,
        post=row.post,
        specialties=row.specialties,
        school=row.school,
        union_group=row.union_group,
        teaching_since=row.teaching_since,
    )


def save_profile(session: Session, profile: TeacherProfile, now: dt.datetime) -> None:
    from jilu_desktop.storage.models import TeacherRow

    row = session.get(TeacherRow, TEACHER_ID) or TeacherRow(id=TEACHER_ID)
    row.name = profile.name
    row.gender = profile.gender
    row.birth_month = str(profile.birth_month) if profile.birth_month else None
    row.title = profile.title
    row.post = profile.post
    row.specialties = profile.specialties
    row.school = profile.school
    row.union_group = profile.union_group
    row.teaching_since = profile.teaching_since
    row.updated_at = now
    session.add(row)
