"""Activities: record, edit, delete and find talks, home visits, tutoring and other help.

The window's undo and redo pass `expected`: the record as the window left it. The record is then changed
only if it is still exactly that, checked in the same write transaction as the change; if the `jilu`
command (or anything else) changed it meanwhile, ConflictError("activity_changed_elsewhere") and nothing is
written, so that undoing never overwrites a change made elsewhere.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import ActivityFilter, ActivityRecord, ActivitySummary, make_activity
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from jilu_desktop.services.base import Service
from jilu_desktop.storage import activities_repo, students_repo

ACTIVITY_FIELDS = ("date", "time", "kind", "student_ids", "place", "content")


class ActivityService(Service):
    def add(self, **fields: Any) -> int:
        activity = make_activity(today=self._clock.today(), **fields)
        with self._db.session_scope(write=True) as session:
            _check_students(session, list(activity.student_ids))
            return activities_repo.add_activity(session, activity, self._clock.now())

    def get(self, activity_id: int) -> ActivityRecord:
        with self._db.session_scope() as session:
            found = activities_repo.get_activity(session, activity_id)
        if found is None:
            raise NotFoundError("unknown_activity", "id", value=activity_id)
        return found

    def edit(self, activity_id: int, *, expected: ActivityRecord | None = None, **changes: Any) -> ActivityRecord:
        """Change the given fields of an activity; the rest keep their values.

        With `expected`, only if the stored activity is still that one (see unchanged()).
        """
        unknown = set(changes) - set(ACTIVITY_FIELDS)
        if unknown:
            raise TypeError(f"unknown activity fields: {sorted(unknown)}")
        with self._db.session_scope(write=True) as session:
            found = _found(session, activity_id, expected)
            a = found.activity
            fields: dict[str, Any] = {
                "date": a.date,
                "time": a.time,
                "kind": a.kind,
                "student_ids": a.student_ids,
                "place": a.place,
                "content": a.content,
            }
            fields.update(changes)
            activity = make_activity(today=self._clock.today(), **fields)
            _check_students(session, list(activity.student_ids))
            activities_repo.update_activity(session, activity_id, activity, self._clock.now())
            session.flush()
            updated = activities_repo.get_activity(session, activity_id)
            assert updated is not None
            return updated

    def delete(self, activity_id: int, *, expected: ActivityRecord | None = None) -> ActivityRecord:
        """Delete an activity; returns it as it was, so that it can be restored.

        With `expected`, only if the stored activity is still that one (see unchanged()).
        """
        with self._db.session_scope(write=True) as session:
            found = _found(session, activity_id, expected)
            activities_repo.delete_activity(session, activity_id)
            return found

    def list(self, flt: ActivityFilter | None = None, newest_first: bool = True) -> list[ActivityRecord]:
        with self._db.session_scope() as session:
            return activities_repo.list_activities(session, flt or ActivityFilter(), newest_first)

    def summaries(
        self,
        flt: ActivityFilter | None = None,
        newest_first: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> builtins.list[ActivitySummary]:
        """Plain rows for a table of activities (`limit` of them from `offset`, or all)."""
        with self._db.session_scope() as session:
            return activities_repo.list_summaries(session, flt or ActivityFilter(), newest_first, limit, offset)

    def count(self, flt: ActivityFilter | None = None) -> tuple[int, int]:
        """How many records the filter lets through, and the 人次 they add up to."""
        with self._db.session_scope() as session:
            return activities_repo.count_summaries(session, flt or ActivityFilter())

    def months(self) -> builtins.list[tuple[Month, int]]:
        """Every month with records, newest first, and how many records each has."""
        with self._db.session_scope() as session:
            return activities_repo.month_counts(session)

    def delete_many(
        self, activity_ids: Sequence[int], *, expected: Sequence[ActivityRecord] | None = None
    ) -> builtins.list[ActivityRecord]:
        """Delete several activities in one transaction: all of them, or (if one is unknown) none.

        With `expected` (the records as they should be, by id), all of them only if every one is unchanged.
        """
        wanted = {record.id: record for record in expected or ()}
        with self._db.session_scope(write=True) as session:
            deleted = []
            for activity_id in activity_ids:
                if expected is not None and activity_id not in wanted:
                    raise TypeError(f"no expected record for activity {activity_id}")
                found = _found(session, activity_id, wanted.get(activity_id))
                activities_repo.delete_activity(session, activity_id)
                deleted.append(found)
            return deleted

    def restore(self, record: ActivityRecord) -> ActivityRecord:
        """Put back an activity that delete() returned, with its id and times (to undo the delete)."""
        self.restore_many([record])
        return record

    def restore_many(self, records: Sequence[ActivityRecord]) -> None:
        """Put back deleted activities in one transaction: all of them, or (if one cannot be) none."""
        with self._db.session_scope(write=True) as session:
            for record in records:
                _check_students(session, list(record.activity.student_ids))
                if not activities_repo.restore_activity(session, record):
                    raise ConflictError("activity_exists", "id", value=record.id)

    def last_place(self) -> str | None:
        with self._db.session_scope() as session:
            return activities_repo.last_place(session)


def unchanged(stored: ActivityRecord, expected: ActivityRecord) -> bool:
    """Whether a stored activity is still the one the window left: the same fields and students, and the same
    creation time (an id taken again by a new record after a delete is not the same record). The students'
    names are not compared: renaming a student does not change their records."""
    return stored.activity == expected.activity and stored.created_at == expected.created_at


def _found(session: Session, activity_id: int, expected: ActivityRecord | None) -> ActivityRecord:
    """The stored activity; NotFoundError if there is none, ConflictError if it is not `expected` (if given)."""
    found = activities_repo.get_activity(session, activity_id)
    if found is None:
        raise NotFoundError("unknown_activity", "id", value=activity_id)
    if expected is not None and not unchanged(found, expected):
        raise ConflictError("activity_changed_elsewhere", "id", value=activity_id, date=expected.activity.date)
    return found


def _check_students(session: Session, ids: list[int]) -> None:
    known = students_repo.existing_ids(session, ids)
    for student_id in ids:
        if student_id not in known:
            raise ValidationError("unknown_student", "students", value=student_id)
