"""Students: add, edit, list, and delete without ever orphaning a record.

The window's undo and redo pass `expected`: the student as the window left them. The change is then made
only if the stored student is still exactly that, checked in the same write transaction; otherwise
ConflictError("student_changed_elsewhere") and nothing is written.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from jilu_desktop.collation import class_order_text, sorted_chinese
from jilu_desktop.domain.errors import ConflictError, NotFoundError
from jilu_desktop.domain.students import SameNameError, Student, StudentRecord, likely_same_student, make_student
from jilu_desktop.services.base import Service
from jilu_desktop.storage import students_repo

STUDENT_FIELDS = ("name", "class_name", "gender", "birth_year", "difficulties", "difficulty_detail")


class StudentService(Service):
    def add(self, *, same_name_ok: bool = False, **fields: Any) -> int:
        """Add a student; their id. A student of the same name in the same class (or with no class given) is
        most likely the same child entered twice: ConflictError("student_same_name") unless `same_name_ok`."""
        student = make_student(today=self._clock.today(), **fields)
        with self._db.session_scope(write=True) as session:
            if not same_name_ok:
                _check_same_name(session, student)
            return students_repo.add_student(session, student, self._clock.now())

    def get(self, student_id: int) -> StudentRecord:
        with self._db.session_scope() as session:
            found = students_repo.get_student(session, student_id)
        if found is None:
            raise NotFoundError("unknown_student", "id", value=student_id)
        return found

    def list(self) -> list[StudentRecord]:
        """Every student, by class (its numbers in number order), then by name in pinyin order."""
        with self._db.session_scope() as session:
            records = students_repo.list_students(session)
        return sorted_chinese(records, lambda r: class_order_text(r.student.class_name), lambda r: r.student.name)

    def edit(
        self, student_id: int, *, expected: Student | None = None, same_name_ok: bool = False, **changes: Any
    ) -> StudentRecord:
        """Change the given fields; the rest keep their values. With `expected`, only if the stored student
        is still that one. A new name or class that another student already has is refused as add() refuses
        it (ConflictError("student_same_name")) unless `same_name_ok`."""
        unknown = set(changes) - set(STUDENT_FIELDS)
        if unknown:
            raise TypeError(f"unknown student fields: {sorted(unknown)}")
        with self._db.session_scope(write=True) as session:
            found = _found(session, student_id, expected)
            s = found.student
            fields: dict[str, Any] = {
                "name": s.name,
                "class_name": s.class_name,
                "gender": s.gender,
                "birth_year": s.birth_year,
                "difficulties": s.difficulties,
                "difficulty_detail": s.difficulty_detail,
            }
            fields.update(changes)
            student = make_student(today=self._clock.today(), **fields)
            renamed = (student.name, student.class_name) != (s.name, s.class_name)
            if renamed and not same_name_ok:
                _check_same_name(session, student, leave_out=student_id)
            students_repo.update_student(session, student_id, student, self._clock.now())
            return StudentRecord(student_id, student, found.activity_count)

    def restore(self, record: StudentRecord) -> StudentRecord:
        """Put back a student that delete() returned, under the same id (to undo the delete)."""
        with self._db.session_scope(write=True) as session:
            if not students_repo.restore_student(session, record, self._clock.now()):
                raise ConflictError("student_exists", "id", value=record.id)
        return StudentRecord(record.id, record.student)

    def delete(self, student_id: int, *, expected: Student | None = None) -> StudentRecord:
        """Delete a student who appears in no record and no pledge; returns what was deleted.

        With `expected`, only if the stored student is still that one.
        """
        with self._db.session_scope(write=True) as session:
            found = _found(session, student_id, expected)
            if found.activity_count:
                raise ConflictError("student_has_records", "id", name=found.student.name, count=found.activity_count)
            years = students_repo.mentee_of_years(session, student_id)
            if years:
                raise ConflictError(
                    "student_is_mentee", "id", name=found.student.name, school_years="、".join(map(str, years))
                )
            students_repo.delete_student(session, student_id)
            return found


def _check_same_name(session: Session, student: Student, leave_out: int | None = None) -> None:
    """SameNameError if the list has a student who is most likely this one (other than `leave_out`)."""
    same = [
        r for r in students_repo.list_students(session) if r.id != leave_out and likely_same_student(student, r.student)
    ]
    if same:
        raise SameNameError(student.name, sorted(same, key=lambda r: r.id))


def _found(session: Session, student_id: int, expected: Student | None) -> StudentRecord:
    """The stored student; NotFoundError if there is none, ConflictError if they are not `expected` (if given)."""
    found = students_repo.get_student(session, student_id)
    if found is None:
        raise NotFoundError("unknown_student", "id", value=student_id)
    if expected is not None and found.student != expected:
        raise ConflictError("student_changed_elsewhere", "id", value=student_id, name=expected.name)
    return found
