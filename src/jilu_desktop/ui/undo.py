"""Undo and redo of changes to activity records, as QUndoCommands that call the services.

A change is made first, by one of the functions below (add_activity, edit_activity, ...): if the services
refuse it, the DomainError goes back to the form and nothing is pushed. Once made, it is pushed as an
already-done command, so the stack only ever holds changes that really happened.

Undo and redo reverse only the window's own change. The `jilu` command works on the same book while the
window is open, so each command remembers the record as its step left it and passes it to the services as
`expected`: they check it and write in one transaction, and refuse (ConflictError) if the record was changed,
deleted or its id taken elsewhere meanwhile. An added record is taken away by its id only, so records added
elsewhere are never touched. Undoing or redoing can fail so, or because the disk is locked: the command then
tells the stack (UndoStack.failed, with a message for the teacher) and drops itself, and the records stay as
they are. The older steps stay on the stack: each checks its own record again when undone (a step that
depended on the dropped one then fails the same way, so nothing is ever overwritten).
ServiceCommand is the base of every such command, the students', pledge's and profile's as well
(ui/pages/people_commands.py).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jilu_desktop.domain.activities import ActivityRecord
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import DEFAULT_LANG, Lang
from jilu_desktop.services import AppServices
from jilu_desktop.storage.errors import StorageEnvironmentError

log = logging.getLogger(__name__)


class UndoStack(QUndoStack):
    """The window's one undo stack; tells when an undo or redo could not be done."""

    failed = Signal(str)  # what to tell the teacher

    def __init__(self, parent: QObject | None = None, lang: Lang | Callable[[], Lang] = DEFAULT_LANG) -> None:
        super().__init__(parent)
        self._lang = lang
        self.pushing = False
        # True from a failed undo until the next undo or redo: the stack then moves down past the dropped step
        # (indexChanged) although nothing was undone. A failed redo does not move the stack.
        self.undo_failed = False

    @property
    def lang(self) -> Lang:
        return self._lang() if callable(self._lang) else self._lang

    def push(self, command: QUndoCommand) -> None:
        # indexChanged comes during push(): `pushing` tells a new change from a redo.
        self.pushing = True
        try:
            super().push(command)
        finally:
            self.pushing = False


Report = Callable[[Exception], None]


class ServiceCommand(QUndoCommand):
    """A change already made when pushed: the first redo() is the push itself and does nothing.

    Later undo()/redo() call do()/revert(). A refusal is told through the stack's `failed` signal when the
    stack is the window's UndoStack, else through `report` (a page's own message box, e.g. on a plain
    QUndoStack in tests); either way the command is made obsolete, so Qt takes it off the stack.
    """

    def __init__(self, stack: QUndoStack, text: str, report: Report | None = None) -> None:
        super().__init__(text)
        # Weakly: the stack owns its commands, and a command holding its stack makes a cycle whose
        # collection can destroy the stack while it is still deleting its commands (a crash in
        # QUndoStack::clear).
        self._stack = weakref.ref(stack)
        self._report = report
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[], None]) -> None:
        stack = self._stack()
        if isinstance(stack, UndoStack):
            stack.undo_failed = False
        try:
            step()
        except (DomainError, StorageEnvironmentError) as error:
            log.warning("could not undo or redo %r: %s", self.text(), error)
            # An obsolete command is taken off the stack by Qt once this undo()/redo() returns. Nothing was
            # written (the services check and write in one transaction), so the older steps stay right.
            self.setObsolete(True)
            if isinstance(stack, UndoStack):
                stack.undo_failed = step == self.revert
                text = QCoreApplication.translate("Undo", "无法完成“{action}”：{reason}").format(
                    action=self.text(), reason=error.message(stack.lang)
                )
                stack.failed.emit(text)
            elif self._report is not None:
                self._report(error)


def activity_fields(record: ActivityRecord) -> dict[str, Any]:
    """A record as the keyword arguments of ActivityService.add/edit."""
    a = record.activity
    return {
        "date": a.date,
        "time": a.time,
        "kind": a.kind,
        "student_ids": list(a.student_ids),
        "place": a.place,
        "content": a.content,
    }


class AddActivity(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, record: ActivityRecord) -> None:
        super().__init__(stack, QCoreApplication.translate("Undo", "新增记录"))
        self._services = services
        self.record = record

    def do(self) -> None:
        self._services.activities.restore(self.record)  # refused if the id is taken meanwhile

    def revert(self) -> None:
        self._services.activities.delete(self.record.id, expected=self.record)


class EditActivity(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, before: ActivityRecord, after: ActivityRecord) -> None:
        super().__init__(stack, QCoreApplication.translate("Undo", "修改记录"))
        self._services = services
        self.before = before
        self.after = after

    def do(self) -> None:
        self._services.activities.edit(self.after.id, expected=self.before, **activity_fields(self.after))

    def revert(self) -> None:
        self._services.activities.edit(self.before.id, expected=self.after, **activity_fields(self.before))


class DeleteActivities(ServiceCommand):
    def __init__(self, stack: QUndoStack, services: AppServices, records: Sequence[ActivityRecord]) -> None:
        text = (
            QCoreApplication.translate("Undo", "删除记录")
            if len(records) == 1
            else QCoreApplication.translate("Undo", "删除 {count} 条记录").format(count=len(records))
        )
        super().__init__(stack, text)
        self._services = services
        self.records = list(records)

    # One transaction each way: a hundred records are written to disk once, not a hundred times.
    def do(self) -> None:
        self._services.activities.delete_many([record.id for record in self.records], expected=self.records)

    def revert(self) -> None:
        self._services.activities.restore_many(self.records)  # refused if an id is taken meanwhile


# Make a change through the services, then push it; a DomainError is raised before anything is pushed.


def add_activity(stack: QUndoStack, services: AppServices, **fields: Any) -> ActivityRecord:
    record = services.activities.get(services.activities.add(**fields))
    stack.push(AddActivity(stack, services, record))
    return record


def edit_activity(
    stack: QUndoStack, services: AppServices, activity_id: int, expected: ActivityRecord | None = None, **changes: Any
) -> ActivityRecord:
    """Save changes to a record as an undoable step. With `expected` (the record as the edit dialog opened it),
    only if it is still that: a change made meanwhile elsewhere is not overwritten (ConflictError)."""
    before = expected if expected is not None else services.activities.get(activity_id)
    after = services.activities.edit(activity_id, expected=expected, **changes)
    if after.activity != before.activity:  # saving an unchanged record is not a step to undo
        stack.push(EditActivity(stack, services, before, after))
    return after


def delete_activities(stack: QUndoStack, services: AppServices, activity_ids: Sequence[int]) -> list[ActivityRecord]:
    records = services.activities.delete_many(activity_ids)
    if records:
        stack.push(DeleteActivities(stack, services, records))
    return records
