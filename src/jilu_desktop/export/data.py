"""What the PDF builders consume: plain, already-formatted facts, gathered by the export service.

Nothing here reads a database or a clock; a test or a benchmark can build these by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.progress import MonthState

DEFAULT_DISTRICT = "武进区"
DEFAULT_BLANK_FEEDBACK_FORMS = 2


@dataclass(frozen=True)
class TeacherInfo:
    """The volunteer, as the pledge form and the cover show them; empty strings print as blanks."""

    name: str
    gender: str = ""
    birth: str = ""  # already worded, e.g. “1985年3月”
    title: str = ""
    post: str = ""
    specialties: str = ""
    school: str = ""
    union_group: str = ""


@dataclass(frozen=True)
class MenteeInfo:
    name: str
    age: int | None = None
    class_name: str = ""
    difficulties: tuple[str, ...] = ()  # labels, e.g. (“学习困难”,)
    id: int | None = None  # the student's id, so that the anonymized book knows them by id
    hidden: bool = False  # anonymized: age, class and the difficulty's details are not shown


@dataclass(frozen=True)
class PledgeInfo:
    school_year: int
    mentee: MenteeInfo
    difficulty_detail: str = ""
    measures: str = ""
    commitments: str = ""
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class ActivityEntry:
    date: dt.date
    kind: ActivityKind
    students: tuple[str, ...]
    place: str
    content: str
    time: dt.time | None = None
    student_ids: tuple[int, ...] = ()  # the students' ids, in the order of `students` (may be left out)


def book_order(activities: Iterable[ActivityEntry]) -> list[ActivityEntry]:
    """The records in the order the book prints and numbers them (第 1 条 …): by date, untimed ones first."""
    return sorted(activities, key=lambda e: (e.date, e.time is not None, e.time))


@dataclass(frozen=True)
class MonthSummary:
    year: int
    month: int
    state: MonthState
    talks_visits: int
    tutoring: int
    assistance: int
    records: int = 0

    @property
    def exempt(self) -> bool:
        return self.state is MonthState.EXEMPT

    @property
    def not_participating(self) -> bool:
        """Before the teacher began taking part: neither met nor missed."""
        return self.state is MonthState.NOT_PARTICIPATING


@dataclass(frozen=True)
class FeedbackEntry:
    """A filled 活动反馈表 (a student's or parent's words about the teacher)."""

    filler_name: str
    filler_unit: str  # 年级(或单位)
    text: str
    received_on: dt.date | None = None


@dataclass(frozen=True)
class Targets:
    talks_visits: int
    tutoring: int
    exempt_months: frozenset[int] = frozenset()


@dataclass(frozen=True)
class RecordBookData:
    school_year: int
    teacher: TeacherInfo
    targets: Targets
    months: tuple[MonthSummary, ...]
    activities: Sequence[ActivityEntry]  # oldest first
    pledge: PledgeInfo | None = None
    district: str = DEFAULT_DISTRICT
    feedback: tuple[FeedbackEntry, ...] = ()
    blank_feedback_forms: int = DEFAULT_BLANK_FEEDBACK_FORMS
    signature_png: bytes | None = field(default=None, repr=False)
    closing_date: dt.date | None = None  # printed beside the signature image
    participation_start: tuple[int, int] | None = None  # (year, month) the teacher began taking part
    anonymized: bool = False


@dataclass(frozen=True)
class PledgeFormData:
    """A 志愿书 page; with no teacher and no pledge it is the blank form for colleagues."""

    school_year: int | None = None
    teacher: TeacherInfo | None = None
    pledge: PledgeInfo | None = None
    district: str = DEFAULT_DISTRICT
    signature_png: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class TextItem:
    """One piece of text that will be printed, and where it is, for telling the teacher about it."""

    where_zh: str
    where_en: str
    text: str


def _teacher_items(teacher: TeacherInfo) -> Iterator[TextItem]:
    for attr, zh, en in (
        ("name", "姓名", "name"),
        ("gender", "性别", "gender"),
        ("birth", "出生年月", "birth month"),
        ("title", "职称", "title"),
        ("post", "工作岗位", "post"),
        ("specialties", "特长", "specialties"),
        ("school", "学校", "school"),
        ("union_group", "工会小组", "union group"),
    ):
        yield TextItem(f"个人信息的{zh}", f"the profile's {en}", getattr(teacher, attr))


def _pledge_items(pledge: PledgeInfo) -> Iterator[TextItem]:
    mentee = pledge.mentee
    yield TextItem(f"重点帮扶学生“{mentee.name}”的姓名", f'the name of the key mentee "{mentee.name}"', mentee.name)
    yield TextItem(
        f"重点帮扶学生“{mentee.name}”的班级", f'the class of the key mentee "{mentee.name}"', mentee.class_name
    )
    for attr, zh, en in (
        ("difficulty_detail", "困难情况", "difficulty"),
        ("measures", "帮扶措施", "measures"),
        ("commitments", "其他努力方向", "further commitments"),
    ):
        yield TextItem(
            f"{pledge.school_year}学年志愿书的{zh}",
            f"the {en} of the {pledge.school_year} pledge",
            getattr(pledge, attr),
        )


def _activity_items(entry: ActivityEntry) -> Iterator[TextItem]:
    day_zh = f"{entry.date.year}年{entry.date.month}月{entry.date.day}日"
    day_en = entry.date.isoformat()
    for name in entry.students:
        yield TextItem(
            f"学生“{name}”的姓名（{day_zh}的活动记录）",
            f'the name of student "{name}" (activity of {day_en})',
            name,
        )
    yield TextItem(f"{day_zh}活动记录的地点", f"the place of the activity of {day_en}", entry.place)
    yield TextItem(f"{day_zh}活动记录的帮扶内容", f"the content of the activity of {day_en}", entry.content)


def book_texts(data: RecordBookData) -> Iterator[TextItem]:
    """Every piece of the teacher's own text the record book prints (fixed wording is checked by tests)."""
    yield TextItem("区名设置", "the district setting", data.district)
    yield from _teacher_items(data.teacher)
    if data.pledge is not None:
        yield from _pledge_items(data.pledge)
    for entry in data.activities:
        yield from _activity_items(entry)
    for i, fb in enumerate(data.feedback, 1):
        yield TextItem(f"第{i}份活动反馈表的填表人", f"the filler of feedback form {i}", fb.filler_name)
        yield TextItem(f"第{i}份活动反馈表的年级(或单位)", f"the unit of feedback form {i}", fb.filler_unit)
        yield TextItem(f"第{i}份活动反馈表的内容", f"the text of feedback form {i}", fb.text)


def pledge_texts(data: PledgeFormData) -> Iterator[TextItem]:
    yield TextItem("区名设置", "the district setting", data.district)
    if data.teacher is not None:
        yield from _teacher_items(data.teacher)
    if data.pledge is not None:
        yield from _pledge_items(data.pledge)
