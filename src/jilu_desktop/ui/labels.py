"""How the window names things of the domain: kinds of activity, difficulties, dates, lists of students."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.calendar import Month
from jilu_desktop.domain.students import Difficulty


class TrContext(QObject):
    """The context of a module's strings with a count: `MonthText.tr("还剩 %n 天", "", n)` for a subclass MonthText.

    English needs the count's plural form (“1 day left”, “2 days left”), so such a string is tr(text, "", n)
    with %n for the count. lupdate's Python parser marks a string as plural only in a tr() call (in a
    QCoreApplication.translate() call only when n is a literal number), and names the context after what
    comes before “.tr”: here the subclass. PySide's tr() works on the class as well as on an instance; its
    type stub knows only the instance method.
    """

    if TYPE_CHECKING:

        @staticmethod
        def tr(source_text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


# The kinds and weekdays are marked here for lupdate and translated where they are shown.
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


def kind_label(kind: ActivityKind) -> str:
    return QCoreApplication.translate("Labels", str(_KINDS[kind]))


def kinds() -> list[tuple[ActivityKind, str]]:
    """Every kind with its name, in the order a form offers them."""
    return [(kind, kind_label(kind)) for kind in ActivityKind]


def difficulty_labels() -> dict[Difficulty, str]:
    """The difficulty categories as the interface names them (Difficulty.label has no English wording)."""
    return {
        Difficulty.LEARNING: QCoreApplication.translate("Difficulty", "学习困难"),
        Difficulty.ECONOMIC: QCoreApplication.translate("Difficulty", "家庭经济困难"),
        Difficulty.PSYCHOLOGICAL: QCoreApplication.translate("Difficulty", "心理困难"),
        Difficulty.OTHER: QCoreApplication.translate("Difficulty", "其他困难"),
    }


def difficulty_short_labels() -> dict[Difficulty, str]:
    """The same, in the fewest words: for a table's narrow column."""
    return {
        Difficulty.LEARNING: QCoreApplication.translate("Difficulty", "学习"),
        Difficulty.ECONOMIC: QCoreApplication.translate("Difficulty", "家庭经济"),
        Difficulty.PSYCHOLOGICAL: QCoreApplication.translate("Difficulty", "心理"),
        Difficulty.OTHER: QCoreApplication.translate("Difficulty", "其他"),
    }


def gender_label(gender: str | None) -> str:
    """A gender as stored (“男”, “女”), in the interface's language; "" when not given."""
    names = {"男": QCoreApplication.translate("Labels", "男"), "女": QCoreApplication.translate("Labels", "女")}
    return names.get(gender or "", gender or "")


def listing(items: Iterable[str]) -> str:
    """“甲、乙、丙”: a few words in a row (“A, B, C” in English)."""
    return QCoreApplication.translate("Labels", "、").join(items)


def student_names(names: Iterable[str]) -> str:
    return listing(names)


def weekday(day: dt.date) -> str:
    return QCoreApplication.translate("Labels", str(_WEEKDAYS[day.weekday()]))


def short_date(day: dt.date) -> str:
    """“12月3日 周四”: for where the year goes without saying."""
    return QCoreApplication.translate("Labels", "{month}月{day}日 {weekday}").format(
        month=day.month, day=day.day, weekday=weekday(day)
    )


def iso_date(day: dt.date) -> str:
    """“2026-12-03 周四”: sortable at a glance, with the weekday teachers plan by."""
    return f"{day.isoformat()} {weekday(day)}"


def month_name(month: Month) -> str:
    """“2026年12月” (“December 2026”): the month's name in the interface's language (QLocale's default)."""
    return QLocale().toString(QDate(month.year, month.month, 1), QCoreApplication.translate("Labels", "yyyy年M月"))


def school_year_name(year: int) -> str:
    """“2026学年（2026.9—2027.8）”: a school year as teachers write it (domain.calendar.school_year_label)."""
    return QCoreApplication.translate("Labels", "{year}学年（{year}.9—{next}.8）").format(year=year, next=year + 1)


def time_text(at: dt.time | None) -> str:
    return "" if at is None else f"{at.hour:02d}:{at.minute:02d}"
