"""The sentences the overview says about a month. The numbers come from domain.progress; only wording is here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jilu_desktop.domain.progress import MonthProgress, MonthState, TargetProgress
from jilu_desktop.ui.labels import TrContext, month_name


class MonthText(TrContext):
    """The context of the sentences with a count (“%n”), whose noun English puts in the plural."""


def month_title(progress: MonthProgress) -> str:
    return month_name(progress.month)


def count_text(target: TargetProgress) -> str:
    # “3 / 6 人次”: the noun belongs to the target (“3 / 6 person-times”, “0 / 1 person-time”).
    return MonthText.tr("{count} / %n 人次", "", target.target).format(count=target.count)


def month_summary(progress: MonthProgress) -> str:
    """“本月已达标”, “本月为免计月份”, or what is still needed and how much per remaining week."""
    if progress.state is MonthState.NOT_PARTICIPATING:
        return QCoreApplication.translate("MonthText", "本月在参加起始月份之前（未参加），不计达标或未达标")
    if progress.state is MonthState.EXEMPT:
        return QCoreApplication.translate("MonthText", "本月为免计月份")
    if progress.met:
        return QCoreApplication.translate("MonthText", "本月已达标")
    if progress.state is MonthState.NOT_BEGUN:
        return QCoreApplication.translate("MonthText", "本月尚未开始")
    # Only the targets still short are named, so that the teacher reads exactly what is left to do.
    talks_visits, tutoring = progress.talks_visits, progress.tutoring
    short = [target for target in (talks_visits, tutoring) if not target.met]
    separator = QCoreApplication.translate("MonthText", "、")
    needs = separator.join(
        ([] if talks_visits.met else [MonthText.tr("谈心/家访 %n 人次", "", talks_visits.missing)])
        + ([] if tutoring.met else [MonthText.tr("辅导 %n 人次", "", tutoring.missing)])
    )
    if progress.state is MonthState.SHORT or progress.days_left is None:
        return QCoreApplication.translate("MonthText", "本月未达标：还差{needs}").format(needs=needs)
    weekly = [progress.per_week(t) for t in short]
    per_week = separator.join(
        QCoreApplication.translate("MonthText", "{count} 人次").format(count=w) for w in weekly if w is not None
    )
    return MonthText.tr("本月还剩 %n 天：还需{needs}（每周约 {per_week}）", "", progress.days_left).format(
        needs=needs, per_week=per_week
    )
