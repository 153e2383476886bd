"""initial schema

Revision ID: 0001_initial
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=50), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('talk', 'home-visit', 'tutoring', 'assistance')", name="known_kind"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_date", ["date"], unique=False)

    op.create_table(
        "school_years",
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("talks_visits_target", sa.Integer(), nullable=False),
        sa.Column("tutoring_target", sa.Integer(), nullable=False),
        sa.Column("exempt_months", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("start_year"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "students",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("class_name", sa.String(length=30), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("difficulty_detail", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "teacher",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("birth_month", sa.String(length=7), nullable=True),
        sa.Column("title", sa.String(length=50), nullable=False),
        sa.Column("post", sa.String(length=50), nullable=False),
        sa.Column("specialties", sa.String(length=200), nullable=False),
        sa.Column("school", sa.String(length=50), nullable=False),
        sa.Column("union_group", sa.String(length=50), nullable=False),
        sa.Column("teaching_since", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name="single_teacher"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "activity_students",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("activity_id", "student_id"),
    )
    with op.batch_alter_table("activity_students", schema=None) as batch_op:
        batch_op.create_index("ix_activity_students_student", ["student_id"], unique=False)

    op.create_table(
        "pledges",
        sa.Column("school_year", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("difficulty_detail", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("commitments", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["mentee_id"], ["students.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("school_year"),
    )
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pledges_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "student_difficulties",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["students.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("student_id", "category"),
    )


def downgrade() -> None:
    op.drop_table("student_difficulties")
    with op.batch_alter_table("pledges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pledges_mentee_id"))

    op.drop_table("pledges")
    with op.batch_alter_table("activity_students", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_students_student")

    op.drop_table("activity_students")
    op.drop_table("teacher")
    op.drop_table("students")
    op.drop_table("settings")
    op.drop_table("school_years")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_date")

    op.drop_table("activities")
