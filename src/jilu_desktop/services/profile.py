"""The teacher's profile.

The window's undo and redo pass `expected`: the profile as the window left it. The change is then made only
if the stored profile is still exactly that, checked in the same write transaction; otherwise
ConflictError("profile_changed_elsewhere") and nothing is written.
"""

from __future__ import annotations

from typing import Any

from jilu_desktop.domain.errors import ConflictError, ValidationError
from jilu_desktop.domain.profile import TeacherProfile, make_profile
from jilu_desktop.services.base import Service
from jilu_desktop.storage import teacher_repo

PROFILE_FIELDS = (
    "name",
    "gender",
    "birth",
    "title",
    "post",
    "specialties",
    "school",
    "union_group",
    "teaching_since",
)


class ProfileService(Service):
    def get(self) -> TeacherProfile | None:
        with self._db.session_scope() as session:
            return teacher_repo.load_profile(session)

    def update(self, *, expected: TeacherProfile | None = None, **changes: Any) -> TeacherProfile:
        """Change the given fields; fields left out keep their value. Name is required the first time.

        With `expected`, only if the stored profile is still that one.
        """
        unknown = set(changes) - set(PROFILE_FIELDS)
        if unknown:
            raise TypeError(f"unknown profile fields: {sorted(unknown)}")
        with self._db.session_scope(write=True) as session:
            current = teacher_repo.load_profile(session)
            if expected is not None and current != expected:
                raise ConflictError("profile_changed_elsewhere")
            fields: dict[str, Any] = {}
            if current is not None:
                fields = {
                    "name": current.name,
                    "gender": current.gender,
                    "birth": current.birth_month,
                    "title": current.title,
                    "post": current.post,
                    "specialties": current.specialties,
                    "school": current.school,
                    "union_group": current.union_group,
                    "teaching_since": current.teaching_since,
                }
            fields.update(changes)
            if "name" not in fields:
                raise ValidationError("required", "name")
            profile = make_profile(today=self._clock.today(), **fields)
            teacher_repo.save_profile(session, profile, self._clock.now())
            return profile
