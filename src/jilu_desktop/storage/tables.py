"""The database tables, as SQLAlchemy Core tables. A change here needs a migration.

The ORM's typed classes (models.py) are mapped onto these tables. The tables alone are cheap to declare, so
the reads that the window's first paint waits for use them, and the mapping waits until a query needs it.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
)

metadata = MetaData()

# The teacher's profile: a single row with id 1.
teacher = Table(
    "teacher",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(30), nullable=False),
    Column("gender", String(1)),
    Column("birth_month", String(7)),  # "YYYY-MM"
    Column("title", String(50), nullable=False, default=""),
    Column("post", String(50), nullable=False, default=""),
    Column("specialties", String(200), nullable=False, default=""),
    Column("school", String(50), nullable=False, default=""),
    Column("union_group", String(50), nullable=False, default=""),
    Column("teaching_since", Integer),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint("id = 1", name="single_teacher"),
)

students = Table(
    "students",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(30), nullable=False),
    Column("class_name", String(30), nullable=False, default=""),
    Column("gender", String(1)),
    Column("birth_year", Integer),
    Column("difficulty_detail", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    sqlite_autoincrement=True,  # an id is never given twice: not even the newest one's, after it is deleted
)

student_difficulties = Table(
    "student_difficulties",
    metadata,
    Column("student_id", ForeignKey("students.id", ondelete="CASCADE"), primary_key=True),
    Column("category", String(16), primary_key=True),
)

# A school year's own targets and exempt months; without a row the defaults apply.
school_years = Table(
    "school_years",
    metadata,
    Column("start_year", Integer, primary_key=True),
    Column("talks_visits_target", Integer, nullable=False),
    Column("tutoring_target", Integer, nullable=False),
    Column("exempt_months", String(40), nullable=False),  # "7,8"
)

pledges = Table(
    "pledges",
    metadata,
    Column("school_year", Integer, primary_key=True),
    Column("mentee_id", ForeignKey("students.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("difficulty_detail", Text, nullable=False, default=""),
    Column("measures", Text, nullable=False, default=""),
    Column("commitments", Text, nullable=False, default=""),
    Column("signed_on", Date),
    Column("signature_png", LargeBinary),  # the handwritten signature (PNG)
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

activities = Table(
    "activities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("date", Date, nullable=False),
    Column("time", Time),
    Column("kind", String(16), nullable=False),
    Column("place", String(50), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    CheckConstraint("kind IN ('talk', 'home-visit', 'tutoring', 'assistance')", name="known_kind"),
    Index("ix_activities_date", "date"),
    sqlite_autoincrement=True,  # an id is never given twice (see students)
)

# Which students an activity involved; a student with records cannot be deleted (RESTRICT).
activity_students = Table(
    "activity_students",
    metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("student_id", ForeignKey("students.id", ondelete="RESTRICT"), primary_key=True),
    Column("position", Integer, nullable=False),
    Index("ix_activity_students_student", "student_id"),
)

# Application settings that travel with the data (language, font size, reminders).
settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
