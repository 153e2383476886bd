"""Activities (活动记录): talks, home visits, tutoring and other help, each with its students."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from jilu_desktop.domain.errors import ValidationError
from jilu_desktop.domain.validation import check_past_date, clean_text, parse_date, parse_time

PLACE_LIMIT = 50
CONTENT_LIMIT = 2000
STUDENTS_LIMIT = 60


class ActivityKind(StrEnum):
    TALK = "talk"
    HOME_VISIT = "home-visit"
    TUTORING = "tutoring"
    ASSISTANCE = "assistance"

    def label(self, lang: str = "zh") -> str:
        return _LABELS[self][0 if lang == "zh" else 1]


_LABELS = {
    ActivityKind.TALK: ("谈心", "talk"),
    ActivityKind.HOME_VISIT: ("家访", "home visit"),
    ActivityKind.TUTORING: ("补课辅导", "tutoring"),
    ActivityKind.ASSISTANCE: ("生活帮扶", "assistance"),
}
_KIND_ALIASES = {
    "talk": ActivityKind.TALK,
    "谈心": ActivityKind.TALK,
    "home-visit": ActivityKind.HOME_VISIT,
    "home_visit": ActivityKind.HOME_VISIT,
    "家访": ActivityKind.HOME_VISIT,
    "tutoring": ActivityKind.TUTORING,
    "补课": ActivityKind.TUTORING,
    "辅导": ActivityKind.TUTORING,
    "补课辅导": ActivityKind.TUTORING,
    "assistance": ActivityKind.ASSISTANCE,
    "生活帮扶": ActivityKind.ASSISTANCE,
}


def parse_kind(value: str | ActivityKind) -> ActivityKind:
    if isinstance(value, ActivityKind):
        return value
    kind = _KIND_ALIASES.get(value.strip().lower())
    if kind is None:
        raise ValidationError("bad_kind", "kind", value=value)
    return kind


@dataclass(frozen=True)
class Activity:
    """An activity as the teacher states it; ids of the students it involved, in the order given."""

    date: dt.date
    kind: ActivityKind
    student_ids: tuple[int, ...]
    place: str
    content: str
    time: dt.time | None = None


def make_activity(
    *,
    date: str | dt.date,
    kind: str | ActivityKind,
    student_ids: list[int] | tuple[int, ...],
    place: str,
    content: str,
    today: dt.date,
    time: str | dt.time | None = None,
) -> Activity:
    day = date if isinstance(date, dt.date) else parse_date("date", date)
    check_past_date("date", day, today)
    at: dt.time | None
    if time is None or isinstance(time, dt.time):
        at = time
    else:
        at = parse_time("time", time) if time.strip() else None
    ids = tuple(student_ids)
    if not ids:
        raise ValidationError("no_students", "students")
    if len(set(ids)) != len(ids):
        raise ValidationError("duplicate_student", "students")
    if len(ids) > STUDENTS_LIMIT:
        raise ValidationError("too_many_students", "students", limit=STUDENTS_LIMIT, count=len(ids))
    return Activity(
        date=day,
        kind=parse_kind(kind),
        student_ids=ids,
        place=clean_text("place", place, limit=PLACE_LIMIT, required=True),
        content=clean_text("content", content, limit=CONTENT_LIMIT, required=True, multiline=True),
        time=at,
    )


def is_late_entry(activity_date: dt.date, recorded_on: dt.date, grace_days: int = 30) -> bool:
    """补记: recorded more than a month after it happened."""
    return (recorded_on - activity_date).days > grace_days


@dataclass(frozen=True)
class StudentRef:
    id: int
    name: str


@dataclass(frozen=True)
class ActivityRecord:
    """A stored activity, with its students' names for display."""

    id: int
    activity: Activity
    students: tuple[StudentRef, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


class ActivitySummary(NamedTuple):
    """One line of a list of activities: enough to show, sort and find it; cheap to make by the ten thousand."""

    id: int
    date: dt.date
    time: dt.time | None
    kind: ActivityKind
    students: tuple[str, ...]  # names, in the order given
    place: str
    excerpt: str  # the first characters of the content (SUMMARY_EXCERPT of them)


SUMMARY_EXCERPT = 80


@dataclass(frozen=True)
class ActivityFilter:
    """Which activities to list; every part is optional and they combine with AND."""

    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    kind: ActivityKind | None = None
    student_id: int | None = None
    search: str = ""
