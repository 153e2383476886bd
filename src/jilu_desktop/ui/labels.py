"""How the window names things of the domain: kinds of activity, dates, lists of students."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.calendar import Month

_CONTEXT = "Labels"
_KINDS = {
    ActivityKind.TALK: QT_TRANSLATE_NOOP("Labels", "谈心"),
    ActivityKind.HOME_VISIT: QT_TRANSLATE_NOOP("Labels", "家访"),
    ActivityKind.TUTORING: QT_TRANSLATE_NOOP("Labels", "补课辅导"),
    ActivityKind.ASSISTANCE: QT_TRANSLATE_NOOP("Labels", "生活帮扶"),
}
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "周一"),
    QT_TRANSLATE_NOOP("Labels", "周二"),
    QT_TRANSLATE_NOOP("Labels", "周三"),
    QT_TRANSLATE_NOOP("Labels", "周四"),
    QT_TRANSLATE_NOOP("Labels", "周五"),
    QT_TRANSLATE_NOOP("Labels", "周六"),
    QT_TRANSLATE_NOOP("Labels", "周日"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: ActivityKind) -> str:
    return _tr(str(_KINDS[kind]))


def kinds() -> list[tuple[ActivityKind, str]]:
    """Every kind with its name, in the order a form offers them."""
    return [(kind, kind_label(kind)) for kind in ActivityKind]


def student_names(names: Iterable[str]) -> str:
    return _tr("、").join(names)


def weekday(day: dt.date) -> str:
    return _tr(str(_WEEKDAYS[day.weekday()]))


def short_date(day: dt.date) -> str:
    """“12月3日 周四”: for where the year goes without saying."""
    return _tr("{month}月{day}日 {weekday}").format(month=day.month, day=day.day, weekday=weekday(day))


def iso_date(day: dt.date) -> str:
    """“2026-12-03 周四”: sortable at a glance, with the weekday teachers plan by."""
    return f"{day.isoformat()} {weekday(day)}"


def month_name(month: Month) -> str:
    return _tr("{year}年{month}月").format(year=month.year, month=month.month)


def time_text(at: dt.time | None) -> str:
    return "" if at is None else f"{at.hour:02d}:{at.minute:02d}"
