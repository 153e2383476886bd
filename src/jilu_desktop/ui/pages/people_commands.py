"""Undoable changes to students, the pledge and the profile, for the window's QUndoStack.

Each change is made once by the page, through the services, before its command is pushed: a rule that
says no is shown beside the field and nothing reaches the stack. The command's first redo() is therefore
skipped; later undo()/redo() call the services again. A refusal then (the data changed meanwhile, for
instance through the `jilu` command) is told and the command leaves the stack: through the stack's
`failed` signal when it has one (the window's UndoStack), else through the page's `report`.
A deleted student is put back under the same id (StudentService.restore), so other commands that name
them by id stay right.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QUndoCommand, QUndoStack

from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG
from jilu_desktop.domain.pledge import Pledge
from jilu_desktop.domain.students import Student, StudentRecord
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError

log = logging.getLogger(__name__)

Report = Callable[[Exception], None]
_CONTEXT = "PeopleCommands"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


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


class ServiceCommand(QUndoCommand):
    """A change already made; undo()/redo() repeat it through the services and report a refusal."""

    def __init__(self, stack: QUndoStack, text: str, report: Report) -> None:
        super().__init__(text)
        # Weakly: the stack owns its commands, and a command holding its stack makes a cycle whose
        # collection destroys the stack while it still deletes its commands (a crash in QUndoStack::clear).
        self._stack = weakref.ref(stack)
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_change)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (DomainError, StorageEnvironmentError) as error:
            log.warning("could not undo or redo %r: %s", self.text(), error)
            # The stack cannot go on past a step that did not happen: Qt drops an obsolete command.
            self.setObsolete(True)
            stack = self._stack()
            failed = getattr(stack, "failed", None)
            if isinstance(failed, SignalInstance):
                lang = getattr(stack, "lang", DEFAULT_LANG)
                failed.emit(_tr("无法完成“{action}”：{reason}").format(action=self.text(), reason=error.message(lang)))
            else:
                self._report(error)

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError


class AddStudent(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, record: StudentRecord, report: Report) -> None:
        super().__init__(stack, _tr("添加学生“{name}”").format(name=record.student.name), report)
        self._services = services
        self._record = record

    def do(self) -> None:
        self._services.students.restore(self._record)

    def undo_change(self) -> None:
        self._services.students.delete(self._record.id)


class EditStudent(ServiceCommand):
    def __init__(
        self, stack: QUndoStack, services: AppServices, before: StudentRecord, after: Student, report: Report
    ) -> None:
        super().__init__(stack, _tr("修改学生“{name}”").format(name=after.name), report)
        self._services = services
        self._id = before.id
        self._before = student_fields(before.student)
        self._after = student_fields(after)

    def do(self) -> None:
        self._services.students.edit(self._id, **self._after)

    def undo_change(self) -> None:
        self._services.students.edit(self._id, **self._before)


class DeleteStudent(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, deleted: StudentRecord, report: Report) -> None:
        super().__init__(stack, _tr("删除学生“{name}”").format(name=deleted.student.name), report)
        self._services = services
        self._record = deleted

    def do(self) -> None:
        self._services.students.delete(self._record.id)

    def undo_change(self) -> None:
        self._services.students.restore(self._record)


class SavePledge(ServiceCommand):
    """Writing a school year's pledge; undo puts back the one before (or removes a first one)."""

    def __init__(
        self, stack: QUndoStack, services: AppServices, before: Pledge | None, after: Pledge, report: Report
    ) -> None:
        super().__init__(stack, _tr("保存{year}学年志愿书").format(year=after.school_year), report)
        self._services = services
        self._before = before
        self._after = after

    @property
    def school_year(self) -> int:
        return self._after.school_year

    def _write(self, pledge: Pledge) -> None:
        self._services.pledges.set(
            pledge.school_year,
            pledge.mentee_id,
            difficulty_detail=pledge.difficulty_detail,
            measures=pledge.measures,
            commitments=pledge.commitments,
            signed_on="" if pledge.signed_on is None else pledge.signed_on,
            signature_png=pledge.signature_png or b"",
        )

    def do(self) -> None:
        self._write(self._after)

    def undo_change(self) -> None:
        if self._before is None:
            self._services.pledges.delete(self._after.school_year)
        else:
            self._write(self._before)


class SaveProfile(ServiceCommand):
    """A change to the teacher's profile; undo puts back the fields as they were."""

    def __init__(
        self,
        stack: QUndoStack,
        services: AppServices,
        before: dict[str, Any],
        after: dict[str, Any],
        report: Report,
    ) -> None:
        super().__init__(stack, _tr("修改个人信息"), report)
        self._services = services
        self._before = before
        self._after = after

    def do(self) -> None:
        self._services.profile.update(**self._after)

    def undo_change(self) -> None:
        self._services.profile.update(**self._before)
