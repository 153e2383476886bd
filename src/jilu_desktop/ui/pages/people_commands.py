"""Undoable changes to students, the pledge and the profile, for the window's QUndoStack.

Each change is made once by the page, through the services, before its command is pushed: a rule that
says no is shown beside the field and nothing reaches the stack. The command's first redo() is therefore
skipped; later undo()/redo() call the services again, with the student, pledge or profile as the step left
it as `expected`: the services write only if it is still exactly that, so a change made meanwhile through
the `jilu` command is never overwritten. A refusal (that, or a rule) is told and the command leaves the
stack: through the stack's `failed` signal when it is the window's UndoStack, else through the page's
`report` (see ui/undo.py's ServiceCommand, the base of these commands and of the records').
A deleted student is put back under the same id (StudentService.restore), so other commands that name
them by id stay right.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from jilu_desktop.domain.errors import ConflictError
from jilu_desktop.domain.pledge import Pledge
from jilu_desktop.domain.profile import TeacherProfile
from jilu_desktop.domain.students import Student, StudentRecord
from jilu_desktop.services import AppServices
from jilu_desktop.ui.dialogs.profile_dialog import profile_fields
from jilu_desktop.ui.undo import Report, ServiceCommand


def student_fields(student: Student) -> dict[str, Any]:
    """A student as the keyword arguments of StudentService.add/edit."""
    return {
        "name": student.name,
        "class_name": student.class_name,
        "gender": student.gender,
        "birth_year": student.birth_year,
        "difficulties": sorted(d.value for d in student.difficulties),
        "difficulty_detail": student.difficulty_detail,
    }


class AddStudent(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, record: StudentRecord, report: Report) -> None:
        super().__init__(
            stack,
            QCoreApplication.translate("PeopleCommands", "添加学生“{name}”").format(name=record.student.name),
            report,
        )
        self._services = services
        self._record = record

    def do(self) -> None:
        self._services.students.restore(self._record)  # refused if the id is taken meanwhile

    def revert(self) -> None:
        self._services.students.delete(self._record.id, expected=self._record.student)


class EditStudent(ServiceCommand):
    def __init__(
        self, stack: QUndoStack, services: AppServices, before: StudentRecord, after: Student, report: Report
    ) -> None:
        super().__init__(
            stack, QCoreApplication.translate("PeopleCommands", "修改学生“{name}”").format(name=after.name), report
        )
        self._services = services
        self._id = before.id
        self._before = before.student
        self._after = after

    # Undo and redo put back a name and class the teacher had already: no same-name check again.
    def do(self) -> None:
        self._services.students.edit(self._id, expected=self._before, same_name_ok=True, **student_fields(self._after))

    def revert(self) -> None:
        self._services.students.edit(self._id, expected=self._after, same_name_ok=True, **student_fields(self._before))


class DeleteStudent(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, deleted: StudentRecord, report: Report) -> None:
        super().__init__(
            stack,
            QCoreApplication.translate("PeopleCommands", "删除学生“{name}”").format(name=deleted.student.name),
            report,
        )
        self._services = services
        self._record = deleted

    def do(self) -> None:
        self._services.students.delete(self._record.id, expected=self._record.student)

    def revert(self) -> None:
        self._services.students.restore(self._record)  # refused if the id is taken meanwhile


class SavePledge(ServiceCommand):
    """Writing a school year's pledge; undo puts back the one before (or removes a first one)."""

    def __init__(
        self, stack: QUndoStack, services: AppServices, before: Pledge | None, after: Pledge, report: Report
    ) -> None:
        super().__init__(
            stack,
            QCoreApplication.translate("PeopleCommands", "保存{year}学年志愿书").format(year=after.school_year),
            report,
        )
        self._services = services
        self._before = before
        self._after = after

    @property
    def school_year(self) -> int:
        return self._after.school_year

    def _write(self, pledge: Pledge, expected: Pledge | None) -> None:
        self._services.pledges.set(
            pledge.school_year,
            pledge.mentee_id,
            difficulty_detail=pledge.difficulty_detail,
            measures=pledge.measures,
            commitments=pledge.commitments,
            signed_on="" if pledge.signed_on is None else pledge.signed_on,
            signature_png=pledge.signature_png or b"",
            expected=expected,
        )

    def do(self) -> None:
        self._write(self._after, expected=self._before)

    def revert(self) -> None:
        if self._before is None:
            self._services.pledges.delete(self._after.school_year, expected=self._after)
        else:
            self._write(self._before, expected=self._after)


class SaveProfile(ServiceCommand):
    """A change to the teacher's profile; undo puts back the fields as they were."""

    def __init__(
        self,
        stack: QUndoStack,
        services: AppServices,
        before: TeacherProfile,
        after: TeacherProfile,
        report: Report,
    ) -> None:
        super().__init__(stack, QCoreApplication.translate("PeopleCommands", "修改个人信息"), report)
        self._services = services
        self._before = before
        self._after = after

    def do(self) -> None:
        self._services.profile.update(expected=self._before, **profile_fields(self._after))

    def revert(self) -> None:
        self._services.profile.update(expected=self._after, **profile_fields(self._before))


def save_profile(
    stack: QUndoStack,
    services: AppServices,
    opened: TeacherProfile | None,
    fields: dict[str, Any],
    report: Report,
) -> tuple[TeacherProfile, SaveProfile | None]:
    """Save the profile dialog's fields: the profile saved, and the step for the caller to push (None when
    nothing changed, or for the first profile: there is nothing to go back to).

    Only if the stored profile is still `opened` (as the dialog showed it): a change made meanwhile with the
    `jilu` command is not overwritten (ConflictError).
    """
    if opened is None and services.profile.get() is not None:
        raise ConflictError("profile_changed_elsewhere")  # written with `jilu` since the empty dialog opened
    after = services.profile.update(expected=opened, **fields)
    if opened is None or after == opened:
        return after, None
    return after, SaveProfile(stack, services, opened, after, report)
