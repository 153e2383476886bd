"""The teacher's profile (志愿者): the one user of the app."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.validation import (
    check_year_range,
    clean_text,
    parse_gender,
    parse_year,
)

NAME_LIMIT = 30
SHORT_TEXT_LIMIT = 50
SPECIALTIES_LIMIT = 200
OLDEST_BIRTH_YEAR = 1930


@dataclass(frozen=True)
class TeacherProfile:
    name: str
    gender: str | None = None
    birth_month: Month | None = None
    title: str = ""
    post: str = ""
    specialties: str = ""
    school: str = ""
    union_group: str = ""
    teaching_since: int | None = None


def make_profile(
    *,
    name: str,
    today: dt.date,
    gender: str | None = None,
    birth: str | Month | None = None,
    title: str | None = None,
    post: str | None = None,
    specialties: str | None = None,
    school: str | None = None,
    union_group: str | None = None,
    teaching_since: str | int | None = None,
) -> TeacherProfile:
    """Check every field of a profile; raises ValidationError naming the first bad field."""
    birth_month: Month | None = None
    if isinstance(birth, Month):
        birth_month = birth
    elif birth is not None and birth.strip():
        birth_month = Month.parse(birth, "birth")
    if birth_month is not None:
        check_year_range("birth", birth_month.year, OLDEST_BIRTH_YEAR, today.year - 16)
    since: int | None = None
    if teaching_since is not None and str(teaching_since).strip():
        since = check_year_range(
            "teaching_since", parse_year("teaching_since", teaching_since), OLDEST_BIRTH_YEAR + 16, today.year
        )
        if birth_month is not None and since < birth_month.year:
            raise ValidationError("teaching_before_birth", "teaching_since", value=since)
    return TeacherProfile(
        name=clean_text("name", name, limit=NAME_LIMIT, required=True),
        gender=parse_gender("gender", gender),
        birth_month=birth_month,
        title=clean_text("title", title, limit=SHORT_TEXT_LIMIT, required=False),
        post=clean_text("post", post, limit=SHORT_TEXT_LIMIT, required=False),
        specialties=clean_text("specialties", specialties, limit=SPECIALTIES_LIMIT, required=False),
        school=clean_text("school", school, limit=SHORT_TEXT_LIMIT, required=False),
        union_group=clean_text("union_group", union_group, limit=SHORT_TEXT_LIMIT, required=False),
        teaching_since=since,
    )
