"""Queries for students."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jilu_desktop.domain.students import Difficulty, Student, StudentRecord
from jilu_desktop.storage.models import ActivityStudentRow, PledgeRow, StudentDifficultyRow, StudentRow


def _to_domain(row: StudentRow, activity_count: int = 0) -> StudentRecord:
    student = Student(
        name=row.name,
        class_name=row.class_name,
        gender=row.gender,
        birth_year=row.birth_year,
        difficulties=frozenset(Difficulty(d.category) for d in row.difficulties),
        difficulty_detail=row.difficulty_detail,
    )
    return StudentRecord(row.id, student, activity_count)


def _fill(row: StudentRow, student: Student, now: dt.datetime) -> None:
    row.name = student.name
    row.class_name = student.class_name
    row.gender = student.gender
    row.birth_year = student.birth_year
    row.difficulty_detail = student.difficulty_detail
    row.updated_at = now
    wanted = {d.value for d in student.difficulties}
    row.difficulties = [d for d in row.difficulties if d.category in wanted] + [
        StudentDifficultyRow(category=c) for c in sorted(wanted - {d.category for d in row.difficulties})
    ]


def add_student(session: Session, student: Student, now: dt.datetime) -> int:
    row = StudentRow(created_at=now)
    _fill(row, student, now)
    session.add(row)
    session.flush()
    return row.id


def restore_student(session: Session, record: StudentRecord, now: dt.datetime) -> bool:
    """Put a deleted student back under their old id; False if the id is taken meanwhile."""
    if session.get(StudentRow, record.id) is not None:
        return False
    row = StudentRow(id=record.id, created_at=now)
    _fill(row, record.student, now)
    session.add(row)
    session.flush()
    return True


def update_student(session: Session, student_id: int, student: Student, now: dt.datetime) -> bool:
    row = session.get(StudentRow, student_id)
    if row is None:
        return False
    _fill(row, student, now)
    return True


def get_student(session: Session, student_id: int) -> StudentRecord | None:
    row = session.get(StudentRow, student_id)
    if row is None:
        return None
    return _to_domain(row, count_activities(session, student_id))


def students_named(session: Session, name: str) -> list[StudentRecord]:
    """The students with exactly this name (activity counts left at 0)."""
    rows = session.scalars(select(StudentRow).where(StudentRow.name == name).order_by(StudentRow.id))
    return [_to_domain(row, 0) for row in rows]


def list_students(session: Session) -> list[StudentRecord]:
    query = select(ActivityStudentRow.student_id, func.count()).group_by(ActivityStudentRow.student_id)
    # Not dict(result): a Result has .keys() (its column names), so dict() would treat it as a mapping.
    counts = {student_id: n for student_id, n in session.execute(query)}
    rows = session.scalars(select(StudentRow).order_by(StudentRow.class_name, StudentRow.name, StudentRow.id))
    return [_to_domain(row, counts.get(row.id, 0)) for row in rows]


def existing_ids(session: Session, ids: list[int]) -> set[int]:
    return set(session.scalars(select(StudentRow.id).where(StudentRow.id.in_(ids))))


def count_activities(session: Session, student_id: int) -> int:
    query = select(func.count()).select_from(ActivityStudentRow).where(ActivityStudentRow.student_id == student_id)
    return session.scalar(query) or 0


def mentee_of_years(session: Session, student_id: int) -> list[int]:
    query = select(PledgeRow.school_year).where(PledgeRow.mentee_id == student_id).order_by(PledgeRow.school_year)
    return list(session.scalars(query))


def delete_student(session: Session, student_id: int) -> None:
    row = session.get(StudentRow, student_id)
    if row is not None:
        session.delete(row)
