"""Apply the pseudonym rule (domain.anonymize) to a whole record book before it is laid out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from jilu_desktop.domain.anonymize import Pseudonyms, make_pseudonyms
from jilu_desktop.export.data import ActivityEntry, FeedbackEntry, PledgeInfo, RecordBookData

HIDDEN_FILLER = "（已隐去）"


def book_pseudonyms(data: RecordBookData, other_students: Iterable[str] = ()) -> Pseudonyms:
    """Aliases in order of first appearance in the book; `other_students` (every other known student)
    come after, so that a name mentioned only in some content is hidden too."""
    seen: dict[str, None] = {}
    for entry in data.activities:
        for name in entry.students:
            seen.setdefault(name, None)
    for name in other_students:
        seen.setdefault(name, None)
    mentee = data.pledge.mentee.name if data.pledge else None
    return make_pseudonyms(seen, mentee)


def anonymize_book(data: RecordBookData, pseudonyms: Pseudonyms) -> RecordBookData:
    """The same book with every student's name replaced by its alias, in names and in free text."""
    text = pseudonyms.text

    def entry(e: ActivityEntry) -> ActivityEntry:
        return replace(
            e,
            students=tuple(pseudonyms.name(n) for n in e.students),
            place=text(e.place),
            content=text(e.content),
        )

    pledge: PledgeInfo | None = None
    if data.pledge is not None:
        p = data.pledge
        pledge = replace(
            p,
            mentee=replace(p.mentee, name=pseudonyms.name(p.mentee.name)),
            difficulty_detail=text(p.difficulty_detail),
            measures=text(p.measures),
            commitments=text(p.commitments),
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
