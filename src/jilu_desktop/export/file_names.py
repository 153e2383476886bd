"""File names to suggest in the save dialog and the CLI: readable, safe on every file system."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip(" ._")


def record_book_file_name(
    school_year: int, teacher_name: str, *, anonymized: bool = False, hidden: Iterable[str] = ()
) -> str:
    """“2026学年记录本-王丽华.pdf”; anonymized “2026学年记录本-王丽华-匿名.pdf”.

    The teacher's name is left out of an anonymized name if it contains any hidden (student) name.
    """
    name = _safe(teacher_name)
    if anonymized and any(h and h in teacher_name for h in hidden):
        name = ""
    parts = [f"{school_year}学年记录本", name, "匿名" if anonymized else ""]
    return "-".join(p for p in parts if p) + ".pdf"


def pledge_file_name(school_year: int | None, teacher_name: str = "") -> str:
    """“2026学年志愿书-王丽华.pdf”; the blank form “志愿书-空白.pdf”."""
    if school_year is None:
        return "志愿书-空白.pdf"
    name = _safe(teacher_name)
    return f"{school_year}学年志愿书" + (f"-{name}" if name else "") + ".pdf"


def archive_file_name(teacher_name: str, day: dt.date) -> str:
    """“记录本数据-王丽华-2026-12-05.jilu”: the data archive for moving the book to another computer."""
    name = _safe(teacher_name)
    return "-".join(p for p in ("记录本数据", name, f"{day:%Y-%m-%d}") if p) + ".jilu"
