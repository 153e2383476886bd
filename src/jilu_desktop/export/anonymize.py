"""Apply the pseudonym rule (domain.anonymize) to a whole record book before it is laid out, and find what
the rule had to leave as written (one-character names, names that are everyday words, pet names)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from jilu_desktop.domain.activities import StudentRef
from jilu_desktop.domain.anonymize import MENTEE_ALIAS, Pseudonyms, Unsure, make_pseudonyms
from jilu_desktop.export.data import ActivityEntry, FeedbackEntry, MenteeInfo, PledgeInfo, RecordBookData, book_order

HIDDEN_FILLER = "（已隐去）"


def _refs(entry: ActivityEntry) -> tuple[StudentRef, ...]:
    """The record's students by id; a book built by hand without ids knows them by name (negative ids)."""
    if len(entry.student_ids) == len(entry.students):
        return tuple(StudentRef(i, n) for i, n in zip(entry.student_ids, entry.students, strict=True))
    return tuple(StudentRef(_name_id(n), n) for n in entry.students)


def _name_id(name: str) -> int:
    return -1 - abs(hash(name))


def _mentee_ref(data: RecordBookData) -> StudentRef | None:
    if data.pledge is None:
        return None
    mentee = data.pledge.mentee
    return StudentRef(mentee.id if mentee.id is not None else _name_id(mentee.name), mentee.name)


def book_pseudonyms(
    data: RecordBookData, other_students: Iterable[StudentRef] = (), class_names: Iterable[str] = ()
) -> Pseudonyms:
    """Aliases in order of first appearance in the book; `other_students` (every other known student)
    come after, so that a name mentioned only in some content is hidden too; `class_names` (the
    students' classes) are hidden in free text."""
    seen: dict[int, StudentRef] = {}
    for entry in book_order(data.activities):
        for ref in _refs(entry):
            seen.setdefault(ref.id, ref)
    for ref in other_students:
        seen.setdefault(ref.id, ref)
    return make_pseudonyms(seen.values(), _mentee_ref(data), class_names)


def anonymize_book(data: RecordBookData, pseudonyms: Pseudonyms) -> RecordBookData:
    """The same book with every student's name replaced by its alias, in names and in free text, and the
    mentee's age, class and difficulty details left out (see domain.anonymize for why)."""
    text = pseudonyms.text

    def entry(e: ActivityEntry) -> ActivityEntry:
        refs = _refs(e)
        ids = {r.id for r in refs}
        return replace(
            e,
            students=tuple(pseudonyms.alias(r.id) for r in refs),
            student_ids=(),
            place=text(e.place, ids),
            content=text(e.content, ids),
        )

    pledge: PledgeInfo | None = None
    mentee = _mentee_ref(data)
    if data.pledge is not None and mentee is not None:
        p = data.pledge
        about = {mentee.id}
        pledge = replace(
            p,
            mentee=MenteeInfo(name=MENTEE_ALIAS, difficulties=p.mentee.difficulties, hidden=True),
            difficulty_detail="",
            measures=text(p.measures, about),
            commitments=text(p.commitments, about),
        )
    feedback = tuple(
        FeedbackEntry(HIDDEN_FILLER, text(f.filler_unit), text(f.text), f.received_on) for f in data.feedback
    )
    return replace(
        data,
        activities=[entry(e) for e in data.activities],
        pledge=pledge,
        feedback=feedback,
        anonymized=True,
    )


@dataclass(frozen=True)
class UnsureName:
    """A student whose name the anonymized book may still show, and where to look."""

    student_id: int
    name: str
    why: Unsure
    words: tuple[str, ...]  # as found: 文; 海洋; 芳芳, 小芳
    in_pledge: bool
    records: tuple[int, ...]  # the book's record numbers (第 n 条): those with the student among their
    # students first (most likely to mean them), then the others, each ascending


def unsure_names(data: RecordBookData, pseudonyms: Pseudonyms) -> list[UnsureName]:
    """What the anonymized edition of `data` (the book before anonymizing) may still show of a name:
    one entry per student and reason, in the order of the students' aliases."""
    found: dict[tuple[int, Unsure], tuple[dict[str, None], dict[int, bool], list[bool]]] = {}

    def look(text: str, record: int | None, students: frozenset[int] = frozenset()) -> None:
        for m in pseudonyms.unsure(text):
            words, records, pledge = found.setdefault((m.student_id, m.why), ({}, {}, [False]))
            words.setdefault(m.word, None)
            if record is None:
                pledge[0] = True
            else:
                records[record] = m.student_id in students

    if data.pledge is not None:
        for text in (data.pledge.measures, data.pledge.commitments):
            look(text, None)
    for number, e in enumerate(book_order(data.activities), 1):
        students = frozenset(r.id for r in _refs(e))
        look(e.place, number, students)
        look(e.content, number, students)
    order = {student_id: i for i, student_id in enumerate(pseudonyms.aliases)}
    return [
        UnsureName(
            student_id,
            pseudonyms.names[student_id],
            why,
            tuple(words),
            pledge[0],
            tuple(sorted(records, key=lambda n: (not records[n], n))),
        )
        for (student_id, why), (words, records, pledge) in sorted(
            found.items(), key=lambda item: (order[item[0][0]], list(Unsure).index(item[0][1]))
        )
    ]
