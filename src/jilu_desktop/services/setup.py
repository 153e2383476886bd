"""First run: the teacher's profile, the key mentee and the pledge, checked step by step and saved together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from jilu_desktop.domain.calendar import school_year_of
from jilu_desktop.domain.pledge import Pledge, make_pledge
from jilu_desktop.domain.profile import TeacherProfile, make_profile
from jilu_desktop.domain.students import Student, make_student
from jilu_desktop.services.base import Service
from jilu_desktop.storage import pledges_repo, students_repo, teacher_repo

# make_pledge checks everything but the mentee, who does not exist until the first run is saved.
_NO_MENTEE_YET = 0


@dataclass(frozen=True)
class FirstRunResult:
    profile: TeacherProfile
    mentee_id: int
    pledge: Pledge


class SetupService(Service):
    def needs_first_run(self) -> bool:
        """True while there is no teacher's profile: the program has not been set up."""
        with self._db.session_scope() as session:
            return teacher_repo.load_profile(session) is None

    def school_year(self) -> int:
        """The school year a first run's pledge is for: the current one."""
        return school_year_of(self._clock.today())

    def check_profile(self, **fields: Any) -> TeacherProfile:
        """Raise ValidationError (naming the field) if the profile would be refused; nothing is saved."""
        return make_profile(today=self._clock.today(), **fields)

    def check_mentee(self, **fields: Any) -> Student:
        return make_student(today=self._clock.today(), **fields)

    def check_pledge(self, **fields: Any) -> Pledge:
        return make_pledge(
            school_year=self.school_year(), mentee_id=_NO_MENTEE_YET, today=self._clock.today(), **fields
        )

    def complete(self, profile: dict[str, Any], mentee: dict[str, Any], pledge: dict[str, Any]) -> FirstRunResult:
        """Save the profile, the mentee (a new student) and this school year's pledge, all or nothing."""
        checked_profile = self.check_profile(**profile)
        checked_mentee = self.check_mentee(**mentee)
        checked_pledge = self.check_pledge(**pledge)
        now: dt.datetime = self._clock.now()
        with self._db.session_scope(write=True) as session:
            teacher_repo.save_profile(session, checked_profile, now)
            mentee_id = students_repo.add_student(session, checked_mentee, now)
            saved = Pledge(
                school_year=checked_pledge.school_year,
                mentee_id=mentee_id,
                difficulty_detail=checked_pledge.difficulty_detail or checked_mentee.difficulty_detail,
                measures=checked_pledge.measures,
                commitments=checked_pledge.commitments,
                signed_on=checked_pledge.signed_on,
            )
            session.flush()
            pledges_repo.save_pledge(session, saved, now)
        return FirstRunResult(checked_profile, mentee_id, saved)
