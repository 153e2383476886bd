"""Realistic demo data: a teacher, a class of students, a pledge and records for whole school years.

Used by the first-run “示例数据” choice, `jilu demo`, the screenshots and the benchmarks. Deterministic
for a given seed, and never dated after `today` nor, on `today`, timed after now (`latest_time`).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import ActivityKind, make_activity
from jilu_desktop.domain.calendar import school_year_bounds
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.pledge import make_pledge
from jilu_desktop.domain.profile import make_profile
from jilu_desktop.domain.students import make_student
from jilu_desktop.domain.targets import DEFAULT_EXEMPT_MONTHS
from jilu_desktop.services.base import Service
from jilu_desktop.services.clock import Clock
from jilu_desktop.services.settings import FONT_SIZE_KEY, LANGUAGE_KEY, REMINDERS_KEY
from jilu_desktop.storage import activities_repo, book_repo, pledges_repo, settings_repo, students_repo, teacher_repo
from jilu_desktop.storage.backup import backup_before

# The setting that marks a book holding the example data: when it was filled (UTC), and “ profile” if the example
# teacher's profile came with it.
DEMO_KEY = "demo_filled_at"
# What clearing the example data keeps: the teacher's own choices of how the program looks and speaks.
KEPT_SETTINGS = (LANGUAGE_KEY, FONT_SIZE_KEY, REMINDERS_KEY)

_STUDENTS = [
    ("李小明", "男", ["learning"], "数学基础薄弱，作业常不能按时完成"),
    ("王芳", "女", ["economic"], "父亲长期生病，家庭经济困难"),
    ("张伟", "男", ["psychological"], "父母离异后性格内向，不愿与同学交流"),
    ("刘洋", "男", ["learning", "other"], "留守儿童，由祖父母照看"),
    ("陈静", "女", ["learning"], "英语听说困难"),
    ("杨帆", "男", [], ""),
    ("赵敏", "女", ["other"], "身体较弱，常请病假"),
    ("黄磊", "男", ["learning"], "阅读理解能力弱"),
    ("周婷", "女", [], ""),
    ("吴昊", "男", ["economic", "learning"], "单亲家庭，母亲打零工"),
    ("徐丽", "女", [], ""),
    ("孙强", "男", ["psychological"], "考试焦虑"),
]
_PLACES = {
    ActivityKind.TALK: ["办公室", "教室", "操场", "心理辅导室"],
    ActivityKind.HOME_VISIT: ["学生家中", "湖塘镇学生家", "村委会"],
    ActivityKind.TUTORING: ["教室", "图书室", "办公室"],
    ActivityKind.ASSISTANCE: ["食堂", "医务室", "宿舍"],
}
_CONTENT = {
    ActivityKind.TALK: [
        "课后与{n}谈心，了解近期学习和生活情况，鼓励其大胆发言，树立信心。",
        "{n}最近上课注意力不集中，谈心后得知家中有事，约定有困难及时找老师。",
        "与{n}交流与同学相处的问题，引导其换位思考，学会表达自己的想法。",
    ],
    ActivityKind.HOME_VISIT: [
        "到{n}家家访，与家长交流孩子在校表现，建议家长每天陪伴阅读二十分钟。",
        "家访{n}，了解家庭困难情况，向学校反映申请助学金。",
    ],
    ActivityKind.TUTORING: [
        "利用午休为{n}义务辅导数学，讲解分数应用题，当堂练习正确率明显提高。",
        "放学后为{n}补习英语单词和课文朗读，布置少量巩固练习。",
        "为{n}辅导作文，从审题和列提纲入手，逐段修改。",
    ],
    ActivityKind.ASSISTANCE: [
        "{n}午饭卡余额不足，帮助联系学校补助并垫付餐费。",
        "{n}身体不适，陪同到医务室并通知家长。",
    ],
}


def latest_time(clock: Clock) -> dt.time | None:
    """The latest time of day a record of `clock.today()` may have, or None when any time of it may.

    Records are timed in the computer's local time (the teacher's 17:15); `clock.now()` is naive UTC, so it is
    turned into local time first (00:47 in Beijing is 16:47 UTC of the day before). When that local date is
    today, a record of today is not later than now: at 00:47 there is no record at 17:15 yet. When today is
    pinned (JILU_TODAY, for demos and screenshots) to another day, that day is taken whole, as simply as it
    can be: a day before the real date is over, and a day after it is pretended — there is no “now” in it to
    respect, so it is shown as if at its end.
    """
    local = clock.now().replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    return local.time() if local.date() == clock.today() else None


@dataclass(frozen=True)
class DemoSummary:
    students: int
    activities: int


@dataclass(frozen=True)
class DemoBook:
    """A book that holds the example data, and what the teacher added to it herself since (all of it would go
    if the example data were cleared)."""

    filled_at: dt.datetime  # naive UTC, as stored
    own_students: int
    own_records: int
    own_pledges: int
    own_profile: bool  # she changed the example profile, or it was hers before the example data came

    @property
    def own_anything(self) -> bool:
        return bool(self.own_students or self.own_records or self.own_pledges)


class DemoService(Service):
    def book(self) -> DemoBook | None:
        """The example data in this book, or None when it holds none (a teacher's own book, or a book whose
        example data came before this was recorded)."""
        with self._db.session_scope() as session:
            mark = settings_repo.get_setting(session, DEMO_KEY)
            if not mark:
                return None
            at_text, _, made_profile = mark.partition(" ")
            filled_at = dt.datetime.fromisoformat(at_text)
            own_students, own_records, own_pledges = book_repo.added_after(session, filled_at)
            own_profile = made_profile != "profile" or book_repo.profile_changed_after(session, filled_at)
        return DemoBook(filled_at, own_students, own_records, own_pledges, own_profile)

    def clear(self, *, also_own: bool = False) -> Path | None:
        """Take the example data out, so that the teacher can begin her own book (the first-run set-up shows
        again). Everything in the book goes, after a checked backup (returned; None when nothing was there to
        keep), except the language, font size and reminders chosen, and a profile that was hers.

        Raises DomainError demo_none when the book holds no example data, demo_own_data when she added students,
        records or pledges of her own since (unless also_own).
        """
        demo = self.book()
        if demo is None:
            raise DomainError("demo_none")
        if demo.own_anything and not also_own:
            raise DomainError(
                "demo_own_data", students=demo.own_students, records=demo.own_records, pledges=demo.own_pledges
            )
        backup = backup_before(self._db, "before-clearing-demo", self._clock.now())
        with self._db.session_scope(write=True) as session:
            book_repo.empty_book(session, keep_settings=KEPT_SETTINGS, keep_profile=demo.own_profile)
        return backup

    def fill(self, school_years: list[int], per_month: int = 24, seed: int = 168) -> DemoSummary:
        """Add a demo teacher (if none), students, pledges and about `per_month` activities a month."""
        rng = random.Random(seed)
        today = self._clock.today()
        now = self._clock.now()
        with self._db.session_scope(write=True) as session:
            made_profile = teacher_repo.load_profile(session) is None
            if settings_repo.get_setting(session, DEMO_KEY) is None:  # the first fill's moment is what counts
                settings_repo.set_setting(
                    session, DEMO_KEY, now.isoformat(sep="T") + (" profile" if made_profile else "")
                )
            if made_profile:
                profile = make_profile(
                    name="王丽华",
                    gender="女",
                    birth="1985-03",
                    title="小学高级教师",
                    post="语文教师、班主任",
                    specialties="书法、朗诵",
                    school="武进区湖塘实验小学",
                    union_group="五年级组",
                    teaching_since=2007,
                    today=today,
                )
                teacher_repo.save_profile(session, profile, now)
            ids = []
            for i, (name, gender, difficulties, detail) in enumerate(_STUDENTS):
                student = make_student(
                    name=name,
                    gender=gender,
                    class_name=f"五({1 + i % 2})班",
                    birth_year=today.year - 11,
                    difficulties=difficulties,
                    difficulty_detail=detail,
                    today=today,
                )
                ids.append(students_repo.add_student(session, student, now))
            names = {sid: s[0] for sid, s in zip(ids, _STUDENTS, strict=True)}
            count = 0
            for year in school_years:
                start, end = school_year_bounds(year)
                signed = min(start.replace(day=8), today)
                if pledges_repo.load_pledge(session, year) is None and start <= today:
                    pledge = make_pledge(
                        school_year=year,
                        mentee_id=ids[0],
                        today=today,
                        signed_on=signed,
                        difficulty_detail="数学基础薄弱，学习习惯较差，缺乏自信。",
                        measures="每周两次午休辅导数学；每月与家长沟通一次；在班级中安排学习伙伴。",
                        commitments="关心班上每一位学习困难的学生，做到不让一名学生掉队。",
                    )
                    pledges_repo.save_pledge(session, pledge, now)
                count += self._fill_year(session, rng, ids, names, start, min(end, today), per_month, now)
            return DemoSummary(len(ids), count)

    def _fill_year(
        self,
        session: Session,
        rng: random.Random,
        ids: list[int],
        names: dict[int, str],
        start: dt.date,
        end: dt.date,
        per_month: int,
        now: dt.datetime,
    ) -> int:
        today = self._clock.today()
        latest = latest_time(self._clock)
        kinds = [ActivityKind.TALK, ActivityKind.HOME_VISIT, ActivityKind.TUTORING, ActivityKind.ASSISTANCE]
        weights = [30, 8, 55, 7]
        count = 0
        day = start
        while day <= end:
            month_end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            # Vacations are quiet, and February (Spring Festival) is light enough to fall short sometimes.
            n = (
                per_month // 6
                if day.month in DEFAULT_EXEMPT_MONTHS
                else per_month // 3
                if day.month == 2
                else per_month
            )
            for _ in range(n):
                when = day + dt.timedelta(days=rng.randrange((min(month_end, end) - day).days + 1))
                kind = rng.choices(kinds, weights)[0]
                group = rng.sample(ids, 1 if kind is not ActivityKind.TUTORING else rng.choice([1, 1, 2, 3]))
                text = rng.choice(_CONTENT[kind]).format(n="、".join(names[s] for s in group))
                at = dt.time(rng.choice([7, 12, 16, 17]), rng.choice([0, 15, 30, 45]))
                place = rng.choice(_PLACES[kind])
                if when == today and latest is not None and at > latest:
                    # Not happened yet: the day before instead (the same random draws, so every other record
                    # stays as it was); on the school year's first day there is none before, so no record.
                    when -= dt.timedelta(days=1)
                    if when < start:
                        continue
                activity = make_activity(
                    date=when,
                    time=at,
                    kind=kind,
                    student_ids=group,
                    place=place,
                    content=text,
                    today=today,
                )
                activities_repo.add_activity(session, activity, now)
                count += 1
            day = month_end + dt.timedelta(days=1)
        return count
