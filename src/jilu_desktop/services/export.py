"""Export the record book and the pledge form as PDF: gather plain data, check it, write atomically.

What is missing is told plainly: no profile → an error saying what to fill in (the cover and the pledge
need the teacher's name). No pledge → the book is still exported, since its records are the evidence
the union asks for, with a blank pledge form in its place and a notice telling what to fill in; the
pledge form on its own cannot be made without a pledge (the blank one can). Characters no font has are
reported before anything is written; a file is written whole or not at all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from jilu_desktop.domain.activities import ActivityFilter, StudentRef
from jilu_desktop.domain.anonymize import Unsure
from jilu_desktop.domain.calendar import Month, school_year_bounds
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.messages import Lang, field_name, render
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.profile import SHORT_TEXT_LIMIT, TeacherProfile
from jilu_desktop.domain.progress import person_times, school_year_progress, tally
from jilu_desktop.domain.students import Difficulty, age_in
from jilu_desktop.domain.validation import clean_text
from jilu_desktop.export.anonymize import UnsureName, anonymize_book, book_pseudonyms, unsure_names
from jilu_desktop.export.data import (
    DEFAULT_DISTRICT,
    ActivityEntry,
    MenteeInfo,
    MonthSummary,
    PledgeFormData,
    PledgeInfo,
    RecordBookData,
    Targets,
    TeacherInfo,
    book_texts,
    pledge_texts,
)
from jilu_desktop.export.file_names import pledge_file_name, record_book_file_name
from jilu_desktop.export.fonts import default_fonts, find_unprintable, unprintable_error
from jilu_desktop.export.pledge_form import SMALL_PRINT, build_pledge_form, printed_size
from jilu_desktop.export.record_book import book_pledge_form, build_record_book
from jilu_desktop.services.base import Service
from jilu_desktop.services.progress import load_participation
from jilu_desktop.services.saving import save_file
from jilu_desktop.storage import activities_repo, pledges_repo, settings_repo, students_repo, teacher_repo

DISTRICT_KEY = "district"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# Profile fields printed on the cover and the pledge form, to be told about when empty.
PRINTED_PROFILE_FIELDS = ("school", "gender", "birth", "title", "post", "specialties")


@dataclass(frozen=True)
class ExportNotice:
    """Something the teacher should know about an export that went ahead (e.g. no pledge yet)."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: Lang) -> str:
        return render(self.code, lang, "", **self.params)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    notices: tuple[ExportNotice, ...] = ()


@dataclass(frozen=True)
class BookPlan:
    """The data a record book will be made of, and what to tell the teacher about it."""

    data: RecordBookData
    notices: tuple[ExportNotice, ...]
    hidden_names: frozenset[str] = frozenset()  # real student names an anonymized book must not contain


class ExportService(Service):
    # --- settings ---
    def district(self) -> str:
        with self._db.session_scope() as session:
            return settings_repo.get_setting(session, DISTRICT_KEY) or DEFAULT_DISTRICT

    def set_district(self, name: str) -> str:
        """The district printed on the cover (“武进区”); empty restores the default."""
        value = clean_text("district", name, limit=SHORT_TEXT_LIMIT, required=False) or DEFAULT_DISTRICT
        with self._db.session_scope() as session:
            settings_repo.set_setting(session, DISTRICT_KEY, value)
        return value

    # --- record book ---
    def plan_record_book(
        self, school_year: int, *, anonymize: bool = False, signature_png: bytes | None = None
    ) -> BookPlan:
        """Gather the book's data and check it; raises DomainError for a missing profile, a bad signature
        image or characters no font can print."""
        check_school_year(school_year, self._clock.today())
        start, end = school_year_bounds(school_year)
        with self._db.session_scope() as session:
            profile = teacher_repo.load_profile(session)
            if profile is None:
                raise DomainError("export_no_profile", "name")
            pledge, stored_signature = _pledge_info(session, school_year)
            signature_png = signature_png or stored_signature
            records = activities_repo.list_activities(session, ActivityFilter(start=start, end=end), newest_first=False)
            targets = settings_repo.load_targets(session, school_year)
            district = settings_repo.get_setting(session, DISTRICT_KEY) or DEFAULT_DISTRICT
            joined = load_participation(session, self._clock.today())
            known = students_repo.list_students(session) if anonymize else []
            all_students = [StudentRef(s.id, s.student.name) for s in known]
            class_names = {s.student.class_name for s in known if s.student.class_name}
        _check_signature(signature_png)
        activities = [
            ActivityEntry(
                date=r.activity.date,
                kind=r.activity.kind,
                students=tuple(s.name for s in r.students),
                place=r.activity.place,
                content=r.activity.content,
                time=r.activity.time,
                student_ids=tuple(s.id for s in r.students),
            )
            for r in records
        ]
        today = self._clock.today()
        progress = school_year_progress(
            school_year, tally((Month.of(r.activity.date), r.activity.kind, person_times(r.activity)) for r in records),
            targets, today, start=joined.start,
        )  # fmt: skip
        per_month: dict[tuple[int, int], int] = {}
        for r in records:
            key = (r.activity.date.year, r.activity.date.month)
            per_month[key] = per_month.get(key, 0) + 1
        months = tuple(
            MonthSummary(
                year=m.month.year,
                month=m.month.month,
                state=m.state,
                talks_visits=m.talks_visits.count,
                tutoring=m.tutoring.count,
                assistance=m.assistance,
                records=per_month.get((m.month.year, m.month.month), 0),
            )
            for m in progress.months
        )
        data = RecordBookData(
            school_year=school_year,
            teacher=_teacher_info(profile),
            targets=Targets(targets.talks_visits, targets.tutoring, targets.exempt_months),
            months=months,
            activities=activities,
            pledge=pledge,
            district=district,
            signature_png=signature_png,
            closing_date=today,
            participation_start=(joined.start.year, joined.start.month),
        )
        hidden: frozenset[str] = frozenset()
        unsure: list[ExportNotice] = []
        if anonymize:
            pseudonyms = book_pseudonyms(data, all_students, class_names)
            unsure = [_unsure_notice(u) for u in unsure_names(data, pseudonyms)]
            data = anonymize_book(data, pseudonyms)
            hidden = pseudonyms.hidden
        found = find_unprintable(default_fonts(), book_texts(data))
        if found:
            raise unprintable_error(found)
        notices = _profile_notices(profile)
        if pledge is None:
            notices.insert(0, ExportNotice("export_book_without_pledge", {"school_year": school_year}))
        elif pledge.signed_on is None:
            notices.append(ExportNotice("export_pledge_undated", {"school_year": school_year}))
        if pledge is not None:
            notices.extend(_small_print(book_pledge_form(data), school_year))
        return BookPlan(data, (*unsure, *notices), hidden)

    def export_record_book(
        self, school_year: int, out: Path, *, anonymize: bool = False, signature_png: bytes | None = None
    ) -> ExportResult:
        plan = self.plan_record_book(school_year, anonymize=anonymize, signature_png=signature_png)
        pages = save_file(out, lambda tmp: build_record_book(plan.data, tmp, check=False))
        return ExportResult(out, pages, plan.notices)

    def record_book_file_name(self, school_year: int, *, anonymize: bool = False) -> str:
        """The name to suggest when saving; an anonymized one never contains a student's name."""
        with self._db.session_scope() as session:
            profile = teacher_repo.load_profile(session)
            students = [s.student.name for s in students_repo.list_students(session)] if anonymize else []
        teacher = profile.name if profile else ""
        return record_book_file_name(school_year, teacher, anonymized=anonymize, hidden=students)

    # --- pledge form ---
    def pledge_form_data(self, school_year: int, *, signature_png: bytes | None = None) -> PledgeFormData:
        check_school_year(school_year, self._clock.today())
        with self._db.session_scope() as session:
            profile = teacher_repo.load_profile(session)
            if profile is None:
                raise DomainError("export_no_profile", "name")
            pledge, stored_signature = _pledge_info(session, school_year)
            signature_png = signature_png or stored_signature
            district = settings_repo.get_setting(session, DISTRICT_KEY) or DEFAULT_DISTRICT
        _check_signature(signature_png)
        if pledge is None:
            raise DomainError("export_no_pledge", "school_year", school_year=school_year)
        data = PledgeFormData(school_year, _teacher_info(profile), pledge, district, signature_png)
        found = find_unprintable(default_fonts(), pledge_texts(data))
        if found:
            raise unprintable_error(found)
        return data

    def export_pledge(self, school_year: int, out: Path, *, signature_png: bytes | None = None) -> ExportResult:
        data = self.pledge_form_data(school_year, signature_png=signature_png)
        with self._db.session_scope() as session:
            profile = teacher_repo.load_profile(session)
        notices = _profile_notices(profile) if profile else []
        assert data.pledge is not None
        if data.pledge.signed_on is None:
            notices.append(ExportNotice("export_pledge_undated", {"school_year": school_year}))
        notices.extend(_small_print(data, school_year))
        pages = save_file(out, lambda tmp: build_pledge_form(data, tmp))
        return ExportResult(out, pages, tuple(notices))

    def export_blank_pledge(self, out: Path) -> ExportResult:
        """The empty 志愿书, for colleagues to fill in by hand, with the district set for the cover."""
        return export_blank_pledge(out, self.district())

    def pledge_file_name(self, school_year: int | None) -> str:
        """“2026学年志愿书-王丽华.pdf”, or “志愿书-空白.pdf” for the blank form (school_year None)."""
        if school_year is None:
            return pledge_file_name(None)
        with self._db.session_scope() as session:
            profile = teacher_repo.load_profile(session)
        return pledge_file_name(school_year, profile.name if profile else "")


def export_blank_pledge(out: Path, district: str = DEFAULT_DISTRICT) -> ExportResult:
    """The empty 志愿书; needs no record book (`jilu export pledge --blank` where there is none)."""
    pages = save_file(out, lambda tmp: build_pledge_form(PledgeFormData(district=district), tmp))
    return ExportResult(out, pages)


def _teacher_info(profile: TeacherProfile) -> TeacherInfo:
    birth = f"{profile.birth_month.year}年{profile.birth_month.month}月" if profile.birth_month else ""
    return TeacherInfo(
        name=profile.name,
        gender=profile.gender or "",
        birth=birth,
        title=profile.title,
        post=profile.post,
        specialties=profile.specialties,
        school=profile.school,
        union_group=profile.union_group,
    )


def _pledge_info(session: Session, school_year: int) -> tuple[PledgeInfo | None, bytes | None]:
    """The pledge as printed, and the handwritten signature stored with it (if any)."""
    pledge = pledges_repo.load_pledge(session, school_year)
    if pledge is None:
        return None, None
    record = students_repo.get_student(session, pledge.mentee_id)
    assert record is not None, "the foreign key keeps a pledge's mentee"
    student = record.student
    year = pledge.signed_on.year if pledge.signed_on else school_year
    mentee = MenteeInfo(
        id=pledge.mentee_id,
        name=student.name,
        age=age_in(student.birth_year, year),
        class_name=student.class_name,
        difficulties=tuple(d.label("zh") for d in Difficulty if d in student.difficulties),
    )
    info = PledgeInfo(
        school_year=school_year,
        mentee=mentee,
        difficulty_detail=pledge.difficulty_detail or student.difficulty_detail,
        measures=pledge.measures,
        commitments=pledge.commitments,
        signed_on=pledge.signed_on,
    )
    return info, pledge.signature_png


def _small_print(form: PledgeFormData, school_year: int) -> list[ExportNotice]:
    """A notice when long answers shrink the one-sheet 志愿书 below a size that reads well on paper."""
    size = printed_size(form)
    if size >= SMALL_PRINT:
        return []
    return [ExportNotice("export_pledge_small_print", {"school_year": school_year, "size": f"{size:.0f}"})]


def _profile_notices(profile: TeacherProfile) -> list[ExportNotice]:
    values = {
        "school": profile.school,
        "gender": profile.gender,
        "birth": profile.birth_month,
        "title": profile.title,
        "post": profile.post,
        "specialties": profile.specialties,
    }
    empty = [name for name in PRINTED_PROFILE_FIELDS if not values[name]]
    if not empty:
        return []
    return [
        ExportNotice(
            "export_profile_incomplete",
            {
                "fields": "、".join(field_name(f, "zh") for f in empty),
                "fields_en": ", ".join(field_name(f, "en") for f in empty),
            },
        )
    ]


# How many record numbers a notice lists before “等 N 条”.
NOTICE_RECORDS = 5
_UNSURE_CODES = {
    Unsure.ONE_CHARACTER: "export_anonymous_one_character",
    Unsure.COMMON_WORD: "export_anonymous_common_word",
    Unsure.PET_NAME: "export_anonymous_pet_name",
}


def _unsure_notice(unsure: UnsureName) -> ExportNotice:
    """“学生“文”的姓名只有一个字…请检查第 3、8 条记录”: where the anonymized book may still show a name."""
    records = unsure.records
    shown = records[:NOTICE_RECORDS]
    more = len(records) - len(shown)
    where: list[str] = ["志愿书"] if unsure.in_pledge else []
    where_en: list[str] = ["the pledge"] if unsure.in_pledge else []
    if records:
        numbers = "、".join(map(str, shown))
        where.append(f"第 {numbers} 条等 {len(records)} 条记录" if more else f"第 {numbers} 条记录")
        listed = [str(n) for n in shown] + ([f"{more} more"] if more else [])
        noun = "record" if len(records) == 1 else "records"
        words = listed[0] if len(listed) == 1 else ", ".join(listed[:-1]) + " and " + listed[-1]
        where_en.append(f"{noun} {words}")
    return ExportNotice(
        _UNSURE_CODES[unsure.why],
        {
            "name": unsure.name,
            "words": "、".join(f"“{w}”" for w in unsure.words),
            "words_en": ", ".join(f'"{w}"' for w in unsure.words),
            "where": "和".join(where),
            "where_en": " and ".join(where_en),
        },
    )


def _check_signature(png: bytes | None) -> None:
    if png is None:
        return
    if not png.startswith(PNG_MAGIC):
        raise DomainError("export_bad_signature")
    try:
        from PIL import Image  # reportlab's own dependency

        with Image.open(io.BytesIO(png)) as image:
            image.verify()
    except Exception:
        raise DomainError("export_bad_signature") from None
