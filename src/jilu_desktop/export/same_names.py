"""Two students of one name in one book: the book prints their ids (编号) beside the name, so that the union
can tell “王芳（编号 12）” from “王芳（编号 15）”, as the window does.

The records print no class, so any two students of one name look alike there, whatever their classes; names
are compared as the same-name check compares them (domain.students.comparable). A name only one student has
is printed as written. The anonymized book knows its students by alias (学生A, 学生B …), each its own, and
shows no ids.
"""

from __future__ import annotations

from dataclasses import replace

from jilu_desktop.domain.students import comparable
from jilu_desktop.export.data import ActivityEntry, RecordBookData

SAME_NAME_NOTE = "同名的学生在姓名后注明编号（记录本程序中的学生编号），以示区别。"


def same_name_ids(data: RecordBookData) -> set[int]:
    """The ids of the students in the book (in its records or as the pledge's mentee) whose name another
    student in the book has too. Records built without ids (by hand, or anonymized) are left out."""
    if data.anonymized:
        return set()
    named: dict[str, set[int]] = {}
    for entry in data.activities:
        if len(entry.student_ids) == len(entry.students):
            for student_id, name in zip(entry.student_ids, entry.students, strict=True):
                named.setdefault(comparable(name), set()).add(student_id)
    mentee = data.pledge.mentee if data.pledge is not None else None
    if mentee is not None and mentee.id is not None:
        named.setdefault(comparable(mentee.name), set()).add(mentee.id)
    return {i for ids in named.values() if len(ids) > 1 for i in ids}


def name_with_id(name: str, student_id: int) -> str:
    """王芳（编号 12）"""
    return f"{name}（编号 {student_id}）"


def tell_apart(data: RecordBookData, ids: set[int]) -> RecordBookData:
    """The same book with the students of `ids` (see same_name_ids) named with their id, in the records'
    帮扶对象 and on the pledge page."""
    if not ids:
        return data

    def entry(e: ActivityEntry) -> ActivityEntry:
        if len(e.student_ids) != len(e.students) or not ids.intersection(e.student_ids):
            return e
        names = tuple(
            name_with_id(name, i) if i in ids else name for i, name in zip(e.student_ids, e.students, strict=True)
        )
        return replace(e, students=names)

    pledge = data.pledge
    mentee = pledge.mentee if pledge is not None else None
    if pledge is not None and mentee is not None and mentee.id is not None and mentee.id in ids:
        pledge = replace(pledge, mentee=replace(mentee, name=name_with_id(mentee.name, mentee.id)))
    return replace(data, activities=[entry(e) for e in data.activities], pledge=pledge)
