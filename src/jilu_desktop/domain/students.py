"""Students who appear in the records, and their difficulties (困难情况)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from jilu_desktop.domain.errors import ConflictError, ValidationError
from jilu_desktop.domain.messages import Lang, render
from jilu_desktop.domain.validation import check_year_range, clean_text, parse_gender, parse_year

NAME_LIMIT = 30
CLASS_LIMIT = 30
DIFFICULTY_DETAIL_LIMIT = 500
OLDEST_STUDENT_BIRTH_YEAR = 1980


class Difficulty(StrEnum):
    LEARNING = "learning"
    ECONOMIC = "economic"
    PSYCHOLOGICAL = "psychological"
    OTHER = "other"

    def label(self, lang: str = "zh") -> str:
        zh = {"learning": "学习困难", "economic": "家庭经济困难", "psychological": "心理困难", "other": "其他困难"}
        return zh[self.value] if lang == "zh" else self.value


_DIFFICULTY_ALIASES = {
    "learning": Difficulty.LEARNING,
    "学习": Difficulty.LEARNING,
    "学习困难": Difficulty.LEARNING,
    "economic": Difficulty.ECONOMIC,
    "经济": Difficulty.ECONOMIC,
    "家庭经济困难": Difficulty.ECONOMIC,
    "psychological": Difficulty.PSYCHOLOGICAL,
    "心理": Difficulty.PSYCHOLOGICAL,
    "心理困难": Difficulty.PSYCHOLOGICAL,
    "other": Difficulty.OTHER,
    "其他": Difficulty.OTHER,
    "其他困难": Difficulty.OTHER,
}


def parse_difficulty(value: str | Difficulty) -> Difficulty:
    if isinstance(value, Difficulty):
        return value
    found = _DIFFICULTY_ALIASES.get(value.strip().lower())
    if found is None:
        raise ValidationError("bad_difficulty", "difficulty", value=value)
    return found


@dataclass(frozen=True)
class Student:
    name: str
    class_name: str = ""
    gender: str | None = None
    birth_year: int | None = None
    difficulties: frozenset[Difficulty] = field(default_factory=frozenset)
    difficulty_detail: str = ""


def make_student(
    *,
    name: str,
    today: dt.date,
    class_name: str | None = None,
    gender: str | None = None,
    birth_year: str | int | None = None,
    difficulties: list[str] | list[Difficulty] | frozenset[Difficulty] | None = None,
    difficulty_detail: str | None = None,
) -> Student:
    year: int | None = None
    if birth_year is not None and str(birth_year).strip():
        year = check_year_range(
            "birth_year", parse_year("birth_year", birth_year), OLDEST_STUDENT_BIRTH_YEAR, today.year - 2
        )
    return Student(
        name=clean_text("name", name, limit=NAME_LIMIT, required=True),
        class_name=clean_text("class_name", class_name, limit=CLASS_LIMIT, required=False),
        gender=parse_gender("gender", gender),
        birth_year=year,
        difficulties=frozenset(parse_difficulty(d) for d in difficulties or ()),
        difficulty_detail=clean_text(
            "difficulty_detail", difficulty_detail, limit=DIFFICULTY_DETAIL_LIMIT, required=False, multiline=True
        ),
    )


def age_in(birth_year: int | None, year: int) -> int | None:
    """The age to write on the pledge form (年龄), as teachers count it: by calendar year."""
    return None if birth_year is None else year - birth_year


@dataclass(frozen=True)
class StudentRecord:
    """A stored student and how many activities they appear in."""

    id: int
    student: Student
    activity_count: int = 0


def comparable(text: str) -> str:
    """`text` as the same-name check compares it: full-width brackets, digits and letters as their plain
    forms (NFKC: 三（10）班 is 三(10)班), runs of spaces as one, no case (Emma  Smith is emma smith)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def name_and_class_key(student: Student) -> tuple[str, str]:
    """What tells two students apart in a list: their name and class, compared as `comparable` does."""
    return comparable(student.name), comparable(student.class_name)


def likely_same_student(new: Student, existing: Student) -> bool:
    """Two entries probably mean one child: the same name, and the same class or a class left blank.

    Two children of one name in one class do exist (teachers tell them apart as 大/小); adding one is then
    confirmed, not refused. Names and classes are compared as `comparable` does: what the keyboard happened
    to type (full-width brackets, a double space, capitals) does not make another child.
    """
    if comparable(new.name) != comparable(existing.name):
        return False
    new_class, existing_class = comparable(new.class_name), comparable(existing.class_name)
    return not new_class or not existing_class or new_class == existing_class


def alike_ids(records: Iterable[StudentRecord]) -> set[int]:
    """The students who share their name and class with another one: a list must show their ids (编号)."""
    seen: dict[tuple[str, str], list[int]] = {}
    for record in records:
        seen.setdefault(name_and_class_key(record.student), []).append(record.id)
    return {i for ids in seen.values() if len(ids) > 1 for i in ids}


class SameNameError(ConflictError):
    """ConflictError("student_same_name"): students of this name are in the list already (`others`, each
    with their class). The message names every one of them, so the teacher can tell which is meant."""

    def __init__(self, name: str, others: Sequence[StudentRecord]) -> None:
        self.others = tuple(others)
        first = self.others[0]
        super().__init__(
            "student_same_name",
            "name",
            name=name,
            other=first.id,
            klass=first.student.class_name or "—",
            count=len(self.others),
        )

    @property
    def other_ids(self) -> list[int]:
        return [r.id for r in self.others]

    def message(self, lang: Lang) -> str:
        if len(getattr(self, "others", ())) < 2:
            return super().message(lang)
        which = ("、" if lang == "zh" else ", ").join(
            render("student_same_name_which", lang, other=r.id, klass=r.student.class_name or "—") for r in self.others
        )
        return render("student_same_name_several", lang, self.field, **{**self.params, "which": which})
