"""Activities: record, edit, delete and find talks, home visits, tutoring and other help."""

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

    def edit(self, activity_id: int, **changes: Any) -> ActivityRecord:
        """Change the given fields of an activity; the rest keep their values."""
        unknown = set(changes) - set(ACTIVITY_FIELDS)
        if unknown:
            raise TypeError(f"unknown activity fields: {sorted(unknown)}")
        with self._db.session_scope(write=True) as session:
            found = activities_repo.get_activity(session, activity_id)
            if found is None:
                raise NotFoundError("unknown_activity", "id", value=activity_id)
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

    def delete(self, activity_id: int) -> ActivityRecord:
        """Delete an activity; returns it as it was, so that it can be restored."""
        with self._db.session_scope(write=True) as session:
            found = activities_repo.get_activity(session, activity_id)
            if found is None:
                raise NotFoundError("unknown_activity", "id", value=activity_id)
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

    def delete_many(self, activity_ids: Sequence[int]) -> builtins.list[ActivityRecord]:
        """Delete several activities in one transaction: all of them, or (if one is unknown) none."""
        with self._db.session_scope(write=True) as session:
            deleted = []
            for activity_id in activity_ids:
                found = activities_repo.get_activity(session, activity_id)
                if found is None:
                    raise NotFoundError("unknown_activity", "id", value=activity_id)
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


def _check_students(session: Session, ids: list[int]) -> None:
    known = students_repo.existing_ids(session, ids)
    for student_id in ids:
        if student_id not in known:
            raise ValidationError("unknown_student", "students", value=student_id)
