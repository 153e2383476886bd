"""The yearly pledge (志愿书).

The repositories (and with them the ORM's mapped classes) are imported when a method first runs: the
overview imports PledgeView before its first paint, which needs neither.

The window's undo and redo pass `expected`: the pledge as the window left it (None: there was none). The
change is then made only if the stored pledge is still exactly that, checked in the same write transaction;
otherwise ConflictError("pledge_changed_elsewhere") and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final, Literal

from jilu_desktop.domain.errors import ConflictError, NotFoundError
from jilu_desktop.domain.pledge import Pledge, check_school_year, make_pledge
from jilu_desktop.domain.students import StudentRecord
from jilu_desktop.services.base import Service


class _Unchecked(Enum):
    UNCHECKED = "unchecked"


UNCHECKED: Final = _Unchecked.UNCHECKED  # `expected` not given: write whatever is stored
Expected = Pledge | None | Literal[_Unchecked.UNCHECKED]


def _check_expected(current: Pledge | None, expected: Expected, school_year: int) -> None:
    if expected is not UNCHECKED and current != expected:
        raise ConflictError("pledge_changed_elsewhere", "school_year", school_year=school_year)


@dataclass(frozen=True)
class PledgeView:
    pledge: Pledge
    mentee: StudentRecord


class PledgeService(Service):
    def set(
        self,
        school_year: int,
        mentee_id: int,
        difficulty_detail: str | None = None,
        measures: str | None = None,
        commitments: str | None = None,
        signed_on: str | dt.date | None = None,
        signature_png: bytes | None = None,
        *,
        expected: Expected = UNCHECKED,
    ) -> PledgeView:
        """Write the pledge of a school year; fields left as None keep their stored value.

        As with the text fields, an empty value clears: signature_png=b"" takes the signature away.
        Except 困难情况: it was written about the mentee, so when the mentee changes and difficulty_detail
        is None it is cleared, and the new mentee's own (as an empty one prints) takes its place.
        With `expected` (a pledge, or None for none), only if the stored pledge is still that.
        """
        from jilu_desktop.storage import pledges_repo, students_repo

        today = self._clock.today()
        check_school_year(school_year, today)
        with self._db.session_scope(write=True) as session:
            mentee = students_repo.get_student(session, mentee_id)
            if mentee is None:
                raise NotFoundError("unknown_student", "mentee", value=mentee_id)
            current = pledges_repo.load_pledge(session, school_year)
            _check_expected(current, expected, school_year)
            given: dict[str, Any] = {
                "difficulty_detail": difficulty_detail,
                "measures": measures,
                "commitments": commitments,
                "signed_on": signed_on,
                "signature_png": signature_png,
            }
            if current is not None:
                same_mentee = current.mentee_id == mentee_id
                kept = {
                    "difficulty_detail": current.difficulty_detail if same_mentee else "",
                    "measures": current.measures,
                    "commitments": current.commitments,
                    "signed_on": current.signed_on,
                    "signature_png": current.signature_png,
                }
                given = {k: kept[k] if v is None else v for k, v in given.items()}
            pledge = make_pledge(school_year=school_year, mentee_id=mentee_id, today=today, **given)
            pledges_repo.save_pledge(session, pledge, self._clock.now())
            return PledgeView(pledge, mentee)

    def clear_signature(self, school_year: int) -> PledgeView:
        """Take the handwritten signature off a school year's pledge; the rest is kept."""
        current = self.get(school_year)
        if current is None:
            raise NotFoundError("no_pledge", "school_year", school_year=school_year)
        return self.set(school_year, current.pledge.mentee_id, signature_png=b"")

    def delete(self, school_year: int, *, expected: Expected = UNCHECKED) -> Pledge | None:
        """Remove a school year's pledge (to undo writing the first one); returns it as it was.

        With `expected`, only if the stored pledge is still that one.
        """
        from jilu_desktop.storage import pledges_repo

        with self._db.session_scope(write=True) as session:
            current = pledges_repo.load_pledge(session, school_year)
            _check_expected(current, expected, school_year)
            if current is not None:
                pledges_repo.delete_pledge(session, school_year)
            return current

    def get(self, school_year: int) -> PledgeView | None:
        from jilu_desktop.storage import pledges_repo, students_repo

        with self._db.session_scope() as session:
            pledge = pledges_repo.load_pledge(session, school_year)
            if pledge is None:
                return None
            mentee = students_repo.get_student(session, pledge.mentee_id)
            assert mentee is not None, "the foreign key keeps a pledge's mentee"
            return PledgeView(pledge, mentee)

    def years(self) -> list[int]:
        from jilu_desktop.storage import pledges_repo

        with self._db.session_scope() as session:
            return pledges_repo.pledge_years(session)
