"""Turning command-line strings into domain values, with the domain's own (translated) messages.

Options that name years, months and kinds stay strings in argparse and are checked here, so that a bad value
is told in the same words the window uses, not in argparse's.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from jilu_desktop.cli.errors import UsageError
from jilu_desktop.domain.activities import ActivityKind, parse_kind
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.domain.pledge import check_school_year
from jilu_desktop.domain.validation import parse_year


def school_year(text: str, today: dt.date) -> int:
    """A school year such as 2026 (2026.9—2027.8), from the campaign's first up to next year's."""
    return check_school_year(parse_year("school_year", text), today)


def month(text: str) -> Month:
    return Month.parse(text, "month")


def kind(text: str) -> ActivityKind:
    """talk, home-visit, tutoring, assistance, or their Chinese names (谈心, 家访, 补课, 辅导, 生活帮扶)."""
    return parse_kind(text)


def given(**options: object) -> dict[str, object]:
    """Only the options the user actually gave (argparse leaves the others as None)."""
    return {name: value for name, value in options.items() if value is not None}


def out_file(out: str, suggested: str, suffix: str) -> Path:
    """The file `--out` names: `suggested` inside it when it is a folder; else a file ending in `suffix`."""
    path = Path(out).expanduser()
    if path.is_dir():
        return path / suggested
    if out.endswith(("/", os.sep)):  # a folder was meant, and it is not there: it is not made
        raise DomainError("export_bad_folder", folder=str(path))
    if path.suffix.lower() != suffix:
        raise UsageError(
            f"--out 应是 {suffix} 文件或文件夹：{out}", f"--out must be a {suffix} file or a folder: {out}"
        )
    return path
