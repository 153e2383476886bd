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
    # Only the targets still short are named, so that the teacher reads exactly what is left to do; each with
    # what it needs a week, beside it (two bare figures in a row would not say which is which).
    talks_visits, tutoring = progress.talks_visits, progress.tutoring
    needs: list[tuple[str, TargetProgress]] = []
    if not talks_visits.met:
        needs.append((MonthText.tr("谈心/家访 %n 人次", "", talks_visits.missing), talks_visits))
    if not tutoring.met:
        needs.append((MonthText.tr("辅导 %n 人次", "", tutoring.missing), tutoring))
    separator = QCoreApplication.translate("MonthText", "、")
    if progress.state is MonthState.SHORT or progress.days_left is None:
        text = separator.join(need for need, _ in needs)
        return QCoreApplication.translate("MonthText", "本月未达标：还差{needs}").format(needs=text)
    weekly = progress.weeks_left is not None and progress.weeks_left > 1  # in the last week it is all that is left
    text = separator.join(
        QCoreApplication.translate("MonthText", "{need}（每周约 {count} 人次）").format(
            need=need, count=progress.per_week(target)
        )
        if weekly
        else need
        for need, target in needs
    )
    return MonthText.tr("本月还剩 %n 天：还需{needs}", "", progress.days_left).format(needs=text)
