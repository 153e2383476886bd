"""Transactions, foreign keys and locks on the real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from jilu_desktop.domain.activities import Activity, ActivityKind
from jilu_desktop.domain.pledge import Pledge
from jilu_desktop.domain.students import Student
from jilu_desktop.services import AppServices
from jilu_desktop.storage import activities_repo, pledges_repo, students_repo
from jilu_desktop.storage.database import Database
from jilu_desktop.storage.errors import Problem, StorageBug, StorageEnvironmentError
from jilu_desktop.storage.models import ActivityRow, ActivityStudentRow, StudentRow

from .conftest import NOW


def counts(db: Database) -> tuple[int, int, int]:
    with db.session_scope() as session:
        return (
            session.scalar(select(func.count()).select_from(StudentRow)) or 0,
            session.scalar(select(func.count()).select_from(ActivityRow)) or 0,
            session.scalar(select(func.count()).select_from(ActivityStudentRow)) or 0,
        )


def add_student(db: Database, name: str) -> int:
    with db.session_scope() as session:
        return students_repo.add_student(session, Student(name=name), NOW)


def add_activity(db: Database, *student_ids: int) -> int:
    activity = Activity(dt.date(2026, 12, 1), ActivityKind.TALK, student_ids, "办公室", "谈心")
    with db.session_scope() as session:
        return activities_repo.add_activity(session, activity, NOW)


def test_session_scope_commits(db: Database) -> None:
    student_id = add_student(db, "小明")
    with db.session_scope() as session:
        found = students_repo.get_student(session, student_id)
    assert found is not None
    assert found.student.name == "小明"


def test_session_scope_rolls_back_everything_on_error(db: Database) -> None:
    add_student(db, "小明")
    with pytest.raises(RuntimeError, match="boom"), db.session_scope() as session:
        first = students_repo.add_student(session, Student(name="小红"), NOW)
        second = students_repo.add_student(session, Student(name="小刚"), NOW)
        activity = Activity(dt.date(2026, 12, 1), ActivityKind.TUTORING, (first, second), "教室", "辅导数学")
        activities_repo.add_activity(session, activity, NOW)
        session.flush()  # the rows really reached the database inside the transaction
        raise RuntimeError("boom")
    assert counts(db) == (1, 0, 0)


def test_session_scope_rolls_back_on_a_database_error(db: Database) -> None:
    with pytest.raises(StorageBug), db.session_scope() as session:
        students_repo.add_student(session, Student(name="小红"), NOW)
        session.flush()
        activity = Activity(dt.date(2026, 12, 1), ActivityKind.TALK, (999,), "教室", "谈心")
        activities_repo.add_activity(session, activity, NOW)  # foreign key: no student 999
    assert counts(db) == (0, 0, 0)


def test_foreign_keys_restrict_deleting_a_student_with_records(db: Database, db_path: Path) -> None:
    student = add_student(db, "小明")
    add_activity(db, student)
    # Straight SQL, as any other tool would do it, with the foreign keys on:
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("DELETE FROM students WHERE id = ?", (student,))
    finally:
        conn.close()
    # And through the app's own connections, which switch them on every time:
    with pytest.raises(StorageBug), db.session_scope() as session:
        session.connection().exec_driver_sql(f"DELETE FROM students WHERE id = {student}")
    assert counts(db) == (1, 1, 1)


def test_foreign_keys_restrict_deleting_a_mentee(db: Database) -> None:
    student = add_student(db, "小明")
    with db.session_scope() as session:
        pledges_repo.save_pledge(session, Pledge(school_year=2026, mentee_id=student), NOW)
    with pytest.raises(StorageBug) as caught, db.session_scope() as session:
        session.connection().exec_driver_sql(f"DELETE FROM students WHERE id = {student}")
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert counts(db)[0] == 1


def test_deleting_an_activity_cascades_to_its_students_links(db: Database) -> None:
    one, two = add_student(db, "甲"), add_student(db, "乙")
    activity = add_activity(db, one, two)
    with db.session_scope() as session:
        session.connection().exec_driver_sql(f"DELETE FROM activities WHERE id = {activity}")
    assert counts(db) == (2, 0, 0)


def test_unknown_kind_refused_by_the_schema(db: Database) -> None:
    with pytest.raises(StorageBug), db.session_scope() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO activities (date, kind, place, content, created_at, updated_at)"
            " VALUES ('2026-12-01', 'lecture', 'x', 'y', '2026-12-01', '2026-12-01')"
        )


def test_only_one_teacher_row(db: Database) -> None:
    with pytest.raises(StorageBug), db.session_scope() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO teacher (id, name, title, post, specialties, school, union_group, updated_at)"
            " VALUES (2, '王', '', '', '', '', '', '2026-12-01')"
        )


def test_locked_database_refuses_the_write_and_writes_nothing(services: AppServices) -> None:
    first = services.students.add(name="小明")
    second = services.students.add(name="小红")
    db_file = services.db.engine.url.database
    assert db_file is not None
    other = sqlite3.connect(db_file, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StorageEnvironmentError) as caught:
            services.activities.add(
                date="2026-12-01", kind="tutoring", student_ids=[first, second], place="教室", content="补数学"
            )
        assert caught.value.problem is Problem.LOCKED
        assert "another" in caught.value.message("en")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.activities.list() == []
    assert counts(services.db) == (2, 0, 0)
    # Once the other program lets go, the same write goes through.
    services.activities.add(
        date="2026-12-01", kind="tutoring", student_ids=[first, second], place="教室", content="补数学"
    )
    assert counts(services.db) == (2, 1, 2)


def test_a_write_that_reads_first_waits_for_a_short_lock(services: AppServices) -> None:
    """An edit reads before it writes; it must wait for another program's brief lock, not fail at once."""
    student = services.students.add(name="小明")
    activity = services.activities.add(
        date="2026-12-01", kind="talk", student_ids=[student], place="办公室", content="谈心"
    )
    db_file = services.db.engine.url.database
    assert db_file is not None
    other = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.3, lambda: other.execute("ROLLBACK"))
    release.start()
    try:
        services.activities.edit(activity, place="教室")
    finally:
        release.join()
        other.close()
    assert services.activities.get(activity).activity.place == "教室"
