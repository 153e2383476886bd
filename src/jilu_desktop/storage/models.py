"""The ORM's typed classes, mapped onto the tables of tables.py. A change to the tables needs a migration.

Mapping costs start-up time (about 10 ms for these eight classes) that the window's first paint does not
need: its reads use the tables, and this module is imported when something first reads or writes through
the ORM.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from jilu_desktop.storage import tables


class Base(DeclarativeBase):
    metadata = tables.metadata


class TeacherRow(Base):
    """The teacher's profile: a single row with id 1."""

    __table__ = tables.teacher

    id: Mapped[int]
    name: Mapped[str]
    gender: Mapped[str | None]
    birth_month: Mapped[str | None]
    title: Mapped[str]
    post: Mapped[str]
    specialties: Mapped[str]
    school: Mapped[str]
    union_group: Mapped[str]
    teaching_since: Mapped[int | None]
    updated_at: Mapped[dt.datetime]


class StudentRow(Base):
    __table__ = tables.students

    id: Mapped[int]
    name: Mapped[str]
    class_name: Mapped[str]
    gender: Mapped[str | None]
    birth_year: Mapped[int | None]
    difficulty_detail: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    difficulties: Mapped[list[StudentDifficultyRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="StudentDifficultyRow.category"
    )


class StudentDifficultyRow(Base):
    __table__ = tables.student_difficulties

    student_id: Mapped[int]
    category: Mapped[str]


class SchoolYearRow(Base):
    """A school year's own targets and exempt months; without a row the defaults apply."""

    __table__ = tables.school_years

    start_year: Mapped[int]
    talks_visits_target: Mapped[int]
    tutoring_target: Mapped[int]
    exempt_months: Mapped[str]


class PledgeRow(Base):
    __table__ = tables.pledges

    school_year: Mapped[int]
    mentee_id: Mapped[int]
    difficulty_detail: Mapped[str]
    measures: Mapped[str]
    commitments: Mapped[str]
    signed_on: Mapped[dt.date | None]
    signature_png: Mapped[bytes | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class ActivityRow(Base):
    __table__ = tables.activities

    id: Mapped[int]
    date: Mapped[dt.date]
    time: Mapped[dt.time | None]
    kind: Mapped[str]
    place: Mapped[str]
    content: Mapped[str]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    students: Mapped[list[ActivityStudentRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ActivityStudentRow.position"
    )


class ActivityStudentRow(Base):
    """Which students an activity involved; a student with records cannot be deleted (RESTRICT)."""

    __table__ = tables.activity_students

    activity_id: Mapped[int]
    student_id: Mapped[int]
    position: Mapped[int]


class SettingRow(Base):
    """Application settings that travel with the data (language, font size, reminders)."""

    __table__ = tables.settings

    key: Mapped[str]
    value: Mapped[str]
