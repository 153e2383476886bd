"""The database tables, as SQLAlchemy 2 typed models. A change here needs a migration."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class TeacherRow(Base):
    """The teacher's profile: a single row with id 1."""

    __tablename__ = "teacher"
    __table_args__ = (CheckConstraint("id = 1", name="single_teacher"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_month: Mapped[str | None] = mapped_column(String(7))  # "YYYY-MM"
    title: Mapped[str] = mapped_column(String(50), default="")
    post: Mapped[str] = mapped_column(String(50), default="")
    specialties: Mapped[str] = mapped_column(String(200), default="")
    school: Mapped[str] = mapped_column(String(50), default="")
    union_group: Mapped[str] = mapped_column(String(50), default="")
    teaching_since: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StudentRow(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    class_name: Mapped[str] = mapped_column(String(30), default="")
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    difficulty_detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    difficulties: Mapped[list[StudentDifficultyRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="StudentDifficultyRow.category"
    )


class StudentDifficultyRow(Base):
    __tablename__ = "student_difficulties"

    student_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)


class SchoolYearRow(Base):
    """A school year's own targets and exempt months; without a row the defaults apply."""

    __tablename__ = "school_years"

    start_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    talks_visits_target: Mapped[int] = mapped_column(Integer)
    tutoring_target: Mapped[int] = mapped_column(Integer)
    exempt_months: Mapped[str] = mapped_column(String(40))  # "7,8"


class PledgeRow(Base):
    __tablename__ = "pledges"

    school_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="RESTRICT"), index=True)
    difficulty_detail: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    commitments: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)  # the handwritten signature (PNG)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActivityRow(Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("kind IN ('talk', 'home-visit', 'tutoring', 'assistance')", name="known_kind"),
        Index("ix_activities_date", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    time: Mapped[dt.time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(16))
    place: Mapped[str] = mapped_column(String(50))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    students: Mapped[list[ActivityStudentRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="ActivityStudentRow.position"
    )


class ActivityStudentRow(Base):
    """Which students an activity involved; a student with records cannot be deleted (RESTRICT)."""

    __tablename__ = "activity_students"
    __table_args__ = (Index("ix_activity_students_student", "student_id"),)

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("students.id", ondelete="RESTRICT"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """Application settings that travel with the data (language, font size, reminders)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
