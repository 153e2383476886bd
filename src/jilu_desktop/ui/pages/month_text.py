"""The sentences the overview says about a month. The numbers come from domain.progress; only wording is here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jilu_desktop.domain.progress import MonthProgress, MonthState, TargetProgress
from jilu_desktop.ui.labels import month_name


def month_title(progress: MonthProgress) -> str:
    return month_name(progress.month)


def count_text(target: TargetProgress) -> str:
    return QCoreApplication.translate("MonthText", "{count} / {target} 人次").format(
        count=target.count, target=target.target
    )


def month_summary(progress: MonthProgress) -> str:
    """“本月已达标”, “本月为免计月份”, or what is still needed and how much per remaining week."""
    if progress.state is MonthState.EXEMPT:
        return QCoreApplication.translate("MonthText", "本月为免计月份")
    if progress.met:
        return QCoreApplication.translate("MonthText", "本月已达标")
    if progress.state is MonthState.NOT_BEGUN:
        return QCoreApplication.translate("MonthText", "本月尚未开始")
    # Only the targets still short are named, so that the teacher reads exactly what is left to do.
    short = [
        (name, target)
        for name, target in (
            (QCoreApplication.translate("MonthText", "谈心/家访"), progress.talks_visits),
            (QCoreApplication.translate("MonthText", "辅导"), progress.tutoring),
        )
        if not target.met
    ]
    separator = QCoreApplication.translate("MonthText", "、")
    needs = separator.join(
        QCoreApplication.translate("MonthText", "{name} {count} 人次").format(name=n, count=t.missing) for n, t in short
    )
    if progress.state is MonthState.SHORT or progress.days_left is None:
        return QCoreApplication.translate("MonthText", "本月未达标：还差{needs}").format(needs=needs)
    weekly = [progress.per_week(t) for _, t in short]
    per_week = separator.join(
        QCoreApplication.translate("MonthText", "{count} 人次").format(count=w) for w in weekly if w is not None
    )
    return QCoreApplication.translate("MonthText", "本月还剩 {days} 天：还需{needs}（每周约 {per_week}）").format(
        days=progress.days_left, needs=needs, per_week=per_week
    )
