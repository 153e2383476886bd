"""ids are never used twice: activities and students become AUTOINCREMENT tables

Revision ID: 0003_ids_never_reused
Revises: 0002_pledge_signature

Without AUTOINCREMENT SQLite gives a new row the largest id + 1, so after the newest record is deleted the
next one added gets its id again: the deletion can then no longer be undone (its id is taken), and an id in
a script or in the shell's history names another record. With it, SQLite keeps the largest id ever given
(in sqlite_sequence) and never hands it out again.

A table cannot be made AUTOINCREMENT in place: each is rebuilt (a new table, every row copied with its id,
the old one dropped, the new one renamed), and copying the rows with their ids sets sqlite_sequence to the
largest id now there. The rows that refer to them (activity_students, student_difficulties, pledges) are left
as they are; storage.migrate.upgrade runs the migrations with foreign keys off, so that dropping the old
table neither deletes them (CASCADE) nor is refused (RESTRICT), and checks every reference before committing.

The tables are written out here as they are at this revision, not taken from storage/tables.py, which
describes the newest one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_ids_never_reused"
down_revision: str | None = "0002_pledge_signature"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _students(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        "students",
        metadata,
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


def _activities(metadata: sa.MetaData) -> sa.Table:
    return sa.Table(
        "activities",
        metadata,
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
        sa.Index("ix_activities_date", "date"),
    )


def _rebuild(*, autoincrement: bool) -> None:
    metadata = sa.MetaData()
    for table in (_students(metadata), _activities(metadata)):
        with op.batch_alter_table(
            table.name,
            recreate="always",
            copy_from=table,
            table_kwargs={"sqlite_autoincrement": autoincrement},
        ):
            pass


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)
